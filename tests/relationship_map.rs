#![cfg(not(target_arch = "wasm32"))]
//! The relationship map's model, as the map page uses it: placing and moving
//! people, undo and redo, the person form's validation, snapshots, saving,
//! and a drawing in which no two markers, and no two names, ever overlap.

use ipt_companion::model::problem_area::ProblemArea;
use ipt_companion::model::relationship_map::edit::{
    validate, FieldProblem, FieldWarning, PersonDraft,
};
use ipt_companion::model::relationship_map::history::UndoHistory;
use ipt_companion::model::relationship_map::labels::{
    estimated_text_width, place_labels, ring_name_box, LabelPlacement, ELLIPSIS, LABEL_FONT_SIZE,
};
use ipt_companion::model::relationship_map::layout::{
    layout_map, layout_ring, ring_from_point, roomy_capacity, slot_degrees, MarkerPlacement,
    CENTRE, ME_RADIUS, ROOMY_RADIUS, VIEW_BOX_SIZE,
};
use ipt_companion::model::relationship_map::marker::{belongs_to_previous, initials};
use ipt_companion::model::relationship_map::snapshot::{diff, take_snapshot};
use ipt_companion::model::relationship_map::{
    DisputeStage, Person, PersonId, Relationship, RelationshipMap, Ring, Snapshot,
};
use proptest::prelude::*;

fn draft(name: &str, ring: Ring, angle: f64) -> PersonDraft {
    PersonDraft {
        name: name.to_string(),
        ring,
        angle: Some(angle),
        ..Default::default()
    }
}

fn map_with(people: &[(&str, Ring, f64)]) -> RelationshipMap {
    let mut map = RelationshipMap::default();
    for &(name, ring, angle) in people {
        map.add_person(&draft(name, ring, angle)).unwrap();
    }
    map
}

// Placement and moving.

#[test]
fn a_person_is_placed_where_the_form_says() {
    let map = map_with(&[("Ann", Ring::Closest, 90.0)]);
    let person = &map.people[0];
    assert_eq!((person.ring, person.angle), (Ring::Closest, 90.0));
    let placed = layout_map(&map.people);
    assert_eq!(placed.len(), 1);
    assert_eq!(ring_from_point(placed[0].x, placed[0].y), Ring::Closest);
    assert!(placed[0].x > CENTRE && (placed[0].y - CENTRE).abs() < 1e-9);
}

#[test]
fn moving_in_and_out_stops_at_the_edges() {
    let mut map = map_with(&[("Ann", Ring::Close, 45.0)]);
    let id = map.people[0].id;
    assert!(map.move_inward(id));
    assert!(!map.move_inward(id));
    assert_eq!(map.person(id).unwrap().ring, Ring::Closest);
    assert!(map.move_outward(id));
    assert!(map.move_outward(id));
    assert!(!map.move_outward(id));
    let person = map.person(id).unwrap();
    assert_eq!((person.ring, person.angle), (Ring::FurtherAway, 45.0));
}

#[test]
fn moving_around_wraps_past_the_top() {
    let mut map = map_with(&[("Ann", Ring::Closest, 0.0)]);
    let id = map.people[0].id;
    let slot = slot_degrees(Ring::Closest);
    assert!(map.move_around(id, -1));
    assert!((map.person(id).unwrap().angle - (360.0 - slot)).abs() < 0.01);
    assert!(map.move_around(id, 2));
    assert!((map.person(id).unwrap().angle - slot).abs() < 0.01);
    let steps_per_turn = (360.0 / slot).round() as i32;
    let before = map.person(id).unwrap().angle;
    map.move_around(id, steps_per_turn);
    assert!((map.person(id).unwrap().angle - before).abs() < 0.02);
}

#[test]
fn a_drop_sets_ring_and_angle_from_the_point() {
    let mut map = map_with(&[("Ann", Ring::FurtherAway, 0.0)]);
    let id = map.people[0].id;
    // Dropped just right of the Me circle, at 3 o'clock.
    let (x, y) = (CENTRE + ME_RADIUS + 5.0, CENTRE);
    let ring = ring_from_point(x, y);
    let angle = ipt_companion::model::relationship_map::layout::angle_from_point(x, y);
    assert!(map.set_position(id, ring, angle));
    let person = map.person(id).unwrap();
    assert_eq!((person.ring, person.angle), (Ring::Closest, 90.0));
}

