//! The Learn modules as a person uses them: shared links, sections, reading
//! progress, exercises that survive a reload, and sharing.

use std::time::Duration;

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, module_slugs};
use fantoccini::Locator;
use serde_json::json;

#[tokio::test]
async fn each_of_the_thirteen_links_opens_directly_with_its_sections() {
    let server = StaticServer::start(dist_dir());
    for slug in module_slugs().chain([ipt_companion::routes::SELF_CHECK_SLUG]) {
        // A fresh browser each time: no stored data, as for a shared link.
        let browser = Browser::start().await;
        browser.goto(&server.url(&format!("/learn/{slug}"))).await;
        let h1 = browser.h1_text().await;
        assert!(
            !h1.is_empty() && !h1.contains("not found"),
            "{slug}: {h1:?}"
        );
        if slug != ipt_companion::routes::SELF_CHECK_SLUG {
            let sections = browser
                .count("article.module section[aria-labelledby] > h2")
                .await;
            assert!(sections >= 3, "{slug}: only {sections} sections");
            let help_links = browser.count("article a[href='/help']").await;
            assert!(help_links >= 1, "{slug}: no link to /help in the text");
        }
        let errors = browser.console_errors().await;
        assert!(errors.is_empty(), "{slug}: console errors {errors:?}");
        browser.close().await;
    }
}

#[tokio::test]
async fn a_section_link_lands_on_that_section() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start_with_args(&["--window-size=390,800"]).await;
    browser.goto(&server.url("/learn/disputes#stages")).await;
    browser.wait_for_h1("").await;
    Browser::eventually(
        Duration::from_secs(5),
        Duration::from_millis(100),
        async || {
            // Just below the sticky exit bar: in view, not under it.
            let place = browser
                .script(
                    "return [document.getElementById('stages').getBoundingClientRect().top,
                             document.querySelector('.quick-exit-bar').getBoundingClientRect().bottom];",
                )
                .await;
            match (place[0].as_f64(), place[1].as_f64()) {
                (Some(top), Some(bar)) if top >= bar - 1.0 && top < bar + 40.0 => Ok(()),
                _ => Err(format!(
                    "#stages top and the exit bar's bottom are {place} px from the top"
                )),
            }
        },
    )
    .await;
    browser.close().await;
}

#[tokio::test]
async fn an_exercise_survives_a_reload_and_markup_stays_text() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/role-transitions")).await;
    browser.wait_for_h1("").await;
    let typed = "Less commuting 🚲 — <img src=x onerror=alert(1)> שלום";
    let field = browser
        .client
        .find(Locator::Css("#exercise-role-four-lists-old-good"))
        .await
        .expect("the first field of the four lists");
    field.send_keys(typed).await.expect("type");
    browser.goto(&server.url("/learn/role-transitions")).await;
    browser.wait_for_h1("").await;
    let value = browser
        .script("return document.getElementById('exercise-role-four-lists-old-good').value;")
        .await;
    assert_eq!(value, json!(typed));
    let images = browser.count("img").await;
    assert_eq!(images, 0, "typed markup must never become an element");
    browser.close().await;
}

#[tokio::test]
async fn marking_a_module_read_shows_on_the_learn_page() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    let toggle = browser
        .client
        .find(Locator::Css("button.read-toggle"))
        .await
        .expect("mark as read");
    assert_eq!(
        toggle.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    browser.click("#exercise-grief-story-done").await;
    browser.goto(&server.url("/learn")).await;
    browser.wait_for_h1("Learn").await;
    let grief_card = browser
        .script(
            "return [...document.querySelectorAll('.module-card')]
                .find(card => card.querySelector('a').getAttribute('href') === '/learn/grief')
                .textContent;",
        )
        .await;
    let grief_card = grief_card.as_str().unwrap_or_default().to_string();
    assert!(grief_card.contains("Read"), "{grief_card}");
    assert!(grief_card.contains("1/1 exercises done"), "{grief_card}");
    let other_card = browser
        .script(
            "return [...document.querySelectorAll('.module-card')]
                .find(card => card.querySelector('a').getAttribute('href') === '/learn/evidence')
                .textContent;",
        )
        .await;
    assert!(!other_card.as_str().unwrap_or_default().contains("Read"));
    browser.close().await;
}

