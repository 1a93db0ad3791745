//! The split build: a shared Learn link loads only the main wasm; the map,
//! the journal and the other split pages load their own code when opened,
//! work offline after one visit to any page, and a page whose code cannot
//! be fetched says so with a reload link instead of going blank.

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use serde_json::{json, Value};

/// The wasm files the split build wrote besides the main module.
fn chunk_files() -> Vec<String> {
    let mut chunks: Vec<String> = std::fs::read_dir(dist_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".wasm") && !name.starts_with("ipt-companion-"))
        .collect();
    chunks.sort();
    chunks
}

/// The wasm files the page has fetched so far (file names).
async fn fetched_wasm(browser: &Browser) -> Vec<String> {
    let names = browser
        .script(
            "return performance.getEntriesByType('resource')
                .map(entry => new URL(entry.name).pathname.split('/').pop())
                .filter(name => name.endsWith('.wasm'));",
        )
        .await;
    serde_json::from_value(names).unwrap()
}

/// Follows an in-app link (the router, no page load), as a person would.
async fn follow_link(browser: &Browser, href: &str) {
    browser.click(&format!("header a[href='{href}']")).await;
}

#[test]
fn the_build_split_the_pages_out_of_the_main_wasm() {
    // One file per split route at least (the route table's `split_as`),
    // each listed for the service worker.
    let split_routes = ipt_companion::routes::ROUTES
        .iter()
        .filter(|route| route.split_as.is_some())
        .count();
    let chunks = chunk_files();
    assert!(chunks.len() >= split_routes, "chunks: {chunks:?}");
    let worker = std::fs::read_to_string(dist_dir().join("sw.js")).unwrap();
    for chunk in &chunks {
        assert!(
            worker.contains(&format!("\"{chunk}\"")),
            "sw.js lacks {chunk}"
        );
    }
}

#[tokio::test]
async fn a_learn_link_loads_no_page_code_and_the_map_loads_its_own() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.text_of(".share-button").await;
    let chunks = chunk_files();
    let loaded = fetched_wasm(&browser).await;
    assert_eq!(
        loaded.len(),
        1,
        "only the main wasm on a Learn page: {loaded:?}"
    );
    assert!(loaded[0].starts_with("ipt-companion-"), "{loaded:?}");

    follow_link(&browser, "/map").await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_text(".person-list", "Ann").await;
    let loaded = fetched_wasm(&browser).await;
    let page_chunks: Vec<&String> = loaded.iter().filter(|name| chunks.contains(name)).collect();
    assert!(
        !page_chunks.is_empty(),
        "the map fetched no chunk: {loaded:?}"
    );
    assert!(
        page_chunks.len() < chunks.len(),
        "the map fetched every chunk: {loaded:?}"
    );
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn after_a_first_visit_to_a_learn_link_the_map_and_journal_work_offline() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.wait_for_service_worker().await;
    let urls = (server.url("/map"), server.url("/journal"));
    drop(server);

    // In the app (the router fetches the chunk from the worker's cache)…
    follow_link(&browser, "/map").await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_text(".person-list", "Ann").await;
    follow_link(&browser, "/journal").await;
    browser.wait_for_h1("journal").await;
    browser.type_into("#journal-mood", "6").await;
    assert_eq!(browser.count(".load-failure").await, 0);

    // …and opened directly, as a shared link would be.
    for (url, h1) in [(&urls.0, "relationship map"), (&urls.1, "journal")] {
        browser.goto(url).await;
        browser.wait_for_h1(h1).await;
        assert_eq!(browser.count(".load-failure").await, 0, "{url}");
    }
    assert_eq!(browser.count("#journal-mood").await, 1);
    browser.goto(&urls.0).await;
    browser.wait_for_h1("relationship map").await;
    browser.wait_for_text(".person-list", "Ann").await;
    assert_eq!(browser.count("button.add-person").await, 1);
    browser.close().await;
}

#[tokio::test]
async fn a_page_whose_code_cannot_load_says_so_with_a_reload_link() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // No service worker (it would answer from its cache) and no chunks: as
    // when the connection drops between the first page and the next.
    let mut blocked: Vec<String> = chunk_files()
        .iter()
        .map(|chunk| format!("*{chunk}"))
        .collect();
    blocked.push("*sw.js".to_string());
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": blocked }))
        .await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.text_of(".share-button").await;
    follow_link(&browser, "/map").await;
    let message = browser
        .wait_for_text(".load-failure", "could not load")
        .await;
    assert!(message.contains("Nothing you saved is lost"), "{message}");
    let link: Value = browser
        .script("return document.querySelector('.load-failure a').getAttribute('href');")
        .await;
    assert_eq!(link, json!("/map"));
    assert_eq!(
        browser.count(".load-failure a[href='/help']").await,
        1,
        "the crisis link stays"
    );

    // With the connection back, the link opens the page.
    browser
        .cdp("Network.setBlockedURLs", json!({ "urls": [] }))
        .await;
    browser.click(".load-failure a").await;
    browser.wait_for_h1("relationship map").await;
    assert_eq!(browser.count(".load-failure").await, 0);
    browser.close().await;
}

#[test]
fn a_split_page_starts_fetching_its_chunks_with_their_integrity() {
    use base64::Engine as _;
    use sha2::{Digest, Sha384};
    for page in ["map/index.html", "journal/index.html", "data/index.html"] {
        let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
        // The first inline script lists [url, integrity] pairs; no
        // `<link rel=preload>` (WebKit and Firefox would download twice).
        assert!(!html.contains("rel=preload") && !html.contains("rel=\"preload\""));
        let start = html.find("<script>").expect("the starter script") + "<script>".len();
        let script = &html[start..start + html[start..].find("</script>").unwrap()];
        let pairs: Vec<(&str, &str)> = script
            .split("[\"")
            .skip(1)
            .filter_map(|pair| {
                let (url, rest) = pair.split_once("\",\"")?;
                Some((url, rest.split('"').next()?))
            })
            .collect();
        let chunks = pairs
            .iter()
            .filter(|(url, _)| !url.contains("ipt-companion-"))
            .count();
        assert!(chunks > 0, "{page} starts no chunk: {script}");
        for (url, integrity) in pairs {
            let file = url.trim_start_matches('/');
            let bytes = std::fs::read(dist_dir().join(file)).unwrap();
            let expected = format!(
                "sha384-{}",
                base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&bytes))
            );
            assert_eq!(integrity, expected, "{page}: {file}");
        }
    }
}

#[tokio::test]
async fn opened_directly_the_map_fetches_each_chunk_once() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.text_of("button.add-person").await;
    let loaded = fetched_wasm(&browser).await;
    let mut unique = loaded.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        loaded.len(),
        unique.len(),
        "a chunk fetched twice: {loaded:?}"
    );
    assert!(loaded.len() > 1, "the map's chunks: {loaded:?}");
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}