// Undo and redo.

#[test]
fn undo_after_add_and_redo_again() {
    let mut map = RelationshipMap::default();
    let mut history = UndoHistory::new(20);
    history.record(map.people.clone());
    let id = map.add_person(&draft("Ann", Ring::Close, 0.0)).unwrap();
    map.people = history.undo(map.people.clone()).unwrap();
    assert!(map.people.is_empty());
    map.people = history.redo(map.people.clone()).unwrap();
    assert_eq!(map.person(id).unwrap().name, "Ann");
    assert!(history.redo(map.people.clone()).is_none());
    // Ids are not reused after an undo, because the counter is not undone.
    history.record(map.people.clone());
    map.remove_person(id);
    map.people = history.undo(map.people.clone()).unwrap();
    assert_ne!(map.add_person(&draft("Bo", Ring::Close, 0.0)).unwrap(), id);
}

#[test]
fn a_new_edit_clears_redo() {
    let mut map = map_with(&[("Ann", Ring::Close, 0.0)]);
    let id = map.people[0].id;
    let mut history = UndoHistory::new(20);
    history.record(map.people.clone());
    map.move_inward(id);
    map.people = history.undo(map.people.clone()).unwrap();
    assert!(history.can_redo());
    history.record(map.people.clone());
    map.move_outward(id);
    assert!(!history.can_redo());
    assert!(history.redo(map.people.clone()).is_none());
}

#[test]
fn history_keeps_at_most_max_steps() {
    let mut map = map_with(&[("Ann", Ring::Close, 0.0)]);
    let id = map.people[0].id;
    let mut history = UndoHistory::new(5);
    for _ in 0..12 {
        history.record(map.people.clone());
        map.move_around(id, 1);
    }
    let mut undone = 0;
    while let Some(previous) = history.undo(map.people.clone()) {
        map.people = previous;
        undone += 1;
    }
    assert_eq!(undone, 5);
    let expected = (7.0 * slot_degrees(Ring::Close)).rem_euclid(360.0);
    assert!((map.person(id).unwrap().angle - expected).abs() < 0.05);
}

// Validation.

#[test]
fn an_empty_name_is_a_problem() {
    let map = RelationshipMap::default();
    for name in ["", "   ", "\n\t"] {
        let validation = validate(&draft(name, Ring::Close, 0.0), &map, None);
        assert_eq!(validation.problems, [FieldProblem::NameMissing]);
        assert_eq!(validation.problems[0].field(), "name");
    }
    let mut map = map;
    assert_eq!(
        map.add_person(&draft(" ", Ring::Close, 0.0)),
        Err(vec![FieldProblem::NameMissing])
    );
    assert!(map.people.is_empty());
}

#[test]
fn sixty_one_characters_are_too_many() {
    let map = RelationshipMap::default();
    let validation = validate(&draft(&"x".repeat(61), Ring::Close, 0.0), &map, None);
    assert_eq!(
        validation.problems,
        [FieldProblem::NameTooLong { chars: 61 }]
    );
    assert!(validate(&draft(&"x".repeat(60), Ring::Close, 0.0), &map, None).is_valid());
}

#[test]
fn sixty_emoji_and_right_to_left_names_are_fine() {
    let mut map = RelationshipMap::default();
    let emoji = "🌊".repeat(60);
    assert!(emoji.len() > 60);
    let id = map.add_person(&draft(&emoji, Ring::Close, 0.0)).unwrap();
    assert_eq!(map.person(id).unwrap().name, emoji);
    for name in ["שרה כהן", "محمد", "Ann (אמא)"] {
        let id = map.add_person(&draft(name, Ring::Close, 0.0)).unwrap();
        assert_eq!(map.person(id).unwrap().name, name);
    }
}

