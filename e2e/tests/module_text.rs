//! The Learn modules' text is not in the wasm: the app takes it from the
//! prerendered page it arrived on, or fetches the next module's page and
//! uses it only if it matches the hash compiled into the app.

use std::path::Path;

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use ipt_companion::content::module_by_slug;

/// A sentence of `slug`'s section `id`, as plain text (the start of its
/// first paragraph, up to the first mark-up).
fn sentence_of(slug: &str, id: &str) -> String {
    let section = module_by_slug(slug)
        .unwrap()
        .sections
        .iter()
        .find(|section| section.id == id)
        .unwrap();
    let start = section.html.find("<p>").unwrap() + 3;
    let text = &section.html[start..];
    text[..text.find(['<', '&']).unwrap()].to_string()
}

fn wasm_files(dist: &Path) -> Vec<Vec<u8>> {
    std::fs::read_dir(dist)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "wasm"))
        .map(|path| std::fs::read(path).unwrap())
        .collect()
}

#[test]
fn no_wasm_file_carries_the_module_text() {
    let files = wasm_files(&dist_dir());
    assert!(!files.is_empty());
    for (slug, id) in [
        ("grief", "what-it-covers"),
        ("disputes", "stages"),
        ("evidence", "formats"),
    ] {
        let sentence = sentence_of(slug, id);
        assert!(sentence.len() > 30, "{sentence:?}");
        for bytes in &files {
            assert!(
                !bytes
                    .windows(sentence.len())
                    .any(|w| w == sentence.as_bytes()),
                "a wasm file carries {sentence:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_first_module_shows_its_text_and_the_next_one_is_fetched() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.text_of(".share-button").await;
    // The app's own page (not the static copy) shows the text at once.
    assert_eq!(browser.count("#prerendered").await, 0);
    browser
        .wait_for_text(
            "#what-it-covers + .prose",
            &sentence_of("grief", "what-it-covers"),
        )
        .await;
    // "Next" goes to the next module in the app; its text is fetched.
    browser.click("a[rel='next']").await;
    browser.wait_for_h1("Disputes").await;
    browser
        .wait_for_text("#stages + .prose", &sentence_of("disputes", "stages"))
        .await;
    assert!(browser.console_errors().await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn a_changed_module_page_is_not_shown() {
    // A copy of the site in which one module's page says something else.
    let copy = std::env::temp_dir().join(format!("ipt-module-text-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(&dist_dir(), &copy);
    let page = copy.join("learn/disputes/index.html");
    let original = sentence_of("disputes", "stages");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(&original));
    std::fs::write(
        &page,
        html.replace(&original, "Something the app never said."),
    )
    .unwrap();

    let server = StaticServer::start(&copy);
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.text_of(".share-button").await;
    browser.click("a[rel='next']").await;
    browser.wait_for_h1("Disputes").await;
    let notice = browser
        .wait_for_text("#stages ~ .notice", "could not load")
        .await;
    assert!(!notice.contains("never said"));
    let body = browser
        .script("return document.querySelector('main').textContent;")
        .await;
    assert!(
        !body.as_str().unwrap().contains("never said"),
        "the changed text is shown"
    );
    browser.close().await;
    drop(server);
    let _ = std::fs::remove_dir_all(&copy);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
