//! `/help` as a person in trouble meets it: the crisis lines and, after
//! them, the lines for someone who is being hurt or controlled, with
//! JavaScript off (the prerendered page) and with the server gone (the
//! service worker's copy); and the way from `/`, `/help` and the self-check
//! to "When self-help is not enough". Every number comes from the one data
//! file, `src/content/crisis_contacts.rs`.

use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use fantoccini::Locator;
use ipt_companion::content::crisis_contacts::{contact_href, ABUSE_CONTACTS, CRISIS_CONTACTS};
use ipt_companion::content::ui_text;
use ipt_companion::routes::SELF_HELP_LIMITS;

/// Every line of both lists is on the page as a link, the crisis lines
/// under "Talk to someone now" and the abuse lines in their own section
/// after them.
async fn assert_both_lists(browser: &Browser, context: &str) {
    for contact in CRISIS_CONTACTS {
        let selector = format!(
            "ul.contacts .contact-link[href='{}']",
            contact_href(contact)
        );
        assert!(
            browser.count(&selector).await >= 1,
            "{context}: crisis line {} ({selector})",
            contact.service
        );
    }
    for contact in ABUSE_CONTACTS {
        let selector = format!(
            "section.abuse-lines ul.contacts .contact-link[href='{}']",
            contact_href(contact)
        );
        assert!(
            browser.count(&selector).await >= 1,
            "{context}: abuse line {} ({selector})",
            contact.service
        );
    }
    let heading = browser.text_of("#someone-hurting-you").await;
    assert_eq!(heading, ui_text::help::ABUSE_HEADING, "{context}");
    assert_eq!(
        browser
            .count("h2#talk-to-someone ~ section.abuse-lines")
            .await,
        1,
        "{context}: the abuse lines come after the crisis lines"
    );
    assert!(
        browser.count("section.abuse-lines a[href^='sms:']").await >= 1,
        "{context}: a line to text"
    );
}

#[tokio::test]
async fn help_shows_the_crisis_and_the_abuse_lines_with_javascript_off() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start_with_args(&["--blink-settings=scriptEnabled=false"]).await;
    browser.goto(&server.url("/help")).await;
    assert_eq!(browser.static_h1_text().await, "Get help now");
    assert_eq!(browser.count("#prerendered").await, 1, "the static page");
    assert_both_lists(&browser, "JavaScript off").await;
    let limits = format!("#prerendered a[href='{SELF_HELP_LIMITS}']");
    assert_eq!(browser.count(&limits).await, 1, "{limits} on /help");

    // The welcome on / links to the same section.
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.count(&limits).await, 1, "{limits} on /");

    // Every page says, above itself, where the numbers are.
    browser.goto(&server.url("/journal")).await;
    let noscript_link = browser
        .client
        .find(Locator::Css("noscript a"))
        .await
        .expect("a link in the noscript message");
    assert_eq!(
        noscript_link.attr("href").await.unwrap().as_deref(),
        Some("/help")
    );
    browser.close().await;
}

#[tokio::test]
async fn help_shows_the_crisis_and_the_abuse_lines_offline() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    browser.wait_for_service_worker().await;
    let help = server.url("/help");
    drop(server);
    browser.goto(&help).await;
    browser.wait_for_h1("Get help now").await;
    assert_eq!(browser.count("#prerendered").await, 0, "the app's own page");
    assert_both_lists(&browser, "offline").await;
    browser.close().await;
}

#[tokio::test]
async fn home_help_and_the_self_check_result_lead_to_when_self_help_is_not_enough() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let link = format!("a[href='{SELF_HELP_LIMITS}']");

    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let words = browser.text_of(&format!("p.self-help-limits {link}")).await;
    assert_eq!(words, ui_text::SELF_HELP_LIMITS_LINK);

    browser.goto(&server.url("/learn/which-area")).await;
    browser.wait_for_h1("Which problem area").await;
    assert_eq!(
        browser.count(&format!(".result {link}")).await,
        1,
        "under the self-check's result"
    );

    // A first visit: the welcome, whose link opens the section.
    browser.goto(&server.url("/")).await;
    browser
        .wait_for_h1("Mood and relationships, one step at a time")
        .await;
    browser.click(&format!(".welcome {link}")).await;
    browser.wait_for_h1("What is IPT?").await;
    let heading = browser.text_of("#when-self-help-is-not-enough").await;
    assert_eq!(heading, "When self-help is not enough");
    let section = browser
        .text_of("section[aria-labelledby='when-self-help-is-not-enough']")
        .await;
    for topic in ["suicide", "bipolar", "pregnant", "under 18"] {
        assert!(section.contains(topic), "{topic}: {section}");
    }
    browser.close().await;
}