#[test]
fn markup_in_a_name_is_kept_verbatim() {
    let mut map = RelationshipMap::default();
    let name = "<img src=x onerror=alert(1)>";
    let id = map.add_person(&draft(name, Ring::Close, 0.0)).unwrap();
    assert_eq!(map.person(id).unwrap().name, name);
    let text = serde_json::to_string(&map).unwrap();
    let back: RelationshipMap = serde_json::from_str(&text).unwrap();
    assert_eq!(back.person(id).unwrap().name, name);
}

#[test]
fn a_duplicate_name_warns_but_saves() {
    let mut map = map_with(&[("Ann", Ring::Close, 0.0)]);
    let first = map.people[0].id;
    let validation = validate(&draft("  aNN ", Ring::Closest, 0.0), &map, None);
    assert!(validation.is_valid());
    assert_eq!(
        validation.warnings,
        [FieldWarning::DuplicateName { other: first }]
    );
    assert_eq!(validation.warnings[0].field(), "name");
    let second = map
        .add_person(&draft("  aNN ", Ring::Closest, 0.0))
        .unwrap();
    assert_eq!(map.person(second).unwrap().name, "aNN");
}

#[test]
fn an_invalid_draft_keeps_what_was_typed() {
    let mut map = RelationshipMap::default();
    let typed = PersonDraft {
        support: "7".into(),
        good: "  walks  ".into(),
        ..draft("", Ring::Close, 0.0)
    };
    let problems = map.add_person(&typed).unwrap_err();
    assert_eq!(
        problems,
        [FieldProblem::NameMissing, FieldProblem::SupportNotInRange]
    );
    assert_eq!(typed.support, "7");
    let fixed = PersonDraft {
        name: "Ann".into(),
        support: "4".into(),
        ..typed
    };
    let id = map.add_person(&fixed).unwrap();
    let person = map.person(id).unwrap();
    assert_eq!((person.support, person.good.as_str()), (4, "  walks  "));
}

// Snapshots.

#[test]
fn a_snapshot_diff_shows_who_came_went_and_moved() {
    let mut map = map_with(&[
        ("Ann", Ring::Closest, 0.0),
        ("Bo", Ring::Close, 90.0),
        ("Cy", Ring::FurtherAway, 180.0),
    ]);
    take_snapshot(&mut map, "2025-01-10");
    let (ann, bo, cy) = (map.people[0].id, map.people[1].id, map.people[2].id);
    map.remove_person(bo);
    map.move_inward(cy);
    map.set_position(ann, Ring::Closest, 200.0); // Same ring: not a move.
    let di = map.add_person(&draft("Di", Ring::Close, 10.0)).unwrap();
    take_snapshot(&mut map, "2025-02-10");
    let changes = diff(&map.snapshots[0].people, &map.snapshots[1].people);
    assert_eq!(changes.added, [di]);
    assert_eq!(changes.removed, [bo]);
    assert_eq!(changes.moved, [(cy, Ring::FurtherAway, Ring::Close)]);
}

// Saving.

fn any_ring() -> impl Strategy<Value = Ring> {
    prop_oneof![
        Just(Ring::Closest),
        Just(Ring::Close),
        Just(Ring::FurtherAway)
    ]
}

fn any_relationship() -> impl Strategy<Value = Relationship> {
    prop_oneof![
        Just(Relationship::Partner),
        Just(Relationship::Family),
        Just(Relationship::Friend),
        Just(Relationship::Work),
        "\\PC{0,30}".prop_map(Relationship::Other),
    ]
}

