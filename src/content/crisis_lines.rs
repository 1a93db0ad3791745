//! The crisis, abuse and youth lines in English (the lists; their types
//! and logic are `crisis_contacts.rs`). Every entry comes from
//! ../shared/ipt-content-brief.md section 8 or 8b, which names its sources.

use super::{CrisisContact, Reach};

/// A region's emergency number: called, and shown as it is dialled.
const fn emergency_services(
    region: &'static str,
    region_name: &'static str,
    number: &'static str,
    note: &'static str,
) -> CrisisContact {
    CrisisContact {
        region,
        region_name,
        service: "Emergency services",
        number_or_url: number,
        display: number,
        reach: Reach::Call,
        note,
        last_checked: LAST_CHECKED,
    }
}

/// When the crisis lines and emergency numbers were last checked.
pub const LAST_CHECKED: &str = "2026-11-22";

/// When the lines the brief's section 8b added were sourced and checked:
/// the text lines, New Zealand, the UK nations' abuse lines, the Silent
/// Solution and the lines for young people.
pub const MORE_LINES_CHECKED: &str = "2026-12-05";

/// When the domestic abuse lines were sourced and checked (the brief's
/// section 8, "sourced 2026-12-02"). Check them again before each release.
pub const ABUSE_LINES_CHECKED: &str = "2026-12-02";

pub static CRISIS_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "988 Suicide & Crisis Lifeline",
        number_or_url: "988",
        display: "988",
        reach: Reach::Call,
        note: "Call to talk to someone now.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "988 Suicide & Crisis Lifeline (text)",
        number_or_url: "988",
        display: "988",
        reach: Reach::Text,
        note: "Send a text message.",
        last_checked: LAST_CHECKED,
    },
    emergency_services(
        "US",
        "United States",
        "911",
        "If you or someone else is in danger now.",
    ),
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom and Ireland",
        service: "Samaritans",
        number_or_url: "116123",
        display: "116 123",
        reach: Reach::Call,
        note: "Free to call.",
        last_checked: LAST_CHECKED,
    },
    emergency_services(
        "GB",
        "United Kingdom and Ireland",
        "999",
        "If you or someone else is in danger now (112 works too).",
    ),
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom",
        service: "Shout (text)",
        number_or_url: "85258",
        display: "85258",
        reach: Reach::Text,
        note: "Text the word SHOUT to 85258. Free, 24 hours a day, if you would rather not \
            talk out loud.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Suicide Crisis Helpline",
        number_or_url: "988",
        display: "9-8-8",
        reach: Reach::Call,
        note: "Call 9-8-8, in English or French.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Suicide Crisis Helpline (text)",
        number_or_url: "988",
        display: "9-8-8",
        reach: Reach::Text,
        note: "Text 9-8-8, in English or French.",
        last_checked: LAST_CHECKED,
    },
    emergency_services(
        "CA",
        "Canada",
        "911",
        "If you or someone else is in danger now.",
    ),
    CrisisContact {
        region: "AU",
        region_name: "Australia",
        service: "Lifeline",
        number_or_url: "131114",
        display: "13 11 14",
        reach: Reach::Call,
        note: "Call to talk to someone now.",
        last_checked: LAST_CHECKED,
    },
    emergency_services(
        "AU",
        "Australia",
        "000",
        "If you or someone else is in danger now.",
    ),
    CrisisContact {
        region: "NZ",
        region_name: "New Zealand",
        service: "Need to talk? 1737",
        number_or_url: "1737",
        display: "1737",
        reach: Reach::Call,
        note: "Free, 24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "NZ",
        region_name: "New Zealand",
        service: "Need to talk? 1737 (text)",
        number_or_url: "1737",
        display: "1737",
        reach: Reach::Text,
        note: "Text 1737 for free, 24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        last_checked: MORE_LINES_CHECKED,
        ..emergency_services(
            "NZ",
            "New Zealand",
            "111",
            "If you or someone else is in danger now.",
        )
    },
    emergency_services("EU", "European Union", "112", "Works in every EU country."),
    CrisisContact {
        region: "INT",
        region_name: "Every other country",
        service: "Find A Helpline",
        number_or_url: "https://findahelpline.com",
        display: "https://findahelpline.com",
        reach: Reach::Web,
        note: "Free, confidential helplines staffed by people, by country.",
        last_checked: LAST_CHECKED,
    },
];

