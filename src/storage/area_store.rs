//! One area's document as reactive state: loaded once, saved through the
//! single write path after every burst of changes, never overwriting what
//! it could not read or what another tab wrote since.

use std::time::Duration;

use leptos::prelude::*;

use super::lock::{self, OpenedArea};
use super::lock_format::{is_locked_area, LOCK_KEY};
use super::migrate::{self, KeyPlan};
use super::save_state::{OtherTab, SaveEnd, SaveMachine, SaveState, WriteCheck};
use super::{area_key, decode, encode, local, Area, SaveError, Unreadable};

/// How long a save waits after the latest change, so that a burst of
/// typing is stored once rather than once per key (a year of journal takes
/// tens of milliseconds to write). Leaving the page, hiding it or leaving a
/// field saves at once ([`AreaStore::save_pending_change`]).
const SAVE_DELAY: Duration = Duration::from_millis(500);

/// With the lock on, a change is encrypted and stored at once instead.
/// Encryption is asynchronous, so a save begun as the page goes
/// (`pagehide`) may never finish, and Safari on iPhone sends no
/// `beforeunload` to hold the page with a prompt: in Firefox and WebKit a
/// note typed just before leaving was lost (`e2e/tests/smoke.rs`). A save
/// begun with the change is stored long before a person can leave.
const LOCKED_SAVE_DELAY: Duration = Duration::ZERO;

/// Whether what a model method returned means the data changed (so a save
/// is due). A refused change (`Err`, `None`, `false`) schedules no save.
pub trait ChangeOutcome {
    fn changed(&self) -> bool;
}

impl ChangeOutcome for () {
    fn changed(&self) -> bool {
        true
    }
}

impl ChangeOutcome for bool {
    fn changed(&self) -> bool {
        *self
    }
}

impl<V, E> ChangeOutcome for Result<V, E> {
    fn changed(&self) -> bool {
        self.is_ok()
    }
}

impl<V> ChangeOutcome for Option<V> {
    fn changed(&self) -> bool {
        self.is_some()
    }
}

/// One area's data on screen and its saving. The decisions are the plain
/// [`SaveMachine`]'s; this drives it with timers, encryption and storage.
pub struct AreaStore<T: Send + Sync + 'static> {
    pub data: RwSignal<T>,
    machine: StoredValue<SaveMachine>,
    /// The machine's state, for the banner and the leave checks (reactive).
    state: RwSignal<SaveState>,
    /// Set when the stored value could not be read: it is kept untouched.
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// The timer of the save waiting for [`SAVE_DELAY`].
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

impl<T: Send + Sync + 'static> Clone for AreaStore<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for AreaStore<T> {}

/// What an area held before an import wrote it, to put back if a later
/// area's write fails.
pub struct AreaSnapshot<T> {
    data: T,
    machine: SaveMachine,
}

impl<T: Area> AreaStore<T> {
    /// Reads the area's document. With the lock on, `opened` has what
    /// unlocking decrypted.
    pub fn load(opened: Option<&[OpenedArea]>) -> AreaStore<T> {
        let area = T::NAME;
        let (stored, plain) = match opened.and_then(|all| all.iter().find(|o| o.area == area)) {
            Some(opened) => (Ok(opened.stored.clone()), opened.plain.clone()),
            None => {
                let stored = match migrate_older_document(area) {
                    Some(Err(reason)) => {
                        return AreaStore::new(
                            SaveMachine::new(None, 0),
                            T::default(),
                            Some(reason),
                        )
                    }
                    _ => local::read(&area_key(area)),
                };
                let plain = stored.clone().ok().flatten();
                (stored, plain)
            }
        };
        let (data, revision, unreadable) =
            match plain.as_deref().map(|text| decode::<T>(area, text)) {
                Some(Ok(envelope)) => (envelope.data, envelope.revision, None),
                Some(Err(reason)) => (T::default(), 0, Some(reason)),
                // Nothing saved yet, or no storage at all: the first save says
                // which.
                None => (T::default(), 0, None),
            };
        AreaStore::new(
            SaveMachine::new(stored.ok().flatten(), revision),
            data,
            unreadable,
        )
    }

