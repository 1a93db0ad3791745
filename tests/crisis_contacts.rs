//! The crisis and abuse contacts: every entry complete, dated and dialable.
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

fn all_contacts() -> impl Iterator<Item = &'static CrisisContact> {
    CRISIS_CONTACTS.iter().chain(ABUSE_CONTACTS)
}

#[test]
fn every_contact_has_a_region_a_number_or_url_and_a_check_date() {
    assert!(!CRISIS_CONTACTS.is_empty());
    for contact in all_contacts() {
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

#[test]
fn a_shown_number_is_the_dialled_number_with_spaces_or_hyphens() {
    for contact in all_contacts() {
        match contact.reach {
            Reach::Call | Reach::Text => {
                let digits: String = contact
                    .display
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                assert_eq!(digits, contact.number_or_url, "{}", contact.service);
                assert!(
                    contact
                        .display
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-'),
                    "{}",
                    contact.service
                );
            }
            Reach::Web => assert_eq!(contact.display, contact.number_or_url),
        }
    }
}

/// The brief's section 8 abuse lines: US, UK, Ireland and Australia each
/// have at least one, every one checked on the day they were sourced, and
/// Canada and the rest of the world are pointed to the directory.
#[test]
fn the_abuse_list_has_a_line_for_the_us_uk_ireland_and_australia_each_with_a_check_date() {
    for region in ["US", "GB", "IE", "AU"] {
        let lines: Vec<_> = ABUSE_CONTACTS
            .iter()
            .filter(|c| c.region == region && c.reach != Reach::Web)
            .collect();
        assert!(!lines.is_empty(), "no abuse line for {region}");
        for line in lines {
            assert!(is_iso_date(line.last_checked), "{}", line.service);
        }
    }
    assert_eq!(ABUSE_LINES_CHECKED, "2026-12-02");
    for contact in ABUSE_CONTACTS {
        assert_eq!(
            contact.last_checked, ABUSE_LINES_CHECKED,
            "{}",
            contact.service
        );
    }
    for region in ["CA", "INT"] {
        assert!(
            ABUSE_CONTACTS
                .iter()
                .any(|c| c.region == region && c.number_or_url == "https://findahelpline.com"),
            "{region}"
        );
    }
}

#[test]
fn the_sourced_abuse_numbers_are_present_with_their_links() {
    let find = |region: &str, number: &str, reach: Reach| {
        ABUSE_CONTACTS
            .iter()
            .find(|c| c.region == region && c.number_or_url == number && c.reach == reach)
            .unwrap_or_else(|| panic!("{region} {number}"))
    };
    let hotline = find("US", "18007997233", Reach::Call);
    assert_eq!(contact_href(hotline), "tel:18007997233");
    assert_eq!(display_number(hotline), "1-800-799-7233");
    let text = find("US", "88788", Reach::Text);
    assert_eq!(contact_href(text), "sms:88788");
    assert!(text.note.contains("START"), "{}", text.note);
    find("US", "18007873224", Reach::Call);
    assert_eq!(
        display_number(find("GB", "08082000247", Reach::Call)),
        "0808 2000 247"
    );
    find("GB", "08088010327", Reach::Call);
    find("IE", "1800341900", Reach::Call);
    find("AU", "1800737732", Reach::Call);
}

#[test]
fn the_chosen_country_comes_first_and_the_uk_choice_brings_ireland_too() {
    let regions = |chosen: Option<&str>| -> Vec<&str> {
        ordered_for(ABUSE_CONTACTS, chosen)
            .into_iter()
            .map(|c| c.region)
            .collect()
    };
    let as_listed: Vec<&str> = ABUSE_CONTACTS.iter().map(|c| c.region).collect();
    assert_eq!(regions(None), as_listed);
    assert_eq!(regions(Some("AU"))[0], "AU");
    assert_eq!(&regions(Some("GB"))[..3], ["GB", "GB", "IE"]);
    // The rest keep their order.
    assert_eq!(regions(Some("GB"))[3], "US");
    let crisis: Vec<&str> = ordered_for(CRISIS_CONTACTS, Some("CA"))
        .into_iter()
        .map(|c| c.region)
        .collect();
    assert_eq!(&crisis[..3], ["CA", "CA", "CA"]);
}
