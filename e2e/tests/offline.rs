//! Offline use, the update hand-over, and the security policy.

use std::time::Duration;

use e2e::browser::{Browser, SETTLE};
use e2e::static_server::StaticServer;
use e2e::{dist_dir, next_dist_dir};
use serde_json::json;

#[tokio::test]
async fn after_one_visit_every_page_opens_with_the_server_gone() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    browser.wait_for_service_worker().await;
    // Save something before going offline.
    browser.goto(&server.url("/learn/evidence")).await;
    browser.wait_for_h1("").await;
    browser.click("button.read-toggle").await;
    let urls: Vec<(String, &str)> = [
        ("/learn/grief", "Grief"),
        ("/map", "relationship map"),
        ("/journal", "journal"),
        ("/timeline", "Your timeline"),
        ("/help", "Get help now"),
        ("/learn", "Learn"),
    ]
    .iter()
    .map(|(path, h1)| (server.url(path), *h1))
    .collect();
    drop(server);
    for (url, expected_h1) in &urls {
        browser.goto(url).await;
        let h1 = browser.wait_for_h1(expected_h1).await;
        assert!(!h1.is_empty(), "{url}");
        if url.ends_with("/help") {
            assert!(
                browser.count(".contact-link[href='tel:988']").await >= 1,
                "numbers offline"
            );
            assert!(
                browser.count(".contact-link[href='tel:116123']").await == 1,
                "numbers offline"
            );
        }
    }
    let card = browser
        .script(
            "return [...document.querySelectorAll('.module-card')]
                .find(card => card.querySelector('a').getAttribute('href') === '/learn/evidence')
                .textContent;",
        )
        .await;
    assert!(card.as_str().unwrap_or_default().contains("Read"), "{card}");
    browser.close().await;
}

#[tokio::test]
async fn no_request_leaves_the_origin_and_the_policy_is_never_violated() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    for path in [
        "/",
        "/learn",
        "/learn/grief",
        "/learn/which-area",
        "/map",
        "/journal",
        "/data",
        "/help",
        "/nope",
    ] {
        browser.goto(&server.url(path)).await;
        browser.h1_text().await;
        browser
            .script(
                "window.__violations = [];
                 document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
                 return true;",
            )
            .await;
        // A main flow on the page: type into an exercise where there is one.
        if path == "/learn/grief" {
            browser
                .type_into("#exercise-grief-story-good-memories", "walks by the sea")
                .await;
        }
        let foreign = browser
            .script(
                "return performance.getEntriesByType('resource')
                    .map(entry => entry.name)
                    .filter(name => new URL(name).origin !== location.origin);",
            )
            .await;
        assert_eq!(foreign, json!([]), "{path}: requests to other origins");
        let violations = browser.script("return window.__violations;").await;
        assert_eq!(violations, json!([]), "{path}: CSP violations");
        let errors = browser.console_errors().await;
        assert!(
            errors.is_empty(),
            "{path}: console errors (CSP reports here too) {errors:?}"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn a_new_version_waits_for_the_person_and_keeps_their_data() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.wait_for_service_worker().await;
    let first_version = browser
        .script("return document.querySelector('meta[name=app-version]').content;")
        .await;
    browser
        .type_into(
            "#exercise-grief-story-good-memories",
            "kept across the update",
        )
        .await;

    server.deploy(next_dist_dir());
    browser
        .script("navigator.serviceWorker.getRegistration().then(r => r.update()); return true;")
        .await;
    let banner = browser.text_of(".update-banner").await;
    assert!(banner.contains("A new version is ready"), "{banner}");
    // Nothing changes until the person accepts.
    let still = browser
        .script("return document.querySelector('meta[name=app-version]').content;")
        .await;
    assert_eq!(still, first_version);

    browser.click(".update-button").await;
    // The page reloads: a script may fail while it does.
    let version = Browser::eventually(SETTLE, Duration::from_millis(100), async || {
        match browser
            .client
            .execute(
                "const m = document.querySelector('meta[name=app-version]'); return m ? m.content : null;",
                vec![],
            )
            .await
        {
            Ok(value) if !value.is_null() && value != first_version => Ok(value),
            seen => Err(format!("the new version did not load: {seen:?}")),
        }
    })
    .await;
    assert!(
        version.as_str().unwrap_or_default().starts_with("next-"),
        "{version}"
    );
    browser.wait_for_h1("Grief").await;
    let kept = browser
        .script("return document.getElementById('exercise-grief-story-good-memories').value;")
        .await;
    assert_eq!(kept, json!("kept across the update"));
    browser.close().await;
}

#[tokio::test]
async fn chromium_can_install_the_app() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    browser.wait_for_service_worker().await;
    Browser::eventually(
        Duration::from_secs(5),
        Duration::from_millis(100),
        async || {
            let result = browser.cdp("Page.getInstallabilityErrors", json!({})).await;
            let errors = &result["installabilityErrors"];
            if *errors == json!([]) {
                Ok(())
            } else {
                Err(format!("installability errors: {errors}"))
            }
        },
    )
    .await;
    let manifest = browser.cdp("Page.getAppManifest", json!({})).await;
    assert_eq!(manifest["errors"], json!([]), "manifest errors: {manifest}");
    browser.close().await;
}
