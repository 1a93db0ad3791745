//! Splitting the app's wasm by route, between `cargo build` and
//! wasm-bindgen (Trunk 0.21 cannot run a step there; see
//! `../shared/notes/wasm-split.md` for the order the existing tools follow).
//!
//! Trunk builds the site as before: the HTML, the CSS, its loader script
//! and an unsplit wasm with its JS glue. Then [`split_site`] takes the raw
//! wasm that Trunk's `cargo build` left in the target folder (linked with
//! `--emit-relocs`, see `.cargo/config.toml`), cuts every `#[lazy_route]`
//! view out of it, runs wasm-bindgen and wasm-opt on the parts, and puts the
//! split main module and its glue where Trunk's were, under Trunk's names
//! (Trunk's hash comes from the same source, so it still names this build).
//!
//! Integrity: the main glue and wasm keep Trunk's `integrity` attributes,
//! recomputed here. The chunks are fetched by the split loader, which is
//! changed to pass each chunk's SHA-384 to its `fetch`, and the loader is
//! preloaded by a `modulepreload` link with its own `integrity`, so every
//! file the app runs is checked. Chunk and loader names carry a content hash.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha384};

use crate::html;
use crate::run::{run_quietly, run_step, Step};
use crate::tools::ToolEnv;

/// The split loader's name while the hashes are not known yet. It stands in
/// the main wasm's import section, so its replacement must keep its length.
const LINK_PLACEHOLDER: &str = "__wasm_split.______________________.js";
/// How many characters of a hash a file name carries (the placeholder's
/// underscores, so the replacement fits in place).
const NAME_HASH_LENGTH: usize = 22;
/// The binary the site runs (Cargo.toml's `[[bin]]`).
const APP_BINARY: &str = "ipt-companion";

/// What the split wrote, for the build's report and the tests.
pub struct SplitReport {
    /// `(file name, bytes)` of each chunk, in name order.
    pub chunks: Vec<(String, u64)>,
    /// Which chunk files each split point (route) needs.
    pub prefetch_map: BTreeMap<String, Vec<String>>,
    /// The main module's files: glue, wasm and split loader.
    pub main_files: Vec<String>,
    /// Each chunk's subresource integrity, by file name.
    pub chunk_integrity: BTreeMap<String, String>,
    /// The main wasm's file name and integrity.
    pub main_wasm: (String, String),
}

/// The split point of a `#[lazy_route]` type in `src/pages/lazy.rs`:
/// Leptos names its view `__<Type>_View` and its `#[lazy]` turns that into
/// snake case, so `SafetyPlanRoute` is cut at `__safety_plan_route_view`.
fn split_point_of(type_name: &str) -> String {
    let mut snake = String::new();
    for (at, letter) in type_name.char_indices() {
        if letter.is_ascii_uppercase() && at > 0 {
            snake.push('_');
        }
        snake.push(letter.to_ascii_lowercase());
    }
    format!("__{snake}_view")
}

impl SplitReport {
    /// The chunk files a split route needs (its own and the shared ones),
    /// or None for a route that is not split out.
    pub fn chunks_for_route(&self, route: &str) -> Option<&[String]> {
        let split_as = ipt_companion::routes::ROUTES
            .iter()
            .find(|row| row.path == route)?
            .split_as?;
        let split_point = split_point_of(split_as);
        self.prefetch_map
            .iter()
            .find(|(name, _)| name.starts_with(&split_point))
            .map(|(_, chunks)| chunks.as_slice())
    }

    /// The wasm files a page fetches as it starts, with their integrity:
    /// the main module and, on a split route's entry page, its chunks. See
    /// [`starter_script`].
    pub fn started_files(&self, route: Option<&str>) -> Vec<(String, String)> {
        let mut files = vec![self.main_wasm.clone()];
        for chunk in route
            .and_then(|route| self.chunks_for_route(route))
            .unwrap_or_default()
        {
            let integrity = self.chunk_integrity.get(chunk).cloned().unwrap_or_default();
            files.push((chunk.clone(), integrity));
        }
        files
    }
}

/// The global function through which the loaders take a fetch the page has
/// already started (see [`starter_script`]).
const STARTED: &str = "self.__iptStarted";

