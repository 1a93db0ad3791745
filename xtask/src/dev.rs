//! `cargo xtask serve --dev`: the development loop. An unsplit debug build
//! (no wasm-opt, no split: the lazy routes' code is in the one wasm and
//! loads with it), finished like the release site so every page, the
//! Learn text in the built pages among them, works as shipped; served on
//! its own port, and built again whenever a source file changes.
//!
//! The built pages are rendered by the components compiled into this
//! xtask, so after a change they show the markup of when `serve --dev`
//! started, until the app (rebuilt, current) takes their place a moment
//! later; restart it to render them anew.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::run::{run_step, Step};
use crate::{checkout_dir, root, site, split, tools};

/// The development site's port: not the release site's 8080, whose origin
/// may have a service worker with a cached release in it.
pub const DEV_PORT: &str = "8081";

/// What a change in triggers a rebuild, relative to the repository root.
const WATCHED: &[&str] = &[
    "src",
    "style",
    "public",
    "index.html",
    "build.rs",
    "Cargo.toml",
    "Trunk.toml",
];

/// How often the sources are looked at for a change.
const LOOK_EVERY: Duration = Duration::from_millis(300);

/// The development build's service worker: it caches nothing and removes
/// itself, so each rebuild shows on the next reload (the app registers a
/// worker on every page; the release one would keep serving the old build).
const DEV_SERVICE_WORKER: &str = "// Development build (cargo xtask serve --dev): no offline cache.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', () => self.registration.unregister());
";

/// Builds the development site once (for `cargo xtask test`, which checks
/// that it runs) and returns its folder.
pub fn build_once(env: &tools::ToolEnv) -> Result<PathBuf, String> {
    let dist_dir = checkout_dir(env, "dev-dist");
    build(env, &checkout_dir(env, "dev-build"), &dist_dir)?;
    Ok(dist_dir)
}

pub fn serve_dev() -> Result<(), String> {
    let env = tools::ensure_build_tools(&root())?;
    tools::require_program("node", "Node.js (Debian: apt-get install nodejs npm)")?;
    let build_dir = checkout_dir(&env, "dev-build");
    let dist_dir = checkout_dir(&env, "dev-dist");
    let mut seen = sources_stamp(&root());
    let started = Instant::now();
    build(&env, &build_dir, &dist_dir)?;
    println!(
        "xtask: built the development site in {} s",
        started.elapsed().as_secs()
    );
    let server = std::process::Command::new("node")
        .arg(root().join("xtask/bench/site.mjs"))
        .args(["serve".as_ref(), dist_dir.as_os_str(), DEV_PORT.as_ref()])
        .spawn()
        .map_err(|error| format!("cannot start the server: {error}"))?;
    let _server = crate::StopOnDrop(server);
    println!(
        "\nIPT Companion (development build): http://127.0.0.1:{DEV_PORT}/ \
         (rebuilt on every change; reload the page; Ctrl+C to stop)\n"
    );
    loop {
        std::thread::sleep(LOOK_EVERY);
        let now = sources_stamp(&root());
        if now == seen {
            continue;
        }
        seen = now;
        let started = Instant::now();
        match build(&env, &build_dir, &dist_dir) {
            Ok(()) => println!(
                "xtask: rebuilt in {:.1} s: reload the page",
                started.elapsed().as_secs_f64()
            ),
            // A change that does not compile: say so and wait for the next.
            Err(message) => eprintln!("xtask: the build failed: {message}"),
        }
        // Changes saved during the build start another.
    }
}

/// The wasm target's flags for the development build: the project's own
/// (`.cargo/config.toml`, which this variable replaces) and the function
/// table exported, which [`eager_split_module`]'s loaders call back through.
const DEV_RUSTFLAGS: &str =
    "--cfg erase_components -Clink-args=--emit-relocs -Clink-arg=--export-table";

