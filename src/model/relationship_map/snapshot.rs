//! Dated copies of the map, and what changed between two of them: who was
//! added, who was removed and who moved ring. People are matched by id, so a
//! renamed person is still the same person.

use super::{Person, PersonId, RelationshipMap, Ring, Snapshot};

/// What changed from an earlier list of people to a later one. Each list
/// follows the order of the list it comes from (`removed` the earlier one,
/// the others the later one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SnapshotDiff {
    pub added: Vec<PersonId>,
    pub removed: Vec<PersonId>,
    /// `(id, ring then, ring now)`.
    pub moved: Vec<(PersonId, Ring, Ring)>,
}

impl SnapshotDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.moved.is_empty()
    }
}

/// Saves a copy of the people on the map as it is on `taken_on`
/// (`YYYY-MM-DD`, from the caller). One snapshot a day: a second one on the
/// same day replaces the first. Snapshots stay in date order.
pub fn take_snapshot(map: &mut RelationshipMap, taken_on: &str) {
    let snapshot = Snapshot {
        taken_on: taken_on.to_string(),
        people: map.people.clone(),
    };
    match map
        .snapshots
        .binary_search_by(|existing| existing.taken_on.as_str().cmp(taken_on))
    {
        Ok(index) => map.snapshots[index] = snapshot,
        Err(index) => map.snapshots.insert(index, snapshot),
    }
}

/// What changed from `earlier` to `now`, matching people by id.
pub fn diff(earlier: &[Person], now: &[Person]) -> SnapshotDiff {
    let find = |people: &[Person], id: PersonId| people.iter().find(|p| p.id == id).map(|p| p.ring);
    let mut result = SnapshotDiff::default();
    for person in now {
        match find(earlier, person.id) {
            None => result.added.push(person.id),
            Some(ring) if ring != person.ring => result.moved.push((person.id, ring, person.ring)),
            Some(_) => {}
        }
    }
    result.removed = earlier
        .iter()
        .filter(|person| find(now, person.id).is_none())
        .map(|person| person.id)
        .collect();
    result
}

#[cfg(test)]
mod tests {
    use super::super::edit::PersonDraft;
    use super::*;

    fn map_with(names: &[&str]) -> RelationshipMap {
        let mut map = RelationshipMap::default();
        for name in names {
            map.add_person(&PersonDraft {
                name: name.to_string(),
                ..Default::default()
            })
            .unwrap();
        }
        map
    }

    #[test]
    fn snapshots_are_copies_kept_in_date_order_one_a_day() {
        let mut map = map_with(&["Ann"]);
        take_snapshot(&mut map, "2025-03-02");
        map.people.clear();
        take_snapshot(&mut map, "2025-01-15");
        let dates: Vec<&str> = map.snapshots.iter().map(|s| s.taken_on.as_str()).collect();
        assert_eq!(dates, ["2025-01-15", "2025-03-02"]);
        assert_eq!(map.snapshots[1].people.len(), 1);
        take_snapshot(&mut map, "2025-03-02");
        assert_eq!(map.snapshots.len(), 2);
        assert!(map.snapshots[1].people.is_empty());
    }

    #[test]
    fn the_diff_names_additions_removals_and_moves() {
        let mut map = map_with(&["Ann", "Bo", "Cy"]);
        let earlier = map.people.clone();
        map.remove_person(PersonId(1));
        map.move_to_ring(PersonId(2), Ring::Closest);
        map.add_person(&PersonDraft {
            name: "Di".into(),
            ..Default::default()
        })
        .unwrap();
        let changes = diff(&earlier, &map.people);
        assert_eq!(changes.added, [PersonId(3)]);
        assert_eq!(changes.removed, [PersonId(1)]);
        assert_eq!(changes.moved, [(PersonId(2), Ring::Close, Ring::Closest)]);
        assert!(diff(&map.people, &map.people).is_empty());
    }
}
