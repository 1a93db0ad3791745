//! IPT Companion. Modules in reading order: what the app knows (content,
//! routes, model), then how it stores it, then what it shows.

pub mod content;
pub mod model;
pub mod routes;
pub mod storage;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod auto_lock;
#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hosting;
#[cfg(target_arch = "wasm32")]
mod offline;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod stores;

#[cfg(target_arch = "wasm32")]
pub use app::{App, Root};
