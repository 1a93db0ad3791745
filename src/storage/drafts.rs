//! Half-typed forms that are not data yet (an event being written), kept in
//! this tab's sessionStorage so a reload or a crash of the tab does not
//! lose them. They are not part of the saved data or of backups, and they
//! go when the form is sent or the tab is closed.
//!
//! Best effort by design: if sessionStorage is missing or full, the form
//! still works and only the reload safety net is gone. With the passphrase
//! lock on, no draft is kept: it would be the one readable thing.

use serde::de::DeserializeOwned;
use serde::Serialize;

fn session_storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.session_storage().ok()?
}

fn key(name: &str) -> String {
    format!("ipt.draft.{name}")
}

/// The draft saved under `name`, if any and readable.
pub fn read<T: DeserializeOwned>(name: &str) -> Option<T> {
    if super::lock::lock_is_on() {
        return None;
    }
    let text = session_storage()?.get_item(&key(name)).ok()??;
    serde_json::from_str(&text).ok()
}

/// Keeps `draft` under `name`; an empty draft (the default) removes it.
pub fn keep<T: Serialize + Default + PartialEq>(name: &str, draft: &T) {
    let Some(storage) = session_storage() else {
        return;
    };
    if *draft == T::default() || super::lock::lock_is_on() {
        let _ = storage.remove_item(&key(name));
    } else if let Ok(text) = serde_json::to_string(draft) {
        let _ = storage.set_item(&key(name), &text);
    }
}

/// Removes every draft (when the data is locked).
pub fn clear_all() {
    let Some(storage) = session_storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|stored| stored.starts_with("ipt.draft."))
        .collect();
    for stored in keys {
        let _ = storage.remove_item(&stored);
    }
}
