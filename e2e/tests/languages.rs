//! The Spanish site under /es/ (issue 27): every page has its twin with
//! the same path, in Spanish, with `lang="es"` and `hreflang` links both
//! ways; the switch in the header opens the same page in the other
//! language; what a person stored is there in both (one origin); and the
//! English site's offline copy leaves the Spanish pages to their own; the
//! choice is remembered for the home page, and only for it.

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

/// Waits until the page's path is `expected` (after a redirect).
async fn wait_for_path(browser: &Browser, expected: &str) {
    browser
        .wait_for_script("return location.pathname;", |at| at == &json!(expected))
        .await;
}

#[tokio::test]
async fn the_home_page_opens_in_the_language_chosen_with_the_switch_and_shared_links_do_not() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // Nothing chosen: the home page stays English.
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "en");
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("footer a.language-switch").await;
    browser.wait_for_h1("Duelo").await;
    assert_eq!(browser.stored("ipt.language").await, json!("es"));
    // The home page now opens the Spanish one, before the English paints
    // its app.
    browser.goto(&server.url("/")).await;
    wait_for_path(&browser, "/es/").await;
    assert_eq!(language_of_page(&browser).await, "es");
    // A shared link opens in the language of its address.
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    assert_eq!(language_of_page(&browser).await, "en");
    // Back to English with the switch: the home page stays English.
    browser.goto(&server.url("/es/help")).await;
    browser.wait_for_h1("Ayuda ahora").await;
    browser.click("footer a.language-switch").await;
    browser.wait_for_h1("Get help now").await;
    assert_eq!(browser.stored("ipt.language").await, json!("en"));
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "en");
    // A language chosen is not data: the home page still greets a first
    // visitor (the built welcome is not hidden as a returning one's).
    assert_eq!(
        browser
            .script("return document.documentElement.classList.contains('returning');")
            .await,
        json!(false)
    );
    // "Delete everything" forgets the choice too.
    browser.goto(&server.url("/data")).await;
    browser.h1_text().await;
    browser.delete_everything().await;
    assert_eq!(browser.stored("ipt.language").await, json!(null));
    browser.close().await;
}

#[tokio::test]
async fn a_browser_in_spanish_opens_the_spanish_home_page_until_english_is_chosen() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // The browser's language, as a phone set to Spanish reports it
    // (Chromium's `--lang` does not reach headless mode).
    let agent = browser.script("return navigator.userAgent;").await;
    browser
        .cdp(
            "Emulation.setUserAgentOverride",
            json!({ "userAgent": agent, "acceptLanguage": "es-MX" }),
        )
        .await;
    browser.goto(&server.url("/help")).await;
    browser.h1_text().await;
    let language = browser.script("return navigator.language;").await;
    assert!(
        language.as_str().is_some_and(|l| l.starts_with("es")),
        "{language}"
    );
    browser.goto(&server.url("/")).await;
    wait_for_path(&browser, "/es/").await;
    assert_eq!(language_of_page(&browser).await, "es");
    // A shared English link stays English.
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    // Choosing English is remembered over the browser's language.
    browser.goto(&server.url("/es/help")).await;
    browser.wait_for_h1("Ayuda ahora").await;
    browser.click("footer a.language-switch").await;
    browser.wait_for_h1("Get help now").await;
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "en");
    assert_eq!(
        browser.script("return location.pathname;").await,
        json!("/")
    );
    browser.close().await;
}

/// Waits until the Spanish site's own worker is active for the page (on a
/// Spanish page): it has cached that site's files.
async fn wait_for_the_spanish_worker(browser: &Browser) {
    browser
        .wait_for_script(
            "return navigator.serviceWorker.getRegistration().then(r =>
                 r && r.active ? r.scope : null);",
            |scope| scope.as_str().is_some_and(|scope| scope.ends_with("/es/")),
        )
        .await;
}

/// A browser that has visited the English site once, so its worker has
/// cached it (and answers it offline), with the server it came from.
async fn with_the_english_site_kept() -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.h1_text().await;
    browser.wait_for_service_worker().await;
    (server, browser)
}

/// Cuts the page off the network, as a phone without signal
/// (`navigator.onLine` is false then).
async fn go_offline(browser: &Browser) {
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
}

