//! A backup file: every area in one JSON document, with a format name, the
//! schema version and the export date. Pure, so it is tested natively.

use serde::{Deserialize, Serialize};

pub use super::areas::AllAreas;
use crate::model::import_check::{check_backup_size, Counts, ImportProblem};
use crate::model::settings::SafetyPlanSection;

pub const BACKUP_FORMAT: &str = "ipt-companion-backup";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub schema: u32,
    /// When it was made, as the browser's ISO 8601 time.
    pub exported_at: String,
    pub areas: AllAreas,
}

/// The backup file's text (indented, so a person can read it).
pub fn export_backup(areas: &AllAreas, exported_at: &str) -> String {
    let backup = Backup {
        format: BACKUP_FORMAT.to_string(),
        schema: super::SCHEMA_VERSION,
        exported_at: exported_at.to_string(),
        areas: areas.clone(),
    };
    serde_json::to_string_pretty(&backup).expect("app data always serialises to JSON")
}

/// The file name for a backup made on `date` (YYYY-MM-DD).
pub fn backup_file_name(date: &str) -> String {
    format!("ipt-companion-backup-{date}.json")
}

/// Reads and fully checks a backup file. Nothing is changed by reading.
pub fn parse_backup(text: &str) -> Result<Backup, ImportProblem> {
    check_backup_size(text.len())?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|error| ImportProblem::NotJson {
            detail: error.to_string(),
            line: error.line(),
            column: error.column(),
        })?;
    if value.get("format").and_then(|format| format.as_str()) != Some(BACKUP_FORMAT) {
        return Err(ImportProblem::NotABackup);
    }
    match value.get("schema").and_then(serde_json::Value::as_u64) {
        Some(schema) if schema > u64::from(super::SCHEMA_VERSION) => {
            return Err(ImportProblem::NewerVersion { schema })
        }
        Some(0) | None => {
            return Err(ImportProblem::MissingField {
                detail: "schema".into(),
                field: "schema".into(),
            })
        }
        Some(_) => {}
    }
    let backup: Backup = serde_json::from_value(value).map_err(|error| {
        let detail = error.to_string();
        if detail.starts_with("missing field") {
            let field = crate::model::import_check::missing_field_name(&detail);
            ImportProblem::MissingField { detail, field }
        } else {
            ImportProblem::WrongType { detail }
        }
    })?;
    validate(&backup.areas)?;
    Ok(backup)
}

/// Checks what types alone cannot: unique ids, and people in the journal
/// who could have been on the map.
fn validate(areas: &AllAreas) -> Result<(), ImportProblem> {
    let mut people = std::collections::BTreeSet::new();
    for person in &areas.map.people {
        if !people.insert(person.id.0) {
            return Err(ImportProblem::DuplicatePersonId { id: person.id.0 });
        }
    }
    // Ids handed out so far; a removed person's id stays valid in the
    // journal, but an id the map never gave out is a broken file.
    let ids_given = people
        .iter()
        .next_back()
        .map_or(0, |last| last + 1)
        .max(areas.map.next_id);
    let mut events = std::collections::BTreeSet::new();
    for (week, entry) in &areas.journal.entries {
        if *week != entry.week {
            return Err(ImportProblem::WeekMismatch {
                key: week.to_string(),
            });
        }
        for event in &entry.events {
            if !events.insert(event.id) {
                return Err(ImportProblem::DuplicateEventId { id: event.id });
            }
            if let Some(id) = event.people.iter().find(|id| **id >= ids_given) {
                return Err(ImportProblem::UnknownPerson { id: *id });
            }
        }
        if let Some(id) = entry.person_notes.keys().find(|id| **id >= ids_given) {
            return Err(ImportProblem::UnknownPerson { id: *id });
        }
    }
    let timeline_people = areas.timeline.events.iter().flat_map(|event| &event.people);
    if let Some(id) = timeline_people.copied().find(|id| *id >= ids_given) {
        return Err(ImportProblem::UnknownPerson { id });
    }
    Ok(())
}

