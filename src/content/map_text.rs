//! The words of the relationship map (`/map`).

use crate::model::problem_area::ProblemArea;
use crate::model::relationship_map::edit::{FieldProblem, MAX_NAME_CHARS};
use crate::model::relationship_map::{DisputeStage, Relationship, RelationshipKind, Ring};

pub const TITLE: &str = "Your relationship map";
pub const INTRO: &str = "Put the people in your life on a closeness circle, with you in the \
    middle. It is the interpersonal inventory of IPT: who matters, how close they are, and what \
    is good and hard in each relationship. It stays on this device.";
pub const EMPTY_HEADING: &str = "Start your map";
pub const EMPTY_STEPS: [&str; 4] = [
    "Add the people who matter in your life now: family, friends, a partner, people at work.",
    "Put each one in a ring: the inner ring for the people closest to you.",
    "For each person, note what is good and what is hard, and what you expect of each other.",
    "Come back over the weeks, move people as things change, and save snapshots to compare.",
];
pub const READ_FIRST: &str = "Read about the interpersonal inventory first";
pub const ME: &str = "Me";
pub const DRAWING_LABEL: &str = "Closeness circle. Each person is a button: press Enter to see \
    them, the arrow keys up and down to move them closer or further away, left and right to move \
    them around the ring.";
pub const LIST_HEADING: &str = "Everyone on your map";
pub const ADD_PERSON: &str = "Add a person";
pub const EDIT: &str = "Edit";
pub const REMOVE: &str = "Remove";
pub const REMOVED: &str = "Removed from your map:";
pub const MOVE_CLOSER: &str = "Move closer";
pub const MOVE_FURTHER: &str = "Move further away";
pub const MOVE_LEFT: &str = "Move around, anticlockwise";
pub const MOVE_RIGHT: &str = "Move around, clockwise";
pub const UNDO: &str = "Undo";
pub const REDO: &str = "Redo";
pub const CLOSE: &str = "Close";
pub const SAVE: &str = "Save";
pub const CANCEL: &str = "Cancel";
pub const FORM_ADD_HEADING: &str = "Add a person";
pub const FORM_EDIT_HEADING: &str = "Edit";
pub const FIX_BEFORE_SAVING: &str = "Please check the marked field. What you typed is still here.";
/// After [`problem_message`] for a person removed while being changed.
pub const SAVE_ADDS_AGAIN: &str =
    "Nothing was saved. What you typed is still here: Save adds them to the map again.";

pub const FIELD_NAME: &str = "Name or nickname (required)";
pub const FIELD_RELATIONSHIP: &str = "Who they are to you";
pub const FIELD_RELATIONSHIP_OTHER: &str = "In your own words";
pub const FIELD_RING: &str = "How close";
pub const FIELD_CONTACT: &str = "How often you are in touch";
pub const FIELD_SUPPORT: &str = "How supportive (0 = not at all, 4 = very)";
pub const FIELD_CONFLICT: &str = "How much conflict (0 = none, 4 = a lot)";
pub const FIELD_GOOD: &str = "What is good";
pub const FIELD_HARD: &str = "What is hard";
pub const FIELD_MY_EXPECTATIONS: &str = "What I expect of them";
pub const FIELD_THEIR_EXPECTATIONS: &str = "What they expect of me";
pub const FIELD_CHANGE: &str = "One thing I would change";
pub const FIELD_AREA: &str = "Linked problem area";
pub const FIELD_STAGE: &str = "Stage of the disagreement";
pub const NONE: &str = "None";

pub const SUPPORT: &str = "Support";
pub const CONFLICT: &str = "Conflict";
pub const OF_FOUR: &str = "of 4";
pub const LEGEND_HEADING: &str = "How to read the map";
pub const LEGEND_LITTLE_SUPPORT: &str = "Thin outline: little support";
pub const LEGEND_MORE_SUPPORT: &str = "Thick outline: a lot of support";
pub const LEGEND_SOME_CONFLICT: &str = "Dashed outline: some conflict";
pub const LEGEND_A_LOT_OF_CONFLICT: &str = "!: a lot of conflict";
pub const LEGEND_SELECTED: &str = "Ring around: the person shown in detail";
pub const EMPTY_DRAWING_LABEL: &str = "An empty closeness circle: you in the middle, and room \
    in each ring for the people in your life.";

