//! The shape of the code that review keeps asking for: every Rust file says
//! in a `//!` line what it owns, so a reader can find their way by the tree.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_rust_file_starts_by_saying_what_it_owns() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in [
        "src",
        "tests",
        "xtask/src",
        "e2e/src",
        "e2e/tests",
        "e2e/examples",
    ] {
        rust_files(&root.join(folder), &mut files);
    }
    files.push(root.join("build.rs"));
    assert!(files.len() > 100, "found only {} files", files.len());
    let without: Vec<String> = files
        .iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            // The doc line comes first, or after the file's `#![...]`.
            let first = text
                .lines()
                .find(|line| !line.trim().is_empty() && !line.starts_with("#!["));
            !first.is_some_and(|line| line.starts_with("//!"))
        })
        .map(|path| path.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert!(without.is_empty(), "no `//!` line at the top: {without:?}");
}

/// The Rust files under `folder` (relative to the crate), each with its text.
fn sources_under(folder: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(folder), &mut files);
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.strip_prefix(root).unwrap().display().to_string(), text)
        })
        .collect()
}

#[test]
fn nothing_below_the_router_imports_it() {
    // `app.rs` assembles the pages; a page or component that imported it
    // back would tie every file into one import circle through it. What
    // they all need (`href`, the router base) lives in `hosting.rs`.
    let mut importers = Vec::new();
    for folder in [
        "src/components",
        "src/pages",
        "src/content",
        "src/storage",
        "src/model",
    ] {
        importers.extend(sources_under(folder));
    }
    for file in [
        "src/offline.rs",
        "src/stores.rs",
        "src/auto_lock.rs",
        "src/clock.rs",
        "src/hosting.rs",
        "src/routes.rs",
    ] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        importers.push((
            file.to_string(),
            std::fs::read_to_string(root.join(file)).unwrap(),
        ));
    }
    let offenders: Vec<&str> = importers
        .iter()
        .filter(|(_, text)| text.contains("crate::app"))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(offenders.is_empty(), "these import app.rs: {offenders:?}");
}

#[test]
fn the_content_does_not_depend_on_storage() {
    // The words the app shows are pure data over plain types; storage
    // depends on them, never the other way round.
    let offenders: Vec<String> = sources_under("src/content")
        .into_iter()
        .filter(|(_, text)| text.contains("crate::storage"))
        .map(|(path, _)| path)
        .collect();
    assert!(offenders.is_empty(), "these import storage: {offenders:?}");
}
