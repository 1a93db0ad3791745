//! The guided path, crisis help, the safety plan and the summary.

use std::time::Duration;

use base64::Engine as _;
use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use serde_json::json;

async fn step_state(browser: &Browser, step: &str) -> String {
    browser
        .script(&format!(
            "return document.querySelector(\".path-step[data-step='{step}']\").dataset.state;"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_first_visit_welcomes_then_the_path_follows_what_was_done() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/")).await;
    let h1 = browser.h1_text().await;
    assert!(h1.contains("Mood and relationships"), "{h1}");
    let welcome = browser.text_of(".welcome").await;
    assert!(
        welcome.contains("not therapy") || welcome.contains("does not replace"),
        "{welcome}"
    );
    assert!(
        welcome.contains("Nothing you write leaves this device"),
        "{welcome}"
    );
    browser.click("button.start").await;
    browser.wait_for_h1("Your path").await;
    assert_eq!(step_state(&browser, "learn-basics").await, "not-started");
    let next = browser.text_of(".next-step").await;
    assert!(next.contains("Learn the basics"), "{next}");

    // Read a module, add a person, fill a week.
    browser.goto(&server.url("/learn/what-is-ipt")).await;
    browser.wait_for_h1("").await;
    browser.click("button.read-toggle").await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("journal").await;
    browser.type_into("#journal-mood", "6").await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    browser.goto(&server.url("/")).await;
    browser.wait_for_h1("Your path").await;
    assert_eq!(step_state(&browser, "learn-basics").await, "in-progress");
    assert_eq!(step_state(&browser, "build-map").await, "in-progress");
    assert_eq!(
        step_state(&browser, "weekly-check-ins").await,
        "in-progress"
    );
    assert_eq!(step_state(&browser, "find-focus").await, "not-started");
    let map_step = browser.text_of(".path-step[data-step='build-map']").await;
    assert!(map_step.contains("1 person on your map"), "{map_step}");
    let check_ins = browser
        .text_of(".path-step[data-step='weekly-check-ins']")
        .await;
    assert!(
        check_ins.contains("This week's check-in is done"),
        "{check_ins}"
    );
    assert!(check_ins.contains("initial phase"), "{check_ins}");
    let next = browser.text_of(".next-step").await;
    assert!(
        next.contains("Learn the basics") && next.contains("Read the next module"),
        "{next}"
    );
    let link = browser
        .script("return document.querySelector('.next-step a').getAttribute('href');")
        .await;
    assert_eq!(link, json!("/learn/why-it-helps"));
    // No streaks, no badges for doing, no guilt for missed weeks.
    let page = browser.text_of("main").await.to_lowercase();
    for word in ["streak", "missed", "badge", "failed"] {
        assert!(!page.contains(word), "the path says {word:?}");
    }
    browser.close().await;
}

#[tokio::test]
async fn the_chosen_country_comes_first_and_stays_chosen() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let first = browser
        .script("return document.querySelector('.contact').dataset.region;")
        .await;
    assert_eq!(
        first,
        json!("US"),
        "the default shows all, in the file's order"
    );
    let links = browser.script("return [...document.querySelectorAll('.contact-link')].map(a => a.getAttribute('href'));").await;
    for expected in [
        "tel:988",
        "sms:988",
        "tel:911",
        "tel:116123",
        "tel:999",
        "tel:112",
    ] {
        assert!(
            links.as_array().unwrap().contains(&json!(expected)),
            "{expected} in {links}"
        );
    }
    browser
        .script("const s = document.getElementById('country'); s.value = 'GB'; s.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    browser
        .wait_for_script(
            "return document.querySelector('.contact').dataset.region;",
            |first| *first == json!("GB"),
        )
        .await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Get help now").await;
    let first = browser
        .script("return document.querySelector('.contact').dataset.region;")
        .await;
    assert_eq!(first, json!("GB"), "the choice is kept on the device");
    browser.close().await;
}

#[tokio::test]
async fn the_safety_plan_and_the_summary_survive_a_reload_and_print() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // Some data to summarise: a person and a week.
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("journal").await;
    browser.type_into("#journal-mood", "4").await;

    browser.goto(&server.url("/help/plan")).await;
    browser.wait_for_h1("safety plan").await;
    browser
        .type_into("#plan-0", "Not sleeping, pulling away")
        .await;
    browser.type_into("#plan-6", "My sister and my dog").await;
    browser.click(".from-map .chip").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("safety plan").await;
    let values = browser
        .script(
            "return ['plan-0', 'plan-3', 'plan-6'].map(id => document.getElementById(id).value);",
        )
        .await;
    assert_eq!(
        values,
        json!(["Not sleeping, pulling away", "Ann", "My sister and my dog"])
    );

    browser.goto(&server.url("/data/summary")).await;
    browser.wait_for_h1("Summary").await;
    assert_eq!(
        browser.count(".summary-output svg").await,
        0,
        "nothing without a tick"
    );
    browser.click("#include-mood").await;
    browser.click("#include-map").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Summary").await;
    assert_eq!(
        browser.count(".summary-mood svg").await,
        1,
        "the chart, after a reload"
    );
    assert_eq!(
        browser.count(".summary-map svg.closeness-circle").await,
        1,
        "the map, after a reload"
    );

    browser
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let visible = browser
        .script(
            "const shown = el => { const r = el.getBoundingClientRect(); return r.width > 50 && r.height > 50; };
             return [shown(document.querySelector('.summary-mood svg')),
                     shown(document.querySelector('.summary-map svg.closeness-circle')),
                     getComputedStyle(document.querySelector('.summary-controls')).display];",
        )
        .await;
    assert_eq!(visible, json!([true, true, "none"]));
    let pdf = browser
        .cdp("Page.printToPDF", json!({ "printBackground": true }))
        .await;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pdf["data"].as_str().expect("PDF data"))
        .expect("base64");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    assert!(
        bytes.len() > 10_000,
        "a PDF with drawings in it: {} bytes",
        bytes.len()
    );
    browser.close().await;
}