#[tokio::test]
async fn offline_the_home_page_keeps_to_english_unless_the_chosen_site_is_kept_too() {
    // Spanish chosen, but only the English site kept offline: the home
    // page must not send the person to a page that cannot open.
    let (server, browser) = with_the_english_site_kept().await;
    browser.store("ipt.language", "es").await;
    let home = server.url("/");
    drop(server);
    go_offline(&browser).await;
    browser.goto(&home).await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "en");
    assert_eq!(
        browser.script("return location.pathname;").await,
        json!("/")
    );
    browser.close().await;

    // Both sites kept: offline too, the home page opens the Spanish one.
    let (server, browser) = with_the_english_site_kept().await;
    browser.goto(&server.url("/es/help")).await;
    browser.wait_for_h1("Ayuda ahora").await;
    wait_for_the_spanish_worker(&browser).await;
    browser.store("ipt.language", "es").await;
    let home = server.url("/");
    drop(server);
    go_offline(&browser).await;
    browser.goto(&home).await;
    wait_for_path(&browser, "/es/").await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "es");
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
    wait_for_the_spanish_worker(&browser).await;
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

/// The attribute `name="…"` of the first `<a>` with class `class`.
fn link_attribute<'a>(html: &'a str, class: &str, name: &str) -> Option<&'a str> {
    let tag = html
        .split("<a ")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap()])
        .find(|attributes| attributes.contains(&format!("class=\"{class}\"")))?;
    let value = &tag[tag.find(&format!("{name}=\""))? + name.len() + 2..];
    Some(&value[..value.find('"')?])
}

/// The quick exit on a Spanish page leaves for a site in Spanish (an
/// English site after a Spanish page would stand out), and Back is
/// guarded towards the same site.
#[test]
fn the_spanish_quick_exit_leaves_for_its_own_site_and_guards_it() {
    use ipt_companion::content::ui_text::quick_exit::NEUTRAL_SITE;
    let dist = dist_dir();
    for path in every_page() {
        let file = dist
            .join("es")
            .join(ipt_companion::routes::index_file(&path));
        let html = std::fs::read_to_string(&file).unwrap();
        let exit = link_attribute(&html, "quick-exit", "href")
            .unwrap_or_else(|| panic!("{} has no exit link", file.display()));
        assert!(exit.starts_with("https://"), "{exit}");
        assert_ne!(exit, NEUTRAL_SITE, "{path}: the English site");
        assert!(
            html.contains(&format!("u='{exit}'")),
            "{path}: the guard names another site"
        );
    }
}

/// Only the English home page carries the script that follows the chosen
/// language (`storage::language_choice`); every other page, and every
/// Spanish one, opens in the language of its address.
#[test]
fn only_the_english_home_page_follows_the_chosen_language() {
    let script = ipt_companion::storage::language_choice::home_redirect_script("/es/", "es");
    // Reading the choice (the home page's returning-visitor check names
    // the key only to leave it out).
    let reads_the_choice = "localStorage.getItem('ipt.language')";
    let dist = dist_dir();
    for path in every_page() {
        let file = ipt_companion::routes::index_file(&path);
        let english = std::fs::read_to_string(dist.join(&file)).unwrap();
        let spanish = std::fs::read_to_string(dist.join("es").join(&file)).unwrap();
        assert!(!spanish.contains(reads_the_choice), "es/{file}");
        if path == "/" {
            assert!(english.contains(&script), "{file}");
            assert_eq!(english.matches(reads_the_choice).count(), 1, "{file}");
        } else {
            assert!(!english.contains(reads_the_choice), "{file}");
        }
    }
}

/// A static host answers an unknown path with the root's 404 page, the
/// English one: under /es/ it hands the person to the Spanish one.
#[tokio::test]
async fn an_unknown_spanish_address_says_so_in_spanish() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/es/no-such-page")).await;
    wait_for_path(&browser, "/es/404.html").await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "es");
    // An unknown English address stays where it is, in English.
    browser.goto(&server.url("/no-such-page")).await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "en");
    assert_eq!(
        browser.script("return location.pathname;").await,
        json!("/no-such-page")
    );
    browser.close().await;
}

/// "/es" without its slash is the Spanish home page, also when the English
/// site's offline copy answers (it would take it for an unknown page).
#[tokio::test]
async fn the_spanish_folder_without_its_slash_opens_the_spanish_home_page_offline_too() {
    let (server, browser) = with_the_english_site_kept().await;
    browser.goto(&server.url("/es/")).await;
    browser.h1_text().await;
    wait_for_the_spanish_worker(&browser).await;
    let without_slash = server.url("/es");
    drop(server);
    browser.goto(&without_slash).await;
    wait_for_path(&browser, "/es/").await;
    browser.h1_text().await;
    assert_eq!(language_of_page(&browser).await, "es");
    browser.close().await;
}
