//! A list of phone lines from the one data file: the crisis lines (on
//! `/help`, the unlock screen and the journal's safety panel) or the abuse
//! lines (on `/help`). The person's chosen country comes first.

use leptos::prelude::*;

use crate::components::field::{chosen_value, Field};

use crate::content::crisis_contacts::{
    contact_href, display_number, ordered_for, CrisisContact, Reach, CRISIS_CONTACTS,
};
use crate::content::ui_text::help as text;
use crate::stores::{settings_store, settings_store_if_read};

/// The crisis lines unless `contacts` names another list.
#[component]
pub fn CrisisContactList(
    #[prop(default = CRISIS_CONTACTS)] contacts: &'static [CrisisContact],
) -> impl IntoView {
    // No settings on the unlock screen: then the lines come as listed.
    let ordered = Memo::new(move |_| {
        let first =
            settings_store_if_read().and_then(|settings| settings.data.with(|s| s.country.clone()));
        ordered_for(contacts, first.as_deref())
    });
    let contacts = move || {
        ordered
            .get()
            .into_iter()
            .map(|contact| {
                let verb = match contact.reach {
                    Reach::Call => text::CALL,
                    Reach::Text => text::TEXT,
                    Reach::Web => text::VISIT,
                };
                view! {
                    <li class="contact" data-region=contact.region>
                        <span class="contact-region">{contact.region_name}</span>
                        <span class="contact-service">{contact.service}</span>
                        <a class="contact-link" href=contact_href(contact)>
                            {verb}
                            " "
                            {display_number(contact)}
                        </a>
                        <span class="contact-note">{contact.note}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="contacts">{contacts}</ul> }
}

/// Choosing the country whose lines come first; saved on the device.
#[component]
pub fn CountryChoice() -> impl IntoView {
    let settings = settings_store();
    let mut regions: Vec<(&str, &str)> = Vec::new();
    for contact in CRISIS_CONTACTS {
        if !regions.iter().any(|(code, _)| *code == contact.region) {
            regions.push((contact.region, contact.region_name));
        }
    }
    let chosen = settings
        .data
        .with_untracked(|s| s.country.clone())
        .unwrap_or_default();
    view! {
        <Field id="country" label=text::COUNTRY>
            <select id="country" on:change=move |event| settings.update(|s| s.country = chosen_value(&event))>
                <option value="" selected=chosen.is_empty()>
                    {text::ALL_COUNTRIES}
                </option>
                {regions
                    .into_iter()
                    .map(|(code, name)| {
                        view! {
                            <option value=code selected=chosen == code>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </Field>
    }
}
