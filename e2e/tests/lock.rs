//! The passphrase lock, end to end in Chromium's real WebCrypto: nothing
//! readable in storage, a wrong passphrase or a damaged byte refused with
//! the same message and nothing changed, change and turn off, locked
//! backups.

use e2e::axe::{axe_source, run_axe, Findings};
use e2e::browser::{Browser, POLL, SETTLE};
use e2e::static_server::StaticServer;
use e2e::{dist_dir, THEMES};
use ipt_companion::content::crisis_contacts::ABUSE_CONTACTS;
use serde_json::{json, Value};

const SENTINEL: &str = "Zebrafinch-Sentinel-4417";
const PASSPHRASE: &str = "correct horse battery";
const UNLOCK_FAILED: &str = "That passphrase did not open your data";

/// Every localStorage key and value, to show that nothing changed.
async fn all_storage(browser: &Browser) -> Value {
    browser
        .script(
            "const all = {};
             for (const key of Object.keys(localStorage).sort()) all[key] = localStorage.getItem(key);
             return all;",
        )
        .await
}

/// A fresh browser and server, with a person on the map and the lock on.
async fn locked_with_a_person() -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    map_person_then_lock(&browser, &server).await;
    (server, browser)
}

/// A person on the map, then the lock turned on with [`PASSPHRASE`].
async fn map_person_then_lock(browser: &Browser, server: &StaticServer) {
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.add_person_with_mouse(SENTINEL).await;
    browser.wait_for_text("main", SENTINEL).await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser
        .set_new_passphrase(PASSPHRASE, "button.lock-turn-on")
        .await;
    browser
        .wait_for_text(".lock-message", "The lock is on")
        .await;
}

/// axe-core on the page as it is, in the light and the dark theme.
async fn assert_accessible(browser: &Browser, context: &str) {
    let axe = axe_source();
    let mut findings = Findings::default();
    for theme in THEMES {
        browser.set_color_scheme(theme).await;
        findings.add(&format!("{context} {theme}"), &run_axe(browser, &axe).await);
    }
    assert!(findings.is_empty(), "{}", findings.describe());
}

fn storage_text(storage: &Value) -> String {
    storage.to_string()
}

