//! Crisis lines and emergency numbers: the ONE place they are kept, so they
//! can be re-checked in one go. Apps have shipped wrong helpline numbers;
//! every entry here comes from ../shared/ipt-content-brief.md section 8,
//! which names its sources. `LAST_CHECKED` is the date this list was last
//! compared with that brief.

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
    pub reach: Reach,
    pub note: &'static str,
    /// Date (YYYY-MM-DD) this entry was last checked against its source.
    pub last_checked: &'static str,
}

pub const LAST_CHECKED: &str = "2026-11-22";

pub static CRISIS_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "988 Suicide & Crisis Lifeline",
        number_or_url: "988",
        reach: Reach::Call,
        note: "Call to talk to someone now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "988 Suicide & Crisis Lifeline (text)",
        number_or_url: "988",
        reach: Reach::Text,
        note: "Send a text message.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "Emergency services",
        number_or_url: "911",
        reach: Reach::Call,
        note: "If you or someone else is in danger now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom and Ireland",
        service: "Samaritans",
        number_or_url: "116123",
        reach: Reach::Call,
        note: "Free to call.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom and Ireland",
        service: "Emergency services",
        number_or_url: "999",
        reach: Reach::Call,
        note: "If you or someone else is in danger now (112 works too).",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Suicide Crisis Helpline",
        number_or_url: "988",
        reach: Reach::Call,
        note: "Call 9-8-8, in English or French.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Suicide Crisis Helpline (text)",
        number_or_url: "988",
        reach: Reach::Text,
        note: "Text 9-8-8, in English or French.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Emergency services",
        number_or_url: "911",
        reach: Reach::Call,
        note: "If you or someone else is in danger now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "AU",
        region_name: "Australia",
        service: "Lifeline",
        number_or_url: "131114",
        reach: Reach::Call,
        note: "Call to talk to someone now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "AU",
        region_name: "Australia",
        service: "Emergency services",
        number_or_url: "000",
        reach: Reach::Call,
        note: "If you or someone else is in danger now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "EU",
        region_name: "European Union",
        service: "Emergency services",
        number_or_url: "112",
        reach: Reach::Call,
        note: "Works in every EU country.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "INT",
        region_name: "Every other country",
        service: "Find A Helpline",
        number_or_url: "https://findahelpline.com",
        reach: Reach::Web,
        note: "Free, confidential helplines staffed by people, by country.",
        last_checked: LAST_CHECKED,
    },
];

/// How a number is shown to a reader: "116 123" rather than "116123".
pub fn display_number(contact: &CrisisContact) -> &'static str {
    match (contact.region, contact.number_or_url) {
        ("GB", "116123") => "116 123",
        ("AU", "131114") => "13 11 14",
        ("CA", "988") => "9-8-8",
        (_, other) => other,
    }
}

/// The link that opens the phone, messages app, or site for a contact.
pub fn contact_href(contact: &CrisisContact) -> String {
    match contact.reach {
        Reach::Call => format!("tel:{}", contact.number_or_url),
        Reach::Text => format!("sms:{}", contact.number_or_url),
        Reach::Web => contact.number_or_url.to_string(),
    }
}