/// The body of a classic inline script, placed before the stylesheets,
/// that starts fetching `files` (under `public_url`) with their integrity
/// as soon as the page's head is read, and hands each response once to the
/// loader that asks for it: Trunk's for the main wasm, the split loader for
/// a chunk.
///
/// Instead of `<link rel=preload as=fetch>`: measured with a fresh profile,
/// WebKitGTK 2.50 never gives such a preload to a later `fetch()` (it
/// downloads every file twice), Firefox 153 not when the `fetch()` carries
/// `integrity` (the split loader's), and Chromium ignores the preload's
/// `integrity` with a console warning. A fetch started by the page itself
/// is one download in every engine.
pub fn starter_script(files: &[(String, String)], public_url: &str) -> String {
    let list: Vec<String> = files
        .iter()
        .map(|(file, integrity)| format!("[{:?},{integrity:?}]", format!("{public_url}{file}")))
        .collect();
    format!(
        "(()=>{{const s=new Map;for(const[u,i]of[{}]){{const h=new URL(u,location.href).href,\
         p=fetch(h,{{integrity:i}});p.catch(()=>{{}});s.set(h,p)}}\
         {STARTED}=h=>{{const p=s.get(h);s.delete(h);return p}}}})()",
        list.join(",")
    )
}

/// Replaces Trunk's unsplit wasm and glue in `dist` with the split build.
pub fn split_site(env: &ToolEnv, dist: &Path) -> Result<SplitReport, String> {
    let raw_wasm = env
        .target_dir
        .join("wasm32-unknown-unknown/release")
        .join(format!("{APP_BINARY}.wasm"));
    let input = std::fs::read(&raw_wasm)
        .map_err(|error| format!("{}: {error} (did Trunk build it?)", raw_wasm.display()))?;
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    let trunk = TrunkOutput::find(dist, &index)?;

    let work = crate::checkout_dir(env, &crate::of_this_language("wasm-split"));
    let _ = std::fs::remove_dir_all(&work);
    let chunks_dir = work.join("chunks");
    std::fs::create_dir_all(&chunks_dir).map_err(|e| e.to_string())?;
    let main_wasm = work.join("main.wasm");
    let main_module = format!("./{}", trunk.js);
    let link_name = format!("./{LINK_PLACEHOLDER}");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &chunks_dir;
        options.main_out_path = &main_wasm;
        // Relative, as a browser resolves module specifiers.
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .map_err(|error| format!("splitting the wasm: {error:#}"))?;

    // wasm-bindgen on the main part, keeping the exports the chunks link to.
    let bindgen_dir = work.join("bindgen");
    run_step(
        &Step::with_tool_env(env, "wasm-bindgen (split main module)", "wasm-bindgen").args([
            "--target".as_ref(),
            "web".as_ref(),
            "--keep-lld-exports".as_ref(),
            "--no-demangle".as_ref(),
            "--no-typescript".as_ref(),
            "--out-name".as_ref(),
            APP_BINARY.as_ref(),
            "--out-dir".as_ref(),
            bindgen_dir.as_os_str(),
            main_wasm.as_os_str(),
        ]),
    )?;
    if bindgen_dir.join("snippets").exists() {
        return Err("wasm-bindgen wrote snippets/: copy them into the site first".into());
    }

    // The chunks: optimised, named by their content, checked by the loader.
    let mut chunk_names = BTreeMap::new();
    let mut chunk_integrity = BTreeMap::new();
    let mut chunks = Vec::new();
    let bindgen_wasm = bindgen_dir.join(format!("{APP_BINARY}_bg.wasm"));
    // A copy with its names, before wasm-opt strips them, for the
    // benchmark's account of what the main module holds (`composition`).
    std::fs::copy(&bindgen_wasm, work.join(NAMED_MAIN)).map_err(|e| e.to_string())?;
    let named_main = std::fs::read(&bindgen_wasm).map_err(|e| e.to_string())?;
    crate::composition::check_split_out(&input, &named_main)?;
    // The main module first: it is the largest, so it does not end last.
    let mut to_optimise = vec![bindgen_wasm.clone()];
    to_optimise.extend(split.split_modules.iter().cloned());
    optimise_side_by_side(env, &to_optimise)?;
    for path in &split.split_modules {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or("a chunk without a name")?;
        let name = format!("{stem}-{}.wasm", name_hash(&bytes));
        write_bytes(&dist.join(&name), &bytes)?;
        chunk_integrity.insert(name.clone(), integrity(&bytes));
        chunks.push((name.clone(), bytes.len() as u64));
        chunk_names.insert(format!("{stem}.wasm"), name);
    }
    chunks.sort();

    let loader = read(&chunks_dir.join(LINK_PLACEHOLDER))?;
    let loader = checked_loader(&loader, &chunk_names, &chunk_integrity)?;
    let loader_name = format!("__wasm_split-{}.js", name_hash(loader.as_bytes()));
    debug_assert_eq!(loader_name.len(), LINK_PLACEHOLDER.len());
    write(&dist.join(&loader_name), &loader)?;

    // The main module and its glue, naming the loader by its hash.
    let glue = read(&bindgen_dir.join(format!("{APP_BINARY}.js")))?;
    if !glue.contains(LINK_PLACEHOLDER) {
        return Err("the glue does not import the split loader".into());
    }
    let glue = glue.replace(LINK_PLACEHOLDER, &loader_name);
    let wasm = std::fs::read(&bindgen_wasm).map_err(|e| e.to_string())?;
    let wasm = replace_bytes_in_place(&wasm, LINK_PLACEHOLDER, &loader_name)?;
    write(&dist.join(&trunk.js), &glue)?;
    write_bytes(&dist.join(&trunk.wasm), &wasm)?;

    let index = with_integrity(&index, &trunk.js, &integrity(glue.as_bytes()))?;
    let index = with_started_wasm(&index, &trunk.wasm)?;
    let index = with_loader_preload(
        &index,
        &trunk.js,
        &loader_name,
        &integrity(loader.as_bytes()),
    )?;
    write(&index_path, &index)?;

    let prefetch_map = split
        .prefetch_map
        .into_iter()
        .map(|(split_point, files)| {
            let files = files
                .iter()
                .map(|stem| {
                    chunk_names
                        .get(&format!("{stem}.wasm"))
                        .cloned()
                        .unwrap_or_default()
                })
                .collect();
            (split_point, files)
        })
        .collect();
    Ok(SplitReport {
        chunks,
        prefetch_map,
        main_wasm: (trunk.wasm.clone(), integrity(&wasm)),
        main_files: vec![trunk.js, trunk.wasm, loader_name],
        chunk_integrity,
    })
}

