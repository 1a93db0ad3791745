//! The framework floor (issue 26): `xtask/bench/floor/`, the smallest app
//! with Leptos' CSR runtime, the router with three routes, leptos_meta and
//! one JSON document in localStorage, built as the app ships. The app's
//! release profile and `.cargo/config.toml` (`erase_components`), then
//! wasm-bindgen at Cargo.lock's version and npm's wasm-opt -Oz, as
//! `split.rs` runs them on the app. `cargo xtask bench` prints every first
//! load beside it.

use std::path::{Path, PathBuf};

use crate::run::{run_step, Step};
use crate::tools::ToolEnv;

/// The fixture's package (its Cargo.toml).
const FLOOR_PACKAGE: &str = "ipt-floor";

pub fn fixture_dir() -> PathBuf {
    crate::root().join("xtask/bench/floor")
}

/// The floor's shipped files: the wasm after wasm-opt and the JS glue.
pub struct FloorFiles {
    pub wasm: PathBuf,
    pub js: PathBuf,
    /// The wasm before wasm-opt, with its names (`composition.rs`).
    pub named: PathBuf,
}

/// Builds the floor into its own target folder (so the app's artifacts are
/// never mixed with it) and returns its files.
pub fn build(env: &ToolEnv) -> Result<FloorFiles, String> {
    let root = crate::root();
    let app_lock = read(&root.join("Cargo.lock"))?;
    let floor_lock = read(&fixture_dir().join("Cargo.lock"))?;
    same_versions(&app_lock, &floor_lock)?;

    let target_dir = env.target_dir.join("bench-floor");
    let manifest = fixture_dir().join("Cargo.toml");
    run_step(
        &Step::cargo(env, "the framework floor (release wasm)")
            .args(["build", "--release", "--locked"])
            .args(["--target", "wasm32-unknown-unknown", "--manifest-path"])
            .args([manifest.as_os_str()])
            .env("CARGO_TARGET_DIR", &target_dir),
    )?;
    let raw = target_dir
        .join("wasm32-unknown-unknown/release")
        .join(format!("{FLOOR_PACKAGE}.wasm"));
    let out_dir = crate::checkout_dir(env, "bench-floor");
    let _ = std::fs::remove_dir_all(&out_dir);
    run_step(
        &Step::with_tool_env(env, "wasm-bindgen (the floor)", "wasm-bindgen").args([
            "--target".as_ref(),
            "web".as_ref(),
            "--no-typescript".as_ref(),
            "--out-name".as_ref(),
            FLOOR_PACKAGE.as_ref(),
            "--out-dir".as_ref(),
            out_dir.as_os_str(),
            raw.as_os_str(),
        ]),
    )?;
    let wasm = out_dir.join(format!("{FLOOR_PACKAGE}_bg.wasm"));
    let bound = std::fs::read(&wasm).map_err(|error| format!("{}: {error}", wasm.display()))?;
    std::fs::write(&wasm, without_link_sections(&bound)?).map_err(|error| error.to_string())?;
    let named = out_dir.join("floor-named.wasm");
    std::fs::copy(&wasm, &named).map_err(|error| error.to_string())?;
    crate::split::optimise(env, &wasm)?;
    Ok(FloorFiles {
        wasm,
        js: out_dir.join(format!("{FLOOR_PACKAGE}.js")),
        named,
    })
}

/// The wasm without the custom sections that `--emit-relocs` (in
/// `.cargo/config.toml`, for the split) adds: `linking` and `reloc.*`.
/// The app's split reads and drops them; in an unsplit module
/// wasm-bindgen and wasm-opt keep them, and they would count as 0.8 MB of
/// the floor that nothing runs.
pub fn without_link_sections(wasm: &[u8]) -> Result<Vec<u8>, String> {
    const HEADER: usize = 8;
    let malformed = || "the floor's wasm is malformed".to_string();
    let leb = |at: &mut usize| -> Result<usize, String> {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = *wasm.get(*at).ok_or_else(malformed)?;
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
            shift += 7;
        }
    };
    let mut kept = wasm.get(..HEADER).ok_or_else(malformed)?.to_vec();
    let mut at = HEADER;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        at += 1;
        let size = leb(&mut at)?;
        let end = at
            .checked_add(size)
            .filter(|end| *end <= wasm.len())
            .ok_or_else(malformed)?;
        let mut name_at = at;
        let is_link_section = id == 0 && {
            let length = leb(&mut name_at)?;
            let name = wasm.get(name_at..name_at + length).ok_or_else(malformed)?;
            name == b"linking" || name.starts_with(b"reloc.")
        };
        if !is_link_section {
            kept.extend_from_slice(&wasm[start..end]);
        }
        at = end;
    }
    Ok(kept)
}