fn any_person() -> impl Strategy<Value = Person> {
    (
        (any::<u64>(), "\\PC{1,60}", any_relationship(), any_ring()),
        // Angles as saved: hundredths of a degree.
        (0u32..36_000, "\\PC{0,20}", 0u8..=4, 0u8..=4),
        (
            "\\PC{0,40}",
            "\\PC{0,40}",
            "\\PC{0,40}",
            "\\PC{0,40}",
            "\\PC{0,40}",
        ),
        (
            proptest::option::of(proptest::sample::select(ProblemArea::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(DisputeStage::ALL.to_vec())),
        ),
    )
        .prop_map(
            |(
                (id, name, relationship, ring),
                (hundredths, contact_frequency, support, conflict),
                (good, hard, my_expectations, their_expectations, change),
                (problem_area, dispute_stage),
            )| Person {
                id: PersonId(id),
                name,
                relationship,
                ring,
                angle: f64::from(hundredths) / 100.0,
                contact_frequency,
                support,
                conflict,
                good,
                hard,
                my_expectations,
                their_expectations,
                change,
                problem_area,
                dispute_stage,
            },
        )
}

fn distance(a: &MarkerPlacement, b: &MarkerPlacement) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// Every marker inside the viewBox and off the Me circle, and no two
/// overlapping, each with its own radius.
fn check_no_overlap(placed: &[MarkerPlacement]) -> Result<(), TestCaseError> {
    for marker in placed {
        let radius = marker.radius;
        prop_assert!(radius > 0.0);
        prop_assert!(marker.x - radius >= -1e-6 && marker.x + radius <= VIEW_BOX_SIZE + 1e-6);
        prop_assert!(marker.y - radius >= -1e-6 && marker.y + radius <= VIEW_BOX_SIZE + 1e-6);
        let from_centre = (marker.x - CENTRE).hypot(marker.y - CENTRE);
        prop_assert!(from_centre >= ME_RADIUS + radius - 1e-6, "{marker:?}");
    }
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            prop_assert!(
                distance(a, b) >= a.radius + b.radius - 1e-6,
                "{a:?} and {b:?} overlap"
            );
        }
    }
    Ok(())
}

/// Angles that are often equal or close together, as well as spread out.
fn angles(count: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<f64>> {
    prop_oneof![
        proptest::collection::vec(0.0..360.0f64, count.clone()),
        proptest::collection::vec(
            (0u32..8).prop_map(|step| f64::from(step) * 0.5),
            count.clone()
        ),
        proptest::collection::vec((0u32..24).prop_map(|hour| f64::from(hour) * 15.0), count),
    ]
}

proptest! {
    #[test]
    fn a_map_round_trips_through_json(
        people in proptest::collection::vec(any_person(), 0..12),
        snapshot_people in proptest::collection::vec(any_person(), 0..6),
        next_id in any::<u64>(),
        taken_on in "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
    ) {
        let map = RelationshipMap {
            people,
            next_id,
            snapshots: vec![Snapshot { taken_on, people: snapshot_people }],
        };
        let text = serde_json::to_string(&map).unwrap();
        let back: RelationshipMap = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, map);
    }

    #[test]
    fn markers_in_one_ring_never_overlap(
        ring in any_ring(),
        stored in angles(1..=150),
    ) {
        let people: Vec<(PersonId, f64)> = stored
            .iter()
            .enumerate()
            .map(|(index, &angle)| (PersonId(index as u64), angle))
            .collect();
        let placed = layout_ring(ring, &people);
        prop_assert_eq!(placed.len(), people.len());
        for marker in &placed {
            prop_assert_eq!(ring_from_point(marker.x, marker.y), ring);
        }
        check_no_overlap(&placed)?;
    }

    #[test]
    fn markers_across_the_map_never_overlap(
        closest in angles(0..=50),
        close in angles(0..=50),
        further_away in angles(0..=50),
    ) {
        let mut map = RelationshipMap::default();
        for (ring, stored) in [(Ring::Closest, &closest), (Ring::Close, &close), (Ring::FurtherAway, &further_away)] {
            for (index, &angle) in stored.iter().enumerate() {
                map.add_person(&draft(&format!("P{index}"), ring, angle)).unwrap();
            }
        }
        let placed = layout_map(&map.people);
        prop_assert_eq!(placed.len(), map.people.len());
        check_no_overlap(&placed)?;
    }

    #[test]
    fn a_crowded_ring_next_to_a_full_one_never_overlaps(
        crowded in any_ring(),
        count in 1usize..=150,
        others in angles(0..=20),
    ) {
        let mut people = Vec::new();
        for index in 0..count {
            people.push((crowded, index as f64 * 2.5));
        }
        for &angle in &others {
            let other = if crowded == Ring::Close { Ring::FurtherAway } else { Ring::Close };
            people.push((other, angle));
        }
        people.truncate(150);
        let mut map = RelationshipMap::default();
        for (index, (ring, angle)) in people.into_iter().enumerate() {
            map.add_person(&draft(&format!("P{index}"), ring, angle)).unwrap();
        }
        check_no_overlap(&layout_map(&map.people))?;
    }
}

