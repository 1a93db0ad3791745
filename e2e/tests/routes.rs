//! Every public route, opened directly (as from a shared link) on a plain
//! static host, shows the right page with the "Get help now" link and no
//! console errors.

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, not_found_heading, one_page_per_route, sub_path, sub_path_dist_dir};

/// Paths no route matches, each showing the not-found page.
const UNKNOWN_PATHS: [&str; 2] = ["/no/such/page", "/learn/no-such-module"];

#[tokio::test]
async fn every_route_opened_directly_shows_its_page() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let mut pages = one_page_per_route();
    pages.extend(UNKNOWN_PATHS.map(|path| (path.to_string(), not_found_heading())));
    for (path, expected_h1) in &pages {
        browser.goto(&server.url(path)).await;
        browser.wait_for_h1(expected_h1).await;
        assert_eq!(browser.count("h1").await, 1, "{path}: exactly one h1");
        let help_link = browser.text_of("header a.get-help").await;
        assert_eq!(help_link, "Get help now", "{path}: header help link");
        let title: String = browser.client.title().await.expect("document title");
        assert!(title.ends_with("IPT Companion"), "{path}: title {title:?}");
        let errors = browser.console_errors().await;
        assert!(errors.is_empty(), "{path}: console errors {errors:?}");
    }
    browser.close().await;
}

#[tokio::test]
async fn the_help_link_is_visible_on_a_small_screen() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start_with_args(&["--window-size=360,740"]).await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.h1_text().await;
    let visible = browser
        .script(
            "const a = document.querySelector('header a.get-help');
             const r = a.getBoundingClientRect();
             return r.width > 0 && r.height >= 24 && r.top >= 0 && r.bottom <= window.innerHeight
                 && getComputedStyle(a).visibility === 'visible';",
        )
        .await;
    assert_eq!(visible, serde_json::Value::Bool(true));
    browser.close().await;
}

/// Clicks the header's "Get help now" and returns the path it led to.
async fn follow_the_help_link(browser: &Browser) -> String {
    browser.click("header a.get-help").await;
    browser.wait_for_h1("Get help now").await;
    let url = browser.client.current_url().await.expect("url");
    url.path().to_string()
}

#[tokio::test]
async fn following_a_link_navigates_inside_the_app() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.h1_text().await;
    let requests_before = server.requested_paths().len();
    assert_eq!(follow_the_help_link(&browser).await, "/help");
    // The service worker may still be caching files in the background
    // (`/help/index.html` among them); what must not happen is a page load
    // of /help itself from the server.
    let after: Vec<String> = server.requested_paths()[requests_before..].to_vec();
    assert!(
        !after.iter().any(|path| path == "/help" || path == "/help/"),
        "client-side navigation loads no page: {after:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_build_for_a_sub_path_works_there() {
    let mount = sub_path();
    let server = StaticServer::start_under(&mount, sub_path_dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    assert_eq!(follow_the_help_link(&browser).await, format!("{mount}help"));
    // A module's own links to other pages stay under the sub-path too.
    browser
        .goto(&server.url("/learn/interpersonal-inventory"))
        .await;
    browser.wait_for_h1("inventory").await;
    let map_link = browser
        .script("return document.querySelector('.prose a[href$=\"/map\"]').getAttribute('href');")
        .await;
    assert_eq!(map_link, serde_json::json!(format!("{}map", mount)));
    browser.goto(&server.url("/no/such/page")).await;
    browser.wait_for_h1("Page not found").await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors {errors:?}");
    browser.close().await;
}