/// Trunk's debug build, its lazy routes made eager, then the same finishing
/// as the release site, with the development service worker.
fn build(env: &tools::ToolEnv, build_dir: &Path, dist_dir: &Path) -> Result<(), String> {
    run_step(
        &tools::trunk_command(env)
            .args([
                "build",
                "--public-url",
                site::PUBLIC_URL_TOKEN,
                "--dist",
                &build_dir.to_string_lossy(),
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                DEV_RUSTFLAGS,
            ),
    )?;
    make_split_points_eager(env, build_dir)?;
    let report = split::unsplit_site(build_dir)?;
    site::finish(&root(), build_dir, dist_dir, "/", "dev", &report)?;
    std::fs::write(dist_dir.join("sw.js"), DEV_SERVICE_WORKER).map_err(|e| e.to_string())
}

/// The module the wasm's split points import from until the splitter
/// links them to their chunks.
const PLACEHOLDER_MODULE: &str = "__wasm_split_placeholder__";
/// The development build's stand-in for the split loader.
const EAGER_MODULE: &str = "__wasm_split_eager.js";

/// Points the glue's imports of [`PLACEHOLDER_MODULE`] at a small module
/// ([`eager_split_module`]) that runs each lazy route's code from the one
/// wasm: unsplit, the lazy routes load with everything else.
fn make_split_points_eager(env: &tools::ToolEnv, build_dir: &Path) -> Result<(), String> {
    let glue_name = crate::site::list_files(build_dir)?
        .into_iter()
        .find(|name| name.starts_with("ipt-companion-") && name.ends_with(".js"))
        .ok_or("Trunk wrote no glue")?;
    let wasm_name = glue_name.replace(".js", "_bg.wasm");
    // wasm-bindgen again, under Trunk's names, keeping the function table
    // that Trunk's run drops (it cannot be asked to keep it).
    let raw_wasm = env
        .target_dir
        .join("wasm32-unknown-unknown/debug/ipt-companion.wasm");
    run_step(
        &Step::with_tool_env(env, "wasm-bindgen (keeping the table)", "wasm-bindgen").args([
            "--target".as_ref(),
            "web".as_ref(),
            "--keep-lld-exports".as_ref(),
            "--no-typescript".as_ref(),
            "--out-name".as_ref(),
            glue_name.trim_end_matches(".js").as_ref(),
            "--out-dir".as_ref(),
            build_dir.as_os_str(),
            raw_wasm.as_os_str(),
        ]),
    )?;
    let wasm = std::fs::read(build_dir.join(&wasm_name)).map_err(|e| e.to_string())?;
    let module = eager_split_module(&wasm, &glue_name)?;
    std::fs::write(build_dir.join(EAGER_MODULE), module).map_err(|e| e.to_string())?;
    let glue_path = build_dir.join(&glue_name);
    let glue = std::fs::read_to_string(&glue_path).map_err(|e| e.to_string())?;
    let placeholder = format!("from \"{PLACEHOLDER_MODULE}\"");
    if !glue.contains(&placeholder) {
        return Err(format!("{glue_name} does not import {PLACEHOLDER_MODULE}"));
    }
    let glue = glue.replace(&placeholder, &format!("from \"./{EAGER_MODULE}\""));
    std::fs::write(glue_path, glue).map_err(|e| e.to_string())
}

/// The JavaScript of [`EAGER_MODULE`] for `wasm`: each split point's loader
/// reports success at once (asynchronously, as the real loader does), and
/// each call into a split-out function goes to its export in the same wasm.
/// Fails if an import has no export to go to.
fn eager_split_module(wasm: &[u8], glue_name: &str) -> Result<String, String> {
    let mut imports = Vec::new();
    let mut exports = std::collections::BTreeSet::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            wasmparser::Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    if import.module == PLACEHOLDER_MODULE {
                        imports.push(import.name.to_string());
                    }
                }
            }
            wasmparser::Payload::ExportSection(section) => {
                for export in section {
                    exports.insert(export.map_err(|e| e.to_string())?.name.to_string());
                }
            }
            _ => {}
        }
    }
    if !exports.contains("__indirect_function_table") {
        return Err("the development wasm does not export its function table".into());
    }
    let mut module = format!(
        "// Development build only: the lazy routes' code is in the one wasm.\n\
         import {{ initSync }} from \"./{glue_name}\";\n\
         const wasm = () => initSync(undefined, undefined);\n"
    );
    for name in &imports {
        if name.starts_with("__wasm_split_load_") {
            module.push_str(&format!(
                "export function {name}(callback, data) {{\n  \
                 Promise.resolve().then(() => wasm().__indirect_function_table.get(callback)(data, true));\n}}\n"
            ));
        } else {
            let export = name.replacen("_import_", "_export_", 1);
            if !exports.contains(&export) {
                return Err(format!("the development wasm has no {export} for {name}"));
            }
            module.push_str(&format!(
                "export function {name}(...args) {{ return wasm().{export}(...args); }}\n"
            ));
        }
    }
    Ok(module)
}

/// The newest modification time and the number of files under the watched
/// paths: any saved, added or removed file changes it.
fn sources_stamp(root: &Path) -> (Option<SystemTime>, usize) {
    let mut newest = None;
    let mut count = 0;
    let mut pending: Vec<PathBuf> = WATCHED.iter().map(|path| root.join(path)).collect();
    while let Some(path) = pending.pop() {
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                pending.extend(entries.filter_map(Result::ok).map(|entry| entry.path()));
            }
            continue;
        }
        count += 1;
        newest = newest.max(meta.modified().ok());
    }
    (newest, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_or_added_file_changes_the_stamp() {
        let folder = std::env::temp_dir().join(format!("ipt-dev-stamp-{}", std::process::id()));
        let src = folder.join("src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join("a.rs"), "a").unwrap();
        let first = sources_stamp(&folder);
        assert_eq!(first.1, 1);
        std::fs::write(src.join("b.rs"), "b").unwrap();
        let added = sources_stamp(&folder);
        assert_ne!(added, first, "a new file");
        let file = std::fs::File::options()
            .write(true)
            .open(src.join("a.rs"))
            .unwrap();
        file.set_modified(SystemTime::now() + Duration::from_secs(5))
            .unwrap();
        assert_ne!(sources_stamp(&folder), added, "a saved file");
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