/// Readies Trunk's unsplit build in `dist` (the development build) for
/// [`crate::site::finish`]: the page starts the wasm's fetch itself, as the
/// split site's pages do, and every lazy route is reported with no chunks
/// of its own, since its code is in the one wasm and loads with it.
pub fn unsplit_site(dist: &Path) -> Result<SplitReport, String> {
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    let trunk = TrunkOutput::find(dist, &index)?;
    let wasm = std::fs::read(dist.join(&trunk.wasm)).map_err(|e| e.to_string())?;
    // The glue was written again after Trunk (see `dev.rs`): its preload's
    // integrity follows.
    let glue = read(&dist.join(&trunk.js))?;
    let index = with_integrity(&index, &trunk.js, &integrity(glue.as_bytes()))?;
    write(&index_path, &with_started_wasm(&index, &trunk.wasm)?)?;
    let prefetch_map = ipt_companion::routes::ROUTES
        .iter()
        .filter_map(|route| route.split_as)
        .map(|split_as| (split_point_of(split_as), Vec::new()))
        .collect();
    Ok(SplitReport {
        chunks: Vec::new(),
        prefetch_map,
        main_wasm: (trunk.wasm.clone(), integrity(&wasm)),
        main_files: vec![trunk.js, trunk.wasm],
        chunk_integrity: BTreeMap::new(),
    })
}

/// The names Trunk gave the glue and the wasm, read from its loader.
struct TrunkOutput {
    js: String,
    wasm: String,
}

impl TrunkOutput {
    fn find(dist: &Path, index: &str) -> Result<TrunkOutput, String> {
        let named = |suffix: &str| -> Result<String, String> {
            let prefix = format!("{APP_BINARY}-");
            let found: Vec<String> = crate::site::list_files(dist)?
                .into_iter()
                .filter(|file| file.starts_with(&prefix) && file.ends_with(suffix))
                .filter(|file| !file.contains('/'))
                .collect();
            match found.as_slice() {
                [one] if index.contains(one.as_str()) => Ok(one.clone()),
                _ => Err(format!(
                    "expected one {prefix}*{suffix} that index.html loads, found {found:?}"
                )),
            }
        };
        Ok(TrunkOutput {
            js: named(".js")?,
            wasm: named("_bg.wasm")?,
        })
    }
}