// Labels.

/// The rings' names, as the app writes them.
const RING_NAMES: [&str; 3] = ["Closest", "Close", "Further away"];

/// Every label beside a marker of its own person, sized for its text,
/// inside the viewBox and off the Me circle and the rings' names; its text the whole name or a
/// start of it and an ellipsis; and no label box meeting another or any
/// marker.
fn check_labels(
    people: &[Person],
    markers: &[MarkerPlacement],
    labels: &[LabelPlacement],
) -> Result<(), TestCaseError> {
    for label in labels {
        let marker = markers.iter().find(|m| m.id == label.id);
        prop_assert!(marker.is_some(), "a label without a marker: {label:?}");
        let name = people
            .iter()
            .find(|p| p.id == label.id)
            .unwrap()
            .name
            .trim();
        if label.shortened {
            let start = label.text.strip_suffix(ELLIPSIS).unwrap();
            prop_assert!(!start.is_empty() && start.len() < name.len());
            prop_assert!(name.starts_with(start), "{name:?} as {:?}", label.text);
        } else {
            prop_assert_eq!(&label.text, name);
        }
        let width = estimated_text_width(&label.text, LABEL_FONT_SIZE);
        prop_assert!((label.bounds.width() - width).abs() < 1e-6);
        prop_assert!(label.bounds.is_inside_view_box(), "{label:?}");
        prop_assert!(
            !label.bounds.intersects_circle(CENTRE, CENTRE, ME_RADIUS),
            "{label:?}"
        );
        for (index, ring) in Ring::ALL.into_iter().enumerate() {
            prop_assert!(
                !label
                    .bounds
                    .intersects(&ring_name_box(ring, RING_NAMES[index])),
                "{:?} covers the name of {ring:?}",
                label.text
            );
        }
        for marker in markers {
            prop_assert!(
                !label
                    .bounds
                    .intersects_circle(marker.x, marker.y, marker.radius),
                "{:?} covers the marker of {:?}",
                label.text,
                marker.id
            );
        }
    }
    for (i, a) in labels.iter().enumerate() {
        prop_assert!(
            labels[i + 1..].iter().all(|b| b.id != a.id),
            "two labels for {:?}",
            a.id
        );
        for b in &labels[i + 1..] {
            prop_assert!(
                !a.bounds.intersects(&b.bounds),
                "{:?} and {:?} overlap: {:?} {:?}",
                a.text,
                b.text,
                a.bounds,
                b.bounds
            );
        }
    }
    Ok(())
}

/// Names as people type them, and anything at all up to the form's limit.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,10}( [A-Z][a-z]{1,12})?",
        "[MW]{1,20}",
        "\\PC{1,60}",
        Just("Bartholomew Fitzgerald-Smythe the Third".to_string()),
        Just("李小龙".to_string()),
        Just("👩‍👩‍👧 family 🌊".to_string()),
        Just("שלום עליכם".to_string()),
    ]
}

/// Issue 16's check: twelve people on one ring, spread round it (by hand
/// or as the form places them) or dropped on one spot (so packed at the
/// least spacing the layout allows), all named with no two names
/// overlapping, in full unless packed (where a name at the top of the outer
/// ring may be shortened: the drawing's edge and the rings' names leave
/// little room there); on the close and the outer ring, all with roomy
/// markers, big enough for a thumb on a phone.
#[test]
fn twelve_people_on_one_ring_are_named_without_overlap() {
    let names = [
        "Alexandra",
        "Benjamin",
        "Charlotte",
        "Dominic",
        "Eleanor",
        "Frederick",
        "Gabriella",
        "Harrison",
        "Isabella",
        "Jonathan",
        "Katherine",
        "Leonardo",
    ];
    for ring in Ring::ALL {
        // Packed, spread by hand, and placed by the form.
        for spread in [Some(0.0), Some(30.0), None] {
            let mut map = RelationshipMap::default();
            for (index, name) in names.iter().enumerate() {
                let angle = spread.map(|step| index as f64 * step);
                let draft = PersonDraft {
                    angle,
                    ..draft(name, ring, 0.0)
                };
                map.add_person(&draft).unwrap();
            }
            let markers = layout_map(&map.people);
            let labels = place_labels(&markers, &map.people, RING_NAMES);
            let shortened: Vec<&str> = labels
                .iter()
                .filter(|l| l.shortened)
                .map(|l| l.text.as_str())
                .collect();
            check_labels(&map.people, &markers, &labels).unwrap();
            assert_eq!(labels.len(), 12, "{ring:?} {spread:?}");
            let packed = spread == Some(0.0);
            assert!(
                shortened.len() <= usize::from(packed),
                "{ring:?} {spread:?}: {shortened:?}"
            );
            if ring != Ring::Closest {
                let small: Vec<f64> = markers
                    .iter()
                    .map(|m| m.radius)
                    .filter(|&r| r < ROOMY_RADIUS)
                    .collect();
                assert!(small.is_empty(), "{ring:?} {spread:?}: {small:?}");
            }
        }
    }
}

