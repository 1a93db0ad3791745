//! The smoke set: what differs between engines, run by `cargo xtask test`
//! in Chromium, Firefox and WebKit (`IPT_BROWSER`; Chromium when unset).
//! Every public route opens with its heading and the crisis link; the map
//! (add, move by keyboard, rename), the journal (mood, note, PHQ-9) and the
//! timeline's form keep what was entered across a reload; the lock (WebCrypto)
//! turns on, refuses a wrong passphrase and opens with the right one; a
//! backup downloads and imports again; a reload works with the server gone
//! (the service worker); the quick exit leaves and keeps what was typed.
//! A failure names the engine.

use e2e::browser::{name_the_engine_in_failures, Browser, Engine};
use e2e::static_server::StaticServer;
use e2e::{dist_dir, one_page_per_route};
use fantoccini::key::Key;
use serde_json::{json, Value};

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
async fn the_map_adds_moves_by_keyboard_renames_and_keeps_it_after_a_reload() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_stored("ipt.v1.map", "\"Ann\"").await;

    // Closer with the arrow key on her marker.
    browser
        .press_key_on(".marker[aria-label^='Ann,']", Key::Up)
        .await;
    browser.wait_for_stored("ipt.v1.map", "\"closest\"").await;

    // Renamed from the list's edit button.
    browser
        .click(".person-list button[aria-label='Edit: Ann']")
        .await;
    browser.select_text("#person-name").await;
    browser.type_into("#person-name", "Annie").await;
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_stored("ipt.v1.map", "\"Annie\"").await;

    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("relationship map").await;
    browser
        .wait_for_script(
            "return [...document.querySelectorAll('.closeness-circle .marker')]
                 .map(m => m.getAttribute('aria-label').split(',')[0]);",
            |names| *names == json!(["Annie"]),
        )
        .await;
    let stored = browser.stored("ipt.v1.map").await;
    let people =
        &serde_json::from_str::<Value>(stored.as_str().unwrap()).unwrap()["data"]["people"];
    assert_eq!(people[0]["ring"], json!("closest"), "{people}");
    browser.close().await;
}

#[tokio::test]
async fn the_journal_keeps_a_mood_a_note_and_a_phq9_after_a_reload() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.type_into("#journal-mood", "6").await;
    browser
        .type_into("#journal-note", "Lunch with Sam, felt lighter")
        .await;
    browser.click("details.phq9 summary").await;
    for item in 0..9 {
        browser.click(&format!("#phq9-item-{item}-1")).await;
    }
    // Item 9 at "Several days" too: the safety panel shows, in every engine.
    let score = browser
        .wait_for_text("#phq9-score", "Score: 9 out of 27")
        .await;
    assert!(score.contains("not a diagnosis"), "{score}");
    browser
        .wait_for_text("section.safety-panel", "do not have to carry this alone")
        .await;
    browser
        .wait_for_stored("ipt.v1.journal", "felt lighter")
        .await;
    browser
        .wait_for_script(
            "const t = localStorage.getItem('ipt.v1.journal');
             const e = t && Object.values(JSON.parse(t).data.entries)[0];
             return !!e && e.mood === 6 && !!e.phq9 && e.phq9.items.every(a => a === 1);",
            |done| *done == json!(true),
        )
        .await;

    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Weekly journal").await;
    browser
        .wait_for_script(
            "const m = document.getElementById('journal-mood');
             const n = document.getElementById('journal-note');
             return m && n ? [m.value, n.value] : null;",
            |values| *values == json!(["6", "Lunch with Sam, felt lighter"]),
        )
        .await;
    // The questionnaire opens with its answers (it may open by itself once
    // it has some).
    browser
        .script("document.querySelector('details.phq9').open = true; return true;")
        .await;
    browser
        .wait_for_text("#phq9-score", "Score: 9 out of 27")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_timeline_form_refuses_an_empty_entry_and_keeps_a_full_one() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/timeline")).await;
    browser.wait_for_h1("Your timeline").await;
    browser
        .click(".timeline-event-form button[type=submit]")
        .await;
    browser
        .wait_for_text("#event-problems", "“When?” is empty")
        .await;
    browser.type_into("#event-when", "2025-01").await;
    browser.type_into("#event-what", "Grandad died").await;
    browser.click("#timeline-kind-death").await;
    browser
        .click(".timeline-event-form button[type=submit]")
        .await;
    browser
        .wait_for_text(".timeline-list.events", "Grandad died")
        .await;
    browser
        .wait_for_stored("ipt.v1.timeline", "Grandad died")
        .await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Your timeline").await;
    browser
        .wait_for_text(".timeline-list.events", "Grandad died")
        .await;
    assert_eq!(
        browser.count(".timeline-drawing .timeline-event").await,
        1,
        "drawn as well as listed"
    );
    browser.close().await;
}

