//! Each file a page needs is downloaded once on a first visit, in whichever
//! engine `IPT_BROWSER` names (`cargo xtask test` runs this file in
//! Chromium, Firefox and WebKit): counted at the server, with a fresh
//! profile, until the app has started; and no wasm file twice until the
//! service worker has cached the site. (WebKit's service worker fetches
//! the JS and CSS again, from a host that, like this one, says `no-cache`:
//! its precache does not use what the page loaded.) It prints each route's first-load bytes (until the app has
//! started), which `cargo xtask bench` reports per engine.
//!
//! The pages used to preload their wasm with `<link rel=preload as=fetch>`,
//! which WebKit never reused and Firefox not for a fetch with `integrity`:
//! both downloaded the wasm twice (see `xtask/src/split.rs`,
//! `starter_script`).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use e2e::browser::{name_the_engine_in_failures, Browser, Engine};
use e2e::dist_dir;
use e2e::static_server::{Response, StaticServer};
use serde_json::json;

/// A shared module link (main wasm only) and a split page (main wasm and
/// its chunks).
const ROUTES: [&str; 2] = ["/learn/grief", "/journal"];

/// Files the page itself needs: not the icons and the manifest, which a
/// browser fetches on its own schedule.
fn needed_by_the_page(path: &str) -> bool {
    !path.starts_with("/icons/") && path != "/favicon.ico" && path != "/manifest.webmanifest"
}

/// The files of `responses` downloaded more than once that `counts`.
fn twice(responses: &[Response], counts: impl Fn(&str) -> bool) -> Vec<String> {
    downloads(responses)
        .into_iter()
        .filter(|(path, count)| *count > 1 && counts(path))
        .map(|(path, count)| format!("{path} ({count} times)"))
        .collect()
}

/// Downloads (status 200) per path.
fn downloads(responses: &[Response]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for response in responses.iter().filter(|r| r.status == 200) {
        *counts.entry(response.path.as_str()).or_default() += 1;
    }
    counts
}

/// The files the built page of `route` loads: itself, its stylesheets and
/// module preloads, and the wasm its first inline script starts fetching.
fn page_files(route: &str) -> Vec<String> {
    let html = std::fs::read_to_string(
        dist_dir()
            .join(route.trim_start_matches('/'))
            .join("index.html"),
    )
    .expect("the route's page");
    let mut files = vec![route.to_string()];
    for tag in html.split("<link").skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if tag.contains("stylesheet") || tag.contains("modulepreload") {
            let href = tag.split("href=").nth(1).unwrap_or_default();
            let href = href.trim_start_matches('"');
            let end = href.find(['"', ' ', '>']).unwrap_or(href.len());
            files.push(href[..end].to_string());
        }
    }
    let start = html.find("<script>").expect("the starter script");
    let script = &html[start..start + html[start..].find("</script>").unwrap_or(0)];
    for part in script.split("[\"").skip(1) {
        if let Some((url, _)) = part.split_once('"') {
            files.push(url.to_string());
        }
    }
    files.sort();
    files.dedup();
    files
}

async fn first_visit(route: &str) {
    name_the_engine_in_failures();
    let engine = Engine::from_env().name();
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url(route)).await;
    browser.h1_text().await;
    let started = server.responses();
    let bytes: u64 = started
        .iter()
        .filter(|r| r.status == 200)
        .map(|r| r.bytes)
        .sum();
    // The page's own files, every time they were downloaded (the service
    // worker's precache may have begun by then: `all` counts it too).
    let own = page_files(route);
    let page: u64 = started
        .iter()
        .filter(|r| r.status == 200 && own.contains(&r.path))
        .map(|r| r.bytes)
        .sum();
    let files = downloads(&started).len();
    println!(
        "first load {engine} {route}: page {page} bytes ({} files), all {bytes} bytes in {files} files",
        own.len()
    );
    // Known and left open: WebKitGTK's service worker, which may begin its
    // precache before the app has drawn its heading, downloads the JS and
    // CSS again (not the wasm) although the host sends an ETag; so in
    // WebKit only the wasm and the pages are counted here.
    let webkit_worker = |path: &str| {
        Engine::from_env() == Engine::WebKit && (path.ends_with(".js") || path.ends_with(".css"))
    };
    let page_twice = twice(&started, |path| {
        needed_by_the_page(path) && !webkit_worker(path)
    });
    assert!(
        page_twice.is_empty(),
        "{engine}: a first visit to {route} downloaded files twice: {page_twice:#?}"
    );

    // Then until the service worker has cached every file (it may take
    // them from the HTTP cache or revalidate them: a 304 is no download).
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        let controlled = browser
            .script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")
            .await;
        if controlled == json!(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let wasm_twice = twice(&server.responses(), |path| path.ends_with(".wasm"));
    assert!(
        wasm_twice.is_empty(),
        "{engine}: with its service worker, a first visit to {route} downloaded wasm twice: \
         {wasm_twice:#?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_shared_module_link_downloads_each_file_once() {
    first_visit(ROUTES[0]).await;
}

#[tokio::test]
async fn the_journal_opened_directly_downloads_each_file_once() {
    first_visit(ROUTES[1]).await;
}

#[test]
fn only_successful_responses_count_as_downloads() {
    let response = |path: &str, status| Response {
        path: path.to_string(),
        status,
        bytes: 1,
    };
    let responses = [
        response("/a.wasm", 200),
        response("/a.wasm", 304),
        response("/b.js", 200),
        response("/b.js", 200),
    ];
    let counts = downloads(&responses);
    assert_eq!(counts["/a.wasm"], 1);
    assert_eq!(counts["/b.js"], 2);
    assert!(!needed_by_the_page("/icons/icon.svg"));
}