/// A roomy marker is at least 44 CSS px across on a 360 px phone, where
/// the drawing is as wide as the screen, even with a 15 px scroll bar
/// taking some of the width; and the close and outer rings hold twelve.
#[test]
fn roomy_markers_are_big_enough_for_a_thumb_on_a_phone() {
    for phone_width in [360.0, 345.0] {
        let pixels = 2.0 * ROOMY_RADIUS * phone_width / VIEW_BOX_SIZE;
        assert!(pixels >= 44.0, "{pixels} px at {phone_width}");
    }
    assert!(roomy_capacity(Ring::Close) >= 12);
    assert!(roomy_capacity(Ring::FurtherAway) >= 12);
}

/// The letters of an initial, without the accents and modifiers that
/// belong to them.
fn base_chars(text: &str) -> Vec<char> {
    text.chars().filter(|&c| !belongs_to_previous(c)).collect()
}

proptest! {
    #[test]
    fn initials_are_one_or_two_letters_from_the_name(name in any_name()) {
        let found = initials(&name);
        let letters = base_chars(&found);
        prop_assert!(letters.len() <= 2, "{name:?}: {found:?}");
        let words_with_letters = name
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .count();
        if words_with_letters >= 2 {
            prop_assert_eq!(letters.len(), 2, "{:?}: {:?}", name, found);
        } else if words_with_letters == 1 {
            prop_assert!(!letters.is_empty(), "{name:?}");
        }
        // Each is a character of the name, or its capital.
        for letter in letters {
            prop_assert!(
                name.chars().any(|c| c == letter || c.to_uppercase().eq([letter])),
                "{letter:?} is not from {name:?}"
            );
        }
        // The first comes from the first word that has one.
        if let Some(first) = found.chars().next() {
            let first_word = name
                .split_whitespace()
                .find(|word| word.contains(|c: char| c.to_uppercase().any(|u| u == first) || c == first));
            prop_assert!(first_word.is_some(), "{name:?}: {found:?}");
        }
    }

    #[test]
    fn labels_never_overlap_each_other_or_a_marker(
        people in proptest::collection::vec((any_name(), any_ring(), 0u32..36_000), 0..=150),
        clustered in any::<bool>(),
        one_ring in proptest::option::of(any_ring()),
    ) {
        let mut map = RelationshipMap::default();
        for (index, (name, ring, hundredths)) in people.iter().enumerate() {
            // Some maps put everyone on one ring, so that every size of
            // marker, up to the crowded ring of 150, is tried.
            let ring = one_ring.as_ref().unwrap_or(ring);
            // Half the maps put everyone near a few angles, where the
            // markers are packed as closely as the layout allows.
            let angle = if clustered {
                f64::from(index as u32 % 4) * 90.0
            } else {
                f64::from(*hundredths) / 100.0
            };
            let name = if name.trim().is_empty() { "x" } else { name.as_str() };
            map.add_person(&draft(name, *ring, angle)).unwrap();
        }
        let markers = layout_map(&map.people);
        let labels = place_labels(&markers, &map.people, RING_NAMES);
        check_labels(&map.people, &markers, &labels)?;
    }
}