#[tokio::test]
async fn a_locked_store_holds_no_plaintext_and_opens_only_with_the_passphrase() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    // The warning comes before anything is set, and weak input is refused.
    let warning = browser.text_of(".lock-warning").await;
    assert!(warning.contains("cannot be recovered"), "{warning}");
    browser
        .set_new_passphrase("short", "button.lock-turn-on")
        .await;
    browser
        .wait_for_text(".lock-message", "at least 8 characters")
        .await;
    assert_eq!(browser.stored("ipt.v1.lock").await, Value::Null);

    map_person_then_lock(&browser, &server).await;
    let storage = all_storage(&browser).await;
    let text = storage_text(&storage);
    assert!(!text.contains("Zebrafinch"), "plaintext in storage: {text}");
    let record: Value =
        serde_json::from_str(storage["ipt.v1.lock"].as_str().expect("a lock record")).unwrap();
    assert_eq!(record["kdf"]["iterations"], json!(600_000));
    assert_eq!(record["kdf"]["hash"], json!("SHA-256"));
    assert_eq!(
        record["kdf"]["salt"].as_str().unwrap().len(),
        24,
        "16 bytes"
    );
    for area in ["learn", "map", "journal", "settings", "safety-plan"] {
        let stored: Value =
            serde_json::from_str(storage[format!("ipt.v1.{area}")].as_str().unwrap()).unwrap();
        assert_eq!(stored["format"], json!("ipt-companion-locked"), "{area}");
        assert_eq!(stored["iv"].as_str().unwrap().len(), 16, "12-byte IV");
    }

    // Reload: the unlock screen, with crisis lines, and nothing of the map.
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Locked with a passphrase").await;
    assert!(
        browser.count(".contacts .contact").await > 3,
        "crisis lines on the unlock screen"
    );
    assert_eq!(
        browser.count("section.abuse-lines .contact").await,
        ABUSE_CONTACTS.len(),
        "abuse lines on the unlock screen"
    );
    assert_eq!(browser.count(".map-layout").await, 0);

    browser.unlock_with("wrong horse battery").await;
    browser.wait_for_text(".unlock-failed", UNLOCK_FAILED).await;
    assert_eq!(all_storage(&browser).await, storage, "nothing changed");
    assert_accessible(&browser, "the unlock screen with its message").await;

    browser.type_into("#unlock-passphrase", PASSPHRASE).await;
    browser.click("button.unlock-button").await;
    browser.wait_for_h1("Your relationship map").await;
    browser.wait_for_text("main", SENTINEL).await;

    // A change while unlocked is stored encrypted, with a fresh IV.
    let map_before = browser.stored("ipt.v1.map").await;
    browser.add_person_with_mouse("Second-Sentinel").await;
    Browser::eventually(SETTLE, POLL, async || {
        if browser.stored("ipt.v1.map").await == map_before {
            Err("the change was not saved".to_string())
        } else {
            Ok(())
        }
    })
    .await;
    let after: Value =
        serde_json::from_str(browser.stored("ipt.v1.map").await.as_str().unwrap()).unwrap();
    let before: Value = serde_json::from_str(map_before.as_str().unwrap()).unwrap();
    assert_ne!(after["iv"], before["iv"], "a fresh IV per write");
    assert!(!storage_text(&all_storage(&browser).await).contains("Sentinel"));

    // Opening a page anew asks again; "Lock now" closes it again.
    browser.goto(&server.url("/data")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Your data").await;
    assert_accessible(&browser, "/data with the lock on").await;
    browser.click("button.lock-now").await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Your data").await;
    browser.goto(&server.url("/map")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_text("main", "Second-Sentinel").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_flipped_ciphertext_byte_fails_like_a_wrong_passphrase_and_changes_nothing() {
    let (server, browser) = locked_with_a_person().await;
    // Flip one bit of one byte in the middle of the map's ciphertext.
    let flipped = browser
        .script(
            "const stored = JSON.parse(localStorage.getItem('ipt.v1.map'));
             const bytes = Uint8Array.from(atob(stored.ciphertext), c => c.charCodeAt(0));
             bytes[Math.floor(bytes.length / 2)] ^= 1;
             stored.ciphertext = btoa(String.fromCharCode(...bytes));
             localStorage.setItem('ipt.v1.map', JSON.stringify(stored));
             return stored.ciphertext.length > 0;",
        )
        .await;
    assert_eq!(flipped, json!(true));
    let damaged = all_storage(&browser).await;
    browser.goto(&server.url("/map")).await;
    browser.unlock_with("not the passphrase").await;
    let wrong = browser.wait_for_text(".unlock-failed", UNLOCK_FAILED).await;
    browser.client.refresh().await.unwrap();
    browser.unlock_with(PASSPHRASE).await;
    let with_damage = browser.wait_for_text(".unlock-failed", UNLOCK_FAILED).await;
    assert_eq!(with_damage, wrong, "the same generic message");
    assert_eq!(all_storage(&browser).await, damaged, "nothing changed");
    browser.close().await;
}

#[tokio::test]
async fn the_passphrase_changes_and_the_lock_turns_off() {
    let (server, browser) = locked_with_a_person().await;
    let map_before = browser.stored("ipt.v1.map").await;
    // A wrong current passphrase changes nothing.
    browser.type_into("#lock-current", "not it at all").await;
    browser
        .set_new_passphrase("a brand new phrase", "button.lock-change")
        .await;
    browser
        .wait_for_text(".lock-message", "not the current passphrase")
        .await;
    browser.click("#lock-understood").await; // untick for the next try
    browser.type_into("#lock-current", PASSPHRASE).await;
    browser
        .set_new_passphrase("a brand new phrase", "button.lock-change")
        .await;
    browser
        .wait_for_text(".lock-message", "The passphrase is changed")
        .await;
    assert_eq!(
        browser.stored("ipt.v1.map").await,
        map_before,
        "only the key is re-wrapped; the data stays as stored"
    );

    browser.client.refresh().await.unwrap();
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_text(".unlock-failed", UNLOCK_FAILED).await;
    browser
        .type_into("#unlock-passphrase", "a brand new phrase")
        .await;
    browser.click("button.unlock-button").await;
    browser.wait_for_h1("Your data").await;

    browser
        .type_into("#lock-off-current", "a brand new phrase")
        .await;
    browser.click("button.lock-turn-off").await;
    browser
        .wait_for_text(".lock-message", "The lock is off")
        .await;
    assert_eq!(browser.stored("ipt.v1.lock").await, Value::Null);
    let map = browser.stored("ipt.v1.map").await;
    assert!(
        map.as_str().unwrap().contains(SENTINEL),
        "stored plain again"
    );
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.wait_for_text("main", SENTINEL).await;
    browser.close().await;
}

#[tokio::test]
async fn a_backup_made_while_locked_is_encrypted_and_comes_back_with_the_passphrase() {
    let (_server, browser) = locked_with_a_person().await;
    let folder = browser.allow_downloads("locked-backup").await;
    browser.click("button.download-backup").await;
    let file = browser.downloaded_file(&folder, "json").await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("Zebrafinch"), "plaintext in the backup");
    let backup: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(backup["format"], json!("ipt-companion-backup-locked"));
    assert_eq!(backup["lock"]["kdf"]["iterations"], json!(600_000));

    // Everything deleted (the lock too), then the backup brought back.
    browser.delete_everything().await;
    assert_eq!(browser.stored("ipt.v1.lock").await, Value::Null);
    browser
        .type_into("#import-file", &file.to_string_lossy())
        .await;
    browser
        .type_into("#backup-passphrase", "wrong horse battery")
        .await;
    browser.click("button.open-locked-backup").await;
    browser
        .wait_for_text(".import-status", "did not open this backup")
        .await;
    browser.type_into("#backup-passphrase", PASSPHRASE).await;
    browser.click("button.open-locked-backup").await;
    browser
        .wait_for_text(".import-preview", "1 person on the map")
        .await;
    browser.click("button.import-merge").await;
    browser
        .wait_for_text(".import-status", "The backup is in")
        .await;
    assert!(browser
        .stored("ipt.v1.map")
        .await
        .as_str()
        .unwrap()
        .contains(SENTINEL));
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}

/// Stores the map plain, as an interrupted "turn on" would leave it, with
/// one person called `name`.
async fn store_map_left_plain(browser: &Browser, name: &str) {
    let plain_map = format!(
        r#"{{"format":"ipt-companion","area":"map","schema":1,"revision":9,"data":{{"people":[{{"id":1,"name":"{name}","relationship":"friend","ring":"close"}}],"next_id":2}}}}"#
    );
    browser.store("ipt.v1.map", &plain_map).await;
}

/// Waits until the map is stored encrypted and none of `name` is left.
async fn wait_until_map_sealed(browser: &Browser, name: &str) {
    Browser::eventually(SETTLE, POLL, async || {
        let stored = browser.stored("ipt.v1.map").await;
        let text = stored.as_str().unwrap();
        if text.contains("ipt-companion-locked") && !text.contains(name) {
            Ok(())
        } else {
            Err(format!("the plain area was never encrypted: {text}"))
        }
    })
    .await;
}

#[tokio::test]
async fn an_area_left_plain_is_encrypted_after_unlocking_and_drafts_stay_out_while_locked() {
    let (server, browser) = locked_with_a_person().await;
    store_map_left_plain(&browser, "Plain-Left-Person").await;
    browser.goto(&server.url("/map")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_text("main", "Plain-Left-Person").await;
    wait_until_map_sealed(&browser, "Plain-Left-Person").await;

    // A half-written event is not kept in the tab while the lock is on.
    browser.goto(&server.url("/journal")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Weekly journal").await;
    browser
        .type_into("#event-new-description", "Secret-Draft-Words")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let session = browser
        .script("return JSON.stringify(sessionStorage);")
        .await;
    assert!(
        !session.as_str().unwrap().contains("Secret-Draft"),
        "{session}"
    );
    browser.close().await;
}

#[tokio::test]
async fn an_area_left_plain_and_not_read_is_sealed_as_stored_and_then_edits_normally() {
    let (server, browser) = locked_with_a_person().await;
    store_map_left_plain(&browser, "Unread-Plain-Person").await;
    // Unlocked on a page that does not read the map: the repair seals the
    // stored text without the map's code.
    browser.goto(&server.url("/help")).await;
    browser.unlock_with(PASSPHRASE).await;
    wait_until_map_sealed(&browser, "Unread-Plain-Person").await;
    let sealed = browser.stored("ipt.v1.map").await;
    // The map, opened afterwards in the same tab, reads the sealed text and
    // saves over it as its own (no "changed elsewhere").
    browser.click("nav a[href='/map']").await;
    browser.wait_for_text("main", "Unread-Plain-Person").await;
    browser.add_person_with_mouse("Added-After-Repair").await;
    browser.wait_for_text("main", "Added-After-Repair").await;
    Browser::eventually(SETTLE, POLL, async || {
        let stored = browser.stored("ipt.v1.map").await;
        let text = stored.as_str().unwrap();
        if stored != sealed
            && text.contains("ipt-companion-locked")
            && !text.contains("Added-After")
        {
            Ok(())
        } else {
            Err(format!("the new person was not stored encrypted: {text}"))
        }
    })
    .await;
    assert_eq!(
        browser.count(".save-banner").await,
        0,
        "a save banner shows"
    );
    browser.close().await;
}

#[tokio::test]
async fn lock_now_waits_while_a_change_is_not_stored() {
    let (server, browser) = locked_with_a_person().await;
    browser
        .script(
            "let size = 256 * 1024, i = 0;
             while (size >= 1) {
                 try { localStorage.setItem('filler-' + i, 'x'.repeat(size)); i++; }
                 catch (e) { size = Math.floor(size / 2); }
             }
             return i;",
        )
        .await;
    // A change that cannot be stored (it needs more room): the not-saved
    // banner shows. Then to /data inside the app (no reload).
    browser.goto(&server.url("/help/plan")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.text_of("#plan-0").await;
    browser
        .type_into("#plan-0", "Not sleeping, pulling away from everyone")
        .await;
    browser.wait_for_text(".save-banner", "Not saved").await;
    browser.click("header a[href='/data']").await;
    browser.wait_for_h1("Your data").await;
    browser.click("button.lock-now").await;
    browser
        .wait_for_text(".lock-message", "Locking now would lose it")
        .await;
    assert_eq!(browser.h1_text().await, "Your data", "still open");
    browser.close().await;
}

/// Dispatches the event a browser sends before leaving the page, and tells
/// whether the app asked to stay (a prompt, in a real browser).
const LEAVE: &str = "const event = new Event('beforeunload', { cancelable: true });
     window.dispatchEvent(event);
     return event.defaultPrevented;";

#[tokio::test]
async fn leaving_with_a_change_not_yet_stored_asks_first_only_with_the_lock_on() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // Lock off: leaving stores the waiting change at once and asks nothing.
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.type_into("#journal-note", "plain words").await;
    assert_eq!(browser.script(LEAVE).await, json!(false));
    let stored = browser.stored("ipt.v1.journal").await;
    assert!(
        stored.as_str().unwrap_or_default().contains("plain words"),
        "stored before leaving: {stored}"
    );

    // Lock on: an encrypted save cannot finish while the page goes, so
    // leaving with a change not yet stored asks first.
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser
        .set_new_passphrase(PASSPHRASE, "button.lock-turn-on")
        .await;
    browser
        .wait_for_text(".lock-message", "The lock is on")
        .await;
    browser.goto(&server.url("/journal")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Weekly journal").await;
    // Typed and left in one turn, so the encrypted save (begun at once,
    // asynchronous) cannot have finished.
    let asks = browser
        .script(&format!(
            "const note = document.getElementById('journal-note');
             note.value += ' and more';
             note.dispatchEvent(new Event('input', {{ bubbles: true }}));
             {LEAVE}"
        ))
        .await;
    assert_eq!(asks, json!(true), "asks while saving");
    // Once the encrypted copy is stored, leaving asks nothing.
    browser
        .wait_for_script(LEAVE, |asks| *asks == json!(false))
        .await;
    assert!(
        !all_storage(&browser).await.to_string().contains("and more"),
        "stored encrypted, not in plain text"
    );
    browser.close().await;
}

/// Moves this page's clock (`Date.now`, which the auto-lock reads) forward
/// by `ms`, as time passing or a device waking from sleep would: no real
/// waiting.
async fn move_clock(browser: &Browser, ms: u64) {
    browser
        .script(&format!(
            "if (!window.__realNow) {{
                 window.__realNow = Date.now.bind(Date);
                 window.__clockOffset = 0;
                 Date.now = () => window.__realNow() + window.__clockOffset;
             }}
             window.__clockOffset += {ms};
             return null;"
        ))
        .await;
}

const MINUTE_MS: u64 = 60_000;

/// Waits past the auto-lock's once-a-second check and says whether the app
/// is still open (not the unlock screen).
async fn still_open_after_a_check(browser: &Browser) -> bool {
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    browser.count("#unlock-passphrase").await == 0
}

/// The lock on with a person on the map, on /data, with `limit` chosen.
async fn locked_on_data_with_limit(limit: &str) -> (StaticServer, Browser) {
    let (server, browser) = locked_with_a_person().await;
    browser.click(&format!("#auto-lock-{limit}")).await;
    (server, browser)
}

#[tokio::test]
async fn the_app_locks_itself_after_the_quiet_time_and_not_before() {
    // Five minutes is the default once the lock is on.
    let (_server, browser) = locked_with_a_person().await;
    assert_eq!(
        browser
            .script("return document.getElementById('auto-lock-5').checked;")
            .await,
        json!(true)
    );
    move_clock(&browser, 4 * MINUTE_MS + 50_000).await;
    assert!(still_open_after_a_check(&browser).await, "locked early");
    move_clock(&browser, 15_000).await;
    browser.unlock_with(PASSPHRASE).await;
    // Back on the page the person was on.
    browser.wait_for_h1("Your data").await;
    browser.close().await;
}

#[tokio::test]
async fn typing_keeps_it_open_and_never_never_locks() {
    let (_server, browser) = locked_on_data_with_limit("1").await;
    move_clock(&browser, 50_000).await;
    browser.type_into("#lock-current", "typing").await;
    move_clock(&browser, 50_000).await;
    assert!(
        still_open_after_a_check(&browser).await,
        "locked 50 s after a key"
    );
    browser.click("#auto-lock-never").await;
    move_clock(&browser, 10 * 60 * MINUTE_MS).await;
    assert!(still_open_after_a_check(&browser).await, "'never' locked");
    browser.close().await;
}

/// Tells the page it went out of sight (as switching to another app does).
const HIDE_PAGE: &str = "Object.defineProperty(document, 'hidden', { get: () => true, configurable: true });
     Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });
     document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
     return null;";

