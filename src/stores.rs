//! The app's five stores in its context: the small ones (Learn progress,
//! settings) read at start; the map, the journal and the safety plan read
//! the first time a page asks for them, so a shared Learn link does not
//! parse years of journal before it draws. Also: taking in another tab's
//! change, and saving waiting changes when the person leaves.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::model::journal::Journal;
use crate::model::learn_progress::LearnProgress;
use crate::model::relationship_map::RelationshipMap;
use crate::model::settings::{SafetyPlan, Settings};
use crate::storage::area_store::{AreaStore, SaveStatus};
use crate::storage::lock::{self, OpenedArea};
use crate::storage::lock_format::LOCK_KEY;

/// A store read on first use. `None` until a page has asked for it.
struct LazyArea<T: Send + Sync + 'static> {
    area: &'static str,
    store: RwSignal<Option<AreaStore<T>>>,
}

impl<T: Send + Sync + 'static> Clone for LazyArea<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for LazyArea<T> {}

impl<T> LazyArea<T>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    /// The store, read now if no page has asked for it yet.
    fn get(self) -> AreaStore<T> {
        if let Some(store) = self.store.get_untracked() {
            return store;
        }
        let reader = expect_context::<AreaReader>();
        // Under the app's owner, not the page's: the store outlives the page.
        let store = reader
            .owner
            .with(|| AreaStore::<T>::load(self.area, reader.status, reader.opened.as_deref()));
        self.store.set(Some(store));
        store
    }

    /// The store if a page has read it (reactive: recovery views appear as
    /// areas are read).
    fn loaded(self) -> Option<AreaStore<T>> {
        self.store.get()
    }

    fn loaded_untracked(self) -> Option<AreaStore<T>> {
        self.store.get_untracked()
    }
}

/// What reading an area later needs: the app's owner, the shared save
/// status, and what unlocking decrypted (with the lock on).
#[derive(Clone)]
struct AreaReader {
    owner: Owner,
    status: RwSignal<SaveStatus>,
    opened: Option<Arc<[OpenedArea]>>,
}

/// Puts the stores into the app's context. Returns the settings store (the
/// app applies its theme).
pub fn provide_stores(
    status: RwSignal<SaveStatus>,
    opened: Option<Vec<OpenedArea>>,
) -> AreaStore<Settings> {
    let opened: Option<Arc<[OpenedArea]>> = opened.map(Arc::from);
    provide_context(AreaStore::<LearnProgress>::load(
        "learn",
        status,
        opened.as_deref(),
    ));
    let settings = AreaStore::<Settings>::load("settings", status, opened.as_deref());
    provide_context(settings);
    provide_context(LazyArea::<RelationshipMap> {
        area: "map",
        store: RwSignal::new(None),
    });
    provide_context(LazyArea::<Journal> {
        area: "journal",
        store: RwSignal::new(None),
    });
    provide_context(LazyArea::<SafetyPlan> {
        area: "safety-plan",
        store: RwSignal::new(None),
    });
    provide_context(AreaReader {
        owner: Owner::current().expect("the app's owner"),
        status,
        opened,
    });
    settings
}

/// The Learn area's store.
pub fn learn_store() -> AreaStore<LearnProgress> {
    expect_context::<AreaStore<LearnProgress>>()
}

/// The relationship map's store (read now if not yet).
pub fn map_store() -> AreaStore<RelationshipMap> {
    expect_context::<LazyArea<RelationshipMap>>().get()
}

/// The journal's store (read now if not yet).
pub fn journal_store() -> AreaStore<Journal> {
    expect_context::<LazyArea<Journal>>().get()
}

/// The settings store.
pub fn settings_store() -> AreaStore<Settings> {
    expect_context::<AreaStore<Settings>>()
}

/// The safety plan's store (read now if not yet).
pub fn safety_plan_store() -> AreaStore<SafetyPlan> {
    expect_context::<LazyArea<SafetyPlan>>().get()
}

/// The store of a lazily read area if a page has read it, else None
/// (reactive: for views that speak of every area without reading any).
pub fn read_so_far<T>() -> Option<AreaStore<T>>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    use_context::<LazyArea<T>>().and_then(LazyArea::loaded)
}

/// Handles to the stores that read nothing: called from event listeners,
/// which must not read an area no page has asked for.
#[derive(Clone, Copy)]
struct StoreHandles {
    learn: AreaStore<LearnProgress>,
    settings: AreaStore<Settings>,
    map: LazyArea<RelationshipMap>,
    journal: LazyArea<Journal>,
    safety_plan: LazyArea<SafetyPlan>,
}

impl StoreHandles {
    fn from_context() -> StoreHandles {
        StoreHandles {
            learn: learn_store(),
            settings: settings_store(),
            map: expect_context(),
            journal: expect_context(),
            safety_plan: expect_context(),
        }
    }

    /// The stores read so far, for what the app-wide listeners do to each.
    fn read_so_far(self) -> Vec<Box<dyn StoreControl>> {
        let mut stores: Vec<Box<dyn StoreControl>> =
            vec![Box::new(self.learn), Box::new(self.settings)];
        if let Some(store) = self.map.loaded_untracked() {
            stores.push(Box::new(store));
        }
        if let Some(store) = self.journal.loaded_untracked() {
            stores.push(Box::new(store));
        }
        if let Some(store) = self.safety_plan.loaded_untracked() {
            stores.push(Box::new(store));
        }
        stores
    }

