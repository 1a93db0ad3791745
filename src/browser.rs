//! The one switch between the browser and a native render. The components
//! are compiled for both: in the wasm they run in a browser; natively
//! (`src/render.rs`) Leptos renders them to HTML, where a call into
//! web-sys would panic ("cannot call wasm-bindgen imported functions on
//! non-wasm targets") and where the page must be what a first visitor with
//! no data sees. So the app reaches the browser's window through
//! [`window`] only, and code with no window to ask (timers, storage
//! listeners, the service worker, the panic hook) asks [`PRESENT`] first.
//!
//! A constant, not Leptos' `is_browser()`: it folds away in the wasm, which
//! stays byte for byte what it was. When the browser hydrates the server's
//! HTML (issue 25, the next step), its first render must match that HTML,
//! so what differs (stored data) will then wait for an Effect instead.

/// Whether a browser is there: true in the wasm, false natively.
pub const PRESENT: bool = cfg!(target_arch = "wasm32");

/// The browser's window; natively none, so every `window()?` path finds
/// nothing, as in a browser without the API.
pub fn window() -> Option<web_sys::Window> {
    if PRESENT {
        web_sys::window()
    } else {
        None
    }
}