    fn new(machine: SaveMachine, data: T, unreadable: Option<Unreadable>) -> AreaStore<T> {
        AreaStore {
            data: RwSignal::new(data),
            state: RwSignal::new(machine.state()),
            machine: StoredValue::new(machine),
            unreadable: RwSignal::new(unreadable),
            pending_save: StoredValue::new(None),
        }
    }

    /// Runs one transition of the machine and shows its new state.
    fn step<R>(&self, transition: impl FnOnce(&mut SaveMachine) -> R) -> R {
        let (result, state) = self
            .machine
            .try_update_value(|machine| (transition(machine), machine.state()))
            .expect("a store lives as long as the app");
        if self.state.get_untracked() != state {
            if matches!(state, SaveState::Saved) {
                ask_to_persist_once();
            }
            self.state.set(state);
        }
        result
    }

    /// This area's save state (reactive).
    pub fn save_state(&self) -> SaveState {
        self.state.get()
    }

    /// Changes the data on screen, then saves it once no other change has
    /// followed for [`SAVE_DELAY`] (with the lock on, at once:
    /// [`LOCKED_SAVE_DELAY`]). The change stays on screen whether or
    /// not the save works; "saved" is reported only once it is stored. A
    /// change the model refused (see [`ChangeOutcome`]) schedules no save.
    /// Returns what `change` returns (the model method's verdict).
    pub fn update<R: ChangeOutcome>(&self, change: impl FnOnce(&mut T) -> R) -> R {
        let result = self
            .data
            .try_update(change)
            .expect("a store lives as long as the app");
        if result.changed() {
            self.step(SaveMachine::edited);
            self.schedule_save();
        }
        result
    }

    /// Changes the data like [`update`](Self::update), saved the same way,
    /// but without telling what reads `data`: for a change to free text
    /// that nothing on screen derives from but the field it was typed in
    /// (a week's note, key by key, while its entry stays), so that a key
    /// costs the same with ten years of data as with none rather than
    /// re-deriving every view of the whole document. Whoever reads such
    /// text elsewhere reads it when it is needed (an export, a save), never
    /// through a memo. The caller asks the model whether a change is one
    /// (`Journal::note_edit_is_text_only`); any other change goes through
    /// `update`.
    pub fn update_text(&self, change: impl FnOnce(&mut T)) {
        self.data
            .try_update_untracked(change)
            .expect("a store lives as long as the app");
        self.step(SaveMachine::edited);
        self.schedule_save();
    }

    /// (Re)starts the save delay's timer.
    fn schedule_save(&self) {
        self.clear_timer();
        let store = *self;
        let delay = match lock::data_key() {
            None => SAVE_DELAY,
            Some(_) => LOCKED_SAVE_DELAY,
        };
        match set_timeout_with_handle(move || store.save_pending_change(), delay) {
            Ok(handle) => self.pending_save.set_value(Some(handle)),
            // No timers (no window): save at once.
            Err(_) => self.save_now(),
        }
    }

