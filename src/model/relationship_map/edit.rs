//! What a person can do to the map: add, change and remove people, and move
//! them between rings and around a ring. Adding and changing go through the
//! form's draft and its validation.
//!
//! Problems and warnings are enums, never sentences: the UI decides how to
//! say them.

use crate::model::problem_area::ProblemArea;

use super::layout::{normalize_angle, slot_degrees};
use super::{DisputeStage, Person, PersonId, Relationship, RelationshipMap, Ring, MAX_RATING};

/// The most characters a name may have (after trimming).
pub const MAX_NAME_CHARS: usize = 60;

/// The person form's fields as typed, so that nothing typed is lost while
/// something in it is not yet valid.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonDraft {
    pub name: String,
    pub relationship: Relationship,
    pub ring: Ring,
    /// Where around the ring; `None` to keep the person where they are, or
    /// for a new person, to find them a free place.
    pub angle: Option<f64>,
    pub contact_frequency: String,
    /// A whole number 0 to 4; empty means 0.
    pub support: String,
    /// A whole number 0 to 4; empty means 0.
    pub conflict: String,
    pub good: String,
    pub hard: String,
    pub my_expectations: String,
    pub their_expectations: String,
    pub change: String,
    pub problem_area: Option<ProblemArea>,
    /// Kept only when `problem_area` is the disputes area.
    pub dispute_stage: Option<DisputeStage>,
}

impl Default for PersonDraft {
    fn default() -> Self {
        PersonDraft {
            name: String::new(),
            relationship: Relationship::Friend,
            ring: Ring::Close,
            angle: None,
            contact_frequency: String::new(),
            support: String::new(),
            conflict: String::new(),
            good: String::new(),
            hard: String::new(),
            my_expectations: String::new(),
            their_expectations: String::new(),
            change: String::new(),
            problem_area: None,
            dispute_stage: None,
        }
    }
}

impl PersonDraft {
    /// A draft to edit an existing person, with the angle left as it is.
    pub fn from_person(person: &Person) -> Self {
        PersonDraft {
            name: person.name.clone(),
            relationship: person.relationship.clone(),
            ring: person.ring,
            angle: None,
            contact_frequency: person.contact_frequency.clone(),
            support: person.support.to_string(),
            conflict: person.conflict.to_string(),
            good: person.good.clone(),
            hard: person.hard.clone(),
            my_expectations: person.my_expectations.clone(),
            their_expectations: person.their_expectations.clone(),
            change: person.change.clone(),
            problem_area: person.problem_area,
            dispute_stage: person.dispute_stage,
        }
    }
}

/// Something that stops the draft from being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    /// The name is empty or only spaces.
    NameMissing,
    /// The name is longer than `MAX_NAME_CHARS`; `chars` is its length.
    NameTooLong { chars: usize },
    /// Support is not a whole number from 0 to 4.
    SupportNotInRange,
    /// Conflict is not a whole number from 0 to 4.
    ConflictNotInRange,
    /// The person being changed is no longer on the map.
    UnknownPerson,
}

impl FieldProblem {
    /// The draft field the problem is about (`"id"` for `UnknownPerson`).
    pub fn field(self) -> &'static str {
        match self {
            FieldProblem::NameMissing | FieldProblem::NameTooLong { .. } => "name",
            FieldProblem::SupportNotInRange => "support",
            FieldProblem::ConflictNotInRange => "conflict",
            FieldProblem::UnknownPerson => "id",
        }
    }
}

/// Something worth pointing out that does not stop the draft being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldWarning {
    /// Someone else on the map has the same name (ignoring case and the
    /// spaces around it). Two people may share a name.
    DuplicateName { other: PersonId },
}