/// Help for someone who is being hurt, threatened or controlled by a
/// partner, relative or anyone else, shown on /help after the crisis lines.
/// Canada has no single national line, so it is pointed to the directory's
/// abuse topic and its emergency number, like every other country.
pub static ABUSE_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "National Domestic Violence Hotline",
        number_or_url: "18007997233",
        display: "1-800-799-7233",
        reach: Reach::Call,
        note: "Free and confidential. Also known as 800-799-SAFE.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "National Domestic Violence Hotline (text)",
        number_or_url: "88788",
        display: "88788",
        reach: Reach::Text,
        note: "Text the word START to 88788.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "National Domestic Violence Hotline (TTY)",
        number_or_url: "18007873224",
        display: "1-800-787-3224",
        reach: Reach::Call,
        note: "For callers who use a TTY (text telephone).",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom (England)",
        service: "National Domestic Abuse Helpline, run by Refuge",
        number_or_url: "08082000247",
        display: "0808 2000 247",
        reach: Reach::Call,
        note: "Free, 24 hours a day.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom (Scotland)",
        service: "Domestic Abuse and Forced Marriage Helpline",
        number_or_url: "08000271234",
        display: "0800 027 1234",
        reach: Reach::Call,
        note: "24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom (Wales)",
        service: "Live Fear Free",
        number_or_url: "08088010800",
        display: "0808 80 10 800",
        reach: Reach::Call,
        note: "24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom (Wales)",
        service: "Live Fear Free (text)",
        number_or_url: "07860077333",
        display: "07860 077333",
        reach: Reach::Text,
        note: "Send a text if calling is not safe.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom (Northern Ireland)",
        service: "Domestic and Sexual Abuse Helpline",
        number_or_url: "08088021414",
        display: "0808 802 1414",
        reach: Reach::Call,
        note: "24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom",
        service: "Men's Advice Line",
        number_or_url: "08088010327",
        display: "0808 801 0327",
        reach: Reach::Call,
        note: "A helpline for men facing domestic abuse.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom",
        service: "Police, if you cannot speak (the Silent Solution)",
        number_or_url: "999",
        display: "999",
        reach: Reach::Call,
        note: "Call 999. If it is not safe to talk on a mobile, stay on the line and press 55 \
            when you are asked. The police will know you need help.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "IE",
        region_name: "Ireland",
        service: "Women's Aid National Freephone Helpline",
        number_or_url: "1800341900",
        display: "1800 341 900",
        reach: Reach::Call,
        note: "Free, 24 hours a day.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "AU",
        region_name: "Australia",
        service: "1800RESPECT",
        number_or_url: "1800737732",
        display: "1800 737 732",
        reach: Reach::Call,
        note: "24 hours a day. You can also text or chat online.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Find A Helpline (choose the topic of abuse)",
        number_or_url: "https://findahelpline.com",
        display: "https://findahelpline.com",
        reach: Reach::Web,
        note: "Canada has no single national line. This directory lists local services. \
            In danger now, call 911.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "INT",
        region_name: "Every other country",
        service: "Find A Helpline (choose the topic of abuse)",
        number_or_url: "https://findahelpline.com",
        display: "https://findahelpline.com",
        reach: Reach::Web,
        note: "Free, confidential services by country and topic. In danger now, call your \
            local emergency number.",
        last_checked: ABUSE_LINES_CHECKED,
    },
];

/// Lines for children and young people, shown on /help after the abuse
/// lines. In the US, 988 answers people of every age.
pub static YOUTH_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "GB",
        region_name: "United Kingdom",
        service: "Childline",
        number_or_url: "08001111",
        display: "0800 1111",
        reach: Reach::Call,
        note: "For anyone under 19. Free, 24 hours a day.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Kids Help Phone",
        number_or_url: "18006686868",
        display: "1-800-668-6868",
        reach: Reach::Call,
        note: "For young people. Call to talk to someone now.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "CA",
        region_name: "Canada",
        service: "Kids Help Phone (text)",
        number_or_url: "686868",
        display: "686868",
        reach: Reach::Text,
        note: "Text the word CONNECT to 686868.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "AU",
        region_name: "Australia",
        service: "Kids Helpline",
        number_or_url: "1800551800",
        display: "1800 55 1800",
        reach: Reach::Call,
        note: "For anyone aged 5 to 25.",
        last_checked: MORE_LINES_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "United States",
        service: "988 Suicide & Crisis Lifeline",
        number_or_url: "988",
        display: "988",
        reach: Reach::Call,
        note: "For people of every age. You can call or text.",
        last_checked: LAST_CHECKED,
    },
];
