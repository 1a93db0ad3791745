//! The app's stores in its context, one per data area (the areas are listed
//! once, in `storage::areas`). Small areas are read at start; the map, the
//! journal and the safety plan the first time a page asks for them, so a
//! shared Learn link does not parse years of journal before it draws. Also:
//! taking in another tab's change, saving waiting changes when the person
//! leaves, and the flows that touch every area at once (the lock, import,
//! deleting).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::settings::Settings;
use crate::storage::area_store::{AreaSnapshot, AreaStore};
use crate::storage::areas::{every_area, AllAreas, Area};
use crate::storage::lock::OpenedArea;
use crate::storage::lock_format::LOCK_KEY;
use crate::storage::save_state::SaveState;
use crate::storage::{SaveError, Unreadable};

/// Where an area's store lives in the context: `None` until it is read.
struct AreaSlot<T: Send + Sync + 'static> {
    store: RwSignal<Option<AreaStore<T>>>,
}

impl<T: Send + Sync + 'static> Clone for AreaSlot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for AreaSlot<T> {}

impl<T: Area> AreaSlot<T> {
    fn empty() -> AreaSlot<T> {
        AreaSlot {
            store: RwSignal::new(None),
        }
    }

    /// The store, read now if nothing has asked for it yet.
    fn get(self) -> AreaStore<T> {
        if let Some(store) = self.store.get_untracked() {
            return store;
        }
        let reader = expect_context::<AreaReader>();
        // Under the app's owner, not the page's: the store outlives the page.
        let store = reader.owner.with(|| {
            reader
                .opened
                .with_value(|opened| AreaStore::<T>::load(opened.as_deref()))
        });
        self.store.set(Some(store));
        // Listed for the flows over every area read so far, which then need
        // no code of this area's type (it stays in the chunk that reads it).
        reader
            .read_so_far
            .update(|stores| stores.push(Arc::new(store)));
        store
    }

    /// The store if it has been read (reactive: recovery views appear as
    /// areas are read).
    fn loaded(self) -> Option<AreaStore<T>> {
        self.store.get()
    }
}

/// What reading an area later needs: the app's owner and what unlocking
/// decrypted (with the lock on); and the list of the areas read so far.
#[derive(Clone)]
struct AreaReader {
    owner: Owner,
    /// (An area sealed after unlocking is updated here: a store read later
    /// compares its first save with what is stored now.)
    opened: StoredValue<Option<Vec<OpenedArea>>>,
    read_so_far: RwSignal<Vec<AnyStore>>,
}

/// The store of area `T`, read now if no page has asked for it yet.
pub fn store<T: Area>() -> AreaStore<T> {
    expect_context::<AreaSlot<T>>().get()
}

/// The Learn area's store.
pub fn learn_store() -> AreaStore<crate::model::learn_progress::LearnProgress> {
    store()
}

/// The relationship map's store.
pub fn map_store() -> AreaStore<crate::model::relationship_map::RelationshipMap> {
    store()
}

/// The journal's store.
pub fn journal_store() -> AreaStore<crate::model::journal::Journal> {
    store()
}

/// The settings store.
pub fn settings_store() -> AreaStore<Settings> {
    store()
}

/// The settings store if the settings have been read; `None` on the unlock
/// screen, where nothing is read before the passphrase.
pub fn settings_store_if_read() -> Option<AreaStore<Settings>> {
    use_context::<AreaSlot<Settings>>().and_then(AreaSlot::loaded)
}

/// The safety plan's store.
pub fn safety_plan_store() -> AreaStore<crate::model::settings::SafetyPlan> {
    store()
}

/// What the flows over every area need of one area's store, whatever its
/// type.
pub trait StoreControl: Send + Sync {
    fn area(&self) -> &'static str;
    fn take_in_stored_change(&self);
    fn save_pending_change(&self);
    /// A save of this area waiting or, encrypted, under way.
    fn is_saving(&self) -> bool;
    /// A change not stored: waiting, saving, or a failed save.
    fn has_unsaved_change(&self) -> bool;
    /// This area's save state (reactive).
    fn save_state(&self) -> SaveState;
    /// After "changed elsewhere": save this page's version over the other.
    fn keep_this_version(&self);
    /// After "changed elsewhere": take the other tab's version instead.
    fn use_stored_version(&self);
    /// Why the stored value could not be read (reactive).
    fn unreadable(&self) -> Option<Unreadable>;
    fn unreadable_untracked(&self) -> Option<Unreadable>;
    /// The stored text exactly as it is, for the recovery download.
    fn stored_text(&self) -> Option<String>;
    fn delete(&self) -> Result<(), SaveError>;
    /// Saves again, encrypted or plain as the lock now says.
    fn resave(&self) -> Pin<Box<dyn Future<Output = Result<(), SaveError>>>>;
}

