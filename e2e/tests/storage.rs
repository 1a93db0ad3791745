//! What must never happen to stored data: a full storage reported as saved,
//! a damaged value overwritten, a stale tab writing over a newer one.

use std::time::Duration;

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use serde_json::json;

#[tokio::test]
async fn a_full_storage_shows_the_banner_and_changes_no_stored_byte() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    // A first save worked.
    browser.wait_for_stored("ipt.v1.learn", "grief").await;
    let before = browser.stored("ipt.v1.learn").await;
    // Fill the storage until the browser refuses more.
    let filled = browser
        .script(
            "let size = 256 * 1024, i = 0, name = null;
             while (size >= 1) {
                 try { localStorage.setItem('filler-' + i, 'x'.repeat(size)); i++; }
                 catch (e) { name = e.name; size = Math.floor(size / 2); }
             }
             return name;",
        )
        .await;
    assert_eq!(filled, json!("QuotaExceededError"));
    // An edit that needs more room.
    browser
        .type_into("#exercise-grief-story-good-memories", "Walks by the sea")
        .await;
    let banner = browser.text_of(".save-banner").await;
    assert!(banner.contains("Not saved"), "{banner}");
    assert_eq!(
        browser.stored("ipt.v1.learn").await,
        before,
        "the stored bytes are unchanged"
    );
    // The change stays on screen.
    let typed = browser
        .script("return document.getElementById('exercise-grief-story-good-memories').value;")
        .await;
    assert_eq!(typed, json!("Walks by the sea"));
    browser.close().await;
}

#[tokio::test]
async fn a_damaged_value_opens_the_recovery_view_and_is_never_overwritten() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let damaged = "{\"format\":\"ipt-companion\",\"area\":\"learn\",\"schema\":1,\"revision\":3,\"data\":{\"read\":[\"gri";
    browser.store("ipt.v1.learn", damaged).await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    let view = browser.text_of(".recovery[data-area='learn']").await;
    assert!(
        view.contains("could not be read") && view.contains("kept exactly as it is"),
        "{view}"
    );
    browser.click("button.read-toggle").await;
    let banner = browser.text_of(".save-banner").await;
    assert!(banner.contains("Not saved"), "{banner}");
    assert_eq!(browser.stored("ipt.v1.learn").await, json!(damaged));
    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Grief").await;
    assert_eq!(
        browser.stored("ipt.v1.learn").await,
        json!(damaged),
        "still untouched after a reload"
    );
    let afresh_disabled = browser
        .script("return document.querySelector(\".recovery[data-area='learn'] .recovery-afresh\").disabled;")
        .await;
    assert_eq!(
        afresh_disabled,
        json!(true),
        "starting afresh waits for the download"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_write_based_on_older_data_is_refused() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    // Someone else saves a newer revision without this page hearing of it
    // (a storage event never reaches the tab that wrote, so write here).
    let newer = r#"{"format":"ipt-companion","area":"learn","schema":1,"revision":7,"data":{"read":["evidence"]}}"#;
    browser.store("ipt.v1.learn", newer).await;
    browser.click("button.read-toggle").await;
    let banner = browser.text_of(".save-banner").await;
    assert!(banner.contains("another tab"), "{banner}");
    assert_eq!(
        browser.stored("ipt.v1.learn").await,
        json!(newer),
        "the newer save stays"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_change_saved_in_another_tab_is_picked_up() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn")).await;
    browser.wait_for_h1("Learn").await;
    let first_tab = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap();
    browser
        .client
        .switch_to_window(second.handle)
        .await
        .unwrap();
    browser.goto(&server.url("/learn/evidence")).await;
    browser.wait_for_h1("").await;
    browser.click("button.read-toggle").await;
    browser.client.switch_to_window(first_tab).await.unwrap();
    let badges = Browser::eventually(
        Duration::from_secs(5),
        Duration::from_millis(100),
        async || match browser.count(".module-card .badge").await {
            0 => Err("no module is marked as read".to_string()),
            badges => Ok(badges),
        },
    )
    .await;
    assert_eq!(
        badges, 1,
        "the first tab shows the module read in the second, without a reload"
    );
    // And it can save on top of it.
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    let learn = browser.wait_for_stored("ipt.v1.learn", "grief").await;
    assert!(learn.contains("evidence"), "{learn}");
    browser.close().await;
}
