//! One area's document as reactive state: loaded once, saved through the
//! single write path after every change, never overwriting what it could
//! not read or what another tab wrote since.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{area_key, decode, encode, local, SaveError, Unreadable};

/// The outcome of the latest save, shown by the "not saved" banner.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveStatus {
    #[default]
    Nothing,
    Saved,
    NotSaved(SaveError),
}

pub struct AreaStore<T: Send + Sync + 'static> {
    area: &'static str,
    pub data: RwSignal<T>,
    revision: StoredValue<u64>,
    /// The stored text as this tab last read or wrote it. If the stored
    /// value is anything else, another tab has saved since.
    known_text: StoredValue<Option<String>>,
    /// Set when the stored value could not be read: it is kept untouched.
    pub unreadable: RwSignal<Option<Unreadable>>,
    status: RwSignal<SaveStatus>,
}

impl<T: Send + Sync + 'static> Clone for AreaStore<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for AreaStore<T> {}

impl<T> AreaStore<T>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    /// Reads the area's document; `status` is shared by every area.
    pub fn load(area: &'static str, status: RwSignal<SaveStatus>) -> AreaStore<T> {
        let stored = local::read(&area_key(area));
        let (data, revision, unreadable) = match &stored {
            Ok(Some(text)) => match decode::<T>(area, text) {
                Ok(envelope) => (envelope.data, envelope.revision, None),
                Err(reason) => (T::default(), 0, Some(reason)),
            },
            // Nothing saved yet, or no storage at all: the first save says
            // which.
            Ok(None) | Err(_) => (T::default(), 0, None),
        };
        let known_text = stored.ok().flatten();
        AreaStore {
            area,
            data: RwSignal::new(data),
            revision: StoredValue::new(revision),
            known_text: StoredValue::new(known_text),
            unreadable: RwSignal::new(unreadable),
            status,
        }
    }

    /// Changes the data on screen, then saves it. The change stays on
    /// screen whether or not the save works.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        self.data.update(change);
        self.status.set(match self.save() {
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
        if matches!(self.status.get_untracked(), SaveStatus::NotSaved(_)) {
            return;
        }
        let Ok(stored) = local::read(&area_key(self.area)) else {
            return;
        };
        if self.known_text.with_value(|known| *known == stored) {
            return;
        }
        match stored
            .as_deref()
            .map(|text| decode::<T>(self.area, text))
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

    /// The stored text exactly as it is, for the recovery download.
    pub fn stored_text(&self) -> Option<String> {
        local::read(&area_key(self.area)).ok().flatten()
    }

    pub fn area(&self) -> &'static str {
        self.area
    }

    /// Deletes the area from the device and starts it afresh on screen.
    pub fn delete(&self) -> Result<(), SaveError> {
        local::remove(&area_key(self.area))?;
        self.known_text.set_value(None);
        self.revision.set_value(0);
        self.unreadable.set(None);
        self.data.set(T::default());
        Ok(())
    }

    fn save(&self) -> Result<(), SaveError> {
        if self.unreadable.get_untracked().is_some() {
            return Err(SaveError::KeptUnreadable);
        }
        let key = area_key(self.area);
        // A write based on an older revision than the stored one is refused:
        // the stored text must still be the one this tab knows. (Comparing
        // text is cheaper than parsing ten years of journal for a number.)
        let stored = local::read(&key)?;
        let unchanged = self.known_text.with_value(|known| *known == stored);
        if !unchanged {
            return Err(SaveError::ChangedElsewhere);
        }
        let next_revision = self.revision.get_value() + 1;
        let text = self
            .data
            .with_untracked(|data| encode(self.area, next_revision, data));
        local::write_verified(&key, &text)?;
        self.revision.set_value(next_revision);
        self.known_text.set_value(Some(text));
        Ok(())
    }
}

/// How many bytes the app's data takes in this browser.
pub fn stored_bytes() -> usize {
    let keys: Vec<String> = super::AREAS.iter().map(|area| area_key(area)).collect();
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