pub const SNAPSHOTS_HEADING: &str = "Snapshots over time";
pub const SNAPSHOTS_INTRO: &str = "IPT looks at how relationships change over the weeks. Save a \
    snapshot now and then, and compare an earlier one with today's map.";
pub const TAKE_SNAPSHOT: &str = "Save a snapshot of my map";
pub const SNAPSHOT_SAVED: &str = "Snapshot saved for";
pub const COMPARE_WITH: &str = "Compare today's map with the snapshot of";
pub const THEN: &str = "Then";
pub const NOW: &str = "Today";
pub const MOVED: &str = "Moved";
pub const ADDED: &str = "Added since";
pub const LEFT: &str = "No longer on the map";
pub const NO_CHANGES: &str = "No one was added, moved or removed since then.";

pub const EXPORT_HEADING: &str = "Save or print your map";
pub const EXPORT_SVG: &str = "Download as SVG";
/// The downloaded drawing's file names.
pub const SVG_FILE: &str = "relationship-map.svg";
pub const PNG_FILE: &str = "relationship-map.png";
pub const EXPORT_PNG: &str = "Download as PNG";
pub const PRINT: &str = "Print";

pub fn ring_name(ring: Ring) -> &'static str {
    match ring {
        Ring::Closest => "Closest",
        Ring::Close => "Close",
        Ring::FurtherAway => "Further away",
    }
}

/// The rings' names, inner ring first.
pub fn ring_names() -> [&'static str; 3] {
    Ring::ALL.map(ring_name)
}

pub fn relationship_name(relationship: &Relationship) -> &str {
    match relationship {
        Relationship::Partner => "Partner",
        Relationship::Family => "Family",
        Relationship::Friend => "Friend",
        Relationship::Work => "Work",
        Relationship::Other(words) if words.trim().is_empty() => "Other",
        Relationship::Other(words) => words,
    }
}

/// The words for each choice of the form's relationship list.
pub fn relationship_kind_name(kind: RelationshipKind) -> &'static str {
    match kind {
        RelationshipKind::Partner => "Partner",
        RelationshipKind::Family => "Family",
        RelationshipKind::Friend => "Friend",
        RelationshipKind::Work => "Work",
        RelationshipKind::Other => "Other",
    }
}

pub fn area_name(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => "Grief",
        ProblemArea::Disputes => "Dispute",
        ProblemArea::RoleTransitions => "Role transition",
        ProblemArea::Isolation => "Isolation",
    }
}

pub fn stage_name(stage: DisputeStage) -> &'static str {
    match stage {
        DisputeStage::Renegotiation => "Renegotiation: still talking it through",
        DisputeStage::Impasse => "Impasse: talking has stopped",
        DisputeStage::Dissolution => "Dissolution: ending or over",
    }
}

pub fn problem_message(problem: FieldProblem) -> String {
    match problem {
        FieldProblem::NameMissing => "Please give a name or nickname.".to_string(),
        FieldProblem::NameTooLong { chars } => format!(
            "Please keep the name to {MAX_NAME_CHARS} characters or fewer (it has {chars})."
        ),
        FieldProblem::SupportNotInRange => "Support is a number from 0 to 4.".to_string(),
        FieldProblem::ConflictNotInRange => "Conflict is a number from 0 to 4.".to_string(),
        FieldProblem::UnknownPerson => {
            "This person is no longer on the map (perhaps removed in another tab).".to_string()
        }
    }
}

pub const DUPLICATE_NAME: &str = "Someone on your map already has this name. That is fine; \
    you may want a nickname to tell them apart.";
pub const NAME: &str = "Name";
pub const ACTIONS: &str = "Actions";
pub const SHOW_LIST: &str = "Show everyone as a list";
pub const HIDE_LIST: &str = "Hide the list";
