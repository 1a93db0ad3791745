//! The closeness circle's drawing as tables by person: where each marker
//! goes and how big it is (`layout`), its name's place (`labels`), and
//! where the person is in the map's list. Built once per change to the
//! map, so that each of the drawing's markers finds its own in constant
//! time; a search of the list per marker made every edit cost the square
//! of the number of people (150 markers, each searching 150 entries
//! several times).

use std::collections::HashMap;

use super::labels::{place_labels, LabelPlacement};
use super::layout::{layout_map, MarkerPlacement};
use super::{Person, PersonId};

/// Where each person is in a list of people, by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleIndex {
    positions: HashMap<PersonId, usize>,
}

impl PeopleIndex {
    pub fn of(people: &[Person]) -> PeopleIndex {
        PeopleIndex {
            positions: people
                .iter()
                .enumerate()
                .map(|(position, person)| (person.id, position))
                .collect(),
        }
    }

    /// The person with `id` in `people`, the list this index was built
    /// from. A list that changed since is checked, never misread: an entry
    /// that is not that person's gives `None`.
    pub fn person<'a>(&self, people: &'a [Person], id: PersonId) -> Option<&'a Person> {
        let position = *self.positions.get(&id)?;
        people.get(position).filter(|person| person.id == id)
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }
}

/// One marker of the drawing: its place and size, and its label if it has
/// room for one.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnMarker {
    pub placement: MarkerPlacement,
    pub label: Option<LabelPlacement>,
}

/// Every marker of the closeness circle, in the layout's order, and where
/// each person's is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapDrawing {
    markers: Vec<DrawnMarker>,
    by_person: HashMap<PersonId, usize>,
}

impl MapDrawing {
    /// The layout of `people` (`layout_map`) and their labels
    /// (`place_labels`, around the rings' names `ring_names`), by person.
    pub fn of(people: &[Person], ring_names: [&str; 3]) -> MapDrawing {
        let placements = layout_map(people);
        let labels = place_labels(&placements, people, ring_names);
        let by_person: HashMap<PersonId, usize> = placements
            .iter()
            .enumerate()
            .map(|(position, placement)| (placement.id, position))
            .collect();
        let mut markers: Vec<DrawnMarker> = placements
            .into_iter()
            .map(|placement| DrawnMarker {
                placement,
                label: None,
            })
            .collect();
        for label in labels {
            if let Some(&position) = by_person.get(&label.id) {
                markers[position].label = Some(label);
            }
        }
        MapDrawing { markers, by_person }
    }

    /// The marker drawn for `id`; `None` for an id not on the map.
    pub fn marker(&self, id: PersonId) -> Option<&DrawnMarker> {
        self.markers.get(*self.by_person.get(&id)?)
    }

    /// Every marker, in the layout's order (ring by ring).
    pub fn markers(&self) -> &[DrawnMarker] {
        &self.markers
    }

    pub fn len(&self) -> usize {
        self.markers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.markers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::relationship_map::edit::PersonDraft;
    use crate::model::relationship_map::{RelationshipMap, Ring};

    const RING_NAMES: [&str; 3] = ["Closest", "Close", "Further away"];

    fn map_of(count: usize) -> RelationshipMap {
        let mut map = RelationshipMap::default();
        for index in 0..count {
            let draft = PersonDraft {
                name: format!("Person {index}"),
                ring: Ring::ALL[index % 3],
                ..PersonDraft::default()
            };
            map.add_person(&draft).expect("a valid person");
        }
        map
    }

    #[test]
    fn every_marker_is_found_by_its_id_with_its_own_place_and_label() {
        let map = map_of(150);
        let placements = layout_map(&map.people);
        let labels = place_labels(&placements, &map.people, RING_NAMES);
        let drawing = MapDrawing::of(&map.people, RING_NAMES);
        assert_eq!(drawing.len(), 150);
        let in_order: Vec<MarkerPlacement> = drawing
            .markers()
            .iter()
            .map(|marker| marker.placement)
            .collect();
        assert_eq!(in_order, placements);
        for placement in &placements {
            let marker = drawing.marker(placement.id).expect("every person is drawn");
            assert_eq!(marker.placement, *placement);
            assert_eq!(
                marker.label.as_ref(),
                labels.iter().find(|label| label.id == placement.id)
            );
        }
        assert!(!labels.is_empty(), "names with room are labelled");
    }

    #[test]
    fn an_id_not_on_the_map_has_no_marker_and_no_person() {
        let mut map = map_of(5);
        let gone = map.people[2].id;
        map.remove_person(gone).expect("a person to remove");
        let drawing = MapDrawing::of(&map.people, RING_NAMES);
        let index = PeopleIndex::of(&map.people);
        assert!(drawing.marker(gone).is_none());
        assert!(index.person(&map.people, gone).is_none());
        assert!(index.person(&map.people, PersonId(12_345)).is_none());
        assert_eq!((drawing.len(), index.len()), (4, 4));
        assert!(MapDrawing::default().is_empty() && PeopleIndex::default().is_empty());
    }

    #[test]
    fn the_index_finds_each_person_and_checks_a_list_that_changed_since() {
        let mut map = map_of(20);
        let index = PeopleIndex::of(&map.people);
        for person in &map.people {
            assert_eq!(index.person(&map.people, person.id), Some(person));
        }
        // The list changed after the index was built: the entries that
        // moved are not taken for someone else.
        let first = map.people[0].id;
        map.remove_person(first).expect("a person to remove");
        for person in &map.people {
            let found = index.person(&map.people, person.id);
            assert!(found.is_none() || found == Some(person));
        }
        assert!(index.person(&map.people, first).is_none());
    }
}
