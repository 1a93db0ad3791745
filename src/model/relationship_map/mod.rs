//! The relationship map: IPT's interpersonal inventory drawn as a closeness
//! circle. The person is at the centre ("Me"); each important person sits in
//! one of three rings, the inner ring for the closest people, with what the
//! inventory asks about them (support, conflict, what is good and hard,
//! expectations on both sides, one change, a linked problem area).
//!
//! This module holds the saved types. Beside it: `edit` (the operations a
//! person can perform, and the form's validation), `history` (undo and
//! redo), `layout` (the coordinate maths of the drawing), `labels` (where
//! the names go, never overlapping), `drawing` (both, and each person's
//! place in the list, by person, for constant-time lookups), `marker`
//! (what a marker looks like: shape, initials, outline) and `snapshot`
//! (dated copies of the map and what changed between them).
//!
//! Every field that was added after the first version, and every free-text
//! field, has `#[serde(default)]`, so that older saved documents still load.

pub mod drawing;
pub mod edit;
pub mod history;
pub mod labels;
pub mod layout;
pub mod marker;
pub mod snapshot;
pub mod svg_export;

use serde::{Deserialize, Serialize};

use crate::model::problem_area::ProblemArea;

/// A person's id within one map. Ids are never reused, even after the person
/// is removed, so that snapshots and undo steps never mix two people up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub u64);

/// The rings of the closeness circle, from the centre outwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ring {
    Closest,
    Close,
    FurtherAway,
}

impl Ring {
    /// From the centre outwards.
    pub const ALL: [Ring; 3] = [Ring::Closest, Ring::Close, Ring::FurtherAway];

    /// The next ring towards the centre, or `None` from the inner ring.
    pub fn inward(self) -> Option<Ring> {
        match self {
            Ring::Closest => None,
            Ring::Close => Some(Ring::Closest),
            Ring::FurtherAway => Some(Ring::Close),
        }
    }

    /// The next ring away from the centre, or `None` from the outer ring.
    pub fn outward(self) -> Option<Ring> {
        match self {
            Ring::Closest => Some(Ring::Close),
            Ring::Close => Some(Ring::FurtherAway),
            Ring::FurtherAway => None,
        }
    }

    /// A stable id for a form's `<option value>`: the same as the saved
    /// name, and never the interface text, which may be translated.
    pub fn id(self) -> &'static str {
        match self {
            Ring::Closest => "closest",
            Ring::Close => "close",
            Ring::FurtherAway => "further-away",
        }
    }

    pub fn from_id(id: &str) -> Option<Ring> {
        Ring::ALL.into_iter().find(|ring| ring.id() == id)
    }
}

/// Who the person is to the one drawing the map. `Other` holds the words
/// they typed, exactly as typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    Partner,
    Family,
    Friend,
    Work,
    Other(String),
}

/// The choice a form offers for [`Relationship`]: the kind alone, without
/// the words typed for "other".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationshipKind {
    Partner,
    Family,
    Friend,
    Work,
    Other,
}

impl RelationshipKind {
    pub const ALL: [RelationshipKind; 5] = [
        RelationshipKind::Partner,
        RelationshipKind::Family,
        RelationshipKind::Friend,
        RelationshipKind::Work,
        RelationshipKind::Other,
    ];

    /// A stable id for a form's `<option value>`: the same as the saved
    /// name, and never the interface text, which may be translated.
    pub fn id(self) -> &'static str {
        match self {
            RelationshipKind::Partner => "partner",
            RelationshipKind::Family => "family",
            RelationshipKind::Friend => "friend",
            RelationshipKind::Work => "work",
            RelationshipKind::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<RelationshipKind> {
        RelationshipKind::ALL
            .into_iter()
            .find(|kind| kind.id() == id)
    }
}

impl Relationship {
    pub fn kind(&self) -> RelationshipKind {
        match self {
            Relationship::Partner => RelationshipKind::Partner,
            Relationship::Family => RelationshipKind::Family,
            Relationship::Friend => RelationshipKind::Friend,
            Relationship::Work => RelationshipKind::Work,
            Relationship::Other(_) => RelationshipKind::Other,
        }
    }

