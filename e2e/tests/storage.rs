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
    let (first_tab, _) = browser
        .open_second_tab(&server.url("/learn/evidence"))
        .await;
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

/// A stored map whose document is large (a long note), so that with the
/// storage nearly full its save fails while a small area's still works.
fn large_map_document() -> String {
    let note = "A long note about Ann. ".repeat(2_000);
    json!({
        "format": "ipt-companion", "area": "map", "schema": 1, "revision": 4,
        "data": {"people": [{
            "id": 0, "name": "Ann", "relationship": "friend", "ring": "close",
            "angle": 0.0, "contact_frequency": "", "support": 0, "conflict": 0,
            "good": note, "hard": "", "my_expectations": "", "their_expectations": "",
            "change": "", "problem_area": null, "dispute_stage": null
        }]}
    })
    .to_string()
}

/// Fills localStorage until it refuses more, keeping `spare` characters in
/// an item named `spare` that can be freed later.
async fn fill_storage(browser: &Browser, spare: usize) {
    let filled = browser
        .script(&format!(
            "localStorage.setItem('spare', 'x'.repeat({spare}));
             let size = 256 * 1024, i = 0, name = null;
             while (size >= 1) {{
                 try {{ localStorage.setItem('filler-' + i, 'x'.repeat(size)); i++; }}
                 catch (e) {{ name = e.name; size = Math.floor(size / 2); }}
             }}
             return name;"
        ))
        .await;
    assert_eq!(filled, json!("QuotaExceededError"));
}

#[tokio::test]
async fn another_areas_good_save_leaves_the_maps_failed_save_reported() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let map_before = large_map_document();
    browser.store("ipt.v1.map", &map_before).await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("").await;
    fill_storage(&browser, 8 * 1024).await;
    // The map's save (about 90 KB) cannot fit.
    browser.add_person_with_mouse("Bea").await;
    let banner = browser
        .wait_for_text(".save-banner", "relationship map")
        .await;
    assert!(banner.contains("Not saved"), "{banner}");
    // Room for the settings, not for the map: the colour setting saves.
    browser
        .script("localStorage.removeItem('spare'); return null;")
        .await;
    browser
        .client
        .find(fantoccini::Locator::Css("select#theme"))
        .await
        .unwrap()
        .select_by_value("dark")
        .await
        .unwrap();
    browser.wait_for_stored("ipt.v1.settings", "dark").await;
    // Past the save delay: the map is still reported, by name, and the
    // settings are not (they are stored).
    tokio::time::sleep(Duration::from_millis(900)).await;
    let banner = browser.text_of(".save-banner").await;
    assert!(banner.contains("relationship map"), "{banner}");
    assert_eq!(
        browser.count(".save-banner li").await,
        1,
        "only the map is named: {banner}"
    );
    assert_eq!(browser.stored("ipt.v1.map").await, json!(map_before));
    // Another tab's map change does not replace the unsaved person.
    let other = large_map_document().replace("\"revision\":4", "\"revision\":5");
    let (first_tab, _) = browser.open_second_tab(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    browser.store("ipt.v1.map", &other).await;
    browser.client.close_window().await.unwrap();
    browser.client.switch_to_window(first_tab).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shown = browser
        .script("return document.querySelector('main').textContent.includes('Bea');")
        .await;
    assert_eq!(shown, json!(true), "the unsaved person stays on screen");
    assert!(browser
        .text_of(".save-banner")
        .await
        .contains("relationship map"));
    // Leaving the page now asks first (the unsaved map would be lost).
    let asks = browser
        .script(
            "const event = new Event('beforeunload', {cancelable: true});
             window.dispatchEvent(event);
             return event.defaultPrevented;",
        )
        .await;
    assert_eq!(asks, json!(true));
    browser.close().await;
}

#[tokio::test]
async fn after_another_tabs_save_the_person_chooses_which_version_to_keep() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    browser.wait_for_stored("ipt.v1.learn", "grief").await;
    let newer = r#"{"format":"ipt-companion","area":"learn","schema":1,"revision":7,"data":{"read":["evidence"]}}"#;
    browser.store("ipt.v1.learn", newer).await;
    // Unmark, then mark again: the save is refused, and the page offers
    // the choice.
    browser.click("button.read-toggle").await;
    browser.wait_for_text(".save-banner", "another tab").await;
    browser
        .click(".save-banner [data-area='learn'] [data-choice='keep-mine']")
        .await;
    let stored = Browser::eventually(
        Duration::from_secs(5),
        Duration::from_millis(100),
        async || {
            let text = browser.stored("ipt.v1.learn").await;
            let text = text.as_str().unwrap_or_default().to_string();
            if text.contains("\"revision\":8") {
                Ok(text)
            } else {
                Err(text)
            }
        },
    )
    .await;
    assert!(
        !stored.contains("evidence"),
        "this page's version replaced the other: {stored}"
    );
    assert_eq!(browser.count(".save-banner").await, 0);

    // The other way: the other tab's version is taken in.
    browser.store("ipt.v1.learn", newer).await;
    browser.click("button.read-toggle").await;
    browser.wait_for_text(".save-banner", "another tab").await;
    browser
        .click(".save-banner [data-area='learn'] [data-choice='use-other']")
        .await;
    browser.goto(&server.url("/learn")).await;
    browser.wait_for_h1("Learn").await;
    assert_eq!(browser.stored("ipt.v1.learn").await, json!(newer));
    assert_eq!(browser.count(".save-banner").await, 0);

    // What the other tab left cannot be read: keeping this page's version
    // does not write over it; the recovery view offers it instead.
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    let damaged = "{\"format\":\"ipt-companion\",\"area\":\"learn\",\"schema\":1,\"revision\":9,\"data\":{\"read\":[\"gri";
    browser.store("ipt.v1.learn", damaged).await;
    browser.click("button.read-toggle").await;
    browser.wait_for_text(".save-banner", "another tab").await;
    browser
        .click(".save-banner [data-area='learn'] [data-choice='keep-mine']")
        .await;
    browser.text_of(".recovery[data-area='learn']").await;
    assert_eq!(browser.stored("ipt.v1.learn").await, json!(damaged));
    browser.close().await;
}
