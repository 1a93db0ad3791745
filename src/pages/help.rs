use leptos::prelude::*;
use leptos_meta::Title;

use crate::content::crisis_contacts::{
    contact_href, display_number, Reach, CRISIS_CONTACTS, LAST_CHECKED,
};
use crate::content::ui_text::{self, help as text};

#[component]
pub fn HelpPage() -> impl IntoView {
    let contacts = CRISIS_CONTACTS
        .iter()
        .map(|contact| {
            let verb = match contact.reach {
                Reach::Call => text::CALL,
                Reach::Text => text::TEXT,
                Reach::Web => text::VISIT,
            };
            view! {
                <li class="contact">
                    <span class="contact-region">{contact.region_name}</span>
                    <span class="contact-service">{contact.service}</span>
                    <a class="contact-link" href=contact_href(contact)>
                        {verb}" "{display_number(contact)}
                    </a>
                    <span class="contact-note">{contact.note}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <p class="danger"><strong>{text::DANGER}</strong></p>
        <h2 id="talk-to-someone">{text::LINES_HEADING}</h2>
        <ul class="contacts">{contacts}</ul>
        <p class="small">{text::LAST_CHECKED}" "{LAST_CHECKED}". "{text::NOT_EMERGENCY_SERVICE}</p>
    }
}
