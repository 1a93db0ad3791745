//! The weekly journal's pieces (`/journal`), and the home page's check-in
//! banner. The page itself is `pages::journal`; the data and its rules are
//! `model::journal`; every word is in `content::journal_text`.

pub mod chart;
pub mod check_in_banner;
pub mod events;
pub mod export;
pub mod insights;
pub mod people_notes;
pub mod phq9_form;
pub mod progress_notice;
pub mod reminder;
pub mod safety_panel;
pub mod step;
pub mod week_entry;
pub mod week_picker;
pub mod year_glance;

use crate::content::journal_text as text;
use crate::model::relationship_map::{PersonId, RelationshipMap};

/// A person's name from the map, or "someone removed from the map" for an
/// id the map no longer has (never a crash, whatever the stored data says).
pub fn person_name(map: &RelationshipMap, id: u64) -> String {
    map.person(PersonId(id))
        .map(|person| person.name.clone())
        .unwrap_or_else(|| text::REMOVED_PERSON.to_string())
}

/// The people on the map as `(id, name)`, in the map's order.
pub fn map_people(map: &RelationshipMap) -> Vec<(u64, String)> {
    map.people
        .iter()
        .map(|person| (person.id.0, person.name.clone()))
        .collect()
}
