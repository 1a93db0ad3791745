//! Crisis lines, emergency numbers and domestic abuse lines: the ONE place
//! the app keeps phone numbers, so they can be re-checked in one go. Apps
//! have shipped wrong helpline numbers; every entry here comes from
//! ../shared/ipt-content-brief.md section 8, which names its sources, and
//! carries the date it was last compared with them. `tests/phone_numbers.rs`
//! fails if a number turns up anywhere else in the app, and
//! `tests/crisis_contacts.rs` fails on any number the brief does not list.

/// How a contact is reached; decides the kind of link (`tel:`, `sms:`, web).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Call,
    Text,
    Web,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CrisisContact {
    /// ISO 3166 country code, or "EU" / "INT" (international).
    pub region: &'static str,
    pub region_name: &'static str,
    pub service: &'static str,
    /// What is dialled or texted, or the web address.
    pub number_or_url: &'static str,
    /// How the number is shown to a reader: in groups, as its service writes it.
    pub display: &'static str,
    pub reach: Reach,
    pub note: &'static str,
    /// Date (YYYY-MM-DD) this entry was last checked against its source.
    pub last_checked: &'static str,
}

// The lines themselves, in the language of this build (the Cargo feature
// `es`: `es/crisis_lines.rs`). Each list has its own dates; the logic
// below is the same for every language.
#[cfg(not(feature = "es"))]
#[path = "crisis_lines.rs"]
mod lines;
#[cfg(feature = "es")]
#[path = "es/crisis_lines.rs"]
mod lines;
pub use lines::*;

/// Whether a contact of `region` belongs to the country a person chose.
/// The chooser offers the crisis list's regions, where "GB" stands for the
/// United Kingdom and Ireland (Samaritans answers both), so "GB" also
/// brings Ireland's own lines forward.
pub fn matches_chosen_region(chosen: &str, region: &str) -> bool {
    region == chosen || (chosen == "GB" && region == "IE")
}

/// The contacts with the chosen country's first and the rest as listed.
pub fn ordered_for<'a>(
    contacts: &'a [CrisisContact],
    chosen: Option<&str>,
) -> Vec<&'a CrisisContact> {
    let mut ordered: Vec<&CrisisContact> = contacts.iter().collect();
    if let Some(chosen) = chosen {
        // A stable sort: the chosen region first, the rest as listed.
        ordered.sort_by_key(|contact| !matches_chosen_region(chosen, contact.region));
    }
    ordered
}

/// How a number is shown to a reader: in groups, not as dialled.
pub fn display_number(contact: &CrisisContact) -> &'static str {
    contact.display
}

/// The link that opens the phone, messages app, or site for a contact.
pub fn contact_href(contact: &CrisisContact) -> String {
    match contact.reach {
        Reach::Call => format!("tel:{}", contact.number_or_url),
        Reach::Text => format!("sms:{}", contact.number_or_url),
        Reach::Web => contact.number_or_url.to_string(),
    }
}