impl FieldWarning {
    pub fn field(self) -> &'static str {
        match self {
            FieldWarning::DuplicateName { .. } => "name",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validation {
    pub problems: Vec<FieldProblem>,
    pub warnings: Vec<FieldWarning>,
}

impl Validation {
    /// True when the draft can be saved (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// The person already on the map with the draft's name, if any.
    pub fn same_name_as(&self) -> Option<PersonId> {
        // The only warning there is; a new kind must say here whether it
        // names someone.
        self.warnings
            .iter()
            .map(|warning| match warning {
                FieldWarning::DuplicateName { other } => *other,
            })
            .next()
    }
}

/// Checks a draft against the map, `editing` being the person it changes
/// (`None` for a new person), so that they are not their own duplicate.
pub fn validate(
    draft: &PersonDraft,
    existing: &RelationshipMap,
    editing: Option<PersonId>,
) -> Validation {
    let mut validation = Validation::default();
    let name = draft.name.trim();
    let chars = name.chars().count();
    if chars == 0 {
        validation.problems.push(FieldProblem::NameMissing);
    } else if chars > MAX_NAME_CHARS {
        validation
            .problems
            .push(FieldProblem::NameTooLong { chars });
    }
    if parse_rating(&draft.support).is_none() {
        validation.problems.push(FieldProblem::SupportNotInRange);
    }
    if parse_rating(&draft.conflict).is_none() {
        validation.problems.push(FieldProblem::ConflictNotInRange);
    }
    if let Some(id) = editing {
        if existing.person(id).is_none() {
            validation.problems.push(FieldProblem::UnknownPerson);
        }
    }
    if chars > 0 {
        let lowercase = name.to_lowercase();
        if let Some(other) = existing.people.iter().find(|person| {
            Some(person.id) != editing && person.name.trim().to_lowercase() == lowercase
        }) {
            validation
                .warnings
                .push(FieldWarning::DuplicateName { other: other.id });
        }
    }
    validation
}

/// A rating as typed: empty means 0; otherwise a whole number 0 to 4.
fn parse_rating(text: &str) -> Option<u8> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    text.parse::<u8>()
        .ok()
        .filter(|&rating| rating <= MAX_RATING)
}

impl RelationshipMap {
    /// Adds a person from a valid draft and returns their new id.
    pub fn add_person(&mut self, draft: &PersonDraft) -> Result<PersonId, Vec<FieldProblem>> {
        let validation = validate(draft, self, None);
        if !validation.is_valid() {
            return Err(validation.problems);
        }
        // A document edited by hand (or by an older version) may have a
        // counter behind its ids; never hand out an id twice.
        let after_existing = self
            .people
            .iter()
            .map(|person| person.id.0 + 1)
            .max()
            .unwrap_or(0);
        let id = PersonId(self.next_id.max(after_existing));
        self.next_id = id.0 + 1;
        let angle = match draft.angle {
            Some(angle) => normalize_angle(angle),
            None => self.free_angle(draft.ring),
        };
        let person = person_from_draft(id, draft, angle);
        self.people.push(person);
        Ok(id)
    }

    /// Replaces a person's fields with a valid draft's. Their id stays, and
    /// so does their angle unless the draft gives one.
    pub fn update_person(
        &mut self,
        id: PersonId,
        draft: &PersonDraft,
    ) -> Result<(), Vec<FieldProblem>> {
        let validation = validate(draft, self, Some(id));
        if !validation.is_valid() {
            return Err(validation.problems);
        }
        let Some(person) = self.people.iter_mut().find(|person| person.id == id) else {
            return Err(vec![FieldProblem::UnknownPerson]);
        };
        let angle = draft.angle.map_or(person.angle, normalize_angle);
        *person = person_from_draft(id, draft, angle);
        Ok(())
    }

    /// Takes a person off the map, returning them (for an undo message).
    pub fn remove_person(&mut self, id: PersonId) -> Option<Person> {
        let index = self.people.iter().position(|person| person.id == id)?;
        Some(self.people.remove(index))
    }

    /// Puts a person in another ring at the same angle. False if there is no
    /// such person or they are already there.
    pub fn move_to_ring(&mut self, id: PersonId, ring: Ring) -> bool {
        match self.person_mut(id) {
            Some(person) if person.ring != ring => {
                person.ring = ring;
                true
            }
            _ => false,
        }
    }

    /// One ring towards the centre; false (and no change) from the inner
    /// ring.
    pub fn move_inward(&mut self, id: PersonId) -> bool {
        match self.person(id).and_then(|person| person.ring.inward()) {
            Some(ring) => self.move_to_ring(id, ring),
            None => false,
        }
    }

    /// One ring away from the centre; false (and no change) from the outer
    /// ring.
    pub fn move_outward(&mut self, id: PersonId) -> bool {
        match self.person(id).and_then(|person| person.ring.outward()) {
            Some(ring) => self.move_to_ring(id, ring),
            None => false,
        }
    }

    /// Moves a person around their ring by `steps` slots (`slot_degrees`),
    /// clockwise for positive steps, wrapping past the top.
    pub fn move_around(&mut self, id: PersonId, steps: i32) -> bool {
        let Some(person) = self.person_mut(id) else {
            return false;
        };
        let angle = normalize_angle(person.angle + f64::from(steps) * slot_degrees(person.ring));
        let changed = angle != person.angle;
        person.angle = angle;
        changed
    }

    /// Puts a person at a ring and angle, as when a drag ends. A non-finite
    /// angle keeps the old one.
    pub fn set_position(&mut self, id: PersonId, ring: Ring, angle: f64) -> bool {
        let Some(person) = self.person_mut(id) else {
            return false;
        };
        let angle = if angle.is_finite() {
            normalize_angle(angle)
        } else {
            person.angle
        };
        let changed = person.ring != ring || person.angle != angle;
        person.ring = ring;
        person.angle = angle;
        changed
    }

