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
    CRISIS_CONTACTS
        .iter()
        .chain(ABUSE_CONTACTS)
        .chain(YOUTH_CONTACTS)
}

/// Every number in ../shared/ipt-content-brief.md, sections 8, 8b and 8c,
/// as digits, copied by hand from the brief. A number the app shows that is
/// not here was not sourced: the test below fails on it.
const BRIEF_NUMBERS: &[&str] = &[
    // 8: crisis lines and emergency numbers.
    "988",
    "911",
    "116123",
    "999",
    "112",
    "131114",
    "000",
    // 8: abuse lines (and the US hotline's "800-799-SAFE").
    "18007997233",
    "800799",
    "88788",
    "18007873224",
    "08082000247",
    "08088010327",
    "1800341900",
    "1800737732",
    // 8b: the UK nations' abuse lines and the Silent Solution.
    "08000271234",
    "08088010800",
    "07860077333",
    "08088021414",
    "55",
    // 8b: text lines and New Zealand.
    "85258",
    "1737",
    "111",
    // 8b: young people.
    "08001111",
    "18006686868",
    "686868",
    "1800551800",
    // 8c: Spanish-speaking countries.
    "024",
    "016",
    "8009112000",
];

/// The runs of three or more digits in `text` (digits joined by one space
/// or hyphen count as one run, "0808 2000 247"), leaving out runs glued to
/// a letter ("1800RESPECT" is a name).
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !chars[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        let mut digits = String::new();
        while at < chars.len() {
            if chars[at].is_ascii_digit() {
                digits.push(chars[at]);
                at += 1;
            } else if matches!(chars[at], ' ' | '-')
                && chars.get(at + 1).is_some_and(char::is_ascii_digit)
            {
                at += 1;
            } else {
                break;
            }
        }
        let glued = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic());
        let before = start.checked_sub(1).and_then(|i| chars.get(i));
        if digits.len() >= 3 && !glued(before) && !glued(chars.get(at)) {
            found.push(digits);
        }
    }
    found
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

/// The content review's rule: add no number that is not in the brief.
/// Every number dialled or texted, and every number named in a service's
/// name or note, is one the brief lists.
#[test]
fn every_number_is_one_the_brief_lists() {
    let mut checked = 0;
    for contact in all_contacts() {
        if contact.reach != Reach::Web {
            assert!(
                BRIEF_NUMBERS.contains(&contact.number_or_url),
                "{}: {} is not in the brief",
                contact.service,
                contact.number_or_url
            );
            checked += 1;
        }
        for text in [contact.service, contact.note, contact.display] {
            for number in numbers_in(text) {
                assert!(
                    BRIEF_NUMBERS.contains(&number.as_str()),
                    "{}: {number} in {text:?} is not in the brief",
                    contact.service
                );
            }
        }
    }
    assert!(checked >= 30, "only {checked} numbers");
    assert_eq!(numbers_in("1800RESPECT on 1800 737 732"), ["1800737732"]);
    assert_eq!(numbers_in("800-799-SAFE, aged 5 to 25"), ["800799"]);
}

#[test]
fn the_brief_8b_lines_are_present() {
    let find = |list: &'static [CrisisContact], region: &str, number: &str, reach: Reach| {
        list.iter()
            .find(|c| c.region == region && c.number_or_url == number && c.reach == reach)
            .unwrap_or_else(|| panic!("{region} {number}"))
    };
    // The UK nations' abuse lines; the Refuge line is England's.
    let england = find(ABUSE_CONTACTS, "GB", "08082000247", Reach::Call);
    assert!(england.region_name.contains("England"));
    for (number, nation) in [
        ("08000271234", "Scotland"),
        ("08088010800", "Wales"),
        ("08088021414", "Northern Ireland"),
    ] {
        let line = find(ABUSE_CONTACTS, "GB", number, Reach::Call);
        assert!(line.region_name.contains(nation), "{}", line.region_name);
        assert!(line.note.contains("24 hours"), "{}", line.service);
    }
    find(ABUSE_CONTACTS, "GB", "07860077333", Reach::Text);
    // The Silent Solution: 999, then 55.
    let silent = find(ABUSE_CONTACTS, "GB", "999", Reach::Call);
    assert!(silent.note.contains("press 55"), "{}", silent.note);
    // Text lines.
    let shout = find(CRISIS_CONTACTS, "GB", "85258", Reach::Text);
    assert!(shout.note.contains("SHOUT"), "{}", shout.note);
    assert_eq!(contact_href(shout), "sms:85258");
    find(CRISIS_CONTACTS, "US", "988", Reach::Text);
    assert_eq!(
        display_number(find(CRISIS_CONTACTS, "CA", "988", Reach::Text)),
        "9-8-8"
    );
    find(CRISIS_CONTACTS, "NZ", "1737", Reach::Call);
    find(CRISIS_CONTACTS, "NZ", "1737", Reach::Text);
    find(CRISIS_CONTACTS, "NZ", "111", Reach::Call);
    // Young people.
    let childline = find(YOUTH_CONTACTS, "GB", "08001111", Reach::Call);
    assert!(childline.note.contains("under 19"), "{}", childline.note);
    find(YOUTH_CONTACTS, "CA", "18006686868", Reach::Call);
    let connect = find(YOUTH_CONTACTS, "CA", "686868", Reach::Text);
    assert!(connect.note.contains("CONNECT"), "{}", connect.note);
    let kids = find(YOUTH_CONTACTS, "AU", "1800551800", Reach::Call);
    assert_eq!(display_number(kids), "1800 55 1800");
    assert!(kids.note.contains("5 to 25"), "{}", kids.note);
    let us = find(YOUTH_CONTACTS, "US", "988", Reach::Call);
    assert!(us.note.contains("every age"), "{}", us.note);
    // Ireland's text line was not verified: no Irish text line.
    assert!(!all_contacts().any(|c| c.region == "IE" && c.reach == Reach::Text));
    for contact in all_contacts().filter(|c| c.last_checked == MORE_LINES_CHECKED) {
        assert!(is_iso_date(contact.last_checked), "{}", contact.service);
    }
    assert_eq!(MORE_LINES_CHECKED, "2026-12-05");
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
        assert!(
            [ABUSE_LINES_CHECKED, MORE_LINES_CHECKED].contains(&contact.last_checked),
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
    let uk = ABUSE_CONTACTS.iter().filter(|c| c.region == "GB").count();
    assert!(
        uk >= 7,
        "England, Scotland, Wales, Northern Ireland, men, police"
    );
    let gb_first = regions(Some("GB"));
    assert!(gb_first[..uk].iter().all(|region| *region == "GB"));
    assert_eq!(gb_first[uk], "IE");
    // The rest keep their order.
    assert_eq!(gb_first[uk + 1], "US");
    let crisis: Vec<&str> = ordered_for(CRISIS_CONTACTS, Some("CA"))
        .into_iter()
        .map(|c| c.region)
        .collect();
    assert_eq!(&crisis[..3], ["CA", "CA", "CA"]);
}
