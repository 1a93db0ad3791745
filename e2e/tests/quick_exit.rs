//! "Exit this page": one press, or Shift three times, and the app is gone,
//! and Back does not bring the app back (that what was typed is stored
//! first is in the smoke set, `smoke.rs`, in every engine). The
//! neutral site's name resolves to nothing here (no request leaves this
//! machine), so the browser shows its own error page in its place.

use std::time::Duration;

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::json;

/// Chromium with every host but this machine resolving to nothing.
async fn offline_world_browser() -> Browser {
    Browser::start_with_args(&["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]).await
}

/// Waits until the tab shows something that is not the app's origin.
async fn wait_until_gone(browser: &Browser, server: &StaticServer) -> String {
    browser.wait_until_away_from(&server.url("/")).await
}

#[tokio::test]
async fn one_press_leaves_every_kind_of_page_and_back_does_not_return() {
    let server = StaticServer::start(dist_dir());
    let browser = offline_world_browser().await;
    for (route, link, heading) in [
        ("/", "header a.app-name", ""),
        ("/learn/grief", "main a[href='/learn/grief']", "Grief"),
        ("/map", "header a[href='/map']", "Your relationship map"),
        ("/journal", "header a[href='/journal']", "Weekly journal"),
        ("/help", "header a.get-help", "Get help now"),
    ] {
        // Arrive on /learn first and go on inside the app, so that Back has
        // an app page to return to.
        browser.goto(&server.url("/learn")).await;
        browser.wait_for_h1("Learn").await;
        browser.click(link).await;
        browser.wait_for_h1(heading).await;
        browser.click("a.quick-exit").await;
        let left_to = wait_until_gone(&browser, &server).await;
        browser.client.back().await.unwrap();
        // Back reaches the app's /learn entry, which leaves again at once.
        let after_back = wait_until_gone(&browser, &server).await;
        assert!(
            !after_back.contains("127.0.0.1"),
            "{route}: Back showed the app ({after_back}); first left to {left_to}"
        );
    }
    browser.close().await;
}

fn shift_presses(count: usize) -> KeyActions {
    let mut actions = KeyActions::new("keyboard".to_string());
    for _ in 0..count {
        actions = actions
            .then(KeyAction::Down {
                value: Key::Shift.into(),
            })
            .then(KeyAction::Up {
                value: Key::Shift.into(),
            });
    }
    actions
}

#[tokio::test]
async fn shift_three_times_leaves_but_typing_capitals_does_not() {
    let server = StaticServer::start(dist_dir());
    let browser = offline_world_browser().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    // Capitals typed with Shift, and Shift pressed twice: still here.
    browser
        .type_into("#journal-note", "Met Ann And Bo At The Park")
        .await;
    browser
        .client
        .perform_actions(shift_presses(2))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(
        browser.script("return location.pathname;").await,
        json!("/journal")
    );
    browser
        .client
        .perform_actions(shift_presses(3))
        .await
        .unwrap();
    wait_until_gone(&browser, &server).await;
    browser.close().await;
}

#[tokio::test]
async fn the_unlock_screen_has_the_exit_too() {
    let server = StaticServer::start(dist_dir());
    let browser = offline_world_browser().await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    // A lock record is enough for the unlock screen to show.
    browser
        .store(
            "ipt.v1.lock",
            r#"{"format":"ipt-companion-lock","version":1}"#,
        )
        .await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Locked").await;
    browser.click("a.quick-exit").await;
    wait_until_gone(&browser, &server).await;
    browser.close().await;
}
