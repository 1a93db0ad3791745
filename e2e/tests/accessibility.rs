//! axe-core on every route, with no stored data and with some of
//! everything, in the light and the dark theme, and with the device asking
//! for more contrast: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best
//! practices. Any violation fails the test, with the rule, the element and
//! where it was seen.

use std::time::Duration;

use e2e::axe::{axe_source, run_axe, Findings};
use e2e::browser::{Browser, POLL};
use e2e::static_server::StaticServer;
use e2e::{dist_dir, every_page, every_page_in_other_languages, without_language, THEMES};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Every page in every language, and a page that does not exist.
fn routes() -> Vec<String> {
    let mut routes = every_page();
    routes.extend(every_page_in_other_languages());
    routes.push("/no/such/page".to_string());
    routes
}

/// How a check picks the theme: as the device asks for it (the default,
/// "follow the system"), as a device that also asks for more contrast
/// (`prefers-contrast: more`), or with the switch in the footer.
#[derive(Clone, Copy, PartialEq)]
enum ThemeBy {
    Device,
    DeviceWithMoreContrast,
    Switch,
}

/// The page background of each theme, as computed (the tokens at the top
/// of style/main.css): proof that the theme and contrast asked for are the
/// ones axe looks at.
fn background_of(theme: &str, by: ThemeBy) -> &'static str {
    match (theme, by == ThemeBy::DeviceWithMoreContrast) {
        ("light", false) => "rgb(250, 247, 242)",
        ("light", true) => "rgb(255, 255, 255)",
        (_, false) => "rgb(26, 24, 22)",
        (_, true) => "rgb(0, 0, 0)",
    }
}

async fn use_theme(browser: &Browser, theme: &str, by: ThemeBy) {
    match by {
        ThemeBy::Device => {
            browser.set_color_scheme(theme).await;
        }
        ThemeBy::DeviceWithMoreContrast => {
            browser
                .emulate_media(&[
                    ("prefers-color-scheme", theme),
                    ("prefers-contrast", "more"),
                ])
                .await;
        }
        ThemeBy::Switch => {
            browser
                .client
                .find(Locator::Css("select#theme"))
                .await
                .expect("the theme switch in the footer")
                .select_by_value(theme)
                .await
                .expect("choose a theme");
        }
    }
    Browser::eventually(Duration::from_secs(5), POLL, async || {
        let background = browser
            .script("return getComputedStyle(document.body).backgroundColor;")
            .await;
        if background == json!(background_of(theme, by)) {
            Ok(())
        } else {
            Err(format!(
                "the {theme} theme did not apply: the page background is {background}"
            ))
        }
    })
    .await;
    // The buttons fade to the theme's colours; axe looks once they are
    // there.
    browser.wait_for_transitions().await;
}

/// Opens `path` (as from a shared link), lets `prepare` open what a person
/// would open there, and checks it in both themes.
async fn check_route(
    browser: &Browser,
    server: &StaticServer,
    axe: &str,
    path: &str,
    by: ThemeBy,
    findings: &mut Findings,
) {
    browser.goto(&server.url(path)).await;
    browser.h1_text().await;
    open_folded_parts(browser, path).await;
    for theme in THEMES {
        use_theme(browser, theme, by).await;
        let report = run_axe(browser, axe).await;
        // Every page has text, so the contrast rule always applies: proof
        // that each theme's colours were really measured.
        let contrast_checked = report
            .passed_rules
            .iter()
            .any(|rule| rule == "color-contrast")
            || report.violations.iter().any(|v| v.rule == "color-contrast");
        assert!(
            contrast_checked,
            "{path} {theme}: axe did not check contrast"
        );
        findings.add(&format!("{path} {theme}"), &report);
    }
}

/// Parts of a page that start folded away or closed, opened so that axe
/// sees them too: the PHQ-9 in the journal and the form to add a person.
async fn open_folded_parts(browser: &Browser, path: &str) {
    match without_language(path) {
        "/journal" => {
            let open = browser
                .script("return document.querySelector('details.phq9').open;")
                .await;
            if open != json!(true) {
                browser.click("details.phq9 summary").await;
            }
        }
        "/map" => {
            browser.click("button.add-person").await;
            browser.text_of(".person-form").await;
        }
        _ => {}
    }
}

async fn check_every_route(browser: &Browser, server: &StaticServer, by: ThemeBy) -> Findings {
    let axe = axe_source();
    let mut findings = Findings::default();
    for path in routes() {
        check_route(browser, server, &axe, &path, by, &mut findings).await;
    }
    assert_eq!(findings.checks, routes().len() * THEMES.len());
    let review = findings.needs_review();
    if !review.is_empty() {
        println!("axe: for a person to review (not failures): {review}");
    }
    let must_not = findings.review_items_that_fail();
    assert!(
        must_not.is_empty(),
        "axe left these for review, and the app has no reason to: {must_not:#?}"
    );
    findings
}