impl<T: Area> StoreControl for AreaStore<T> {
    fn area(&self) -> &'static str {
        T::NAME
    }
    fn take_in_stored_change(&self) {
        AreaStore::take_in_stored_change(self);
    }
    fn save_pending_change(&self) {
        AreaStore::save_pending_change(self);
    }
    fn is_saving(&self) -> bool {
        AreaStore::is_saving(self)
    }
    fn has_unsaved_change(&self) -> bool {
        AreaStore::has_unsaved_change(self)
    }
    fn save_state(&self) -> SaveState {
        AreaStore::save_state(self)
    }
    fn keep_this_version(&self) {
        AreaStore::keep_this_version(self);
    }
    fn use_stored_version(&self) {
        AreaStore::use_stored_version(self);
    }
    fn unreadable(&self) -> Option<Unreadable> {
        self.unreadable.get()
    }
    fn unreadable_untracked(&self) -> Option<Unreadable> {
        self.unreadable.get_untracked()
    }
    fn stored_text(&self) -> Option<String> {
        AreaStore::stored_text(self)
    }
    fn delete(&self) -> Result<(), SaveError> {
        AreaStore::delete(self)
    }
    fn resave(&self) -> Pin<Box<dyn Future<Output = Result<(), SaveError>>>> {
        let store = *self;
        Box::pin(async move { store.resave().await })
    }
}

/// A store of any area, shared (the recovery views hold one each).
pub type AnyStore = Arc<dyn StoreControl>;

/// Why an import changed nothing, or (rarely) changed part of the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportFailed {
    /// A write failed; every area written before it was put back.
    NothingChanged(SaveError),
    /// A write failed and putting an earlier area back failed too.
    PartlyChanged(SaveError),
}

/// Puts `data` into one area and saves it now; on success, what was there
/// before is kept in `undo` so a later failure can put it back.
async fn replace_area<T: Area>(
    store: AreaStore<T>,
    data: T,
    undo: &mut Vec<Box<dyn FnOnce() -> Result<(), SaveError>>>,
) -> Result<(), SaveError> {
    let before: AreaSnapshot<T> = store.snapshot();
    undo.push(Box::new(move || store.restore(before)));
    store.data.set(data);
    store.resave().await
}

/// Puts back every area written so far, newest first.
fn undo_all(
    undo: Vec<Box<dyn FnOnce() -> Result<(), SaveError>>>,
    error: SaveError,
) -> ImportFailed {
    let mut all_put_back = true;
    for put_back in undo.into_iter().rev() {
        all_put_back &= put_back().is_ok();
    }
    if all_put_back {
        ImportFailed::NothingChanged(error)
    } else {
        ImportFailed::PartlyChanged(error)
    }
}

