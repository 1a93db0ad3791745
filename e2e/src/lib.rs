//! Helpers for the end-to-end tests: a static server that behaves like a
//! plain static host, and a headless Chromium session through chromedriver.

pub mod axe;
pub mod browser;
pub mod example_data;
pub mod static_server;

use std::path::PathBuf;
use std::time::Duration;

/// The app saves a change once no other has followed for this long
/// (`SAVE_DELAY` in `src/storage/`; `save_delay_matches_the_app` checks
/// the two agree).
pub const SAVE_DELAY: Duration = Duration::from_millis(500);

/// How long a test waits before checking that something did not happen
/// (nothing saved, nothing drawn): past the save delay, with room for the
/// save itself, so a save that should not happen would be seen.
pub const PAST_SAVE_DELAY: Duration = Duration::from_millis(SAVE_DELAY.as_millis() as u64 * 2);

/// The window sizes the issues check a page at (CSS pixels; headless
/// Chromium has no frame, so the window is the page): a small phone and a
/// laptop.
pub const PHONE: (u32, u32) = (360, 740);
pub const LAPTOP: (u32, u32) = (1280, 900);
/// Both sizes, phone first.
pub const SIZES: [(u32, u32); 2] = [PHONE, LAPTOP];
/// The themes a device can ask for (`Browser::set_color_scheme`).
pub const THEMES: [&str; 2] = ["light", "dark"];

/// The Learn modules' slugs, in reading order, from the app's own content
/// (tests/content.rs pins the published ones).
pub fn module_slugs() -> impl Iterator<Item = &'static str> {
    ipt_companion::content::MODULES
        .iter()
        .map(|module| module.slug)
}

/// Every page of the app, from its route table: each route's path, with
/// each Learn module and the self-check.
pub fn every_page() -> Vec<String> {
    ipt_companion::routes::public_pages()
        .into_iter()
        .map(|page| page.path)
        .collect()
}

/// Every page's twin in each other language (`/es/learn/grief`): the same
/// paths under the language's folder.
pub fn every_page_in_other_languages() -> Vec<String> {
    ipt_companion::routes::OTHER_LANGUAGES
        .iter()
        .flat_map(|language| {
            every_page()
                .into_iter()
                .map(move |path| format!("/{language}{path}"))
        })
        .collect()
}

/// A page's path with any other language's folder taken off
/// (`/es/journal` → `/journal`), for what a test does on a page by route.
pub fn without_language(path: &str) -> &str {
    ipt_companion::routes::OTHER_LANGUAGES
        .iter()
        .find_map(|language| {
            path.strip_prefix(&format!("/{language}"))
                .filter(|rest| rest.starts_with('/'))
        })
        .unwrap_or(path)
}

/// The Learn module that stands for them all where a test opens one page
/// of each route.
pub const SAMPLE_MODULE: &str = "/learn/grief";

/// One page of each route in the app's table but the not-found page (the
/// Learn modules stand in by [`SAMPLE_MODULE`]), with the h1 a first
/// visitor sees.
pub fn one_page_per_route() -> Vec<(String, &'static str)> {
    ipt_companion::routes::public_pages()
        .into_iter()
        .filter(|page| {
            page.route.kind != ipt_companion::routes::RouteKind::LearnModule
                || page.path == SAMPLE_MODULE
        })
        .map(|page| (page.path, page.heading))
        .collect()
}

/// The h1 of the not-found page, which any unknown path shows.
pub fn not_found_heading() -> &'static str {
    ipt_companion::routes::not_found_route()
        .heading
        .expect("the not-found page has a heading")
}

/// The built site under test. `cargo xtask test` builds it and sets
/// `IPT_DIST`; a run without it fails with a message saying how to build.
pub fn dist_dir() -> PathBuf {
    built_site("IPT_DIST", concat!(env!("CARGO_MANIFEST_DIR"), "/../dist"))
}

/// The site built with `--public-url` set to [`sub_path`].
pub fn sub_path_dist_dir() -> PathBuf {
    built_site("IPT_DIST_SUB_PATH", "(set by cargo xtask test)")
}

/// A second release of the root build (another build label), for the
/// update test.
pub fn next_dist_dir() -> PathBuf {
    built_site("IPT_DIST_NEXT", "(set by cargo xtask test)")
}

/// The sub-path the second build was made for, like `/ipt-companion/`.
pub fn sub_path() -> String {
    std::env::var("IPT_SUB_PATH").expect("IPT_SUB_PATH is set by `cargo xtask test`")
}

fn built_site(variable: &str, default: &str) -> PathBuf {
    let dir = std::env::var_os(variable)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default));
    assert!(
        dir.join("index.html").is_file() && dir.join("404.html").is_file(),
        "no built site at {}: run `cargo xtask test` (or `cargo xtask dist` first)",
        dir.display()
    );
    dir
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The app's `SAVE_DELAY` in milliseconds, read from its source under
    /// `src/storage/` (the store lives in the wasm build only).
    fn apps_save_delay_millis() -> u64 {
        let storage = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/storage");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(storage).expect("src/storage") {
            let path = entry.expect("a file").path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for line in text.lines() {
                let Some(rest) = line
                    .split("SAVE_DELAY: Duration = Duration::from_millis(")
                    .nth(1)
                else {
                    continue;
                };
                let millis = rest.split(')').next().unwrap_or_default();
                found.push(
                    millis
                        .trim()
                        .parse::<u64>()
                        .expect("a number of milliseconds"),
                );
            }
        }
        assert_eq!(found.len(), 1, "one SAVE_DELAY in src/storage: {found:?}");
        found[0]
    }

    #[test]
    fn save_delay_matches_the_app() {
        assert_eq!(SAVE_DELAY.as_millis() as u64, apps_save_delay_millis());
    }

    #[test]
    fn a_negative_wait_outlasts_the_save_delay() {
        assert!(PAST_SAVE_DELAY > SAVE_DELAY);
    }
}
