//! The smoke set: what differs between engines, run by `cargo xtask test`
//! in Chromium, Firefox and WebKit (`IPT_BROWSER`; Chromium when unset).
//! Every public route opens with its heading and the crisis link; the map
//! and the journal keep what was entered across a reload. A failure names
//! the engine.

use e2e::browser::{name_the_engine_in_failures, Browser};
use e2e::static_server::StaticServer;
use e2e::{dist_dir, one_page_per_route};
use serde_json::json;

async fn start() -> (StaticServer, Browser) {
    name_the_engine_in_failures();
    (StaticServer::start(dist_dir()), Browser::start().await)
}

#[tokio::test]
async fn every_public_route_opens_with_its_heading_and_the_crisis_link() {
    let (server, browser) = start().await;
    let pages = one_page_per_route();
    assert!(pages.len() >= 11, "{pages:?}");
    for (path, expected_h1) in &pages {
        browser.goto(&server.url(path)).await;
        browser.wait_for_h1(expected_h1).await;
        assert_eq!(browser.count("h1").await, 1, "{path}: exactly one h1");
        let help_link = browser.text_of("header a.get-help").await;
        assert_eq!(help_link, "Get help now", "{path}: the crisis link");
    }
    browser.close().await;
}

#[tokio::test]
async fn a_person_added_to_the_map_is_there_after_a_reload() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_stored("ipt.v1.map", "\"Ann\"").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("relationship map").await;
    browser.wait_for_text(".map-key, main", "Ann").await;
    browser.close().await;
}

#[tokio::test]
async fn a_mood_entered_in_the_journal_is_there_after_a_reload() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.type_into("#journal-mood", "6").await;
    browser
        .wait_for_script(
            "const t = localStorage.getItem('ipt.v1.journal');
             return !!t && Object.values(JSON.parse(t).data.entries).some(e => e.mood === 6);",
            |done| *done == json!(true),
        )
        .await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Weekly journal").await;
    browser
        .wait_for_script(
            "const m = document.getElementById('journal-mood'); return m ? m.value : null;",
            |value| *value == json!("6"),
        )
        .await;
    browser.close().await;
}