/// Turns the lock on from /data with [`PASSPHRASE`].
async fn turn_the_lock_on(browser: &Browser) {
    browser
        .set_new_passphrase(PASSPHRASE, "button.lock-turn-on")
        .await;
    browser
        .wait_for_text(".lock-message", "The lock is on")
        .await;
}

const PASSPHRASE: &str = "correct horse battery staple";

#[tokio::test]
async fn the_lock_turns_on_refuses_a_wrong_passphrase_and_opens_with_the_right_one() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Zebrafinch").await;
    browser.wait_for_stored("ipt.v1.map", "Zebrafinch").await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    turn_the_lock_on(&browser).await;
    let everything = browser
        .script("return JSON.stringify(Object.assign({}, localStorage));")
        .await;
    assert!(
        !everything.as_str().unwrap().contains("Zebrafinch"),
        "no plain text once locked: {everything}"
    );

    browser.goto(&server.url("/map")).await;
    browser.unlock_with("wrong horse battery staple").await;
    browser
        .wait_for_text("#unlock-failed", "did not open")
        .await;
    assert_eq!(browser.h1_text().await, "Locked with a passphrase");
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("relationship map").await;
    browser.wait_for_text("main", "Zebrafinch").await;
    browser.close().await;
}

#[tokio::test]
async fn a_backup_downloads_and_comes_back_after_deleting_everything() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Sam").await;
    browser.wait_for_stored("ipt.v1.map", "\"Sam\"").await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    // Each engine answers `navigator.storage.persisted()` by its own rules
    // (asked once, after the first save), and WebKitGTK has no
    // `navigator.storage`: what the browser says, or that it says nothing,
    // is shown.
    let kept = browser.wait_for_text(".persisted", "This browser").await;
    println!("{}: {kept}", browser.engine.name());
    let folder = browser.allow_downloads("smoke-backup").await;
    browser.click("button.download-backup").await;
    let file = browser.downloaded_file(&folder, "json").await;
    let backup: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
        .expect("the downloaded backup is JSON");
    assert_eq!(backup["format"], json!("ipt-companion-backup"));
    assert_eq!(backup["areas"]["map"]["people"][0]["name"], json!("Sam"));

    browser.delete_everything().await;
    assert_eq!(browser.stored("ipt.v1.map").await, Value::Null);
    browser.import_backup(&file, "1 person on the map").await;
    browser
        .wait_for_text(".import-status", "The backup is in")
        .await;
    browser.wait_for_stored("ipt.v1.map", "\"Sam\"").await;
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}

#[tokio::test]
async fn after_one_visit_a_reload_with_the_server_gone_shows_the_page() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.wait_for_service_worker().await;
    let help = server.url("/help");
    drop(server);
    // The page reloads itself as the browser's reload button would.
    // (geckodriver's refresh command went to the network with the server
    // gone, here; `location.reload()` is answered by the service worker.)
    browser
        .script("setTimeout(() => location.reload(), 0); return true;")
        .await;
    browser
        .wait_for_script("return document.readyState === 'complete' && performance.getEntriesByType('navigation')[0].type;", |kind| *kind == json!("reload"))
        .await;
    browser.wait_for_h1("Weekly journal").await;
    browser.goto(&help).await;
    browser.wait_for_h1("Get help now").await;
    assert!(
        browser.count(".contact-link[href='tel:988']").await >= 1,
        "the numbers offline"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_quick_exit_leaves_at_once_and_what_was_typed_is_stored() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser
        .type_into("#journal-note", "typed just before leaving")
        .await;
    // At once, inside the save delay. The neutral site's name resolves to
    // nothing on this machine, so the engine shows its own error page.
    // Pressed from a script that returns at once: geckodriver reports a
    // click that ends on an error page as a failed click.
    browser
        .script("setTimeout(() => document.querySelector('a.quick-exit').click(), 0); return true;")
        .await;
    browser.wait_until_away_from(&server.url("/")).await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let journal = browser.stored("ipt.v1.journal").await;
    assert!(
        journal
            .as_str()
            .unwrap_or_default()
            .contains("typed just before leaving"),
        "{journal}"
    );
    browser.close().await;
}