/// Generates, from the table of areas, the slots in the context, the
/// handles over every area and the typed `Stores`.
macro_rules! define_stores {
    ($($(#[$backup:meta])* $field:ident: $type:ty = $name:literal, $at_start:literal;)*) => {
        /// Every area's slot; reads nothing (for listeners, which must not
        /// read an area no page has asked for).
        #[derive(Clone, Copy)]
        struct AreaSlots {
            $($field: AreaSlot<$type>,)*
        }

        impl AreaSlots {
            fn provide() {
                $(provide_context(AreaSlot::<$type>::empty());)*
            }

            fn from_context() -> AreaSlots {
                AreaSlots { $($field: expect_context(),)* }
            }

            fn read_at_start(self) {
                $(if <$type as Area>::READ_AT_START { self.$field.get(); })*
            }
        }

        /// Every area's store at once (reading those not read yet), taken
        /// from the context while it is there (an async task after an await
        /// runs outside it). For the flows that touch every area.
        #[derive(Clone, Copy)]
        pub struct Stores {
            $(pub $field: AreaStore<$type>,)*
        }

        impl Stores {
            pub fn from_context() -> Stores {
                Stores { $($field: store(),)* }
            }

            fn each(self) -> Vec<AnyStore> {
                vec![$(Arc::new(self.$field)),*]
            }

            /// The data on screen, every area as one value.
            pub fn current_data(self) -> AllAreas {
                AllAreas { $($field: self.$field.data.get_untracked(),)* }
            }

            /// Puts `areas` in place of every area's data and saves each
            /// now, all or nothing: if a write fails, every area written
            /// before it is put back as it was, on screen and stored.
            pub async fn replace_all(self, areas: AllAreas) -> Result<(), ImportFailed> {
                for store in self.each() {
                    store.save_pending_change();
                }
                let AllAreas { $($field,)* } = areas;
                let mut undo = Vec::new();
                $(
                    if let Err(error) = replace_area(self.$field, $field, &mut undo).await {
                        return Err(undo_all(undo, error));
                    }
                )*
                Ok(())
            }
        }
    };
}
every_area!(define_stores);

impl Stores {
    /// Saves every area again, as the lock now says (encrypted or plain).
    pub async fn resave_all(self) -> Result<(), SaveError> {
        for store in self.each() {
            store.resave().await?;
        }
        Ok(())
    }

    /// A change not stored yet, or an encrypted save under way, anywhere.
    pub fn has_unsaved_change(self) -> bool {
        any_unsaved(&self.each())
    }

    pub fn any_unreadable(self) -> bool {
        self.each()
            .iter()
            .any(|store| store.unreadable_untracked().is_some())
    }

    /// Deletes every area (each tried even if one fails).
    pub fn delete_all(self) -> Result<(), SaveError> {
        let results: Vec<_> = self.each().iter().map(|store| store.delete()).collect();
        results.into_iter().collect()
    }
}

/// After unlocking, encrypts the areas an interrupted "turn on" left plain:
/// a store read so far saves itself again; an area no page has read yet is
/// sealed as it is stored, so this rare repair holds no area's typed code.
pub fn encrypt_left_plain(areas: Vec<&'static str>) {
    let reader = expect_context::<AreaReader>();
    let read = move |area: &str| {
        reader
            .read_so_far
            .get_untracked()
            .into_iter()
            .find(|store| store.area() == area)
    };
    leptos::task::spawn_local(async move {
        for area in areas {
            if read(area).is_none() {
                // Written only if still no page has read the area (checked
                // in the same turn as the write).
                match crate::storage::lock::seal_stored_plain(area, || read(area).is_none()).await {
                    Ok(Some(sealed)) => {
                        reader.opened.update_value(|opened| {
                            for opened in opened.iter_mut().flatten().filter(|o| o.area == area) {
                                opened.stored = Some(sealed.clone());
                            }
                        });
                        continue;
                    }
                    // Stays plain, tried again at the next unlock.
                    Err(_) => continue,
                    // Read meanwhile: its store saves it, below.
                    Ok(None) => {}
                }
            }
            // A failure shows the not-saved banner; nothing else to do.
            if let Some(store) = read(area).filter(|store| store.unreadable_untracked().is_none()) {
                let _ = store.resave().await;
            }
        }
    });
}

fn any_unsaved(stores: &[AnyStore]) -> bool {
    stores.iter().any(|store| store.has_unsaved_change())
}

/// Puts the stores into the app's context and reads the small areas.
/// Returns the settings store (the app applies its theme).
pub fn provide_stores(opened: Option<Vec<OpenedArea>>) -> AreaStore<Settings> {
    provide_context(AreaReader {
        owner: Owner::current().expect("the app's owner"),
        opened: StoredValue::new(opened),
        read_so_far: RwSignal::new(Vec::new()),
    });
    AreaSlots::provide();
    AreaSlots::from_context().read_at_start();
    settings_store()
}

/// The stores read so far (reactive): for views that speak of every area
/// without reading any, such as the recovery views.
pub fn stores_read_so_far() -> Vec<AnyStore> {
    ReadSoFar::from_context().0.get()
}

/// The stores read so far, in the order they were read: the flows over
/// every area go through it, as `dyn StoreControl`, so the main module
/// holds the typed code only of the areas it reads itself.
#[derive(Clone, Copy)]
struct ReadSoFar(RwSignal<Vec<AnyStore>>);

impl ReadSoFar {
    fn from_context() -> ReadSoFar {
        ReadSoFar(expect_context::<AreaReader>().read_so_far)
    }

    fn read_so_far(self) -> Vec<AnyStore> {
        self.0.get_untracked()
    }
}

/// The saves of every area read so far, taken from the context while it
/// is there (an async task after an await runs outside it): for leaving,
/// the lock, the update and the quick exit, which must not go over a
/// change that is not stored.
#[derive(Clone, Copy)]
pub struct Saves(ReadSoFar);

impl Saves {
    pub fn from_context() -> Saves {
        Saves(ReadSoFar::from_context())
    }

    /// The saves, where the app's stores exist (not on the unlock screen).
    pub fn try_from_context() -> Option<Saves> {
        use_context::<AreaReader>().map(|reader| Saves(ReadSoFar(reader.read_so_far)))
    }

    /// Saves every change still waiting (a plain save is done when this
    /// returns) and names the areas whose change is still not stored.
    pub fn save_waiting(self) -> Vec<&'static str> {
        let stores = self.0.read_so_far();
        for store in &stores {
            store.save_pending_change();
        }
        unsaved_names(&stores)
    }

    /// The same, then waits (up to five seconds) for encrypted saves under
    /// way. The areas whose change is still not stored: the caller must
    /// not reload or lock over them.
    pub async fn settle(self) -> Vec<&'static str> {
        self.settle_within(std::time::Duration::from_secs(5)).await
    }

    /// [`Saves::settle`], waiting at most `limit`.
    pub async fn settle_within(self, limit: std::time::Duration) -> Vec<&'static str> {
        let mut unsaved = self.save_waiting();
        for _ in 0..limit.as_millis().div_ceil(50) {
            let stores = self.0.read_so_far();
            if !stores.iter().any(|store| store.is_saving()) {
                break;
            }
            crate::clock::sleep(std::time::Duration::from_millis(50)).await;
            unsaved = unsaved_names(&self.0.read_so_far());
        }
        unsaved
    }
}

