//! Helpers for the end-to-end tests: a static server that behaves like a
//! plain static host, and a headless Chromium session through chromedriver.

pub mod browser;
pub mod static_server;

use std::path::PathBuf;

/// The built site under test. `cargo xtask test` builds it and sets
/// `IPT_DIST`; a run without it fails with a message saying how to build.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("IPT_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../dist")));
    assert!(
        dir.join("index.html").is_file() && dir.join("404.html").is_file(),
        "no built site at {}: run `cargo xtask test` (or `cargo xtask dist` first)",
        dir.display()
    );
    dir
}
