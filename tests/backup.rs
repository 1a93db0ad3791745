//! Backups: export, import into empty, export again gives the same file;
//! and a thousand broken or tampered files, each refused with its reason.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use ipt_companion::model::import_check::ImportProblem;
use ipt_companion::model::journal::entry::{EventInput, Feeling};
use ipt_companion::model::journal::IsoWeek;
use ipt_companion::model::relationship_map::edit::PersonDraft;
use ipt_companion::storage::backup::{export_backup, merge, parse_backup, AllAreas};
use proptest::prelude::*;
use serde_json::Value;

fn rich_areas() -> AllAreas {
    let mut areas = AllAreas::default();
    for name in ["Ann", "Bo 🌊", "<b>Cy</b>"] {
        let draft = PersonDraft {
            name: name.into(),
            good: "Walks, \"talks\", and\nmore".into(),
            ..PersonDraft::default()
        };
        areas.map.add_person(&draft).unwrap();
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for weeks_ago in 0..6u64 {
        let day = today - chrono::Days::new(weeks_ago * 7);
        let week = IsoWeek::from_date(day);
        areas.journal.set_mood_from_text(week, today, "5").unwrap();
        let input = EventInput {
            description: format!("Event {weeks_ago}"),
            people: vec![areas.map.people[0].id.0],
            feeling: Feeling::Hard,
            problem_area: None,
        };
        areas.journal.add_event(week, today, input).unwrap();
    }
    areas.learn.set_read("grief", true);
    areas
        .learn
        .set_answer("grief-story", "good-memories", "the sea");
    areas.safety_plan.reasons_for_living = "my dog".into();
    areas
}

#[test]
fn the_auto_lock_choice_travels_in_a_backup() {
    use ipt_companion::model::auto_lock::{AutoLock, QuietLimit};
    let mut areas = rich_areas();
    areas.settings.auto_lock = AutoLock {
        after: QuietLimit::FifteenMinutes,
        when_left: true,
    };
    let text = export_backup(&areas, "2026-12-05T10:00:00Z");
    assert!(text.contains("\"fifteen-minutes\""), "{text}");
    let back = parse_backup(&text).unwrap();
    assert_eq!(back.areas.settings.auto_lock, areas.settings.auto_lock);
    // A backup made before the choice existed gets the default.
    let fixture = include_str!("fixtures/backup-2026-12-02.json");
    let old = parse_backup(fixture).unwrap();
    assert_eq!(old.areas.settings.auto_lock, AutoLock::default());
}

#[test]
fn export_import_into_empty_and_export_again_is_identical() {
    let first = export_backup(&rich_areas(), "2026-11-22T10:00:00.000Z");
    let imported = parse_backup(&first).unwrap();
    let into_empty = merge(&AllAreas::default(), &imported.areas);
    let second = export_backup(&into_empty, &imported.exported_at);
    assert_eq!(first, second);
}

/// A way to break a good backup, and the problem it must be refused for.
#[derive(Debug, Clone)]
enum Breakage {
    Truncate(usize),
    FlipFormat,
    NewerSchema(u64),
    RemoveArea(usize),
    WrongType(usize),
    DuplicatePerson(usize),
    DuplicateEvent(usize),
    UnknownPerson(u64),
    NotJson(String),
}

const AREAS: [&str; 5] = ["learn", "map", "journal", "settings", "safety_plan"];

fn breakage() -> impl Strategy<Value = Breakage> {
    prop_oneof![
        (0usize..10_000).prop_map(Breakage::Truncate),
        Just(Breakage::FlipFormat),
        (2u64..1000).prop_map(Breakage::NewerSchema),
        (0usize..5).prop_map(Breakage::RemoveArea),
        (0usize..4).prop_map(Breakage::WrongType),
        (1usize..3).prop_map(Breakage::DuplicatePerson),
        (1usize..6).prop_map(Breakage::DuplicateEvent),
        (1000u64..u64::MAX / 2).prop_map(Breakage::UnknownPerson),
        "[a-z ]{0,20}".prop_map(Breakage::NotJson),
    ]
}

fn break_file(good: &str, breakage: &Breakage) -> String {
    let mut value: Value = serde_json::from_str(good).unwrap();
    match breakage {
        Breakage::Truncate(at) => {
            let mut cut = at % (good.len() - 1);
            while !good.is_char_boundary(cut) {
                cut -= 1;
            }
            return good[..cut].to_string();
        }
        Breakage::FlipFormat => value["format"] = "something-else".into(),
        Breakage::NewerSchema(schema) => value["schema"] = (*schema).into(),
        Breakage::RemoveArea(index) => {
            value["areas"]
                .as_object_mut()
                .unwrap()
                .remove(AREAS[*index]);
        }
        Breakage::WrongType(which) => match which {
            0 => value["areas"]["map"]["people"] = "Ann".into(),
            1 => value["areas"]["map"]["people"][0]["support"] = "lots".into(),
            2 => value["areas"]["journal"]["entries"] = Value::Array(vec![]),
            _ => value["areas"]["learn"]["read"] = 7.into(),
        },
        Breakage::DuplicatePerson(index) => {
            let first = value["areas"]["map"]["people"][0]["id"].clone();
            value["areas"]["map"]["people"][*index]["id"] = first;
        }
        Breakage::DuplicateEvent(index) => {
            let entries = value["areas"]["journal"]["entries"]
                .as_object_mut()
                .unwrap();
            let keys: Vec<String> = entries.keys().cloned().collect();
            let first = entries[&keys[0]]["events"][0]["id"].clone();
            entries.get_mut(&keys[*index]).unwrap()["events"][0]["id"] = first;
        }
        Breakage::UnknownPerson(id) => {
            let entries = value["areas"]["journal"]["entries"]
                .as_object_mut()
                .unwrap();
            let key = entries.keys().next().unwrap().clone();
            entries.get_mut(&key).unwrap()["events"][0]["people"][0] = (*id).into();
        }
        Breakage::NotJson(text) => return format!("{text}{{"),
    }
    value.to_string()
}

fn expected(breakage: &Breakage, problem: &ImportProblem) -> bool {
    match breakage {
        Breakage::Truncate(_) | Breakage::NotJson(_) => {
            matches!(problem, ImportProblem::NotJson { .. })
        }
        Breakage::FlipFormat => *problem == ImportProblem::NotABackup,
        Breakage::NewerSchema(schema) => {
            *problem == ImportProblem::NewerVersion { schema: *schema }
        }
        Breakage::RemoveArea(_) => matches!(problem, ImportProblem::MissingField { .. }),
        Breakage::WrongType(_) => matches!(problem, ImportProblem::WrongType { .. }),
        Breakage::DuplicatePerson(_) => matches!(problem, ImportProblem::DuplicatePersonId { .. }),
        Breakage::DuplicateEvent(_) => matches!(problem, ImportProblem::DuplicateEventId { .. }),
        Breakage::UnknownPerson(id) => *problem == ImportProblem::UnknownPerson { id: *id },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_broken_file_is_refused_with_its_own_reason(breakage in breakage()) {
        let good = export_backup(&rich_areas(), "2026-11-22T10:00:00.000Z");
        let broken = break_file(&good, &breakage);
        match parse_backup(&broken) {
            Ok(_) => prop_assert!(false, "{breakage:?} was accepted"),
            Err(problem) => prop_assert!(expected(&breakage, &problem), "{breakage:?} gave {problem:?}"),
        }
    }
}

/// Keeps every field of `expected` (recursively) as it is in `actual`;
/// `actual` may have more (a later version may add fields).
fn assert_kept(expected: &Value, actual: &Value, path: &str) {
    match (expected, actual) {
        (Value::Object(expected), Value::Object(actual)) => {
            for (key, value) in expected {
                let inner = format!("{path}.{key}");
                let kept = actual
                    .get(key)
                    .unwrap_or_else(|| panic!("{inner} was dropped"));
                assert_kept(value, kept, &inner);
            }
        }
        _ => assert_eq!(expected, actual, "{path} changed"),
    }
}

/// A backup the app wrote on 2026-12-02 (schema 1), committed as written:
/// every later version must import it whole.
#[test]
fn a_backup_from_2026_12_02_still_imports_whole() {
    let text = include_str!("fixtures/backup-2026-12-02.json");
    let backup = parse_backup(text).expect("the old backup imports");
    let counts = ipt_companion::storage::backup::counts(&backup.areas);
    assert_eq!((counts.people, counts.weeks, counts.events), (3, 6, 6));
    assert!(counts.safety_plan_filled);
    let written: Value = serde_json::from_str(text).unwrap();
    let again: Value =
        serde_json::from_str(&export_backup(&backup.areas, &backup.exported_at)).unwrap();
    assert_kept(&written["areas"], &again["areas"], "areas");
}

/// Each area as the app stored it on 2026-12-02, under its key: every
/// later version must still read them (through a migration if the schema
/// moved on) and find the same data as in the backup made then.
#[test]
fn areas_stored_on_2026_12_02_still_load() {
    use ipt_companion::storage::migrate::migrate;
    use ipt_companion::storage::{decode, versioned_key, AREAS};
    let stored: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/stored-2026-12-02.json")).unwrap();
    let backup = parse_backup(include_str!("fixtures/backup-2026-12-02.json")).unwrap();
    assert_eq!(stored.len(), 5, "the five areas of 2026-12-02");
    let mut loaded = serde_json::Map::new();
    for (key, text) in &stored {
        let area = AREAS
            .iter()
            .find(|area| versioned_key(1, area) == *key)
            .unwrap_or_else(|| panic!("{key} is no longer an area"));
        let current = migrate(area, text).expect("migrates to the current schema");
        let envelope = decode::<Value>(area, &current).expect("decodes");
        assert_eq!(envelope.revision, 3, "{area} keeps its revision");
        loaded.insert(area.replace('-', "_"), envelope.data);
    }
    let typed: AllAreas = serde_json::from_value(Value::Object(loaded)).expect("typed data");
    assert_eq!(typed, backup.areas);
}

#[test]
fn the_timeline_comes_back_from_a_backup_and_merges_without_doubles() {
    use ipt_companion::model::timeline::{LifeEventDraft, LifeEventKind};
    let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let mut areas = rich_areas();
    let ann = areas.map.people[0].id.0;
    let draft = LifeEventDraft {
        when: "2025-01".into(),
        what: "Mum died".into(),
        people: vec![ann],
        kind: Some(LifeEventKind::Death),
    };
    areas.timeline.add_event(&draft, today).unwrap();
    let backup = parse_backup(&export_backup(&areas, "2026-12-02T08:00:00.000Z")).unwrap();
    assert_eq!(backup.areas.timeline, areas.timeline);
    // Merged into itself: nothing doubled.
    let merged = merge(&areas, &backup.areas);
    assert_eq!(merged.timeline.events.len(), 1);
    // Into a device whose map has a different person under Ann's id: the
    // event follows Ann's copy.
    let mut other = AllAreas::default();
    let draft = PersonDraft {
        name: "Zed".into(),
        ..PersonDraft::default()
    };
    other.map.add_person(&draft).unwrap();
    let merged = merge(&other, &backup.areas);
    let copy_of_ann = merged
        .map
        .people
        .iter()
        .find(|person| person.name == "Ann")
        .unwrap()
        .id
        .0;
    assert_ne!(copy_of_ann, ann);
    assert_eq!(merged.timeline.events[0].people, [copy_of_ann]);
    // A timeline naming a person the map never had is refused.
    let mut broken: Value = serde_json::from_str(&export_backup(&areas, "x")).unwrap();
    broken["areas"]["timeline"]["events"][0]["people"] = serde_json::json!([99]);
    assert_eq!(
        parse_backup(&broken.to_string()).unwrap_err(),
        ImportProblem::UnknownPerson { id: 99 }
    );
}