fn unsaved_names(stores: &[AnyStore]) -> Vec<&'static str> {
    stores
        .iter()
        .filter(|store| store.has_unsaved_change())
        .map(|store| store.area())
        .collect()
}

/// Takes in what another tab saved (each read store checks its own key),
/// and starts again from the unlock screen (or without it) when another tab
/// turned the lock on, off or changed it, unless a change here is unsaved.
pub fn listen_for_other_tabs() {
    let slots = ReadSoFar::from_context();
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(LOCK_KEY) && !any_unsaved(&slots.read_so_far()) {
            let _ = window().location().reload();
            return;
        }
        for store in slots.read_so_far() {
            store.take_in_stored_change();
        }
    });
    on_cleanup(move || listener.remove());
}

/// Saves every change still waiting for its delay when the person leaves a
/// field, hides the page or leaves it. A plain save is done before the page
/// goes; an encrypted one cannot be promised inside `pagehide` (encryption
/// is asynchronous), so with the lock on a change is saved as it is made
/// (`LOCKED_SAVE_DELAY`), and leaving while any change is not stored (a
/// failed save, or one still encrypting) first asks the browser to confirm
/// (`beforeunload`) where the browser has that prompt (Safari on iPhone
/// has none).
pub fn keep_changes_when_leaving() {
    let slots = ReadSoFar::from_context();
    let save_pending = move || {
        for store in slots.read_so_far() {
            store.save_pending_change();
        }
    };
    let field_left = window_event_listener(leptos::ev::focusout, move |_| save_pending());
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            save_pending();
        }
    });
    let page_hidden = window_event_listener(leptos::ev::pagehide, move |_| save_pending());
    let before_unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        save_pending();
        // A plain save is done by now; what is still unsaved failed or is
        // still encrypting, and leaving would lose it.
        if any_unsaved(&slots.read_so_far()) {
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