    fn take_in_stored_changes(self) {
        for store in self.read_so_far() {
            store.take_in_stored_change();
        }
    }

    fn save_pending_changes(self) {
        for store in self.read_so_far() {
            store.save_pending_change();
        }
    }

    /// A failed save (the status is shared), or a save waiting or under way.
    fn has_unsaved_change(self) -> bool {
        self.learn.has_unsaved_change() || self.read_so_far().iter().any(|store| store.is_saving())
    }
}

/// What the app-wide listeners need of any area's store.
trait StoreControl {
    fn take_in_stored_change(&self);
    fn save_pending_change(&self);
    fn is_saving(&self) -> bool;
}

impl<T> StoreControl for AreaStore<T>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    fn take_in_stored_change(&self) {
        AreaStore::take_in_stored_change(self);
    }

    fn save_pending_change(&self) {
        AreaStore::save_pending_change(self);
    }

    fn is_saving(&self) -> bool {
        AreaStore::is_saving(self)
    }
}

/// Takes in what another tab saved (each read store checks its own key),
/// and starts again from the unlock screen (or without it) when another tab
/// turned the lock on, off or changed it, unless a change here is unsaved.
pub fn listen_for_other_tabs(status: RwSignal<SaveStatus>) {
    let handles = StoreHandles::from_context();
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(LOCK_KEY)
            && !matches!(status.get_untracked(), SaveStatus::NotSaved(_))
        {
            let _ = window().location().reload();
            return;
        }
        handles.take_in_stored_changes();
    });
    on_cleanup(move || listener.remove());
}

/// Saves every change still waiting for its delay when the person leaves a
/// field, hides the page or leaves it. A plain save is done before the page
/// goes; an encrypted one cannot be promised inside `pagehide` (encryption
/// is asynchronous), so with the lock on, leaving while a change is not yet
/// stored first asks the browser to confirm (`beforeunload`).
pub fn keep_changes_when_leaving() {
    let handles = StoreHandles::from_context();
    let field_left = window_event_listener(leptos::ev::focusout, move |_| {
        handles.save_pending_changes()
    });
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            handles.save_pending_changes();
        }
    });
    let page_hidden = window_event_listener(leptos::ev::pagehide, move |_| {
        handles.save_pending_changes()
    });
    let before_unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        handles.save_pending_changes();
        if lock::data_key().is_some() && handles.has_unsaved_change() {
            event.prevent_default();
            // Older browsers show the prompt only when this is set.
            event.set_return_value("");
        }
    });
    on_cleanup(move || {
        field_left.remove();
        hidden.remove();
        page_hidden.remove();
        before_unload.remove();
    });
}

/// Every area's store at once (reading those not read yet), taken from the
/// context while it is there (an async task after an await runs outside
/// it). For the flows that touch every area: the lock, backups, deleting.
#[derive(Clone, Copy)]
pub struct Stores {
    pub learn: AreaStore<LearnProgress>,
    pub map: AreaStore<RelationshipMap>,
    pub journal: AreaStore<Journal>,
    pub settings: AreaStore<Settings>,
    pub safety_plan: AreaStore<SafetyPlan>,
}

impl Stores {
    pub fn from_context() -> Stores {
        Stores {
            learn: learn_store(),
            map: map_store(),
            journal: journal_store(),
            settings: settings_store(),
            safety_plan: safety_plan_store(),
        }
    }

    /// Saves every area again, as the lock now says (encrypted or plain).
    pub async fn resave_all(self) -> Result<(), crate::storage::SaveError> {
        self.learn.resave().await?;
        self.map.resave().await?;
        self.journal.resave().await?;
        self.settings.resave().await?;
        self.safety_plan.resave().await
    }

    /// Saves one area again if it is readable (after unlocking, an area an
    /// interrupted "turn on" left plain gets encrypted now).
    pub async fn resave_area(self, area: &str) -> Result<(), crate::storage::SaveError> {
        match area {
            "learn" if self.learn.unreadable.get_untracked().is_none() => self.learn.resave().await,
            "map" if self.map.unreadable.get_untracked().is_none() => self.map.resave().await,
            "journal" if self.journal.unreadable.get_untracked().is_none() => {
                self.journal.resave().await
            }
            "settings" if self.settings.unreadable.get_untracked().is_none() => {
                self.settings.resave().await
            }
            "safety-plan" if self.safety_plan.unreadable.get_untracked().is_none() => {
                self.safety_plan.resave().await
            }
            _ => Ok(()),
        }
    }

    /// A change not stored yet, or an encrypted save under way, anywhere.
    pub fn has_unsaved_change(self) -> bool {
        self.learn.has_unsaved_change()
            || self.map.is_saving()
            || self.journal.is_saving()
            || self.settings.is_saving()
            || self.safety_plan.is_saving()
    }

    pub fn any_unreadable(self) -> bool {
        self.learn.unreadable.get_untracked().is_some()
            || self.map.unreadable.get_untracked().is_some()
            || self.journal.unreadable.get_untracked().is_some()
            || self.settings.unreadable.get_untracked().is_some()
            || self.safety_plan.unreadable.get_untracked().is_some()
    }
}