/// The split loader, with the chunks' hashed names, and each chunk fetched
/// with its SHA-384 as `integrity`. Fails loudly if the generated code no
/// longer has the shape this relies on (a new wasm_split version).
fn checked_loader(
    loader: &str,
    chunk_names: &BTreeMap<String, String>,
    chunk_integrity: &BTreeMap<String, String>,
) -> Result<String, String> {
    let mut loader = loader.to_string();
    for (plain, hashed) in chunk_names {
        let hash = chunk_integrity
            .get(hashed)
            .ok_or_else(|| format!("no integrity for {hashed}"))?;
        loader = replace_exactly_once(
            &loader,
            &format!("fetch(new URL(\"./{plain}\", import.meta.url))"),
            &format!(
                "({STARTED}?.(new URL(\"./{hashed}\", import.meta.url).href) ?? \
                 fetch(new URL(\"./{hashed}\", import.meta.url), {{ integrity: \"{hash}\" }}))"
            ),
            "the split loader",
        )?;
    }
    if loader.matches("fetch(").count() != chunk_names.len() {
        return Err("the split loader fetches something that is not a chunk".into());
    }
    Ok(loader)
}

/// Sets the `integrity` of the one `<link>` whose `href` names `file`
/// (Trunk writes one per file it links). Through an HTML rewriter, not by
/// string: Trunk's minified HTML leaves attribute values unquoted, and a
/// base64 hash holds `/` and `+`.
fn with_integrity(html: &str, file: &str, hash: &str) -> Result<String, String> {
    let mut changed = 0;
    let html = html::rewrite(html, "link[integrity]", |link| {
        if link
            .get_attribute("href")
            .is_some_and(|href| names(&href, file))
        {
            link.set_attribute("integrity", hash)
                .map_err(|error| error.to_string())?;
            changed += 1;
        }
        Ok(())
    })?;
    match changed {
        1 => Ok(html),
        found => Err(format!(
            "expected one <link> with integrity for {file} in index.html, found {found}"
        )),
    }
}

/// Trunk's `<link rel=preload>` of the main wasm taken out, and its loader
/// given the fetch the page started (see [`starter_script`]), or fetching
/// the file itself when there is none.
fn with_started_wasm(html: &str, wasm: &str) -> Result<String, String> {
    let mut removed = 0;
    let html = html::rewrite(html, "link[rel=preload][href]", |link| {
        if link
            .get_attribute("href")
            .is_some_and(|href| names(&href, wasm))
        {
            link.remove();
            removed += 1;
        }
        Ok(())
    })?;
    if removed != 1 {
        return Err(format!("expected one preload of {wasm}, found {removed}"));
    }
    let mut changed = 0;
    let html = html::rewrite_text(&html, "script[type=module]", |script| {
        let Some(start) = script.find("module_or_path: '") else {
            return Ok(script.to_string());
        };
        let url_start = start + "module_or_path: '".len();
        let url_end = url_start
            + script[url_start..]
                .find('\'')
                .ok_or("an unclosed module_or_path")?;
        let url = &script[url_start..url_end];
        if !names(url, wasm) {
            return Ok(script.to_string());
        }
        changed += 1;
        Ok(format!(
            "{}module_or_path: {STARTED}?.(new URL('{url}', location.href).href) ?? '{url}'{}",
            &script[..start],
            &script[url_end + 1..]
        ))
    })?;
    match changed {
        1 => Ok(html),
        found => Err(format!(
            "expected Trunk's loader to load {wasm} once, found {found}: has its output changed?"
        )),
    }
}

/// Whether a link's `href` is `file` (at any public URL).
fn names(href: &str, file: &str) -> bool {
    href == file || href.ends_with(&format!("/{file}"))
}