#[tokio::test]
async fn sharing_a_section_offers_its_public_link_and_nothing_else() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/disputes")).await;
    browser.wait_for_h1("").await;
    // Something typed must never travel in a shared link.
    browser
        .type_into("#exercise-dispute-expectations-mine", "private words")
        .await;
    browser
        .click("section[aria-labelledby='stages'] .share-button")
        .await;
    let expected = server.url("/learn/disputes#stages");
    let shown = browser
        .wait_for_script(
            "const status = document.querySelector(\"section[aria-labelledby='stages'] .share-status\");
             const input = status.querySelector('input');
             return input ? input.value : status.textContent;",
            |shown| !shown.as_str().unwrap_or_default().is_empty(),
        )
        .await;
    let shown = shown.as_str().unwrap_or_default();
    assert!(
        shown.contains(&expected),
        "shown {shown:?}, expected {expected}"
    );
    assert!(!shown.contains("private"), "{shown}");
    browser.close().await;
}

#[tokio::test]
async fn the_self_check_points_to_an_area_that_can_become_the_focus() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/which-area")).await;
    browser.wait_for_h1("Which problem area").await;
    // "Yes" to the grief questions, "No" to every other one.
    browser
        .script(
            "for (const fieldset of document.querySelectorAll('fieldset.question')) {
                 const grief = fieldset.querySelector('input').name.startsWith('self-check-grief');
                 const wanted = grief ? 'yes' : 'no';
                 fieldset.querySelector(`input[id$='-${wanted}']`).click();
             }
             return true;",
        )
        .await;
    let result = browser.text_of(".result [role='status']").await;
    assert!(result.contains("Grief"), "{result}");
    assert_eq!(
        browser.count(".area-result").await,
        1,
        "only grief fits: {result}"
    );
    browser.click(".area-result button").await;
    browser.goto(&server.url("/learn/which-area")).await;
    browser.wait_for_h1("Which problem area").await;
    let pressed = browser
        .script(
            "return document.querySelector('.area-result button').getAttribute('aria-pressed');",
        )
        .await;
    assert_eq!(
        pressed,
        json!("true"),
        "the focus area is kept after a reload"
    );
    let answered = browser.count("fieldset.question input:checked").await;
    assert_eq!(
        answered,
        browser.count("fieldset.question").await,
        "answers kept"
    );
    let note = browser.text_of(".notice").await;
    assert!(note.contains("not a diagnosis"), "{note}");
    browser.close().await;
}

#[tokio::test]
async fn a_shared_module_link_reads_without_javascript() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start_with_args(&["--blink-settings=scriptEnabled=false"]).await;
    browser.goto(&server.url("/learn/grief")).await;
    assert_eq!(browser.static_h1_text().await, "Grief");
    assert!(browser.count("main section h2").await >= 5);
    let help = browser.text_of("#when-to-seek-help").await;
    assert!(!help.is_empty());
    let title = browser.client.title().await.unwrap();
    assert_eq!(title, "Grief · IPT Companion");
    browser.goto(&server.url("/")).await;
    assert_eq!(
        browser.static_h1_text().await,
        "Mood and relationships, one step at a time"
    );
    browser.goto(&server.url("/help")).await;
    assert_eq!(browser.static_h1_text().await, "Get help now");
    assert!(
        browser.count("a[href='tel:988']").await >= 1,
        "crisis numbers without JavaScript"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_app_replaces_the_prerendered_page_without_doubling_it() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    // The app's own page has the share buttons the static one lacks.
    browser.text_of(".share-button").await;
    assert_eq!(browser.count("#prerendered").await, 0);
    assert_eq!(browser.count("h1").await, 1);
    assert_eq!(browser.count("header.site-header").await, 1);
    browser.close().await;
}

#[tokio::test]
async fn the_static_welcome_shows_to_a_first_visit_and_stays_hidden_for_a_returning_one() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // The app never starts (its wasm is blocked), so the static page stays.
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.setBlockedURLs",
            serde_json::json!({ "urls": ["*.wasm"] }),
        )
        .await;
    let welcome_visibility =
        "return getComputedStyle(document.querySelector('#prerendered .welcome')).visibility;";
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.script(welcome_visibility).await, "visible");
    browser.store("ipt.v1.settings", "{}").await;
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.script(welcome_visibility).await, "hidden");
    // The header and its crisis link stay visible either way.
    assert_eq!(browser.count("#prerendered a.get-help").await, 1);
    browser.close().await;
}
