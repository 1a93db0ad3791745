//! The Spanish site under /es/ (issue 27): every page has its twin with
//! the same path, in Spanish, with `lang="es"` and `hreflang` links both
//! ways; the switch in the header opens the same page in the other
//! language; what a person stored is there in both (one origin); and the
//! English site's offline copy leaves the Spanish pages to their own.

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, every_page};
use serde_json::json;

async fn language_of_page(browser: &Browser) -> String {
    browser
        .script("return document.documentElement.lang;")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The page's `hreflang` links, as "lang href" lines.
async fn language_links(browser: &Browser) -> Vec<String> {
    let links = browser
        .script(
            "return [...document.querySelectorAll('head link[rel=alternate][hreflang]')]
                 .map(l => l.getAttribute('hreflang') + ' ' + l.getAttribute('href'));",
        )
        .await;
    links
        .as_array()
        .unwrap()
        .iter()
        .map(|link| link.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn every_page_has_a_spanish_twin_with_its_language_and_links_both_ways() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    for path in every_page() {
        let twin = format!("/es{path}");
        browser.goto(&server.url(&twin)).await;
        browser.h1_text().await;
        assert_eq!(language_of_page(&browser).await, "es", "{twin}");
        let expected = vec![
            format!("x-default {path}"),
            format!("en {path}"),
            format!("es {twin}"),
        ];
        assert_eq!(language_links(&browser).await, expected, "{twin}");
        browser.goto(&server.url(&path)).await;
        browser.h1_text().await;
        assert_eq!(language_of_page(&browser).await, "en", "{path}");
        assert_eq!(language_links(&browser).await, expected, "{path}");
    }
    browser.close().await;
}

#[tokio::test]
async fn the_switch_opens_the_same_page_in_the_other_language() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("header a.language-switch").await;
    browser.wait_for_h1("Duelo").await;
    let at = browser.script("return location.pathname;").await;
    assert_eq!(at, json!("/es/learn/grief"));
    assert_eq!(language_of_page(&browser).await, "es");
    // And back, from a page the app drew (not the built one).
    browser.click("header nav a[href='/es/journal']").await;
    browser.wait_for_h1("Diario semanal").await;
    // The footer's switch too (the one a phone shows).
    browser.click("footer a.language-switch").await;
    browser.wait_for_h1("Weekly journal").await;
    let at = browser.script("return location.pathname;").await;
    assert_eq!(at, json!("/journal"));
    browser.close().await;
}

#[tokio::test]
async fn what_is_stored_in_one_language_is_there_in_the_other() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("Your relationship map").await;
    browser.add_person_with_mouse("Sam").await;
    browser.wait_for_text(".person-list", "Sam").await;
    browser.goto(&server.url("/es/map")).await;
    browser.wait_for_h1("Tu mapa de relaciones").await;
    browser.wait_for_text(".person-list", "Sam").await;
    browser.close().await;
}

#[tokio::test]
async fn spanish_help_lists_the_spanish_lines_and_works_offline_once_visited() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // The English site's worker first: it must leave /es/ to the network
    // (or the Spanish worker), not answer with an English page.
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    browser.wait_for_service_worker().await;
    browser.goto(&server.url("/es/help")).await;
    browser.wait_for_h1("Ayuda ahora").await;
    assert_eq!(language_of_page(&browser).await, "es");
    for href in ["tel:988", "sms:988", "tel:024", "tel:8009112000", "tel:016"] {
        assert!(
            browser
                .count(&format!("ul.contacts .contact-link[href='{href}']"))
                .await
                >= 1,
            "{href}"
        );
    }
    let text = browser.text_of("main").await;
    assert!(text.contains("marca el 2"), "{text}");
    // The Spanish site's own worker, for its own scope, has cached it.
    browser
        .wait_for_script(
            "return navigator.serviceWorker.getRegistration().then(r =>
                 r && r.active ? r.scope : null);",
            |scope| scope.as_str().is_some_and(|scope| scope.ends_with("/es/")),
        )
        .await;
    let help = server.url("/es/help");
    drop(server);
    browser.goto(&help).await;
    browser.wait_for_h1("Ayuda ahora").await;
    assert_eq!(browser.count("#prerendered").await, 0, "the app's own page");
    assert_eq!(language_of_page(&browser).await, "es");
    browser.close().await;
}

/// Every file of a site, under `dir`, leaving out the other languages'
/// folders.
fn files_of_site(dir: &std::path::Path, skip: &[&str], out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if !skip.contains(&name.as_str()) {
                files_of_site(&path, &[], out);
            }
        } else {
            out.push(path);
        }
    }
}

/// A first visit in English downloads no Spanish words, and the Spanish
/// site none of the English interface: each language's words are in its
/// own build (the switch's own label, in the other language, aside).
#[test]
fn each_sites_files_hold_only_its_own_languages_words() {
    let dist = dist_dir();
    let check = |root: &std::path::Path, skip: &[&str], foreign: &[&str]| {
        let mut files = Vec::new();
        files_of_site(root, skip, &mut files);
        assert!(
            files.len() > 50,
            "{} files in {}",
            files.len(),
            root.display()
        );
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            for words in foreign {
                assert!(
                    !bytes.windows(words.len()).any(|w| w == words.as_bytes()),
                    "{} holds {words:?}",
                    file.display()
                );
            }
        }
    };
    // Interface words of each language (the headings of the map and the
    // journal, the help link or the skip link), as the app shows them.
    // (A Learn module's sources are listed as written, in English, in both.)
    check(
        &dist,
        &["es"],
        &["Ayuda ahora", "Tu mapa de relaciones", "Diario semanal"],
    );
    check(
        &dist.join("es"),
        &[],
        &[
            "Skip to main content",
            "Your relationship map",
            "Weekly journal",
        ],
    );
}
