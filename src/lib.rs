//! IPT Companion. Modules in reading order: what the app knows (content,
//! routes, model), then how it stores it, then what it shows.

// Natively the views keep their full types (the wasm erases them into
// `AnyView` with `--cfg erase_components`, .cargo/config.toml), and the map
// page's type is deeper than rustc's default limit of 128 allows.
#![recursion_limit = "256"]

pub mod content;
pub mod model;
pub mod routes;
pub mod storage;

// The one switch between the browser and a native render.
pub mod browser;

mod app;
mod auto_lock;
pub mod clock;
pub mod components;
pub mod hosting;
mod offline;
pub mod pages;
mod split_slot;
pub mod stores;
pub mod takeover;

pub use app::{App, Root};

// The app rendered natively to HTML, with Leptos' server rendering.
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