/// A `modulepreload` of the split loader beside Trunk's one for the glue
/// (the same attributes, with the loader's `href` and `integrity`), so the
/// loader is fetched early and checked.
fn with_loader_preload(html: &str, glue: &str, loader: &str, hash: &str) -> Result<String, String> {
    let mut added = 0;
    let html = html::rewrite(html, "link[rel=modulepreload][href]", |link| {
        let href = link.get_attribute("href").unwrap_or_default();
        if !names(&href, glue) {
            return Ok(());
        }
        let loader_href = format!("{}{loader}", &href[..href.len() - glue.len()]);
        let attributes: Vec<(String, String)> = html::attributes(link)
            .into_iter()
            .map(|(name, value)| match name.as_str() {
                "href" => (name, loader_href.clone()),
                "integrity" => (name, hash.to_string()),
                _ => (name, value),
            })
            .collect();
        let attributes: Vec<(&str, &str)> = attributes
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        link.after(
            &html::start_tag("link", &attributes),
            html::ContentType::Html,
        );
        added += 1;
        Ok(())
    })?;
    match added {
        1 => Ok(html),
        _ => Err("index.html has no single modulepreload link for the glue".into()),
    }
}

/// Runs [`optimise`] on every file, as many at a time as the machine has
/// cores (one wasm-opt uses one): the split's 46 files took about 2 min one
/// after another on this 2-core machine.
fn optimise_side_by_side(env: &ToolEnv, files: &[PathBuf]) -> Result<(), String> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len());
    println!(
        "\n== wasm-opt: {} files, {workers} at a time ==",
        files.len()
    );
    let next = std::sync::atomic::AtomicUsize::new(0);
    let started = std::time::Instant::now();
    // The time each file took: their sum is what one after another takes.
    let work = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut work = std::time::Duration::ZERO;
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(index) else {
                            return Ok(work);
                        };
                        let file_started = std::time::Instant::now();
                        optimise(env, file)?;
                        work += file_started.elapsed();
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| Err("wasm-opt's thread panicked".into()))
            })
            .sum::<Result<std::time::Duration, String>>()
    })?;
    println!(
        "xtask: wasm-opt took {:.1} s for {:.1} s of work",
        started.elapsed().as_secs_f64(),
        work.as_secs_f64()
    );
    Ok(())
}

/// wasm-opt's flags as Trunk runs it for the release build (size first).
pub const WASM_OPT_FLAGS: [&str; 7] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
];

/// The main module as wasm-bindgen wrote it, names and all, in the split's
/// work folder (see [`split_site`]).
pub const NAMED_MAIN: &str = "main-named.wasm";

/// wasm-opt as Trunk runs it for the release build.
pub fn optimise(env: &ToolEnv, wasm: &Path) -> Result<(), String> {
    run_quietly(
        &Step::with_tool_env(env, "wasm-opt", "wasm-opt")
            .args(WASM_OPT_FLAGS)
            .args([wasm.as_os_str(), "-o".as_ref(), wasm.as_os_str()]),
    )
}

/// Subresource integrity of some bytes.
fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// A file-name-safe content hash of [`NAME_HASH_LENGTH`] characters.
fn name_hash(bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha384::digest(bytes));
    encoded[..NAME_HASH_LENGTH].replace(['-', '_'], "0")
}

pub fn replace_exactly_once(
    text: &str,
    from: &str,
    to: &str,
    what: &str,
) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        count => Err(format!(
            "expected {from:?} once in {what}, found it {count} times: has wasm_split's output changed?"
        )),
    }
}