#[tokio::test]
async fn the_colours_can_be_switched_by_hand_and_stay_switched() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/help")).await;
    browser.wait_for_h1("Get help now").await;
    let background = "return getComputedStyle(document.body).backgroundColor;";
    let light = browser.script(background).await;
    browser
        .script("const s = document.getElementById('theme'); s.value = 'dark'; s.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    let dark = browser
        .wait_for_script(background, |dark| *dark == json!("rgb(26, 24, 22)"))
        .await;
    assert_ne!(light, dark, "the background changed");
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Get help now").await;
    let theme = browser
        .script("return document.documentElement.dataset.theme;")
        .await;
    assert_eq!(theme, json!("dark"));
    assert_eq!(browser.script(background).await, dark);
    browser.close().await;
}

#[tokio::test]
async fn exercises_and_the_journal_use_the_map_and_the_safety_plan() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann").await;

    // An exercise about a person takes a name from the map.
    browser.goto(&server.url("/learn/disputes")).await;
    browser.wait_for_h1("Disputes").await;
    browser
        .click("section[aria-labelledby='exercise-dispute-stage-check'] .from-map .chip")
        .await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("Disputes").await;
    let who = browser
        .script(
            "return document.getElementById('exercise-dispute-stage-check-who-and-what').value;",
        )
        .await;
    assert_eq!(who, json!("Ann"));

    // With a safety plan, the journal's safety panel links to it.
    browser.goto(&server.url("/help/plan")).await;
    browser.wait_for_h1("safety plan").await;
    browser.type_into("#plan-1", "A walk round the block").await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("journal").await;
    browser
        .script("const m = document.getElementById('journal-mood'); m.value = '1'; m.dispatchEvent(new Event('input', { bubbles: true })); m.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    let link = browser
        .text_of("section.safety-panel a.safety-plan-link")
        .await;
    assert!(link.contains("safety plan"), "{link}");
    browser.close().await;
}
