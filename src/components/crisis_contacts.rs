//! The list of crisis lines, from the one data file, used by `/help` and by
//! the journal's safety panel.

use leptos::prelude::*;

use crate::content::crisis_contacts::{contact_href, display_number, Reach, CRISIS_CONTACTS};
use crate::content::ui_text::help as text;

#[component]
pub fn CrisisContactList() -> impl IntoView {
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
    view! { <ul class="contacts">{contacts}</ul> }
}