    /// The relationship of `kind`; "other" keeps `other_words`.
    pub fn of_kind(kind: RelationshipKind, other_words: &str) -> Relationship {
        match kind {
            RelationshipKind::Partner => Relationship::Partner,
            RelationshipKind::Family => Relationship::Family,
            RelationshipKind::Friend => Relationship::Friend,
            RelationshipKind::Work => Relationship::Work,
            RelationshipKind::Other => Relationship::Other(other_words.to_string()),
        }
    }
}

/// The stage of a role dispute, as IPT names them. Only meaningful when the
/// person is linked to the disputes problem area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisputeStage {
    /// Both still talk about the difference and try to settle it.
    Renegotiation,
    /// Talking has stopped; the resentment stays.
    Impasse,
    /// The relationship is ending or has ended.
    Dissolution,
}

impl DisputeStage {
    pub const ALL: [DisputeStage; 3] = [
        DisputeStage::Renegotiation,
        DisputeStage::Impasse,
        DisputeStage::Dissolution,
    ];

    /// A stable id for a form's `<option value>`: the same as the saved
    /// name, and never the interface text, which may be translated.
    pub fn id(self) -> &'static str {
        match self {
            DisputeStage::Renegotiation => "renegotiation",
            DisputeStage::Impasse => "impasse",
            DisputeStage::Dissolution => "dissolution",
        }
    }

    pub fn from_id(id: &str) -> Option<DisputeStage> {
        DisputeStage::ALL.into_iter().find(|stage| stage.id() == id)
    }
}

/// The most a support or conflict rating can be; ratings run from 0.
pub const MAX_RATING: u8 = 4;

/// One person on the map, with what the inventory asks about them. Free
/// text is stored exactly as typed (the name is trimmed) and is never
/// rendered as HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub relationship: Relationship,
    pub ring: Ring,
    /// Where around the ring the person was placed, in degrees from the top,
    /// clockwise, in `0.0..360.0`. The drawing keeps this order and stays as
    /// close to it as the other markers allow (see `layout`).
    #[serde(default)]
    pub angle: f64,
    /// How often they are in touch, in the person's own words.
    #[serde(default)]
    pub contact_frequency: String,
    /// Support, 0 (none) to `MAX_RATING`.
    #[serde(default)]
    pub support: u8,
    /// Conflict, 0 (none) to `MAX_RATING`.
    #[serde(default)]
    pub conflict: u8,
    /// What is good about the relationship.
    #[serde(default)]
    pub good: String,
    /// What is hard about it.
    #[serde(default)]
    pub hard: String,
    /// What I expect of them.
    #[serde(default)]
    pub my_expectations: String,
    /// What they expect of me.
    #[serde(default)]
    pub their_expectations: String,
    /// One change I would like.
    #[serde(default)]
    pub change: String,
    #[serde(default)]
    pub problem_area: Option<ProblemArea>,
    /// Only ever set when `problem_area` is the disputes area.
    #[serde(default)]
    pub dispute_stage: Option<DisputeStage>,
}

/// The whole map: the people on it now, and dated snapshots of earlier
/// versions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RelationshipMap {
    #[serde(default)]
    pub people: Vec<Person>,
    /// The id the next added person gets (see `edit`, which also copes with
    /// a document whose counter is behind its ids).
    #[serde(default)]
    pub next_id: u64,
    /// Oldest first (by `taken_on`).
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

/// A copy of the people on the map on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The day, as `YYYY-MM-DD`, given by the caller (the model has no
    /// clock).
    pub taken_on: String,
    #[serde(default)]
    pub people: Vec<Person>,
}