/// Brings a backup into the current data without losing either side: what
/// only one side has is kept; where both have the same item with different
/// content, the current one stays and the imported one is added as a copy
/// (people and journal events get new ids). Free-text fields that are
/// empty now are filled from the backup.
pub fn merge(current: &AllAreas, incoming: &AllAreas) -> AllAreas {
    let mut merged = current.clone();
    // Each area named, so that a new one cannot be left out unnoticed. The
    // settings are this device's (theme, reminders): they stay as they are.
    let AllAreas {
        learn,
        map,
        journal,
        settings: _,
        safety_plan,
        timeline,
    } = incoming;

    // Learn: reading marks add up; exercise answers fill gaps.
    merged.learn.read.extend(learn.read.iter().cloned());
    for (id, entry) in &learn.exercises {
        merged
            .learn
            .exercises
            .entry(id.clone())
            .or_insert_with(|| entry.clone());
    }
    for (id, answer) in &learn.self_check {
        merged.learn.self_check.entry(id.clone()).or_insert(*answer);
    }
    if merged.learn.focus_area.is_none() {
        merged.learn.focus_area = learn.focus_area;
    }

    // Map: people by id; a different person under a taken id becomes a copy.
    let mut next_id = merged
        .map
        .people
        .iter()
        .chain(&map.people)
        .map(|p| p.id.0 + 1)
        .max()
        .unwrap_or(0)
        .max(merged.map.next_id)
        .max(map.next_id);
    let mut renamed_people = std::collections::BTreeMap::new();
    for person in &map.people {
        match merged.map.people.iter().find(|p| p.id == person.id) {
            Some(existing) if existing == person => {}
            Some(_) => {
                let mut copy = person.clone();
                copy.id = crate::model::relationship_map::PersonId(next_id);
                renamed_people.insert(person.id.0, next_id);
                next_id += 1;
                merged.map.people.push(copy);
            }
            None => merged.map.people.push(person.clone()),
        }
    }
    merged.map.next_id = next_id;
    for snapshot in &map.snapshots {
        if !merged
            .map
            .snapshots
            .iter()
            .any(|s| s.taken_on == snapshot.taken_on)
        {
            merged.map.snapshots.push(snapshot.clone());
        }
    }
    merged
        .map
        .snapshots
        .sort_by(|a, b| a.taken_on.cmp(&b.taken_on));

    // Journal: weeks by week; events the current week lacks are added with
    // fresh ids (and people renamed above follow their copy).
    let mut next_event = merged
        .journal
        .entries
        .values()
        .chain(journal.entries.values())
        .flat_map(|entry| entry.events.iter().map(|e| e.id + 1))
        .max()
        .unwrap_or(1)
        .max(merged.journal.next_event_id)
        .max(journal.next_event_id);
    for (week, entry) in &journal.entries {
        let mut entry = entry.clone();
        for event in &mut entry.events {
            for person in &mut event.people {
                *person = *renamed_people.get(person).unwrap_or(person);
            }
        }
        match merged.journal.entries.get_mut(week) {
            None => {
                merged.journal.entries.insert(*week, entry);
            }
            Some(existing) => {
                for event in entry.events {
                    let same = |e: &&crate::model::journal::entry::Event| {
                        e.description == event.description
                            && e.people == event.people
                            && e.feeling == event.feeling
                    };
                    if !existing.events.iter().any(|e| same(&e)) {
                        let mut copy = event.clone();
                        copy.id = next_event;
                        next_event += 1;
                        existing.events.push(copy);
                    }
                }
                if existing.mood.is_none() {
                    existing.mood = entry.mood;
                }
                if existing.note.trim().is_empty() {
                    existing.note = entry.note;
                }
                if existing.phq9.is_none() {
                    existing.phq9 = entry.phq9;
                }
                for (person, note) in entry.person_notes {
                    existing.person_notes.entry(person).or_insert(note);
                }
            }
        }
    }
    merged.journal.next_event_id = next_event;

    // Timeline: what only the backup has comes in with fresh ids.
    merged.timeline.take_in(timeline, |person| {
        *renamed_people.get(&person).unwrap_or(&person)
    });

    // Safety plan: fill the parts that are empty now.
    for section in SafetyPlanSection::ALL {
        let field = merged.safety_plan.field_mut(section);
        if field.trim().is_empty() {
            field.clone_from(safety_plan.field(section));
        }
    }
    merged
}