    /// An angle for a new person in `ring`: the middle of the widest empty
    /// arc between the people already there, or the ring's start angle
    /// when it is empty (see `start_angle`).
    pub fn free_angle(&self, ring: Ring) -> f64 {
        let mut angles: Vec<f64> = self
            .people_in_ring(ring)
            .map(|person| normalize_angle(person.angle))
            .collect();
        angles.sort_by(f64::total_cmp);
        let (Some(&lowest), Some(&highest)) = (angles.first(), angles.last()) else {
            return start_angle(ring);
        };
        if lowest == highest {
            // One person, or everyone at the same place: opposite them.
            return normalize_angle(lowest + 180.0);
        }
        let count = angles.len();
        let (start, width) = (0..count)
            .map(|index| {
                let start = angles[index];
                let end = angles[(index + 1) % count];
                (start, (end - start).rem_euclid(360.0))
            })
            .fold(
                (0.0, -1.0),
                |widest, arc| if arc.1 > widest.1 { arc } else { widest },
            );
        normalize_angle(start + width / 2.0)
    }

    fn person_mut(&mut self, id: PersonId) -> Option<&mut Person> {
        self.people.iter_mut().find(|person| person.id == id)
    }
}

/// Where the first person added to an empty ring goes. The rings start at
/// different angles (30, 90 and 150 degrees), so that people added one
/// after another, each opposite the last, do not line up in one column
/// across the rings: with two people in each ring they sit at six
/// different angles, a twelfth of a turn apart. None starts at the top,
/// where the rings' names are written.
pub fn start_angle(ring: Ring) -> f64 {
    match ring {
        Ring::Closest => 30.0,
        Ring::Close => 90.0,
        Ring::FurtherAway => 150.0,
    }
}

/// Builds the saved person from a draft that passed validation.
fn person_from_draft(id: PersonId, draft: &PersonDraft, angle: f64) -> Person {
    let dispute_stage = if draft.problem_area == Some(ProblemArea::Disputes) {
        draft.dispute_stage
    } else {
        None
    };
    Person {
        id,
        name: draft.name.trim().to_string(),
        relationship: draft.relationship.clone(),
        ring: draft.ring,
        angle,
        contact_frequency: draft.contact_frequency.clone(),
        support: parse_rating(&draft.support).unwrap_or(0),
        conflict: parse_rating(&draft.conflict).unwrap_or(0),
        good: draft.good.clone(),
        hard: draft.hard.clone(),
        my_expectations: draft.my_expectations.clone(),
        their_expectations: draft.their_expectations.clone(),
        change: draft.change.clone(),
        problem_area: draft.problem_area,
        dispute_stage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> PersonDraft {
        PersonDraft {
            name: name.to_string(),
            ..Default::default()
        }
    }

    #[test]
    fn ids_count_up_and_are_not_reused() {
        let mut map = RelationshipMap::default();
        let first = map.add_person(&named("Ann")).unwrap();
        let second = map.add_person(&named("Bo")).unwrap();
        assert_eq!((first, second), (PersonId(0), PersonId(1)));
        map.remove_person(second);
        assert_eq!(map.add_person(&named("Cy")).unwrap(), PersonId(2));
    }

    #[test]
    fn a_counter_behind_the_ids_does_not_hand_out_an_id_twice() {
        let mut map = RelationshipMap::default();
        map.add_person(&named("Ann")).unwrap();
        map.add_person(&named("Bo")).unwrap();
        map.next_id = 0;
        assert_eq!(map.add_person(&named("Cy")).unwrap(), PersonId(2));
    }

    #[test]
    fn names_are_required_and_at_most_sixty_characters() {
        let map = RelationshipMap::default();
        assert_eq!(
            validate(&named("  \t"), &map, None).problems,
            [FieldProblem::NameMissing]
        );
        let long = "a".repeat(61);
        assert_eq!(
            validate(&named(&long), &map, None).problems,
            [FieldProblem::NameTooLong { chars: 61 }]
        );
        assert!(validate(&named(&format!("  {}  ", "a".repeat(60))), &map, None).is_valid());
        assert!(validate(&named(&"é".repeat(60)), &map, None).is_valid());
    }

    #[test]
    fn ratings_are_whole_numbers_up_to_four_and_empty_is_zero() {
        let map = RelationshipMap::default();
        for (text, ok) in [
            ("", true),
            (" 4 ", true),
            ("0", true),
            ("5", false),
            ("-1", false),
            ("two", false),
            ("2.5", false),
        ] {
            let draft = PersonDraft {
                support: text.to_string(),
                conflict: text.to_string(),
                ..named("Ann")
            };
            let problems = validate(&draft, &map, None).problems;
            assert_eq!(problems.is_empty(), ok, "{text:?}");
            if !ok {
                assert_eq!(
                    problems,
                    [
                        FieldProblem::SupportNotInRange,
                        FieldProblem::ConflictNotInRange
                    ]
                );
                assert_eq!(problems[0].field(), "support");
                assert_eq!(problems[1].field(), "conflict");
            }
        }
    }

    #[test]
    fn a_dispute_stage_is_kept_only_with_the_disputes_area() {
        let mut map = RelationshipMap::default();
        let draft = PersonDraft {
            problem_area: Some(ProblemArea::Grief),
            dispute_stage: Some(DisputeStage::Impasse),
            ..named("Ann")
        };
        let id = map.add_person(&draft).unwrap();
        assert_eq!(map.person(id).unwrap().dispute_stage, None);
        let draft = PersonDraft {
            problem_area: Some(ProblemArea::Disputes),
            ..draft
        };
        map.update_person(id, &draft).unwrap();
        assert_eq!(
            map.person(id).unwrap().dispute_stage,
            Some(DisputeStage::Impasse)
        );
    }

    #[test]
    fn editing_someone_does_not_warn_about_their_own_name() {
        let mut map = RelationshipMap::default();
        let id = map.add_person(&named("Ann")).unwrap();
        assert!(validate(&named("ann"), &map, Some(id)).warnings.is_empty());
        assert_eq!(
            validate(&named(" ANN "), &map, None).warnings,
            [FieldWarning::DuplicateName { other: id }]
        );
        assert_eq!(
            validate(&named(" ANN "), &map, None).same_name_as(),
            Some(id)
        );
        assert_eq!(validate(&named("Bo"), &map, None).same_name_as(), None);
        assert_eq!(validate(&named(""), &map, None).same_name_as(), None);
    }

    #[test]
    fn updating_keeps_id_and_angle_and_rejects_unknown_people() {
        let mut map = RelationshipMap::default();
        let id = map
            .add_person(&PersonDraft {
                angle: Some(33.0),
                ..named("Ann")
            })
            .unwrap();
        let mut draft = PersonDraft::from_person(map.person(id).unwrap());
        draft.good = "Walks".into();
        draft.support = "3".into();
        map.update_person(id, &draft).unwrap();
        let person = map.person(id).unwrap();
        assert_eq!(
            (person.angle, person.support, person.good.as_str()),
            (33.0, 3, "Walks")
        );
        assert_eq!(
            map.update_person(PersonId(99), &draft),
            Err(vec![FieldProblem::UnknownPerson])
        );
        let before = map.clone();
        assert!(map.update_person(id, &named("")).is_err());
        assert_eq!(map, before);
    }

    #[test]
    fn new_people_go_to_the_widest_free_arc() {
        let mut map = RelationshipMap::default();
        assert_eq!(map.free_angle(Ring::Close), 90.0);
        map.add_person(&named("A")).unwrap();
        assert_eq!(map.free_angle(Ring::Close), 270.0);
        map.add_person(&named("B")).unwrap();
        let angles: Vec<f64> = map.people.iter().map(|p| p.angle).collect();
        assert_eq!(angles, [90.0, 270.0]);
        assert_eq!(map.free_angle(Ring::Close), 180.0);
        assert_eq!(map.free_angle(Ring::Closest), 30.0);
        map.set_position(PersonId(1), Ring::Close, 0.0);
        assert_eq!(map.free_angle(Ring::Close), 225.0);
    }

    #[test]
    fn two_people_per_ring_do_not_line_up_across_the_rings() {
        let mut map = RelationshipMap::default();
        for ring in Ring::ALL {
            for name in ["A", "B"] {
                map.add_person(&PersonDraft {
                    ring,
                    ..named(name)
                })
                .unwrap();
            }
        }
        let mut angles: Vec<f64> = map.people.iter().map(|p| p.angle).collect();
        angles.sort_by(f64::total_cmp);
        // Six people at six angles, evenly round, none at the top.
        assert_eq!(angles, [30.0, 90.0, 150.0, 210.0, 270.0, 330.0]);
    }

    #[test]
    fn moves_report_whether_anything_changed() {
        let mut map = RelationshipMap::default();
        let id = map
            .add_person(&PersonDraft {
                ring: Ring::Closest,
                ..named("Ann")
            })
            .unwrap();
        assert!(!map.move_inward(id));
        assert!(map.move_outward(id));
        assert!(map.move_outward(id));
        assert!(!map.move_outward(id));
        assert_eq!(map.person(id).unwrap().ring, Ring::FurtherAway);
        assert!(!map.move_to_ring(id, Ring::FurtherAway));
        assert!(!map.move_inward(PersonId(42)));
        assert!(!map.set_position(id, Ring::FurtherAway, 30.0));
        assert!(map.set_position(id, Ring::Close, -45.0));
        assert_eq!(map.person(id).unwrap().angle, 315.0);
        assert!(!map.set_position(id, Ring::Close, f64::NAN));
    }
}
