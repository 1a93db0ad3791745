//! `/data`: a backup to download, and deleting everything with a typed
//! confirmation.

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use fantoccini::Locator;
use serde_json::{json, Value};

#[tokio::test]
async fn a_backup_holds_everything_and_delete_needs_the_typed_word() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let folder = browser.allow_downloads("backup").await;
    // Something in two areas.
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    browser.goto(&server.url("/help/plan")).await;
    browser.wait_for_h1("safety plan").await;
    browser.type_into("#plan-0", "Not sleeping").await;

    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    let due = browser.text_of(".backup-due").await;
    assert!(
        due.contains("30 days"),
        "no backup yet: a reminder shows ({due})"
    );
    let kept = browser.text_of(".persisted").await;
    assert!(
        kept.contains("This browser"),
        "whether the data is kept is shown: {kept}"
    );
    let size = browser.text_of(".stored-size").await;
    assert!(size.parse::<f64>().unwrap() > 0.0, "{size}");
    browser.click("button.download-backup").await;
    let file = browser.downloaded_file(&folder, "json").await;
    assert_eq!(
        browser.count(".backup-due").await,
        0,
        "the reminder goes once a backup is made"
    );
    let backup: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(backup["format"], json!("ipt-companion-backup"));
    assert_eq!(backup["schema"], json!(1));
    assert!(backup["exported_at"].as_str().unwrap().starts_with("20"));
    assert_eq!(backup["areas"]["learn"]["read"], json!(["grief"]));
    assert_eq!(
        backup["areas"]["safety_plan"]["warning_signs"],
        json!("Not sleeping")
    );
    for area in ["learn", "map", "journal", "settings", "safety_plan"] {
        assert!(backup["areas"].get(area).is_some(), "backup has {area}");
    }

    // Delete: refused until the word is typed.
    let disabled = "return document.querySelector('button.delete-everything').disabled;";
    assert_eq!(browser.script(disabled).await, json!(true));
    let confirm = browser
        .client
        .find(Locator::Css("#delete-confirm"))
        .await
        .unwrap();
    confirm.send_keys("delete it").await.unwrap();
    assert_eq!(
        browser.script(disabled).await,
        json!(true),
        "the exact word is needed"
    );
    browser
        .script("const c = document.getElementById('delete-confirm'); c.value = 'DELETE'; c.dispatchEvent(new Event('input', { bubbles: true })); return true;")
        .await;
    assert_eq!(browser.script(disabled).await, json!(false));
    browser.click("button.delete-everything").await;
    let message = browser.text_of(".danger-zone [role='status']").await;
    assert!(message.contains("deleted"), "{message}");
    let keys = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('ipt.'));")
        .await;
    assert_eq!(keys, json!([]));
    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Your data").await;
    browser.goto(&server.url("/learn")).await;
    browser.wait_for_h1("Learn").await;
    assert_eq!(
        browser.count(".module-card .badge").await,
        0,
        "nothing read any more"
    );
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}

#[tokio::test]
async fn a_file_too_large_to_be_a_backup_is_refused_before_it_is_read() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    // Count every read of a file's contents from here on.
    browser
        .script(
            "window.__fileReads = 0;
             const text = Blob.prototype.text;
             Blob.prototype.text = function () { window.__fileReads += 1; return text.call(this); };
             return true;",
        )
        .await;
    let big = std::env::temp_dir().join(format!("ipt-too-large-{}.json", std::process::id()));
    std::fs::write(&big, " ".repeat(6 * 1024 * 1024)).unwrap();
    browser
        .type_into("#import-file", &big.to_string_lossy())
        .await;
    let message = browser.wait_for_text(".import-status", "too large").await;
    assert!(message.contains("Nothing was changed"), "{message}");
    assert_eq!(
        browser.script("return window.__fileReads;").await,
        json!(0),
        "the file was read"
    );
    browser.close().await;
    let _ = std::fs::remove_file(&big);
}

#[tokio::test]
async fn an_import_that_cannot_be_stored_in_full_changes_nothing() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let folder = browser.allow_downloads("all-or-nothing").await;
    // A backup of one person, Ann, with "Grief" read.
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    browser.wait_for_stored("ipt.v1.learn", "grief").await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_stored("ipt.v1.map", "Ann").await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser.click("button.download-backup").await;
    let backup = browser.downloaded_file(&folder, "json").await;

    // Then "Grief" unread and Bo added: merging the backup would change
    // the Learn area (first written) and the map (second).
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    browser.wait_for_stored("ipt.v1.learn", "\"read\":[]").await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.add_person_with_mouse("Bo").await;
    browser.wait_for_stored("ipt.v1.map", "Bo").await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    let before: Vec<Value> = [
        browser.stored("ipt.v1.learn").await,
        browser.stored("ipt.v1.map").await,
        browser.stored("ipt.v1.journal").await,
    ]
    .into();

    // The storage is full by the time the third area (the journal) is
    // written.
    browser
        .script(
            "const setItem = Storage.prototype.setItem;
             Storage.prototype.setItem = function (key, value) {
                 if (key === 'ipt.v1.journal') {
                     throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                 }
                 return setItem.call(this, key, value);
             };
             return true;",
        )
        .await;
    browser.import_backup(&backup, "1 person on the map").await;
    let message = browser
        .wait_for_text(".import-status", "Nothing was changed")
        .await;
    assert!(message.contains("could not be stored"), "{message}");
    // Wait past the save delay: nothing written late either.
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let after: Vec<Value> = [
        browser.stored("ipt.v1.learn").await,
        browser.stored("ipt.v1.map").await,
        browser.stored("ipt.v1.journal").await,
    ]
    .into();
    assert_eq!(after, before, "every area as it was before the import");
    assert_eq!(
        browser.count(".save-banner").await,
        0,
        "no 'not saved' banner: what is stored is what is on screen"
    );
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}
