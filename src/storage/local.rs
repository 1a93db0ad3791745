//! localStorage itself, and the single write path: write, read back,
//! compare. Nothing else in the app calls these.

//!
//! web-sys directly rather than gloo-storage: gloo's `LocalStorage::raw()`
//! throws when storage is disabled (private mode, a blocked site), which
//! would stop the app, where this must show "not saved" and carry on.

use wasm_bindgen::JsCast;

use super::SaveError;

/// Natively (a render to HTML, `crate::browser`) there is no window, so no
/// storage: every area opens empty, as for a first visitor, and nothing is
/// written (Effects and saves do not run there).
fn storage() -> Result<web_sys::Storage, SaveError> {
    let window =
        crate::browser::window().ok_or_else(|| SaveError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(SaveError::Unavailable("no localStorage".into())),
        Err(error) => Err(SaveError::Unavailable(js_error_name(&error))),
    }
}

/// The raw stored text of a key, if any.
pub fn read(key: &str) -> Result<Option<String>, SaveError> {
    storage()?
        .get_item(key)
        .map_err(|error| SaveError::Unavailable(js_error_name(&error)))
}

/// THE write path: write, read back, compare. Only `Ok` means saved.
pub fn write_verified(key: &str, text: &str) -> Result<(), SaveError> {
    let storage = storage()?;
    storage
        .set_item(key, text)
        .map_err(|error| SaveError::Refused(js_error_name(&error)))?;
    match storage.get_item(key) {
        Ok(Some(stored)) if stored == text => Ok(()),
        _ => Err(SaveError::NotReadBack),
    }
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.name()))
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Removes a key (for "delete everything").
pub fn remove(key: &str) -> Result<(), SaveError> {
    storage()?
        .remove_item(key)
        .map_err(|error| SaveError::Refused(js_error_name(&error)))?;
    match read(key)? {
        None => Ok(()),
        Some(_) => Err(SaveError::NotReadBack),
    }
}

/// Roughly how many bytes the app's keys take (browsers store UTF-16).
pub fn stored_bytes(keys: &[String]) -> usize {
    keys.iter()
        .map(|key| {
            let value = read(key)
                .ok()
                .flatten()
                .map_or(0, |text| text.encode_utf16().count());
            (key.encode_utf16().count() + value) * 2
        })
        .sum()
}
