//! The crisis, abuse and youth lines in Spanish (the lists; their types
//! and logic are `crisis_contacts.rs`). Only the lines of
//! ../shared/ipt-content-brief.md section 8c, which were sourced for
//! Spanish speakers: the United States, Spain and Mexico, and Find A
//! Helpline (in Spanish too) for every other country. Add no other
//! country's number unless it is sourced there.

use super::{CrisisContact, Reach};

/// A country's emergency number: called, and shown as it is dialled.
const fn emergency_services(
    region: &'static str,
    region_name: &'static str,
    number: &'static str,
) -> CrisisContact {
    CrisisContact {
        region,
        region_name,
        service: "Emergencias",
        number_or_url: number,
        display: number,
        reach: Reach::Call,
        note: "Si hay peligro ahora para ti o para otra persona.",
        last_checked: LAST_CHECKED,
    }
}

/// When the brief's section 8c sourced these lines.
pub const LAST_CHECKED: &str = "2026-12-05";

/// The same date: every Spanish line was sourced at once (the English
/// lists have a date per group of lines).
pub const MORE_LINES_CHECKED: &str = LAST_CHECKED;

/// The same date, for Spain's abuse line.
pub const ABUSE_LINES_CHECKED: &str = LAST_CHECKED;

const FIND_A_HELPLINE: &str = "https://findahelpline.com";

pub static CRISIS_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "US",
        region_name: "Estados Unidos",
        service: "Línea 988 de Prevención del Suicidio y Crisis, en español",
        number_or_url: "988",
        display: "988",
        reach: Reach::Call,
        note: "Llama al 988 y marca el 2 para hablar en español. Las 24 horas.",
        last_checked: LAST_CHECKED,
    },
    CrisisContact {
        region: "US",
        region_name: "Estados Unidos",
        service: "Línea 988 de Prevención del Suicidio y Crisis (mensajes)",
        number_or_url: "988",
        display: "988",
        reach: Reach::Text,
        note: "Envía la palabra AYUDA al 988 para escribir en español.",
        last_checked: LAST_CHECKED,
    },
    emergency_services("US", "Estados Unidos", "911"),
    CrisisContact {
        region: "ES",
        region_name: "España",
        service: "024, Línea de atención a la conducta suicida",
        number_or_url: "024",
        display: "024",
        reach: Reach::Call,
        note: "Gratis, las 24 horas. Del Ministerio de Sanidad.",
        last_checked: LAST_CHECKED,
    },
    emergency_services("ES", "España", "112"),
    CrisisContact {
        region: "MX",
        region_name: "México",
        service: "Línea de la Vida",
        number_or_url: "8009112000",
        display: "800 911 2000",
        reach: Reach::Call,
        note: "Gratis, las 24 horas. De la CONASAMA.",
        last_checked: LAST_CHECKED,
    },
    emergency_services("MX", "México", "911"),
    CrisisContact {
        region: "INT",
        region_name: "Otros países",
        service: "Find A Helpline",
        number_or_url: FIND_A_HELPLINE,
        display: FIND_A_HELPLINE,
        reach: Reach::Web,
        note: "Líneas de ayuda gratuitas y confidenciales, atendidas por personas, ordenadas \
            por país. La página también está en español.",
        last_checked: LAST_CHECKED,
    },
];

/// Help for someone who is being hurt, threatened or controlled by a
/// partner, a relative or anyone else. The brief sources one abuse line in
/// Spanish (Spain's 016); elsewhere, the directory's abuse topic and the
/// emergency number.
pub static ABUSE_CONTACTS: &[CrisisContact] = &[
    CrisisContact {
        region: "ES",
        region_name: "España",
        service: "016, atención a víctimas de violencia contra las mujeres",
        number_or_url: "016",
        display: "016",
        reach: Reach::Call,
        note: "Gratis, las 24 horas. No aparece en la factura, pero sí queda en el registro de \
            llamadas del teléfono. Si te preocupa que alguien lo vea, borra esa llamada del \
            registro después.",
        last_checked: ABUSE_LINES_CHECKED,
    },
    CrisisContact {
        region: "INT",
        region_name: "Otros países",
        service: "Find A Helpline (elige el tema de violencia o abuso)",
        number_or_url: FIND_A_HELPLINE,
        display: FIND_A_HELPLINE,
        reach: Reach::Web,
        note: "Servicios gratuitos y confidenciales por país y por tema, también en español. \
            Si estás en peligro ahora, llama al número de emergencias de tu país (911 en \
            Estados Unidos y México, 112 en España).",
        last_checked: ABUSE_LINES_CHECKED,
    },
];

/// Lines for children and young people. The brief sources none in Spanish
/// apart from 988, which in the United States answers people of every age.
pub static YOUTH_CONTACTS: &[CrisisContact] = &[CrisisContact {
    region: "US",
    region_name: "Estados Unidos",
    service: "Línea 988 de Prevención del Suicidio y Crisis, en español",
    number_or_url: "988",
    display: "988",
    reach: Reach::Call,
    note: "Para personas de todas las edades. Llama al 988 y marca el 2, o envía AYUDA al 988.",
    last_checked: LAST_CHECKED,
}];
