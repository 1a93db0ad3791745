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