/// Safari on iPhone sends no `beforeunload`, so it shows no leave prompt:
/// with the lock on, a change typed just before the page goes is stored
/// (encrypted) without one.
#[tokio::test]
async fn with_the_lock_on_what_was_typed_just_before_leaving_is_kept_without_a_leave_prompt() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    turn_the_lock_on(&browser).await;
    browser.goto(&server.url("/journal")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Weekly journal").await;
    // As on an iPhone: no `beforeunload` reaches the app.
    browser
        .script(
            "window.addEventListener('beforeunload', e => e.stopImmediatePropagation(), true);
             return true;",
        )
        .await;
    browser
        .type_into("#journal-note", "typed as the tab closed")
        .await;
    // Leaving at once, well inside the save delay.
    browser.goto(&server.url("/learn")).await;
    browser.goto(&server.url("/journal")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Weekly journal").await;
    browser
        .wait_for_script(
            "const n = document.getElementById('journal-note'); return n && n.value;",
            |note| *note == json!("typed as the tab closed"),
        )
        .await;
    browser.close().await;
}

/// Firefox and Safari let letters into a number field and then report it
/// empty (every engine takes "2e" so): the form says the rating is not a
/// number from 0 to 4 and stores nothing, rather than reading it as 0.
#[tokio::test]
async fn a_rating_that_is_not_a_number_is_refused_not_read_as_nought() {
    let (server, browser) = start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.click("button.add-person").await;
    browser.type_into("#person-name", "Kim").await;
    browser.type_into("#person-support", "2e").await;
    browser.click(".person-form button[type=submit]").await;
    browser
        .wait_for_text("#person-support-problem", "0 to 4")
        .await;
    tokio::time::sleep(e2e::PAST_SAVE_DELAY).await;
    assert_eq!(browser.stored("ipt.v1.map").await, Value::Null);

    if browser.engine != Engine::Chromium {
        // Chromium keeps letters out of the field; the others take them.
        browser.select_text("#person-support").await;
        browser.type_into("#person-support", "two").await;
        browser.click(".person-form button[type=submit]").await;
        tokio::time::sleep(e2e::PAST_SAVE_DELAY).await;
        assert_eq!(browser.stored("ipt.v1.map").await, Value::Null);
        let problem = browser.text_of("#person-support-problem").await;
        assert!(problem.contains("0 to 4"), "{problem}");
    }
    browser.select_text("#person-support").await;
    browser.type_into("#person-support", "3").await;
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_stored("ipt.v1.map", "\"Kim\"").await;
    let stored = browser.stored("ipt.v1.map").await;
    let map: Value = serde_json::from_str(stored.as_str().unwrap()).unwrap();
    assert_eq!(map["data"]["people"][0]["support"], json!(3));
    browser.close().await;
}

/// The share button ends with the module's link on screen in every engine
/// (shared, copied, or to copy by hand), also where the page has no
/// clipboard (not a secure context: served over plain http from another
/// machine).
#[tokio::test]
async fn sharing_a_module_ends_with_its_link_on_screen() {
    let (server, browser) = start().await;
    let link = server.url("/learn/grief");
    browser.goto(&link).await;
    browser.wait_for_h1("Grief").await;
    let shown_link = "const url = document.querySelector('.share-status .share-url');
         return url && (url.value || url.textContent);";
    browser.click(".share-button").await;
    browser
        .wait_for_script(shown_link, |shown| *shown == json!(link))
        .await;

    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Grief").await;
    browser
        .script(
            "Object.defineProperty(Navigator.prototype, 'clipboard', {
                 get: () => undefined, configurable: true,
             });
             return true;",
        )
        .await;
    browser.click(".share-button").await;
    browser
        .wait_for_text(".share-status", "Copy this link")
        .await;
    browser
        .wait_for_script(shown_link, |shown| *shown == json!(link))
        .await;
    browser.close().await;
}
