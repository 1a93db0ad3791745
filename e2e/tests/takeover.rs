//! The app takes over the page the build wrote with its own components
//! (xtask/src/pages.rs, src/takeover.rs) without a blank frame, without
//! moving anything and without losing content, also on a route whose code
//! is a split chunk fetched over a slow network; and the header a person
//! sees without JavaScript is exactly the one the app draws.

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, one_page_per_route};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Installed before the page's own scripts (CDP): after every change to the
/// document, at the microtask checkpoint and so before the browser could
/// paint it, notes whether `main h1` is there; counts layout shifts; notes
/// each largest contentful paint; keeps `main`'s text as first parsed
/// (DOMContentLoaded, before the wasm runs).
const RECORDER: &str = r#"
window.__takeover = { seen: false, missing: 0, headings: [], shifts: [], parsedText: null, largest: [] };
const note = () => {
  const record = window.__takeover;
  const heading = document.querySelector('main h1');
  if (heading) {
    record.seen = true;
    if (record.headings[record.headings.length - 1] !== heading.textContent) {
      record.headings.push(heading.textContent);
    }
  } else if (record.seen) {
    record.missing += 1;
  }
};
new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__takeover.shifts.push([entry.value, entry.sources.map((s) => [s.node ? (s.node.outerHTML || s.node.textContent).slice(0, 80) : null, JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)])]);
  }
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__takeover.largest.push([entry.size, entry.element ? entry.element.className : null]);
  }
}).observe({ type: 'largest-contentful-paint', buffered: true });
document.addEventListener('DOMContentLoaded', () => {
  note();
  window.__takeover.parsedText = document.querySelector('main').innerText;
});
"#;

/// Opens `path` on a slow network with the recorder in place, and waits
/// until the app has taken over and drawn the route's page.
async fn open_slowly(browser: &Browser, server: &StaticServer, path: &str, heading: &str) {
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": RECORDER }),
        )
        .await;
    // A slow phone network's round trip: the JS, the wasm and then the
    // split chunk each wait for it, well after the page has been painted.
    // (Throughput is left alone: a document trickling in is painted in
    // parts, shifts that are the browser's, not the takeover's.)
    browser.emulate_network(400, -1, -1).await;
    browser.goto(&server.url(path)).await;
    browser.wait_for_h1(heading).await;
    // The split page's own content, drawn by its chunk.
    browser.wait_for_script("return document.querySelector('#app main h1') !== null && document.getElementById('prerendered') === null;", |v| v == &Value::Bool(true)).await;
    // Layout shifts are reported after the frame they happen in.
    browser
        .script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200))));")
        .await;
}

async fn record(browser: &Browser) -> Value {
    browser.script("return window.__takeover;").await
}

fn shifted(record: &Value) -> f64 {
    record["shifts"]
        .as_array()
        .expect("the shifts")
        .iter()
        .map(|shift| shift[0].as_f64().unwrap())
        .sum()
}

/// What every takeover must show: the heading there at every change (and
/// only `heading`), nothing moved, and one largest contentful paint, the
/// built page's (the app's same text, drawn later, is no larger).
fn assert_taken_over_in_place(record: &Value, heading: &str) {
    assert_eq!(record["seen"], true, "{record}");
    assert_eq!(
        record["missing"], 0,
        "the page was without its heading while the app took over: {record}"
    );
    assert_eq!(record["headings"], json!([heading]), "{record}");
    assert_eq!(shifted(record), 0.0, "layout shifts: {record}");
    assert_eq!(record["largest"].as_array().unwrap().len(), 1, "{record}");
}

#[tokio::test]
async fn a_split_route_is_taken_over_without_a_blank_frame_a_shift_or_lost_content() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let heading = "Your relationship map";
    open_slowly(&browser, &server, "/map", heading).await;
    let record = record(&browser).await;
    assert_taken_over_in_place(&record, heading);
    // Nothing lost or added: a first visitor's map reads the same before
    // and after.
    let parsed = record["parsedText"].as_str().expect("the parsed text");
    assert!(parsed.contains("Start your map"), "{parsed}");
    let drawn = browser
        .script("return document.querySelector('main').innerText;")
        .await;
    assert_eq!(drawn.as_str(), Some(parsed));
    // The chunk was fetched (the route is split), after the page showed.
    let chunks = browser
        .script("return performance.getEntriesByType('resource').filter(e => e.name.includes('__wasm_split') || e.name.includes('.wasm')).length;")
        .await;
    assert!(
        chunks.as_u64().unwrap() >= 2,
        "main wasm and a chunk: {chunks}"
    );
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

/// A page drawn around today's date shows its top (heading, lead) and
/// "Opening…" as built; the drawn page replaces what is below the lead, and
/// the footer, below the first screen, moves out of sight only.
#[tokio::test]
async fn a_page_drawn_around_today_keeps_its_heading_in_place() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let heading = "Weekly journal";
    open_slowly(&browser, &server, "/journal", heading).await;
    let record = record(&browser).await;
    assert_taken_over_in_place(&record, heading);
    let parsed = record["parsedText"].as_str().unwrap();
    assert!(parsed.contains("Opening this page"), "{parsed}");
    // The built page has the journal's own lead, its largest text: the
    // drawn page adds nothing larger on the first screen.
    assert_eq!(record["largest"][0][1], "lead", "{record}");
    assert!(
        browser.count("main form, main fieldset").await > 0,
        "the check-in is drawn"
    );
    browser.close().await;
}

/// The header's links (address, words, current page) as shown.
async fn header_links(browser: &Browser) -> Vec<(String, String, String)> {
    let mut links = Vec::new();
    for link in browser
        .client
        .find_all(Locator::Css("header a"))
        .await
        .expect("the header's links")
    {
        links.push((
            link.attr("href").await.unwrap().unwrap_or_default(),
            link.text().await.unwrap(),
            link.attr("aria-current").await.unwrap().unwrap_or_default(),
        ));
    }
    links
}

#[tokio::test]
async fn every_route_has_the_same_header_with_and_without_javascript() {
    let server = StaticServer::start(dist_dir());
    let without = Browser::start_with_args(&["--blink-settings=scriptEnabled=false"]).await;
    let with = Browser::start().await;
    for (path, heading) in one_page_per_route() {
        without.goto(&server.url(&path)).await;
        assert_eq!(without.static_h1_text().await, heading, "{path}");
        let static_header = header_links(&without).await;
        with.goto(&server.url(&path)).await;
        with.wait_for_h1(heading).await;
        let app_header = header_links(&with).await;
        assert_eq!(static_header, app_header, "{path}");
        let crisis = static_header
            .iter()
            .filter(|(href, words, _)| href == "/help" && words == "Get help now")
            .count();
        assert_eq!(crisis, 1, "{path}: {static_header:?}");
        // The whole navigation: the app's name, the same page in Spanish,
        // the crisis link, five sections.
        assert_eq!(static_header.len(), 8, "{path}: {static_header:?}");
        assert!(
            static_header
                .iter()
                .any(|(href, words, _)| *href == format!("/es{path}") && words == "Español"),
            "{path}: {static_header:?}"
        );
    }
    without.close().await;
    with.close().await;
}