/// The loader's name inside the main wasm's import section (once per
/// function imported from it): the same number of bytes, so the binary
/// stays valid.
fn replace_bytes_in_place(bytes: &[u8], from: &str, to: &str) -> Result<Vec<u8>, String> {
    assert_eq!(
        from.len(),
        to.len(),
        "an in-place replacement keeps the length"
    );
    let mut out = bytes.to_vec();
    let mut found = 0;
    let mut at = 0;
    while at + from.len() <= out.len() {
        if &out[at..at + from.len()] == from.as_bytes() {
            out[at..at + to.len()].copy_from_slice(to.as_bytes());
            found += 1;
            at += from.len();
        } else {
            at += 1;
        }
    }
    if found == 0 {
        return Err("the main wasm does not import the split loader".into());
    }
    Ok(out)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|error| format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_split_route_is_found_at_the_split_point_leptos_names() {
        // The names the wasm had when each split point was first found.
        assert_eq!(split_point_of("MapRoute"), "__map_route_view");
        assert_eq!(
            split_point_of("SafetyPlanRoute"),
            "__safety_plan_route_view"
        );
        assert_eq!(split_point_of("SelfCheckRoute"), "__self_check_route_view");
        let routes = &ipt_companion::routes::ROUTES;
        let report = SplitReport {
            chunks: Vec::new(),
            prefetch_map: routes
                .iter()
                .filter_map(|route| route.split_as)
                .map(|name| {
                    (
                        format!("{}_1234", split_point_of(name)),
                        vec![name.to_string()],
                    )
                })
                .collect(),
            main_files: Vec::new(),
            chunk_integrity: BTreeMap::new(),
            main_wasm: (String::new(), String::new()),
        };
        for route in routes {
            let chunks = report.chunks_for_route(route.path);
            match route.split_as {
                Some(name) => assert_eq!(chunks, Some([name.to_string()].as_slice())),
                None => assert_eq!(chunks, None, "{}", route.path),
            }
        }
    }

    const TRUNK_INDEX: &str = "<html><head>\
        <link rel=modulepreload href=\"/ipt-companion-abc.js\" crossorigin=anonymous integrity=\"sha384-old-js\">\
        <link rel=preload href=\"/ipt-companion-abc_bg.wasm\" crossorigin=anonymous integrity=\"sha384-old-wasm\" as=fetch type=application/wasm>\
        <link rel=stylesheet href=\"/main-1.css\" integrity=\"sha384-css\">\
        </head></html>";

    #[test]
    fn integrity_is_replaced_on_the_one_tag_of_the_file() {
        let html = with_integrity(TRUNK_INDEX, "ipt-companion-abc.js", "sha384-new").unwrap();
        assert!(
            html.contains(
                "href=\"/ipt-companion-abc.js\" crossorigin=anonymous integrity=\"sha384-new\">"
            ),
            "{html}"
        );
        assert!(html.contains("integrity=\"sha384-old-wasm\""));
        assert!(html.contains("integrity=\"sha384-css\""));
        assert!(with_integrity(TRUNK_INDEX, "missing.js", "x").is_err());
        // A file whose name ends another's is not taken for it.
        assert!(with_integrity(TRUNK_INDEX, "abc.js", "x").is_err());
    }

    #[test]
    fn unquoted_values_with_slashes_are_replaced_whole() {
        // As Trunk's minifier writes them: unquoted, and base64 has `/`.
        let tag = "<link rel=preload href=/a_bg.wasm integrity=sha384-ab/cd+ef/gh== as=fetch>";
        let html = with_integrity(tag, "a_bg.wasm", "sha384-new/one+").unwrap();
        assert_eq!(
            html,
            "<link rel=preload href=/a_bg.wasm integrity=\"sha384-new/one+\" as=fetch>"
        );
    }

    #[test]
    fn the_loader_is_preloaded_with_its_own_integrity() {
        let html = with_loader_preload(
            TRUNK_INDEX,
            "ipt-companion-abc.js",
            "__wasm_split-xyz.js",
            "sha384-loader",
        )
        .unwrap();
        assert!(
            html.contains(
                "<link rel=\"modulepreload\" href=\"/__wasm_split-xyz.js\" crossorigin=\"anonymous\" integrity=\"sha384-loader\">"
            ),
            "{html}"
        );
        // Trunk's own preload is still there, unchanged.
        assert!(html.contains(
            "href=\"/ipt-companion-abc.js\" crossorigin=anonymous integrity=\"sha384-old-js\""
        ));
    }

    #[test]
    fn chunks_are_renamed_and_fetched_with_their_hash() {
        // The shape wasm_split_cli_support 0.2.4 writes.
        let loader = "const __chunk_7 = makeLoad(() => {\n\
            const src = fetch(new URL(\"./chunk_7.wasm\", import.meta.url));\n}, []);\n\
            export const __wasm_split_load_map = wrapAsyncCb(makeLoad(() => {\n\
            const src = fetch(new URL(\"./split_map.wasm\", import.meta.url));\n}, [__chunk_7]));\n";
        let names = BTreeMap::from([
            ("chunk_7.wasm".to_string(), "chunk_7-h1.wasm".to_string()),
            (
                "split_map.wasm".to_string(),
                "split_map-h2.wasm".to_string(),
            ),
        ]);
        let hashes = BTreeMap::from([
            ("chunk_7-h1.wasm".to_string(), "sha384-one".to_string()),
            ("split_map-h2.wasm".to_string(), "sha384-two".to_string()),
        ]);
        let checked = checked_loader(loader, &names, &hashes).unwrap();
        assert!(checked.contains(
            "(self.__iptStarted?.(new URL(\"./chunk_7-h1.wasm\", import.meta.url).href) ?? \
             fetch(new URL(\"./chunk_7-h1.wasm\", import.meta.url), { integrity: \"sha384-one\" }))"
        ));
        assert!(checked.contains(
            "fetch(new URL(\"./split_map-h2.wasm\", import.meta.url), { integrity: \"sha384-two\" })"
        ));
        assert!(!checked.contains("\"./chunk_7.wasm\""));
        // A loader of another shape is refused, not shipped unchecked.
        assert!(checked_loader("fetch(url)", &names, &hashes).is_err());
        let extra = format!("{loader}fetch(\"/elsewhere\");");
        assert!(checked_loader(&extra, &names, &hashes).is_err());
    }

    #[test]
    fn the_main_wasm_is_taken_from_the_started_fetch_and_not_preloaded() {
        let trunk = "<head><script type=module>import init from '/t/a.js';\n\
            const wasm = await init({ module_or_path: '/t/a_bg.wasm' });</script>\
            <link rel=modulepreload href=/t/a.js><link as=fetch crossorigin \
            href=/t/a_bg.wasm integrity=sha384-x/y rel=preload type=application/wasm></head>";
        let html = with_started_wasm(trunk, "a_bg.wasm").unwrap();
        assert_eq!(
            html,
            "<head><script type=module>import init from '/t/a.js';\n\
            const wasm = await init({ module_or_path: \
            self.__iptStarted?.(new URL('/t/a_bg.wasm', location.href).href) ?? '/t/a_bg.wasm' });\
            </script><link rel=modulepreload href=/t/a.js></head>"
        );
        // Trunk's output of another shape is refused.
        assert!(with_started_wasm(trunk, "b_bg.wasm").is_err());
    }

    #[test]
    fn the_starter_fetches_each_file_under_the_public_url_with_its_integrity() {
        let files = [
            ("a_bg.wasm".to_string(), "sha384-a".to_string()),
            ("chunk_1-x.wasm".to_string(), "sha384-b/+".to_string()),
        ];
        let script = starter_script(&files, "/ipt/");
        assert!(script.contains(
            "[[\"/ipt/a_bg.wasm\",\"sha384-a\"],[\"/ipt/chunk_1-x.wasm\",\"sha384-b/+\"]]"
        ));
        assert!(script.contains("fetch(h,{integrity:i})"));
        assert!(script.contains("self.__iptStarted=h=>"));
        assert!(!script.contains("</"));
    }

    #[test]
    fn the_loader_name_is_replaced_in_place() {
        let name = format!("__wasm_split-{}.js", name_hash(b"loader"));
        assert_eq!(name.len(), LINK_PLACEHOLDER.len());
        let mut wasm = b"\0asm-import-".to_vec();
        wasm.extend_from_slice(LINK_PLACEHOLDER.as_bytes());
        wasm.extend_from_slice(b"-second-");
        wasm.extend_from_slice(LINK_PLACEHOLDER.as_bytes());
        let replaced = replace_bytes_in_place(&wasm, LINK_PLACEHOLDER, &name).unwrap();
        assert_eq!(replaced.len(), wasm.len());
        let found = |bytes: &[u8], what: &str| {
            bytes
                .windows(what.len())
                .filter(|w| *w == what.as_bytes())
                .count()
        };
        assert_eq!(found(&replaced, &name), 2);
        assert_eq!(found(&replaced, LINK_PLACEHOLDER), 0);
        assert!(replace_bytes_in_place(b"nothing", LINK_PLACEHOLDER, &name).is_err());
    }

    #[test]
    fn name_hashes_are_file_name_safe_and_change_with_the_content() {
        let a = name_hash(b"a");
        assert_eq!(a.len(), NAME_HASH_LENGTH);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, name_hash(b"b"));
    }

    #[test]
    fn integrity_is_sha384_base64() {
        // SHA-384 of the empty string.
        assert_eq!(
            integrity(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }
}