/// Fails unless every package the floor locks is locked by the app at the
/// same version, so the floor measures the app's own libraries.
pub fn same_versions(app_lock: &str, floor_lock: &str) -> Result<(), String> {
    let app = locked_packages(app_lock);
    let mut differing = Vec::new();
    for (name, version) in locked_packages(floor_lock) {
        if name == FLOOR_PACKAGE {
            continue;
        }
        if !app.contains(&(name.clone(), version.clone())) {
            differing.push(format!("{name} {version}"));
        }
    }
    if differing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "xtask/bench/floor/Cargo.lock has versions the app's Cargo.lock does not: {} \
             (copy the app's Cargo.lock there and build the floor once to prune it)",
            differing.join(", ")
        ))
    }
}

/// `(name, version)` of every package in a Cargo.lock.
fn locked_packages(lock: &str) -> Vec<(String, String)> {
    let mut packages = Vec::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(value) = quoted_value(line, "name") {
            name = Some(value);
        } else if let Some(version) = quoted_value(line, "version") {
            if let Some(name) = name.take() {
                packages.push((name, version));
            }
        }
    }
    packages
}

fn quoted_value(line: &str, key: &str) -> Option<String> {
    let value = line.strip_prefix(key)?.trim_start().strip_prefix('=')?;
    Some(
        value
            .trim()
            .strip_prefix('"')?
            .strip_suffix('"')?
            .to_string(),
    )
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP_LOCK: &str =
        "version = 4\n\n[[package]]\nname = \"leptos\"\nversion = \"0.8.23\"\n\n\
                            [[package]]\nname = \"serde\"\nversion = \"1.0.229\"\n";

    #[test]
    fn the_floor_must_lock_the_apps_versions() {
        let floor = "version = 4\n\n[[package]]\nname = \"ipt-floor\"\nversion = \"0.1.0\"\n\n\
                     [[package]]\nname = \"leptos\"\nversion = \"0.8.23\"\n";
        assert_eq!(same_versions(APP_LOCK, floor), Ok(()));
        let newer = floor.replace("0.8.23", "0.8.24");
        let error = same_versions(APP_LOCK, &newer).unwrap_err();
        assert!(error.contains("leptos 0.8.24"), "{error}");
    }

    #[test]
    fn link_sections_are_dropped_and_everything_else_kept() {
        let custom = |name: &str, payload: &[u8]| {
            let mut section = vec![0, (1 + name.len() + payload.len()) as u8, name.len() as u8];
            section.extend_from_slice(name.as_bytes());
            section.extend_from_slice(payload);
            section
        };
        let header = b"\0asm\x01\0\0\0".to_vec();
        let types = vec![1, 4, 1, 0x60, 0, 0];
        let names = custom("name", &[1, 2, 3]);
        let wasm = [
            header.clone(),
            types.clone(),
            custom("linking", &[2, 8, 0]),
            custom("reloc.CODE", &[9, 9]),
            names.clone(),
        ]
        .concat();
        assert_eq!(
            without_link_sections(&wasm).unwrap(),
            [header, types, names].concat()
        );
        assert!(without_link_sections(&wasm[..wasm.len() - 1]).is_err());
    }

    #[test]
    fn the_committed_floor_lock_agrees_with_the_apps() {
        let root = crate::root();
        let app = read(&root.join("Cargo.lock")).unwrap();
        let floor = read(&fixture_dir().join("Cargo.lock")).unwrap();
        assert_eq!(same_versions(&app, &floor), Ok(()));
        assert!(locked_packages(&floor)
            .iter()
            .any(|(name, _)| name == "leptos_router"));
    }
}