    fn clear_timer(&self) {
        if let Some(handle) = self.pending_save.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Saves a change still waiting for its delay, now (the page is being
    /// left or hidden, or a field lost focus). With the lock off it is
    /// stored when this returns; with it on, once encryption is done.
    pub fn save_pending_change(&self) {
        self.clear_timer();
        if self.machine.with_value(SaveMachine::is_waiting) {
            self.save_now();
        }
    }

    fn begin_save(&self) -> Result<super::save_state::SaveTicket, SaveError> {
        let stored = local::read(&area_key(T::NAME));
        let unreadable = self.unreadable.get_untracked().is_some();
        self.step(|machine| machine.begin_save(stored, unreadable))
    }

    fn save_now(&self) {
        self.clear_timer();
        match lock::data_key() {
            None => {
                let _ = self.save_plain();
            }
            Some(key) => {
                let store = *self;
                leptos::task::spawn_local(async move {
                    let _ = store.save_locked(&key).await;
                });
            }
        }
    }

    /// Saves the data as it is, encrypted or not as the lock now says (for
    /// turning the lock on or off, and an import). Done when the future is.
    pub async fn resave(&self) -> Result<(), SaveError> {
        // This save carries any change still waiting.
        self.clear_timer();
        match lock::data_key() {
            None => self.save_plain(),
            Some(key) => self.save_locked(&key).await,
        }
    }

    fn next_document(&self, revision: u64) -> String {
        self.data
            .with_untracked(|data| encode(T::NAME, revision, data))
    }

    fn save_plain(&self) -> Result<(), SaveError> {
        let ticket = self.begin_save()?;
        let text = self.next_document(ticket.revision);
        // Written in the same turn as `begin_save` read and checked the
        // stored text: reading ten years of journal again would only cost.
        let check = self
            .machine
            .with_value(|machine| machine.check_ticket(&ticket));
        self.write_and_record(ticket, check, Ok(text))
    }

    /// Encrypts, then writes. A newer save started meanwhile supersedes
    /// this one: that one carries this change too, and reports instead.
    async fn save_locked(&self, key: &web_sys::CryptoKey) -> Result<(), SaveError> {
        let ticket = self.begin_save()?;
        let plain = self.next_document(ticket.revision);
        let sealed = lock::seal_area(key, T::NAME, &plain)
            .await
            .map_err(|_| SaveError::EncryptFailed);
        // The lock was turned off or changed (here or in another tab) while
        // this encrypted: writing would leave ciphertext no key opens.
        let sealed = if lock::data_key().as_ref() != Some(key) || !lock::lock_is_on() {
            Err(SaveError::ChangedElsewhere)
        } else {
            sealed
        };
        self.finish_write(ticket, sealed)
    }

    /// Checks again what is stored (an encrypted save awaited), then
    /// [`AreaStore::write_and_record`].
    fn finish_write(
        &self,
        ticket: super::save_state::SaveTicket,
        document: Result<String, SaveError>,
    ) -> Result<(), SaveError> {
        let key = area_key(T::NAME);
        let check = self
            .machine
            .with_value(|machine| machine.check_write(&ticket, local::read(&key)));
        self.write_and_record(ticket, check, document)
    }

    /// Writes `document` if `check` allows it, through the one verified
    /// write path, and records how the save ended.
    fn write_and_record(
        &self,
        ticket: super::save_state::SaveTicket,
        check: WriteCheck,
        document: Result<String, SaveError>,
    ) -> Result<(), SaveError> {
        let key = area_key(T::NAME);
        let end = match (check, document) {
            (WriteCheck::Superseded, _) => SaveEnd::Superseded,
            (WriteCheck::Refused(error), _) | (WriteCheck::Write, Err(error)) => {
                SaveEnd::Failed(error)
            }
            (WriteCheck::Write, Ok(text)) => match local::write_verified(&key, &text) {
                Ok(()) => SaveEnd::Stored(text),
                Err(error) => SaveEnd::Failed(error),
            },
        };
        let result = match &end {
            SaveEnd::Failed(error) => Err(error.clone()),
            _ => Ok(()),
        };
        self.step(|machine| machine.finish(ticket, end));
        result
    }

    /// Takes in a change another tab saved (the `storage` event). A change
    /// here that is not stored is never replaced: its save is refused as
    /// "changed elsewhere", and the person chooses which to keep.
    pub fn take_in_stored_change(&self) {
        let Ok(stored) = local::read(&area_key(T::NAME)) else {
            return;
        };
        let verdict = self
            .machine
            .with_value(|machine| machine.other_tab_stored(stored.as_deref()));
        if verdict != OtherTab::TakeIn {
            return;
        }
        self.open_and_take_in(stored, false);
    }

    /// "Use the other tab's version": replaces this page's change with what
    /// is stored now.
    pub fn use_stored_version(&self) {
        if let Ok(stored) = local::read(&area_key(T::NAME)) {
            self.clear_timer();
            self.open_and_take_in(stored, true);
        }
    }

    /// "Keep what is on this page": saves it over what another tab stored,
    /// as a newer revision. Stored data that cannot be opened is kept.
    pub fn keep_this_version(&self) {
        let Ok(stored) = local::read(&area_key(T::NAME)) else {
            return;
        };
        let store = *self;
        leptos::task::spawn_local(async move {
            let Some(text) = stored.clone() else {
                store.step(|machine| machine.keep_local_over(None, 0));
                store.save_now();
                return;
            };
            let opened = match lock::data_key() {
                Some(key) if is_locked_area(&text) => {
                    lock::open_area(&key, T::NAME, &text).await.ok()
                }
                _ => Some(text.clone()),
            };
            match opened.as_deref().map(|plain| decode::<T>(T::NAME, plain)) {
                Some(Ok(envelope)) => {
                    store.step(|machine| machine.keep_local_over(stored, envelope.revision));
                    store.save_now();
                }
                // What the other tab stored cannot be read: it is kept as
                // it is, and the recovery view says so and offers it.
                Some(Err(reason)) => store.unreadable.set(Some(reason)),
                None => store.unreadable.set(Some(Unreadable::CannotDecrypt)),
            }
        });
    }

    /// Opens (decrypts, with the lock on) and takes in `stored`; unless
    /// `at_the_persons_word`, only if nothing changed here meanwhile.
    fn open_and_take_in(&self, stored: Option<String>, at_the_persons_word: bool) {
        let ticket = self.machine.with_value(|m| m.begin_take_in(stored.clone()));
        match (lock::data_key(), stored) {
            (Some(key), Some(text)) if is_locked_area(&text) => {
                let store = *self;
                leptos::task::spawn_local(async move {
                    let opened = lock::open_area(&key, T::NAME, &text).await;
                    let stored_now = local::read(&area_key(T::NAME)).ok().flatten();
                    let still_current = store
                        .machine
                        .with_value(|m| m.may_take_in(&ticket, stored_now.as_deref()));
                    if !at_the_persons_word && !still_current {
                        return;
                    }
                    match opened {
                        Ok(plain) => store.take_in(Some(text), Some(plain)),
                        Err(_) => store.unreadable.set(Some(Unreadable::CannotDecrypt)),
                    }
                });
            }
            (_, stored) => self.take_in(stored.clone(), stored),
        }
    }

    fn take_in(&self, stored: Option<String>, plain: Option<String>) {
        match plain
            .as_deref()
            .map(|text| decode::<T>(T::NAME, text))
            .transpose()
        {
            Ok(envelope) => {
                let (data, revision) = envelope.map_or((T::default(), 0), |e| (e.data, e.revision));
                self.clear_timer();
                self.step(|machine| machine.took_in(stored, revision));
                self.unreadable.set(None);
                self.data.set(data);
            }
            Err(reason) => self.unreadable.set(Some(reason)),
        }
    }

    /// Whether a change on this page is not stored (yet): a failed save, one
    /// waiting for its delay, or an encrypted one still under way.
    pub fn has_unsaved_change(&self) -> bool {
        self.machine.with_value(SaveMachine::is_unsaved)
    }

    /// Whether a save of this area is waiting or, encrypted, under way.
    pub fn is_saving(&self) -> bool {
        matches!(
            self.machine.with_value(SaveMachine::state),
            SaveState::Waiting | SaveState::Saving
        )
    }

    /// The stored text exactly as it is, for the recovery download.
    pub fn stored_text(&self) -> Option<String> {
        local::read(&area_key(T::NAME)).ok().flatten()
    }

    pub fn area(&self) -> &'static str {
        T::NAME
    }

    /// The data and save state now, to put back with
    /// [`AreaStore::restore`].
    pub fn snapshot(&self) -> AreaSnapshot<T> {
        AreaSnapshot {
            data: self.data.get_untracked(),
            machine: self.machine.get_value(),
        }
    }

    /// Puts back what [`AreaStore::snapshot`] saw, on screen and stored
    /// (through the verified write path), superseding any save under way.
    /// A change that was not stored then is saved again.
    pub fn restore(&self, snapshot: AreaSnapshot<T>) -> Result<(), SaveError> {
        self.clear_timer();
        let key = area_key(T::NAME);
        let (known, _) = snapshot.machine.known();
        if local::read(&key)? != known {
            match &known {
                Some(text) => local::write_verified(&key, text)?,
                None => local::remove(&key)?,
            }
        }
        self.step(|machine| machine.restored(&snapshot.machine));
        self.data.set(snapshot.data);
        if self.machine.with_value(SaveMachine::is_waiting) {
            self.schedule_save();
        }
        Ok(())
    }

    /// Deletes the area from the device and starts it afresh on screen.
    pub fn delete(&self) -> Result<(), SaveError> {
        // A save waiting, or still encrypting, must not bring the data back.
        self.clear_timer();
        if let Err(error) = local::remove(&area_key(T::NAME)) {
            // Nothing was deleted: a change still waiting is saved as usual.
            if self.machine.with_value(SaveMachine::is_waiting) {
                self.schedule_save();
            }
            return Err(error);
        }
        self.step(SaveMachine::deleted);
        self.unreadable.set(None);
        self.data.set(T::default());
        Ok(())
    }
}

/// Moves an area's document from an older schema's key to the current one,
/// in the order `migrate.rs` sets out: the old key stays until the new one
/// is written and reads back equal. None when there is nothing to migrate;
/// an error keeps the old key and opens the area as unreadable (so it can
/// be downloaded). (There is only schema 1 so far: nothing to migrate yet.)
fn migrate_older_document(area: &str) -> Option<Result<(), Unreadable>> {
    let exists = |key: &str| matches!(local::read(key), Ok(Some(_)));
    let KeyPlan::Migrate { from_key, to_key } = migrate::plan_keys(area, exists) else {
        return None;
    };
    let old_text = local::read(&from_key).ok().flatten()?;
    let moved = migrate::migrate(area, &old_text)
        .map_err(|error| Unreadable::Invalid(error.to_string()))
        .and_then(|new_text| {
            local::write_verified(&to_key, &new_text)
                .map_err(|_| Unreadable::Invalid("the updated copy could not be saved".into()))?;
            let read_back = local::read(&to_key).ok().flatten();
            if migrate::migrated_copy_reads_back_equal(&new_text, read_back.as_deref()) {
                Ok(())
            } else {
                Err(Unreadable::Invalid(
                    "the updated copy did not read back".into(),
                ))
            }
        });
    if moved.is_ok() {
        // The new key is proven; a failed remove only leaves a stale copy.
        let _ = local::remove(&from_key);
    }
    Some(moved)
}

/// How many bytes the app's data takes in this browser.
pub fn stored_bytes() -> usize {
    let keys: Vec<String> = super::AREAS
        .iter()
        .map(|area| area_key(area))
        .chain([
            LOCK_KEY.to_string(),
            super::language_choice::KEY.to_string(),
        ])
        .collect();
    local::stored_bytes(&keys)
}

/// Asks the browser, once per visit and only after a first real save (not
/// on page load), to keep the app's storage when space runs low.
fn ask_to_persist_once() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    if let Some(manager) = storage_manager() {
        if let Ok(promise) = manager.persist() {
            // The answer is shown on /data (`is_persisted`); nothing to do here.
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = crate::browser::window()?.navigator();
    js_sys::Reflect::has(&navigator, &wasm_bindgen::JsValue::from_str("storage"))
        .unwrap_or(false)
        .then(|| navigator.storage())
}

/// Whether the browser has agreed to keep the data (None: it cannot say).
pub async fn is_persisted() -> Option<bool> {
    let promise = storage_manager()?.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}
