//! The relationship map editor: shared state, and the parts that show it
//! (the closeness circle and its key, the list, the form, snapshots,
//! export).

pub mod circle;
pub mod details;
pub mod export;
pub mod legend;
pub mod person_form;
pub mod person_list;
pub mod snapshots;

use leptos::prelude::*;

use crate::components::focus::focus_after_render;
use crate::content::map_text as text;
use crate::model::relationship_map::drawing::PeopleIndex;
use crate::model::relationship_map::edit::{FieldProblem, FieldWarning, PersonDraft};
use crate::model::relationship_map::history::UndoHistory;
use crate::model::relationship_map::{Person, PersonId, RelationshipMap};
use crate::storage::area_store::AreaStore;

/// The add/edit form's state. The draft holds the fields exactly as typed,
/// so nothing is lost when a field is invalid.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub editing: Option<PersonId>,
    pub draft: PersonDraft,
    pub problems: Vec<FieldProblem>,
    pub warnings: Vec<FieldWarning>,
}

/// Everything the map's parts share. The undo history lives beside the
/// document and is not saved: it is about this visit's changes.
#[derive(Clone, Copy)]
pub struct MapState {
    pub store: AreaStore<RelationshipMap>,
    /// Where each person is in the map's list, built once per change, so
    /// that each of the many per-person memos finds its person in
    /// constant time rather than by searching the list.
    people_index: Memo<PeopleIndex>,
    history: StoredValue<UndoHistory<Vec<Person>>>,
    history_changed: RwSignal<u64>,
    pub selected: RwSignal<Option<PersonId>>,
    pub editor: RwSignal<Option<Editor>>,
    /// The button that opened the form, to give the focus back to when the
    /// form closes.
    opener: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    /// Read out by screen readers after a move, an undo or a removal.
    pub announcement: RwSignal<String>,
}

impl MapState {
    pub fn new(store: AreaStore<RelationshipMap>) -> MapState {
        MapState {
            store,
            people_index: Memo::new(move |_| store.data.with(|map| PeopleIndex::of(&map.people))),
            history: StoredValue::new(UndoHistory::default()),
            history_changed: RwSignal::new(0),
            selected: RwSignal::new(None),
            editor: RwSignal::new(None),
            opener: StoredValue::new_local(None),
            announcement: RwSignal::new(String::new()),
        }
    }

    /// Applies a change to a copy; if it changed anything, records the
    /// people before it for undo and saves. Returns whether it changed.
    pub fn edit(&self, change: impl FnOnce(&mut RelationshipMap) -> bool) -> bool {
        let mut next = self.store.data.get_untracked();
        let before = next.people.clone();
        if !change(&mut next) {
            return false;
        }
        self.history.update_value(|history| history.record(before));
        self.history_changed.update(|count| *count += 1);
        self.store.update(|map| *map = next);
        true
    }

    pub fn undo(&self) {
        let current = self.store.data.with_untracked(|map| map.people.clone());
        let previous = self
            .history
            .try_update_value(|history| history.undo(current))
            .flatten();
        if let Some(people) = previous {
            self.store.update(|map| map.people = people);
            self.history_changed.update(|count| *count += 1);
            self.announcement.set(text::UNDO.to_string());
        }
    }

    pub fn redo(&self) {
        let current = self.store.data.with_untracked(|map| map.people.clone());
        let next = self
            .history
            .try_update_value(|history| history.redo(current))
            .flatten();
        if let Some(people) = next {
            self.store.update(|map| map.people = people);
            self.history_changed.update(|count| *count += 1);
            self.announcement.set(text::REDO.to_string());
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history_changed.track();
        self.history.with_value(UndoHistory::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history_changed.track();
        self.history.with_value(UndoHistory::can_redo)
    }

    pub fn person(&self, id: PersonId) -> Option<Person> {
        self.store.data.with(|map| map.person(id).cloned())
    }

    /// One person, as a memo: whatever reads it re-runs only when that
    /// person changed, not on every change to the map (150 people means
    /// thousands of small views; this keeps a change to one cheap).
    pub fn person_memo(&self, id: PersonId) -> Memo<Option<Person>> {
        let store = self.store;
        let index = self.people_index;
        Memo::new(move |_| {
            index.with(|index| {
                store
                    .data
                    .with(|map| index.person(&map.people, id).cloned())
            })
        })
    }

    /// Opens the form to add a person (`editing` is `None`) or change one;
    /// `opener` is the button pressed, which gets the focus back on close.
    pub fn open_editor(&self, editing: Option<PersonId>, opener: Option<web_sys::HtmlElement>) {
        self.opener.set_value(opener);
        let draft = editing
            .and_then(|id| {
                self.store
                    .data
                    .with_untracked(|map| map.person(id).map(PersonDraft::from_person))
            })
            .unwrap_or_default();
        self.editor.set(Some(Editor {
            editing,
            draft,
            problems: Vec::new(),
            warnings: Vec::new(),
        }));
    }

    /// Closes the form (cancelled or saved) and gives the focus back to the
    /// button that opened it.
    pub fn close_editor(&self) {
        self.editor.set(None);
        if let Some(opener) = self.opener.try_update_value(Option::take).flatten() {
            focus_after_render(opener);
        }
    }

    /// Runs a move and says where the person went.
    pub fn move_person(&self, id: PersonId, change: impl FnOnce(&mut RelationshipMap) -> bool) {
        if self.edit(change) {
            if let Some(person) = self
                .store
                .data
                .with_untracked(|map| map.person(id).cloned())
            {
                self.announcement
                    .set(format!("{}: {}", person.name, text::ring_name(person.ring)));
            }
        }
    }

    pub fn remove(&self, id: PersonId) {
        let name = self
            .store
            .data
            .with_untracked(|map| map.person(id).map(|person| person.name.clone()));
        if self.edit(|map| map.remove_person(id).is_some()) {
            if self.selected.get_untracked() == Some(id) {
                self.selected.set(None);
            }
            self.announcement
                .set(format!("{} {}", text::REMOVED, name.unwrap_or_default()));
        }
    }
}
