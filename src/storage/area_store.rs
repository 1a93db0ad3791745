//! One area's document as reactive state: loaded once, saved through the
//! single write path after every burst of changes, never overwriting what
//! it could not read or what another tab wrote since.

use std::time::Duration;

use leptos::prelude::*;

use super::lock::{self, OpenedArea};
use super::lock_format::{is_locked_area, LOCK_KEY};
use super::migrate::{self, KeyPlan};
use super::{area_key, decode, encode, local, Area, SaveError, Unreadable};

/// How long a save waits after the latest change, so that a burst of
/// typing is stored once rather than once per key (a year of journal takes
/// tens of milliseconds to write). Leaving the page, hiding it or leaving a
/// field saves at once ([`AreaStore::save_pending_change`]).
const SAVE_DELAY: Duration = Duration::from_millis(500);

/// The outcome of the latest save, shown by the "not saved" banner.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveStatus {
    #[default]
    Nothing,
    Saved,
    NotSaved(SaveError),
}

pub struct AreaStore<T: Send + Sync + 'static> {
    pub data: RwSignal<T>,
    revision: StoredValue<u64>,
    /// The stored text as this tab last read or wrote it. If the stored
    /// value is anything else, another tab has saved since.
    known_text: StoredValue<Option<String>>,
    /// Set when the stored value could not be read: it is kept untouched.
    pub unreadable: RwSignal<Option<Unreadable>>,
    status: RwSignal<SaveStatus>,
    /// Counts writes and deletes, so a slower encrypted save never lands
    /// after a newer write or a delete (encryption is asynchronous).
    latest_save: StoredValue<u64>,
    /// Encrypted saves still under way: while any is, another tab's change
    /// is not taken in (it would replace what is being saved).
    saving: StoredValue<u32>,
    /// Counts changes made on this page, so a change from another tab that
    /// finished decrypting after a local change is not taken in over it.
    local_changes: StoredValue<u64>,
    /// The save waiting for [`SAVE_DELAY`]: a change is on screen and not
    /// stored yet while this is set.
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
    revision: u64,
    known_text: Option<String>,
}

