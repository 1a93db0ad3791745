//! How a split point's code is fetched, set by the app as it starts.
//!
//! A function marked `#[lazy]` becomes a split point: its code goes into a
//! chunk the page fetches the first time it is called. The component tests
//! link the stores and the components but not the app, and their wasm has
//! no chunks to fetch: a split point they could reach would stop their
//! wasm from loading at all ("Failed to detect test as having been run").
//! So a module keeps a slot, and only `Root` fills it with the function
//! that names the split point; without it, the module does what it does
//! when the code cannot be had.

use std::cell::Cell;

/// Holds the function that starts fetching a split point's code, once the
/// app has set it. `F` is the future it returns.
pub struct SplitSlot<F>(Cell<Option<fn() -> F>>);

impl<F> SplitSlot<F> {
    /// A slot the app has not filled yet (for a `thread_local!`).
    pub const fn empty() -> Self {
        Self(Cell::new(None))
    }

    /// Called by the app as it starts.
    pub fn set(&self, fetch: fn() -> F) {
        self.0.set(Some(fetch));
    }

    /// Starts fetching the code, or `None` when the app has not set how
    /// (the component tests).
    pub fn fetch(&self) -> Option<F> {
        self.0.get().map(|fetch| fetch())
    }
}