impl RelationshipMap {
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }

    pub fn people_in_ring(&self, ring: Ring) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(move |person| person.ring == ring)
    }

    /// The people of one ring as `(id, stored angle)`, the input of
    /// `layout::layout_ring`.
    pub fn ring_angles(&self, ring: Ring) -> Vec<(PersonId, f64)> {
        self.people_in_ring(ring)
            .map(|person| (person.id, person.angle))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_step_inward_and_outward_and_stop_at_the_edges() {
        assert_eq!(Ring::Closest.inward(), None);
        assert_eq!(Ring::FurtherAway.outward(), None);
        for pair in Ring::ALL.windows(2) {
            assert_eq!(pair[0].outward(), Some(pair[1]));
            assert_eq!(pair[1].inward(), Some(pair[0]));
        }
    }

    #[test]
    fn saved_names_are_kebab_case() {
        assert_eq!(
            serde_json::to_string(&Ring::FurtherAway).unwrap(),
            r#""further-away""#
        );
        assert_eq!(
            serde_json::to_string(&Relationship::Other("Coach".into())).unwrap(),
            r#"{"other":"Coach"}"#
        );
        assert_eq!(
            serde_json::to_string(&DisputeStage::Renegotiation).unwrap(),
            r#""renegotiation""#
        );
        assert_eq!(serde_json::to_string(&PersonId(7)).unwrap(), "7");
    }

    #[test]
    fn an_older_person_with_only_the_first_fields_still_loads() {
        let person: Person =
            serde_json::from_str(r#"{"id":3,"name":"Sam","relationship":"friend","ring":"close"}"#)
                .unwrap();
        assert_eq!(person.id, PersonId(3));
        assert_eq!(person.angle, 0.0);
        assert_eq!(person.support, 0);
        assert_eq!(person.problem_area, None);
        let map: RelationshipMap = serde_json::from_str("{}").unwrap();
        assert_eq!(map, RelationshipMap::default());
    }

    #[test]
    fn ring_queries_find_only_that_ring() {
        let mut map = RelationshipMap {
            next_id: 1,
            ..RelationshipMap::default()
        };
        for (id, ring) in [(1, Ring::Close), (2, Ring::Closest), (3, Ring::Close)] {
            let draft = edit::PersonDraft {
                name: format!("P{id}"),
                ring,
                ..edit::PersonDraft::default()
            };
            let added = map.add_person(&draft).unwrap();
            assert_eq!(added, PersonId(id));
            map.people.last_mut().unwrap().angle = id as f64 * 10.0;
        }
        assert_eq!(
            map.ring_angles(Ring::Close),
            [(PersonId(1), 10.0), (PersonId(3), 30.0)]
        );
        assert_eq!(map.person(PersonId(2)).unwrap().name, "P2");
        assert!(map.person(PersonId(9)).is_none());
    }

    #[test]
    fn option_ids_are_pinned_round_trip_and_match_the_saved_names() {
        let rings: Vec<&str> = Ring::ALL.iter().map(|ring| ring.id()).collect();
        assert_eq!(rings, ["closest", "close", "further-away"]);
        for ring in Ring::ALL {
            assert_eq!(Ring::from_id(ring.id()), Some(ring));
            assert_eq!(serde_json::to_value(ring).unwrap(), ring.id());
        }
        let stages: Vec<&str> = DisputeStage::ALL.iter().map(|stage| stage.id()).collect();
        assert_eq!(stages, ["renegotiation", "impasse", "dissolution"]);
        for stage in DisputeStage::ALL {
            assert_eq!(DisputeStage::from_id(stage.id()), Some(stage));
            assert_eq!(serde_json::to_value(stage).unwrap(), stage.id());
        }
        let kinds: Vec<&str> = RelationshipKind::ALL.iter().map(|kind| kind.id()).collect();
        assert_eq!(kinds, ["partner", "family", "friend", "work", "other"]);
        for kind in RelationshipKind::ALL {
            assert_eq!(RelationshipKind::from_id(kind.id()), Some(kind));
            let relationship = Relationship::of_kind(kind, "Coach");
            assert_eq!(relationship.kind(), kind);
            let saved = serde_json::to_value(&relationship).unwrap();
            let saved_name = saved
                .as_str()
                .map(str::to_string)
                .or_else(|| saved.as_object().and_then(|o| o.keys().next().cloned()));
            assert_eq!(saved_name.as_deref(), Some(kind.id()), "{saved}");
        }
        assert_eq!(
            Relationship::of_kind(RelationshipKind::Other, "Coach"),
            Relationship::Other("Coach".to_string())
        );
        for unknown in ["", "Partner", "Closest", "3"] {
            assert_eq!(Ring::from_id(unknown), None);
            assert_eq!(DisputeStage::from_id(unknown), None);
            assert_eq!(RelationshipKind::from_id(unknown), None);
        }
    }
}
