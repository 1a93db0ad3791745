#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::content::crisis_contacts::*;

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

#[test]
fn every_contact_has_a_region_a_number_or_url_and_a_check_date() {
    assert!(!CRISIS_CONTACTS.is_empty());
    for contact in CRISIS_CONTACTS {
        assert!(!contact.region.is_empty() && !contact.region_name.is_empty());
        assert!(!contact.service.is_empty());
        assert!(is_iso_date(contact.last_checked), "{}", contact.service);
        match contact.reach {
            Reach::Call | Reach::Text => assert!(
                contact.number_or_url.chars().all(|c| c.is_ascii_digit()),
                "{}: dialable digits only",
                contact.service
            ),
            Reach::Web => assert!(contact.number_or_url.starts_with("https://")),
        }
    }
}

#[test]
fn the_sourced_numbers_are_present() {
    let has = |region: &str, number: &str| {
        CRISIS_CONTACTS
            .iter()
            .any(|c| c.region == region && c.number_or_url == number)
    };
    assert!(has("US", "988") && has("US", "911"));
    assert!(has("GB", "116123") && has("GB", "999"));
    assert!(has("EU", "112"));
    assert!(has("INT", "https://findahelpline.com"));
}

#[test]
fn links_open_the_phone_or_messages() {
    let samaritans = CRISIS_CONTACTS
        .iter()
        .find(|c| c.service == "Samaritans")
        .unwrap();
    assert_eq!(contact_href(samaritans), "tel:116123");
    assert_eq!(display_number(samaritans), "116 123");
    let text = CRISIS_CONTACTS
        .iter()
        .find(|c| c.reach == Reach::Text)
        .unwrap();
    assert_eq!(contact_href(text), "sms:988");
}