#[tokio::test]
async fn every_page_with_no_data_passes_axe_in_both_themes() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let findings = check_every_route(&browser, &server, ThemeBy::Device).await;
    assert!(findings.is_empty(), "{}", findings.describe());
    browser.close().await;
}

/// With data, as a device that asks for more contrast would see it: the
/// stronger colours of `prefers-contrast: more` must keep every rule met.
#[tokio::test]
async fn every_page_with_data_passes_axe_with_more_contrast_in_both_themes() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    enter_some_of_everything(&browser, &server).await;
    let findings = check_every_route(&browser, &server, ThemeBy::DeviceWithMoreContrast).await;
    assert!(findings.is_empty(), "{}", findings.describe());
    browser.close().await;
}

#[tokio::test]
async fn every_page_with_data_passes_axe_in_both_themes() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    enter_some_of_everything(&browser, &server).await;
    let findings = check_every_route(&browser, &server, ThemeBy::Switch).await;
    assert!(findings.is_empty(), "{}", findings.describe());
    browser.close().await;
}

/// The check itself is checked: a planted image with no text alternative
/// and low-contrast text are reported, so a harness that silently checks
/// nothing cannot pass.
#[tokio::test]
async fn axe_reports_a_planted_violation() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.h1_text().await;
    browser
        .script(
            "const main = document.querySelector('main');
             const image = document.createElement('img');
             image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
             image.width = 20; image.height = 20;
             main.prepend(image);
             const faint = document.createElement('p');
             faint.textContent = 'Faint words';
             faint.style.color = '#cccccc'; faint.style.background = '#ffffff';
             main.append(faint);
             return true;",
        )
        .await;
    let report = run_axe(&browser, &axe_source()).await;
    let rules: Vec<&str> = report
        .violations
        .iter()
        .map(|violation| violation.rule.as_str())
        .collect();
    assert!(rules.contains(&"image-alt"), "{rules:?}");
    assert!(rules.contains(&"color-contrast"), "{rules:?}");
    browser.close().await;
}

/// Some of everything, entered as a person would: three people on the
/// map, a journal week with a mood, an event and a PHQ-9, a module read with
/// an exercise answered, the self-check and a safety plan entry.
async fn enter_some_of_everything(browser: &Browser, server: &StaticServer) {
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    // The last with two initials ("AB"), which are not a word of the name.
    for name in ["Sam", "Alex", "Jo", "Ann Brown"] {
        browser.add_person_with_mouse(name).await;
    }
    wait_until(
        browser,
        "return document.querySelectorAll('.person-list tbody tr').length === 4;",
    )
    .await;

    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.type_into("#journal-mood", "6").await;
    browser
        .type_into("#event-new-description", "Walk with Sam")
        .await;
    browser.click("#event-new-person-1").await;
    browser.click("#event-new-feeling-good").await;
    browser.click("#event-new-form button[type='submit']").await;
    wait_until(
        browser,
        "return document.querySelectorAll('ul.event-list li.event').length === 1;",
    )
    .await;
    browser.click("details.phq9 summary").await;
    for item in 0..9 {
        browser.click(&format!("#phq9-item-{item}-1")).await;
    }
    browser.click("#phq9-difficulty-1").await;
    browser.text_of("section.safety-panel").await;

    browser.goto(&server.url("/learn/grief")).await;
    browser.wait_for_h1("Grief").await;
    browser.click("button.read-toggle").await;
    browser
        .type_into("#exercise-grief-story-good-memories", "Sunday walks")
        .await;

    browser.goto(&server.url("/learn/which-area")).await;
    browser.h1_text().await;
    browser
        .script(
            "document.querySelectorAll('fieldset.question').forEach((question, index) => {
                 const answers = question.querySelectorAll('input[type=radio]');
                 answers[index % answers.length].click();
             });
             return true;",
        )
        .await;

    browser.goto(&server.url("/help/plan")).await;
    browser.wait_for_h1("safety plan").await;
    browser.type_into("#plan-0", "Not sleeping").await;

    // Everything is stored before the checks begin.
    wait_until(
        browser,
        "const all = Object.keys(localStorage).map(key => localStorage.getItem(key)).join(' ');
         return ['Jo', 'Walk with Sam', 'Sunday walks', 'Not sleeping']
             .every(text => all.includes(text));",
    )
    .await;
}

/// Runs `script` until it returns true, for up to ten seconds.
async fn wait_until(browser: &Browser, script: &str) {
    browser
        .wait_for_script(script, |value| *value == Value::Bool(true))
        .await;
}