pub fn counts(areas: &AllAreas) -> Counts {
    Counts {
        modules_read: areas.learn.read.len(),
        exercises: areas.learn.exercises.len(),
        people: areas.map.people.len(),
        snapshots: areas.map.snapshots.len(),
        weeks: areas.journal.entries.len(),
        events: areas.journal.entries.values().map(|e| e.events.len()).sum(),
        safety_plan_filled: !areas.safety_plan.is_empty(),
        life_events: areas.timeline.events.len(),
        low_periods: areas.timeline.low_periods.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import_check::MAX_BACKUP_BYTES;
    use crate::model::relationship_map::edit::PersonDraft;

    fn sample() -> AllAreas {
        let mut areas = AllAreas::default();
        for name in ["Ann", "Bo"] {
            let draft = PersonDraft {
                name: name.into(),
                ..PersonDraft::default()
            };
            areas.map.add_person(&draft).unwrap();
        }
        areas
    }

    #[test]
    fn a_good_backup_parses_back_to_what_was_exported() {
        let areas = sample();
        let text = export_backup(&areas, "2026-11-22T10:00:00.000Z");
        assert_eq!(parse_backup(&text).unwrap().areas, areas);
    }

    #[test]
    fn each_kind_of_bad_file_is_named() {
        let good = export_backup(&sample(), "2026-11-22T10:00:00.000Z");
        let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
        let check = |text: &str, expected: fn(&ImportProblem) -> bool| {
            let problem = parse_backup(text).unwrap_err();
            assert!(
                expected(&problem),
                "{problem:?} for {}",
                &text[..text.len().min(80)]
            );
        };
        check("not json", |p| matches!(p, ImportProblem::NotJson { .. }));
        // Where, in numbers any language can say.
        check("{\n  \"format\": nope", |p| {
            matches!(
                p,
                ImportProblem::NotJson {
                    line: 2,
                    column: 14,
                    ..
                }
            )
        });
        assert!(check_backup_size(MAX_BACKUP_BYTES).is_ok());
        assert_eq!(
            check_backup_size(MAX_BACKUP_BYTES + 1),
            Err(ImportProblem::TooLarge {
                bytes: MAX_BACKUP_BYTES + 1
            })
        );
        check(&" ".repeat(MAX_BACKUP_BYTES + 1), |p| {
            matches!(p, ImportProblem::TooLarge { .. })
        });
        check("{\"format\":\"other\"}", |p| {
            *p == ImportProblem::NotABackup
        });
        value["schema"] = 9.into();
        check(&value.to_string(), |p| {
            *p == ImportProblem::NewerVersion { schema: 9 }
        });
        value["schema"] = 1.into();
        let mut missing = value.clone();
        missing["areas"].as_object_mut().unwrap().remove("journal");
        check(
            &missing.to_string(),
            |p| matches!(p, ImportProblem::MissingField { field, .. } if field == "journal"),
        );
        let mut wrong = value.clone();
        wrong["areas"]["map"]["people"] = "Ann".into();
        check(&wrong.to_string(), |p| {
            matches!(p, ImportProblem::WrongType { .. })
        });
        let mut duplicate = value.clone();
        duplicate["areas"]["map"]["people"][1]["id"] =
            duplicate["areas"]["map"]["people"][0]["id"].clone();
        check(&duplicate.to_string(), |p| {
            matches!(p, ImportProblem::DuplicatePersonId { .. })
        });
    }

    #[test]
    fn a_backup_round_trips_and_counts_what_it_holds() {
        let mut areas = AllAreas::default();
        areas.learn.set_read("grief", true);
        let draft = PersonDraft {
            name: "Ann <b>".into(),
            ..PersonDraft::default()
        };
        areas.map.add_person(&draft).unwrap();
        areas.safety_plan.warning_signs = "Not sleeping".into();
        let text = export_backup(&areas, "2026-11-22T10:00:00.000Z");
        let back: Backup = serde_json::from_str(&text).unwrap();
        assert_eq!(back.format, BACKUP_FORMAT);
        assert_eq!(back.areas, areas);
        let counted = counts(&back.areas);
        assert_eq!((counted.modules_read, counted.people), (1, 1));
        assert!(counted.safety_plan_filled);
        assert_eq!(export_backup(&back.areas, &back.exported_at), text);
    }

    #[test]
    fn journal_people_must_have_been_on_the_map_and_event_ids_unique() {
        use crate::model::journal::entry::{EventInput, Feeling};
        use crate::model::journal::IsoWeek;
        let mut areas = sample();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let week = IsoWeek::from_date(today);
        let input = EventInput {
            description: "Lunch".into(),
            people: vec![99],
            feeling: Feeling::Good,
            problem_area: None,
        };
        areas.journal.add_event(week, today, input).unwrap();
        let text = export_backup(&areas, "x");
        assert_eq!(
            parse_backup(&text).unwrap_err(),
            ImportProblem::UnknownPerson { id: 99 }
        );
    }

    #[test]
    fn merging_keeps_both_sides_and_copies_conflicts() {
        let current = sample();
        let mut incoming = sample();
        incoming.map.people[0].good = "changed".into();
        incoming.learn.set_read("grief", true);
        let merged = merge(&current, &incoming);
        assert_eq!(
            merged.map.people.len(),
            3,
            "Ann, Bo and the differing Ann as a copy"
        );
        assert!(merged.learn.is_read("grief"));
        let ids: std::collections::BTreeSet<u64> =
            merged.map.people.iter().map(|p| p.id.0).collect();
        assert_eq!(ids.len(), 3, "ids stay unique");
        // Merging the same data again changes nothing.
        assert_eq!(merge(&merged, &merged), merged);
    }

    #[test]
    fn file_names_carry_the_date() {
        assert_eq!(
            backup_file_name("2026-11-22"),
            "ipt-companion-backup-2026-11-22.json"
        );
    }
}