#[tokio::test]
async fn leaving_the_app_for_a_minute_locks_it_when_chosen() {
    let (_server, browser) = locked_on_data_with_limit("60").await;
    // Not chosen: out of sight for over a minute leaves it open.
    browser.script(HIDE_PAGE).await;
    move_clock(&browser, 61_000).await;
    assert!(still_open_after_a_check(&browser).await);
    browser
        .script(
            "delete document.hidden; delete document.visibilityState;
             document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
             return null;",
        )
        .await;
    browser.click("#auto-lock-when-left").await;
    browser.script(HIDE_PAGE).await;
    move_clock(&browser, 30_000).await;
    assert!(
        still_open_after_a_check(&browser).await,
        "locked after 30 s"
    );
    move_clock(&browser, 31_000).await;
    browser.wait_for_h1("Locked with a passphrase").await;
    browser.close().await;
}

#[tokio::test]
async fn a_change_typed_just_before_the_limit_is_stored_encrypted_and_shown_after_unlocking() {
    let (server, browser) = locked_on_data_with_limit("1").await;
    browser.goto(&server.url("/map")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Your relationship map").await;
    let late = "Latecomer-Sentinel-2291";
    browser.add_person_with_mouse(late).await;
    // At once past the limit: the waiting save is stored before locking.
    move_clock(&browser, MINUTE_MS + 1_000).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.wait_for_text("main", late).await;
    assert!(
        !storage_text(&all_storage(&browser).await).contains(late),
        "stored encrypted only"
    );
    browser.close().await;
}

#[tokio::test]
async fn two_tabs_lock_together() {
    let (server, browser) = locked_on_data_with_limit("1").await;
    let (first, second) = browser.open_second_tab(&server.url("/help")).await;
    browser.unlock_with(PASSPHRASE).await;
    browser.wait_for_h1("Get help now").await;
    browser.client.switch_to_window(first).await.unwrap();
    move_clock(&browser, 2 * MINUTE_MS).await;
    browser.wait_for_h1("Locked with a passphrase").await;
    browser.client.switch_to_window(second).await.unwrap();
    browser.wait_for_h1("Locked with a passphrase").await;
    // Crisis help stays on the unlock screen.
    let help = browser.text_of("main").await;
    assert!(help.contains("988"), "{help}");
    browser.close().await;
}