impl<T: Area> AreaStore<T> {
    /// Reads the area's document; `status` is shared by every area. With the
    /// lock on, `opened` has what unlocking decrypted.
    pub fn load(status: RwSignal<SaveStatus>, opened: Option<&[OpenedArea]>) -> AreaStore<T> {
        let area = T::NAME;
        let (stored, plain) = match opened.and_then(|all| all.iter().find(|o| o.area == area)) {
            Some(opened) => (Ok(opened.stored.clone()), opened.plain.clone()),
            None => {
                let stored = match migrate_older_document(area) {
                    Some(Err(reason)) => {
                        return AreaStore::new(status, None, T::default(), 0, Some(reason))
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
        AreaStore::new(status, stored.ok().flatten(), data, revision, unreadable)
    }

    fn new(
        status: RwSignal<SaveStatus>,
        known_text: Option<String>,
        data: T,
        revision: u64,
        unreadable: Option<Unreadable>,
    ) -> AreaStore<T> {
        AreaStore {
            data: RwSignal::new(data),
            revision: StoredValue::new(revision),
            known_text: StoredValue::new(known_text),
            unreadable: RwSignal::new(unreadable),
            status,
            latest_save: StoredValue::new(0),
            saving: StoredValue::new(0),
            local_changes: StoredValue::new(0),
            pending_save: StoredValue::new(None),
        }
    }

    /// Changes the data on screen, then saves it once no other change has
    /// followed for [`SAVE_DELAY`]. The change stays on screen whether or
    /// not the save works; "saved" is reported only once it is stored.
    /// Returns what `change` returns (a model method's verdict).
    pub fn update<R>(&self, change: impl FnOnce(&mut T) -> R) -> R {
        let result = self
            .data
            .try_update(change)
            .expect("a store lives as long as the app");
        self.local_changes.update_value(|count| *count += 1);
        self.cancel_pending_save();
        let store = *self;
        match set_timeout_with_handle(move || store.save_pending_change(), SAVE_DELAY) {
            Ok(handle) => self.pending_save.set_value(Some(handle)),
            // No timers (no window): save at once.
            Err(_) => self.save_now(),
        }
        result
    }

    /// Saves a change still waiting for its delay, now (the page is being
    /// left or hidden, or a field lost focus). With the lock off it is
    /// stored when this returns; with it on, once encryption is done.
    pub fn save_pending_change(&self) {
        if self.cancel_pending_save() {
            self.save_now();
        }
    }

    /// Whether a change is waiting for its delay before it is saved.
    pub fn has_pending_change(&self) -> bool {
        self.pending_save.with_value(Option::is_some)
    }

    /// Forgets the waiting save (true if there was one).
    fn cancel_pending_save(&self) -> bool {
        match self.pending_save.try_update_value(Option::take).flatten() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }

    fn save_now(&self) {
        match lock::data_key() {
            None => self.report(self.save_plain()),
            Some(key) => {
                let store = *self;
                self.saving.update_value(|count| *count += 1);
                leptos::task::spawn_local(async move {
                    let result = store.save_locked(&key).await;
                    store.saving.update_value(|count| *count -= 1);
                    if let Some(result) = result {
                        store.report(result);
                    }
                });
            }
        }
    }

    /// Saves the data as it is, encrypted or not as the lock now says (for
    /// turning the lock on or off). Done when the future is.
    pub async fn resave(&self) -> Result<(), SaveError> {
        // This save carries any change still waiting.
        self.cancel_pending_save();
        let result = match lock::data_key() {
            None => self.save_plain(),
            Some(key) => self.save_locked(&key).await.unwrap_or(Ok(())),
        };
        self.report(result.clone());
        result
    }

    fn report(&self, result: Result<(), SaveError>) {
        self.status.set(match result {
            Ok(()) => {
                ask_to_persist_once();
                SaveStatus::Saved
            }
            Err(error) => SaveStatus::NotSaved(error),
        });
    }

    /// Takes in a change another tab saved (the `storage` event). A change
    /// this tab could not save is not thrown away: then nothing is taken in,
    /// and the not-saved banner keeps saying why.
    pub fn take_in_stored_change(&self) {
        if self.has_unsaved_change() {
            return;
        }
        let Ok(stored) = local::read(&area_key(T::NAME)) else {
            return;
        };
        if self.known_text.with_value(|known| *known == stored) {
            return;
        }
        match (lock::data_key(), stored) {
            (Some(key), Some(text)) if is_locked_area(&text) => {
                let store = *self;
                let changes_before = self.local_changes.get_value();
                leptos::task::spawn_local(async move {
                    let opened = lock::open_area(&key, T::NAME, &text).await;
                    // Meanwhile a change here, or a newer value stored: let
                    // the save's own check (or the next event) decide.
                    let still_current = !store.has_unsaved_change()
                        && store.local_changes.get_value() == changes_before
                        && local::read(&area_key(T::NAME)).ok().flatten().as_ref() == Some(&text);
                    if !still_current {
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
                self.revision.set_value(revision);
                self.known_text.set_value(stored);
                self.unreadable.set(None);
                self.data.set(data);
            }
            Err(reason) => self.unreadable.set(Some(reason)),
        }
    }

    /// Whether a change on this page is not stored (yet): a failed save, one
    /// waiting for its delay, or an encrypted one still under way. The
    /// status is shared by every area.
    pub fn has_unsaved_change(&self) -> bool {
        self.has_pending_change()
            || self.saving.get_value() > 0
            || matches!(self.status.get_untracked(), SaveStatus::NotSaved(_))
    }

    /// Whether a save of this area is waiting or, encrypted, under way.
    pub fn is_saving(&self) -> bool {
        self.has_pending_change() || self.saving.get_value() > 0
    }

    /// The stored text exactly as it is, for the recovery download.
    pub fn stored_text(&self) -> Option<String> {
        local::read(&area_key(T::NAME)).ok().flatten()
    }

    pub fn area(&self) -> &'static str {
        T::NAME
    }

    /// The data, stored text and revision now, to put back with
    /// [`AreaStore::restore`].
    pub fn snapshot(&self) -> AreaSnapshot<T> {
        AreaSnapshot {
            data: self.data.get_untracked(),
            revision: self.revision.get_value(),
            known_text: self.known_text.get_value(),
        }
    }

    /// Puts back what [`AreaStore::snapshot`] saw, on screen and stored
    /// (through the verified write path), superseding any save under way.
    pub fn restore(&self, snapshot: AreaSnapshot<T>) -> Result<(), SaveError> {
        self.cancel_pending_save();
        self.latest_save.update_value(|count| *count += 1);
        let key = area_key(T::NAME);
        if local::read(&key)? != snapshot.known_text {
            match &snapshot.known_text {
                Some(text) => local::write_verified(&key, text)?,
                None => local::remove(&key)?,
            }
        }
        self.revision.set_value(snapshot.revision);
        self.known_text.set_value(snapshot.known_text);
        self.data.set(snapshot.data);
        // The failed write's banner no longer applies: what is stored is
        // what is on screen again.
        self.status.set(SaveStatus::Nothing);
        Ok(())
    }

    /// Deletes the area from the device and starts it afresh on screen.
    pub fn delete(&self) -> Result<(), SaveError> {
        // A save waiting, or still encrypting, must not bring the data back.
        self.cancel_pending_save();
        self.latest_save.update_value(|count| *count += 1);
        local::remove(&area_key(T::NAME))?;
        self.known_text.set_value(None);
        self.revision.set_value(0);
        self.unreadable.set(None);
        self.data.set(T::default());
        Ok(())
    }

    /// Whether writing now is allowed: the stored value is readable and
    /// still the one this tab knows. A write based on an older revision than
    /// the stored one is refused. (Comparing text is cheaper than parsing
    /// ten years of journal for a number.)
    fn check_writable(&self) -> Result<(), SaveError> {
        if self.unreadable.get_untracked().is_some() {
            return Err(SaveError::KeptUnreadable);
        }
        let stored = local::read(&area_key(T::NAME))?;
        if self.known_text.with_value(|known| *known == stored) {
            Ok(())
        } else {
            Err(SaveError::ChangedElsewhere)
        }
    }

    fn next_document(&self) -> (u64, String) {
        let next_revision = self.revision.get_value() + 1;
        let text = self
            .data
            .with_untracked(|data| encode(T::NAME, next_revision, data));
        (next_revision, text)
    }

    /// Writes through the one verified write path, then remembers what is
    /// stored.
    fn write(&self, revision: u64, stored_text: String) -> Result<(), SaveError> {
        local::write_verified(&area_key(T::NAME), &stored_text)?;
        self.revision.set_value(revision);
        self.known_text.set_value(Some(stored_text));
        Ok(())
    }

    fn save_plain(&self) -> Result<(), SaveError> {
        // Supersedes any encrypted save still under way (turning the lock off).
        self.latest_save.update_value(|count| *count += 1);
        self.check_writable()?;
        let (revision, text) = self.next_document();
        self.write(revision, text)
    }

    /// Encrypts, then writes. None when a newer save started meanwhile: that
    /// one carries this change too, and reports instead.
    async fn save_locked(&self, key: &web_sys::CryptoKey) -> Option<Result<(), SaveError>> {
        // Counted before any check, so an older save never reports over a
        // newer one that failed.
        let this_save = self.latest_save.get_value() + 1;
        self.latest_save.set_value(this_save);
        if let Err(error) = self.check_writable() {
            return Some(Err(error));
        }
        let base = self.known_text.get_value();
        let (revision, plain) = self.next_document();
        let sealed = lock::seal_area(key, T::NAME, &plain).await;
        if self.latest_save.get_value() != this_save {
            return None;
        }
        // The lock was turned off or changed (here or in another tab) while
        // this encrypted: writing would leave ciphertext no key opens.
        if lock::data_key().as_ref() != Some(key) || !lock::lock_is_on() {
            return Some(Err(SaveError::ChangedElsewhere));
        }
        // Another tab's change taken in meanwhile: this save was based on
        // what was stored before it.
        if self.known_text.with_value(|known| *known != base) {
            return Some(Err(SaveError::ChangedElsewhere));
        }
        Some(match sealed {
            Err(_) => Err(SaveError::EncryptFailed),
            // Checked again: another tab may have saved while this encrypted.
            Ok(stored_text) => self
                .check_writable()
                .and_then(|()| self.write(revision, stored_text)),
        })
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
        .chain(std::iter::once(LOCK_KEY.to_string()))
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
    let navigator = web_sys::window()?.navigator();
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
