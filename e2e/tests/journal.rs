//! The weekly journal as a person uses it: a week with a mood, events with
//! people from the map and the PHQ-9, kept after a reload and shown in the
//! chart and its table; the safety panel; and refused input (a mood that is
//! not 0 to 10, an event with no words, a week not started yet, a person
//! no longer on the map) that never loses what was typed.

use std::time::Duration;

use e2e::browser::Browser;
use e2e::example_data::browser_with_example;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, SIZES, THEMES};
use fantoccini::Locator;
use ipt_companion::content::journal_text;
use serde_json::{json, Value};

/// Two people on the relationship map, as the map stores them.
const MAP_WITH_TWO_PEOPLE: &str = r#"{"format":"ipt-companion","area":"map","schema":1,"revision":1,"data":{"people":[{"id":1,"name":"Sam","relationship":"friend","ring":"close"},{"id":2,"name":"Alex","relationship":"family","ring":"closest"}],"next_id":3}}"#;

/// A journal whose only event names Sam (1) and an id the map has never
/// had (99), in an earlier week.
const JOURNAL_WITH_UNKNOWN_PERSON: &str = r#"{"format":"ipt-companion","area":"journal","schema":1,"revision":1,"data":{"entries":{"2024-W10":{"week":"2024-W10","mood":4,"events":[{"id":1,"description":"Dinner out","people":[99,1],"feeling":"hard"}]}},"next_event_id":2,"plan_weeks":12}}"#;

/// Opens `/journal` once (for the origin), stores `documents` as
/// `(key, text)` in localStorage, and opens `path` with them in place.
async fn open_with_stored(
    browser: &Browser,
    server: &StaticServer,
    documents: &[(&str, &str)],
    path: &str,
) {
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    for (key, text) in documents {
        browser.store(key, text).await;
    }
    browser.goto(&server.url(path)).await;
    browser.wait_for_h1("").await;
}

/// A new browser on /journal with Sam and Alex on the map.
async fn journal_with_two_people(server: &StaticServer) -> Browser {
    let browser = Browser::start().await;
    open_with_stored(
        &browser,
        server,
        &[("ipt.v1.map", MAP_WITH_TWO_PEOPLE)],
        "/journal",
    )
    .await;
    browser
}

/// Runs `script` until it returns something other than null or false,
/// for up to ten seconds, and returns that.
async fn eventually(browser: &Browser, script: &str) -> Value {
    browser
        .wait_for_script(script, |value| !value.is_null() && *value != json!(false))
        .await
}

/// The week the page is showing, like "2026-W48".
async fn shown_week(browser: &Browser) -> String {
    eventually(
        browser,
        "const s = document.querySelector('section.week-entry'); return s && s.dataset.week;",
    )
    .await
    .as_str()
    .expect("a week")
    .to_string()
}

/// The stored mood of `week`, or null.
async fn stored_mood(browser: &Browser, week: &str) -> Value {
    browser
        .client
        .execute(
            "const text = localStorage.getItem('ipt.v1.journal');
             if (!text) return null;
             const entry = JSON.parse(text).data.entries[arguments[0]];
             return entry ? entry.mood : null;",
            vec![json!(week)],
        )
        .await
        .expect("read the stored journal")
}

async fn click(browser: &Browser, css: &str) {
    browser.click(css).await;
}

async fn type_into(browser: &Browser, css: &str, text: &str) {
    browser
        .client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|error| panic!("no element {css}: {error}"))
        .send_keys(text)
        .await
        .expect("type");
}

/// Selects the field's text, so that what is typed next replaces it in
/// one go (clearing it first would save an empty mood on the way).
async fn select_text(browser: &Browser, css: &str) {
    browser
        .client
        .execute(
            "document.querySelector(arguments[0]).select(); return true;",
            vec![json!(css)],
        )
        .await
        .expect("select the text");
}

async fn add_event(
    browser: &Browser,
    description: &str,
    people: &[u64],
    feeling: &str,
    area: Option<&str>,
) {
    type_into(browser, "#event-new-description", description).await;
    for person in people {
        click(browser, &format!("#event-new-person-{person}")).await;
    }
    click(browser, &format!("#event-new-feeling-{feeling}")).await;
    if let Some(area) = area {
        browser
            .client
            .find(Locator::Css("#event-new-area"))
            .await
            .expect("the problem area list")
            .select_by_value(area)
            .await
            .expect("choose a problem area");
    }
    click(browser, "#event-new-form button[type='submit']").await;
}

#[tokio::test]
async fn a_full_week_survives_a_reload_and_shows_in_the_chart() {
    let server = StaticServer::start(dist_dir());
    let browser = journal_with_two_people(&server).await;
    assert_eq!(browser.count("h1").await, 1);
    let week = shown_week(&browser).await;
    // This week is the newest that can be opened.
    let next_disabled = browser
        .script("return document.querySelector('.week-next').disabled;")
        .await;
    assert_eq!(next_disabled, json!(true));

    type_into(&browser, "#journal-mood", "6").await;
    eventually(
        &browser,
        &format!(
            "const t = localStorage.getItem('ipt.v1.journal');
             return !!t && JSON.parse(t).data.entries['{week}']?.mood === 6;"
        ),
    )
    .await;

    add_event(&browser, "Walk with Sam", &[1], "good", None).await;
    add_event(
        &browser,
        "Argued about chores",
        &[1, 2],
        "hard",
        Some("disputes"),
    )
    .await;
    eventually(
        &browser,
        "return document.querySelectorAll('ul.event-list li.event').length === 2;",
    )
    .await;

    // The PHQ-9 is folded away until asked for; item 9 above "Not at all".
    assert_eq!(browser.count("section.safety-panel").await, 0);
    click(&browser, "details.phq9 summary").await;
    for item in 0..8 {
        click(&browser, &format!("#phq9-item-{item}-1")).await;
    }
    click(&browser, "#phq9-item-8-2").await;
    click(&browser, "#phq9-difficulty-1").await;
    let panel = browser.text_of("section.safety-panel h3").await;
    assert!(panel.contains("not have to carry this alone"), "{panel}");
    assert!(
        browser
            .count("section.safety-panel .contacts li.contact")
            .await
            >= 1,
        "the crisis lines are in the panel"
    );
    assert_eq!(
        browser.count("section.safety-panel a[href='/help']").await,
        1
    );
    assert_eq!(
        browser.count("[role='alert'] section.safety-panel").await
            + browser.count("section.safety-panel[role='alert']").await,
        0,
        "a calm region, not an alert"
    );
    let score = browser.text_of("#phq9-score").await;
    assert!(score.contains("Score: 10 out of 27 (Moderate)"), "{score}");
    assert!(score.contains("not a diagnosis"), "{score}");

    // Everything is there after a reload.
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    assert_eq!(shown_week(&browser).await, week);
    let mood = browser
        .script("return document.getElementById('journal-mood').value;")
        .await;
    assert_eq!(mood, json!("6"));
    let events = browser
        .script(
            "return [...document.querySelectorAll('ul.event-list li.event')]
                .map(li => li.textContent);",
        )
        .await;
    let events: Vec<String> = serde_json::from_value(events).expect("event texts");
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events[0].contains("Walk with Sam") && events[0].contains("Sam"));
    assert!(events[1].contains("Argued about chores"), "{events:?}");
    assert!(events[1].contains("Sam, Alex"), "{events:?}");
    assert!(events[1].contains("Hard"), "{events:?}");
    assert!(events[1].contains("Disputes"), "{events:?}");
    assert_eq!(browser.count("details.phq9[open]").await, 1);
    assert_eq!(browser.count("details.phq9 input:checked").await, 10);
    let item_nine = browser
        .script("return document.getElementById('phq9-item-8-2').checked;")
        .await;
    assert_eq!(item_nine, json!(true));
    assert_eq!(browser.count("section.safety-panel").await, 1);

    // The chart and its table show the week.
    let chart_week = format!("svg.mood-chart g.chart-week[data-week='{week}']");
    assert_eq!(browser.count(&chart_week).await, 1);
    assert_eq!(
        browser
            .count(&format!("{chart_week} circle.chart-mood-point"))
            .await,
        1
    );
    assert_eq!(
        browser
            .count(&format!("{chart_week} polygon.chart-hard-event"))
            .await,
        1,
        "the hard event is marked"
    );
    let row = browser
        .text_of(&format!("table.week-table tr[data-week='{week}']"))
        .await;
    assert!(row.contains('6'), "{row}");
    assert!(row.contains("10 (Moderate)"), "{row}");
    assert!(row.contains("2 (1 hard)"), "{row}");
    let people = browser.text_of("section.people-patterns").await;
    assert!(people.contains("Sam came up in 1 week"), "{people}");
    assert!(people.contains("patterns, not causes"), "{people}");

    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn a_mood_outside_zero_to_ten_is_refused_and_kept_on_screen() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    let week = shown_week(&browser).await;
    type_into(&browser, "#journal-mood", "6").await;
    let saved = format!(
        "const t = localStorage.getItem('ipt.v1.journal');
         return !!t && JSON.parse(t).data.entries['{week}']?.mood === 6;"
    );
    eventually(&browser, &saved).await;

    for (typed, message) in [
        ("eleven", "whole number from 0 to 10"),
        ("11", "goes from 0 to 10"),
        ("-3", "goes from 0 to 10"),
        ("7.5", "whole number from 0 to 10"),
    ] {
        select_text(&browser, "#journal-mood").await;
        type_into(&browser, "#journal-mood", typed).await;
        let shown = browser.text_of("#journal-mood-error").await;
        assert!(shown.contains(message), "{typed}: {shown}");
        let field = browser
            .script(
                "const f = document.getElementById('journal-mood');
                 return [f.value, f.getAttribute('aria-invalid')];",
            )
            .await;
        assert_eq!(field, json!([typed, "true"]), "kept on screen as typed");
        // Longer than the pause after which a valid mood is saved.
        tokio::time::sleep(Duration::from_millis(1200)).await;
        assert_eq!(stored_mood(&browser, &week).await, json!(6), "{typed}");
    }
    // "11" passed through "1" on the way: neither saved nor alarming.
    assert_eq!(browser.count("section.safety-panel").await, 0);

    // Back to a good number: the message goes and it is saved.
    select_text(&browser, "#journal-mood").await;
    type_into(&browser, "#journal-mood", "8").await;
    eventually(
        &browser,
        "return document.getElementById('journal-mood-error').textContent === '';",
    )
    .await;
    eventually(
        &browser,
        &format!(
            "const t = localStorage.getItem('ipt.v1.journal');
             return JSON.parse(t).data.entries['{week}'].mood === 8;"
        ),
    )
    .await;

    // A mood of 1 opens the calm panel, and the entry stays editable.
    select_text(&browser, "#journal-mood").await;
    type_into(&browser, "#journal-mood", "1").await;
    let panel = browser.text_of("section.safety-panel").await;
    assert!(panel.contains("emergency number"), "{panel}");
    assert_eq!(browser.count("#event-new-description").await, 1);

    // A week that has not started cannot be opened: this week instead.
    browser.goto(&server.url("/journal?week=2999-W01")).await;
    browser.wait_for_h1("Weekly journal").await;
    let notice = browser.text_of("p.notice").await;
    assert!(notice.contains("has not started yet"), "{notice}");
    assert_eq!(shown_week(&browser).await, week);
    assert_eq!(stored_mood(&browser, "2999-W01").await, Value::Null);
    browser.close().await;
}

#[tokio::test]
async fn an_event_without_words_is_refused_and_the_choices_stay() {
    let server = StaticServer::start(dist_dir());
    let browser = journal_with_two_people(&server).await;
    click(&browser, "#event-new-person-2").await;
    click(&browser, "#event-new-feeling-very-hard").await;
    type_into(&browser, "#event-new-description", "   ").await;
    click(&browser, "#event-new-form button[type='submit']").await;
    let message = browser.text_of("#event-new-description-error").await;
    assert!(message.contains("write a few words"), "{message}");
    assert_eq!(browser.count("ul.event-list li.event").await, 0);
    let kept = browser
        .script(
            "return [document.getElementById('event-new-person-2').checked,
                     document.getElementById('event-new-feeling-very-hard').checked,
                     document.getElementById('event-new-description').getAttribute('aria-invalid'),
                     localStorage.getItem('ipt.v1.journal')];",
        )
        .await;
    assert_eq!(kept, json!([true, true, "true", null]));

    // A new name goes onto the map and is ticked.
    type_into(&browser, "#event-new-new-person", "Jordan").await;
    click(&browser, "#event-new-form button.add-person").await;
    let added = browser.text_of("#event-new-new-person-message").await;
    assert!(added.contains("Added Jordan to your map"), "{added}");
    let jordan = eventually(
        &browser,
        "const map = JSON.parse(localStorage.getItem('ipt.v1.map')).data;
         const person = map.people.find(p => p.name === 'Jordan');
         return person ? person.id : null;",
    )
    .await;
    let ticked = browser
        .script(&format!(
            "return document.getElementById('event-new-person-{jordan}').checked;"
        ))
        .await;
    assert_eq!(ticked, json!(true));

    // With words, the same choices make an event.
    type_into(&browser, "#event-new-description", "Phone call").await;
    click(&browser, "#event-new-form button[type='submit']").await;
    eventually(
        &browser,
        "return document.querySelectorAll('ul.event-list li.event').length === 1;",
    )
    .await;
    let event = browser.text_of("ul.event-list li.event").await;
    assert!(event.contains("Phone call"), "{event}");
    assert!(event.contains("Alex, Jordan"), "{event}");
    assert!(event.contains("Very hard"), "{event}");
    let message = browser.text_of("#event-new-description-error").await;
    assert_eq!(message, "");
    browser
        .wait_for_text(".event-status [role='status']", "Added to this week")
        .await;
    // A refusal after it does not leave "Added" standing beside it.
    click(&browser, "#event-new-form button[type='submit']").await;
    browser
        .wait_for_text("#event-new-description-error", "write a few words")
        .await;
    let status = browser.text_of(".event-status [role='status']").await;
    assert_eq!(status, "", "nothing was added this time");

    // Changing it: emptying the words is refused too; then a real change.
    click(&browser, "li.event button.event-edit").await;
    let edit_field = browser
        .script(
            "const field = document.querySelector('li.event input[id$=\\'-description\\']');
             return field.id;",
        )
        .await;
    let edit_field = format!("#{}", edit_field.as_str().expect("an id"));
    select_text(&browser, &edit_field).await;
    type_into(&browser, &edit_field, " ").await;
    click(&browser, "li.event button[type='submit']").await;
    let message = browser.text_of("li.event .field-error").await;
    assert!(message.contains("write a few words"), "{message}");
    select_text(&browser, &edit_field).await;
    type_into(&browser, &edit_field, "Long phone call").await;
    click(&browser, "li.event button[type='submit']").await;
    eventually(
        &browser,
        "const d = document.querySelector('li.event .event-description');
         return !!d && d.textContent === 'Long phone call';",
    )
    .await;
    let status = browser.text_of(".event-status [role='status']").await;
    assert_eq!(status, "Changes saved.", "a change is not called added");

    // Removing it, then putting it back.
    click(&browser, "li.event button.event-remove").await;
    eventually(
        &browser,
        "return document.querySelectorAll('ul.event-list li.event').length === 0;",
    )
    .await;
    click(&browser, "button.event-undo").await;
    let event = browser.text_of("ul.event-list li.event").await;
    assert!(event.contains("Long phone call"), "{event}");
    assert!(event.contains("Alex, Jordan"), "{event}");
    browser.close().await;
}

#[tokio::test]
async fn a_person_no_longer_on_the_map_is_named_as_removed() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    open_with_stored(
        &browser,
        &server,
        &[
            ("ipt.v1.map", MAP_WITH_TWO_PEOPLE),
            ("ipt.v1.journal", JOURNAL_WITH_UNKNOWN_PERSON),
        ],
        "/journal?week=2024-W10",
    )
    .await;
    assert_eq!(shown_week(&browser).await, "2024-W10");
    let people = browser.text_of("ul.event-list .event-people").await;
    assert!(
        people.contains("someone removed from the map, Sam"),
        "{people}"
    );
    let note_label = browser.text_of("section.people-notes label").await;
    assert!(
        note_label.contains("someone removed from the map"),
        "{note_label}"
    );
    let patterns = browser.text_of("section.people-patterns").await;
    assert!(
        patterns.contains("Someone removed from the map came up in 1 week"),
        "{patterns}"
    );
    let row = browser
        .text_of("table.week-table tr[data-week='2024-W10']")
        .await;
    assert!(row.contains('4'), "{row}");
    // Editing keeps the removed person unless they are unticked.
    click(&browser, "li.event button.event-edit").await;
    let kept = browser
        .script("return document.getElementById('event-1-person-99').checked;")
        .await;
    assert_eq!(kept, json!(true));
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn the_home_page_says_when_this_weeks_check_in_is_open() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    // Someone who has started (people on the map), so the home page shows
    // their path rather than the first-visit welcome.
    open_with_stored(
        &browser,
        &server,
        &[("ipt.v1.map", MAP_WITH_TWO_PEOPLE)],
        "/",
    )
    .await;
    let banner = browser.text_of(".check-in-banner").await;
    assert!(banner.contains("check-in is open"), "{banner}");
    click(&browser, ".check-in-banner a[href='/journal']").await;
    browser.wait_for_h1("Weekly journal").await;
    let week = shown_week(&browser).await;
    type_into(&browser, "#journal-mood", "5").await;
    eventually(
        &browser,
        &format!(
            "const t = localStorage.getItem('ipt.v1.journal');
             return !!t && JSON.parse(t).data.entries['{week}']?.mood === 5;"
        ),
    )
    .await;
    browser.goto(&server.url("/")).await;
    browser.wait_for_h1("").await;
    // The page is drawn (its path list or welcome) before checking absence.
    eventually(
        &browser,
        "return document.querySelectorAll('main h1').length === 1;",
    )
    .await;
    assert_eq!(browser.count(".check-in-banner").await, 0);
    browser.close().await;
}

#[tokio::test]
async fn a_half_written_event_survives_a_reload_and_goes_once_added() {
    let server = StaticServer::start(dist_dir());
    let browser = journal_with_two_people(&server).await;
    type_into(
        &browser,
        "#event-new-description",
        "Coffee with Sam, <b>later</b>",
    )
    .await;
    click(&browser, "#event-new-person-1").await;
    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Weekly journal").await;
    let restored = eventually(
        &browser,
        "const d = document.getElementById('event-new-description');
         return d && d.value ? [d.value, document.getElementById('event-new-person-1').checked] : null;",
    )
    .await;
    assert_eq!(restored, json!(["Coffee with Sam, <b>later</b>", true]));
    assert_eq!(
        browser.stored("ipt.v1.journal").await,
        Value::Null,
        "a draft is not saved data"
    );
    click(&browser, "#event-new-form button[type='submit']").await;
    browser
        .wait_for_text(".event-list", "Coffee with Sam")
        .await;
    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Weekly journal").await;
    browser
        .wait_for_text(".event-list", "Coffee with Sam")
        .await;
    let description = browser
        .script("return document.getElementById('event-new-description').value;")
        .await;
    assert_eq!(
        description,
        json!(""),
        "the draft went with the added event"
    );
    browser.close().await;
}

/// The note stored for `week`, once one is (saves wait for a pause).
async fn stored_note(browser: &Browser, week: &str) -> Value {
    eventually(
        browser,
        &format!(
            "const t = localStorage.getItem('ipt.v1.journal');
             return t && JSON.parse(t).data.entries['{week}']?.note;"
        ),
    )
    .await
}

#[tokio::test]
async fn two_hundred_characters_typed_fast_and_a_reload_at_once_lose_nothing() {
    let server = StaticServer::start(dist_dir());
    let browser = journal_with_two_people(&server).await;
    let week = shown_week(&browser).await;
    // 200 characters in one WebDriver call: keys as fast as they come.
    let note: String = "Talked with Sam about the move; it went better than I feared. "
        .chars()
        .cycle()
        .take(200)
        .collect();
    type_into(&browser, "#journal-note", &note).await;
    // Saves wait for a pause in typing; leaving the page must not lose them.
    browser.client.refresh().await.expect("reload at once");
    browser.wait_for_h1("Weekly journal").await;
    let stored = stored_note(&browser, &week).await;
    assert_eq!(stored, json!(note));
    let shown = eventually(
        &browser,
        "const n = document.querySelector('#journal-note'); return n && n.value;",
    )
    .await;
    assert_eq!(shown, json!(note));
    browser.close().await;
}

#[tokio::test]
async fn a_burst_of_typing_is_saved_once_after_a_pause() {
    let server = StaticServer::start(dist_dir());
    let browser = journal_with_two_people(&server).await;
    let week = shown_week(&browser).await;
    // Count the writes of the journal's key from here on.
    browser
        .script(
            "window.__journalWrites = 0;
             const setItem = Storage.prototype.setItem;
             Storage.prototype.setItem = function (key, value) {
                 if (key === 'ipt.v1.journal') window.__journalWrites += 1;
                 return setItem.call(this, key, value);
             };
             return true;",
        )
        .await;
    type_into(
        &browser,
        "#journal-note",
        "Forty characters typed without a pause.",
    )
    .await;
    let stored = stored_note(&browser, &week).await;
    assert_eq!(stored, json!("Forty characters typed without a pause."));
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        browser.script("return window.__journalWrites;").await,
        json!(1)
    );
    browser.close().await;
}

#[tokio::test]
async fn a_phq9_of_twenty_two_shows_the_firmer_message_and_the_help_link() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    click(&browser, "details.phq9 summary").await;
    // 6 × 3 + 2 × 2 = 22, with item 9 at "Not at all".
    for item in 0..6 {
        click(&browser, &format!("#phq9-item-{item}-3")).await;
    }
    click(&browser, "#phq9-item-6-2").await;
    click(&browser, "#phq9-item-7-2").await;
    click(&browser, "#phq9-item-8-0").await;
    let score = browser
        .wait_for_text("#phq9-score", "Score: 22 out of 27 (Severe)")
        .await;
    assert!(score.contains("not a diagnosis"), "{score}");
    let firmer = browser.text_of("#phq9-score .phq9-severe").await;
    assert_eq!(firmer, journal_text::PHQ9_CONTACT_DOCTOR_SOON);
    assert!(firmer.contains("contact a doctor soon"), "{firmer}");
    assert!(
        !score.contains(journal_text::PHQ9_TALK_IT_OVER),
        "not the words for 10 to 14: {score}"
    );
    let help = browser
        .client
        .find(Locator::Css("#phq9-score a.phq9-help-link"))
        .await
        .expect("the link to /help");
    assert_eq!(help.attr("href").await.unwrap().as_deref(), Some("/help"));
    assert_eq!(
        help.text().await.unwrap(),
        journal_text::PHQ9_SEVERE_HELP_LINK
    );
    // Item 9 keeps its own rule: at "Not at all" there is no safety panel.
    assert_eq!(browser.count("section.safety-panel").await, 0);

    // 19 is no longer severe: the words of 15 to 19, no firmest message.
    click(&browser, "#phq9-item-0-0").await;
    let score = browser
        .wait_for_text("#phq9-score", "Score: 19 out of 27")
        .await;
    assert!(
        score.contains(journal_text::PHQ9_MAKE_AN_APPOINTMENT),
        "{score}"
    );
    assert!(!score.contains(journal_text::PHQ9_TALK_IT_OVER), "{score}");
    assert_eq!(browser.count("#phq9-score .phq9-severe").await, 0);
    assert_eq!(browser.count("#phq9-score a.phq9-help-link").await, 0);
    // 14: the gentlest words.
    click(&browser, "#phq9-item-1-1").await;
    let score = browser
        .wait_for_text("#phq9-score", "Score: 17 out of 27")
        .await;
    assert!(
        score.contains(journal_text::PHQ9_MAKE_AN_APPOINTMENT),
        "{score}"
    );
    click(&browser, "#phq9-item-2-0").await;
    let score = browser
        .wait_for_text("#phq9-score", "Score: 14 out of 27")
        .await;
    assert!(score.contains(journal_text::PHQ9_TALK_IT_OVER), "{score}");
    click(&browser, "#phq9-item-1-3").await;
    click(&browser, "#phq9-item-2-3").await;

    // The link opens /help.
    click(&browser, "#phq9-item-0-3").await;
    browser
        .wait_for_text("#phq9-score", "Score: 22 out of 27")
        .await;
    click(&browser, "#phq9-score a.phq9-help-link").await;
    browser.wait_for_h1("Get help now").await;
    browser.close().await;
}

#[tokio::test]
async fn changing_an_event_takes_the_focus_to_its_words_and_gives_it_back() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    open_with_stored(
        &browser,
        &server,
        &[("ipt.v1.journal", JOURNAL_WITH_UNKNOWN_PERSON)],
        "/journal?week=2024-W10",
    )
    .await;
    assert_eq!(shown_week(&browser).await, "2024-W10");
    let focus_on =
        |css: &str| format!("return document.activeElement === document.querySelector({css:?});");
    // Opened, then cancelled: back on that event's "Change" button.
    click(&browser, "li.event button.event-edit").await;
    eventually(&browser, &focus_on("#event-1-description")).await;
    click(&browser, "li.event button.event-cancel").await;
    eventually(&browser, &focus_on("li.event button.event-edit")).await;
    // Opened, then saved with new words (the row is drawn anew): back on
    // its "Change" button again.
    click(&browser, "li.event button.event-edit").await;
    eventually(&browser, &focus_on("#event-1-description")).await;
    type_into(&browser, "#event-1-description", " with Sam").await;
    click(&browser, "li.event button[type='submit']").await;
    eventually(
        &browser,
        "const d = document.querySelector('li.event .event-description');
         return !!d && d.textContent === 'Dinner out with Sam';",
    )
    .await;
    eventually(&browser, &focus_on("li.event button.event-edit")).await;
    browser.close().await;
}

/// The chart's box and the chart in it, once it has been measured: the
/// chart's and its section's content width, how far it reaches past the
/// section, the size of its dates as drawn, and each date's and year's
/// box (left, right, top, bottom).
const CHART_FIT: &str = "
    const svg = document.querySelector('svg.mood-chart');
    if (!svg) return null;
    const section = svg.closest('section');
    const style = getComputedStyle(section);
    const container = section.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const chart = svg.getBoundingClientRect();
    const scale = chart.width / svg.viewBox.baseVal.width;
    const dates = [...svg.querySelectorAll('text.chart-date')];
    const years = [...svg.querySelectorAll('text.chart-year')];
    const box = t => { const r = t.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; };
    return {
        chart: chart.width,
        container,
        overflow: chart.right - section.getBoundingClientRect().right + parseFloat(style.paddingRight),
        font: dates.length ? parseFloat(getComputedStyle(dates[0]).fontSize) * scale : 0,
        weeks: Number(svg.dataset.weeks),
        dates: dates.map(box),
        years: years.map(box),
    };";

/// Whether two label boxes touch.
fn boxes_meet(a: &[f64], b: &[f64]) -> bool {
    a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3]
}

/// Checks the chart on the page now fills its section (at least 90% of
/// its width, never past it), draws its dates at 11px or more, and that no
/// two of its dates or years meet; returns how many dates it drew.
async fn chart_fits(browser: &Browser, what: &str) -> usize {
    Browser::eventually(
        Duration::from_secs(10),
        Duration::from_millis(100),
        async || {
            let fit = browser.script(CHART_FIT).await;
            if fit.is_null() {
                return Err(format!("{what}: no chart"));
            }
            let number = |key: &str| fit[key].as_f64().unwrap_or(0.0);
            let (chart, container) = (number("chart"), number("container"));
            if chart < 0.9 * container || number("overflow") > 1.0 {
                return Err(format!(
                    "{what}: the chart is {chart:.0}px wide in a {container:.0}px box \
                 (reaching {:.0}px past it)",
                    number("overflow")
                ));
            }
            if number("font") < 10.9 {
                return Err(format!(
                    "{what}: the dates are drawn at {:.1}px",
                    number("font")
                ));
            }
            let boxes = |key: &str| -> Vec<Vec<f64>> {
                serde_json::from_value(fit[key].clone()).unwrap_or_default()
            };
            let labels: Vec<Vec<f64>> = boxes("dates").into_iter().chain(boxes("years")).collect();
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    if boxes_meet(a, b) {
                        return Err(format!("{what}: labels {a:?} and {b:?} overlap"));
                    }
                }
            }
            println!(
                "{what}: chart {chart:.0}px in {container:.0}px, {} weeks, {} dates",
                number("weeks"),
                boxes("dates").len()
            );
            Ok(boxes("dates").len())
        },
    )
    .await
}

/// A journal with a mood in each of the `weeks` weeks up to this one.
fn journal_of(weeks: u64) -> String {
    use ipt_companion::model::journal::{IsoWeek, Journal};
    let today = chrono::Utc::now().date_naive();
    let mut journal = Journal::default();
    for weeks_ago in 0..weeks {
        let date = today - chrono::Days::new(7 * weeks_ago);
        let mood = (weeks_ago * 7 % 11).to_string();
        journal
            .set_mood_from_text(IsoWeek::from_date(date), today, &mood)
            .expect("a mood");
    }
    ipt_companion::storage::encode("journal", 1, &journal)
}

#[tokio::test]
async fn the_chart_fills_its_column_with_dates_apart_on_a_phone_and_a_laptop() {
    let server = StaticServer::start(dist_dir());
    for (weeks, show_all) in [(3, false), (14, false), (520, true)] {
        let stored = [("ipt.v1.journal".to_string(), journal_of(weeks))];
        let browser = Browser::with_stored(&server, &stored).await;
        for size in SIZES {
            browser.set_size(size).await;
            let (width, _) = size;
            for theme in THEMES {
                browser.set_color_scheme(theme).await;
                browser.goto(&server.url("/journal")).await;
                browser.wait_for_h1("Weekly journal").await;
                browser.text_of("svg.mood-chart").await;
                if show_all {
                    click(&browser, ".chart-span button:nth-child(2)").await;
                    eventually(
                        &browser,
                        &format!("return document.querySelector('svg.mood-chart')?.dataset.weeks === '{weeks}';"),
                    )
                    .await;
                }
                let what = format!("{weeks} weeks at {width}px, {theme}");
                let dates = chart_fits(&browser, &what).await;
                assert!(dates >= 1, "{what}: no dates");
                // The table lists what the chart shows.
                let table_rows = browser.count("table.week-table tbody tr").await;
                let shown = if show_all {
                    weeks.min(26)
                } else {
                    weeks.min(12)
                };
                assert_eq!(table_rows, shown as usize, "{what}");
            }
        }
        browser.close().await;
    }
}

#[tokio::test]
async fn the_switch_shows_the_last_twelve_weeks_or_all_and_the_table_follows() {
    let server = StaticServer::start(dist_dir());
    let browser = browser_with_example(&server).await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    let chart = "svg.mood-chart";
    browser.text_of(chart).await;
    // Fourteen weeks: the last twelve at first.
    assert_eq!(browser.count("svg.mood-chart[data-weeks='12']").await, 1);
    assert_eq!(browser.count("svg.mood-chart g.chart-week").await, 12);
    assert_eq!(browser.count("table.week-table tbody tr").await, 12);
    let recent = ".chart-span button:nth-child(1)";
    let all = ".chart-span button:nth-child(2)";
    let pressed = async |css: &str| {
        browser
            .script(&format!(
                "return document.querySelector('{css}').getAttribute('aria-pressed');"
            ))
            .await
    };
    assert_eq!(pressed(recent).await, json!("true"));
    assert_eq!(pressed(all).await, json!("false"));
    assert_eq!(browser.text_of(all).await, journal_text::chart_span_all(14));
    let caption = browser.text_of("table.week-table caption").await;
    assert!(caption.contains("last 12 weeks"), "{caption}");

    click(&browser, all).await;
    eventually(
        &browser,
        "return document.querySelectorAll('svg.mood-chart g.chart-week').length === 14;",
    )
    .await;
    assert_eq!(pressed(all).await, json!("true"));
    assert_eq!(pressed(recent).await, json!("false"));
    assert_eq!(browser.count("table.week-table tbody tr").await, 14);
    let caption = browser.text_of("table.week-table caption").await;
    assert!(caption.contains("All your weeks"), "{caption}");

    // The plan's phases are shaded, named in the key and described.
    assert_eq!(browser.count("svg.mood-chart rect.chart-phase").await, 3);
    let key = browser.text_of("ul.chart-legend").await;
    assert!(
        key.contains("Beginning phase (weeks 1 to 3 of your plan)"),
        "{key}"
    );
    assert!(
        key.contains("Ending phase (weeks 10 to 12 of your plan)"),
        "{key}"
    );
    let description = browser.text_of("#mood-chart-desc").await;
    let description = if description.is_empty() {
        browser
            .script("return document.getElementById('mood-chart-desc').textContent;")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    } else {
        description
    };
    assert!(
        description.contains("Middle phase (weeks 4 to 9"),
        "{description}"
    );

    // The choice lasts while the app is open: away and back.
    click(&browser, "a[href='/map']").await;
    browser.wait_for_h1("map").await;
    click(&browser, "a[href='/journal']").await;
    browser.wait_for_h1("Weekly journal").await;
    browser.text_of(chart).await;
    assert_eq!(browser.count("svg.mood-chart[data-weeks='14']").await, 1);
    click(&browser, recent).await;
    eventually(
        &browser,
        "return document.querySelector('svg.mood-chart').dataset.weeks === '12';",
    )
    .await;
    browser.close().await;
}

/// The year at a glance's squares now: (name, band, hard) of each.
const YEAR_SQUARES: &str = "
    return [...document.querySelectorAll('.year-glance .year-rows [role=img]')]
        .map(s => [s.getAttribute('aria-label'), s.dataset.band, s.dataset.hard || '']);";

#[tokio::test]
async fn the_year_at_a_glance_has_a_square_a_week_named_by_its_mood_and_prints_in_the_summary() {
    let server = StaticServer::start(dist_dir());
    let browser = browser_with_example(&server).await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    browser.text_of(".year-glance").await;
    let squares: Vec<(String, String, String)> =
        serde_json::from_value(browser.script(YEAR_SQUARES).await).expect("squares");
    assert_eq!(squares.len(), 52);
    // The example's last fourteen weeks have a mood; the rest no entry.
    let (before, noted) = squares.split_at(38);
    assert!(
        before
            .iter()
            .all(|(name, band, _)| name.ends_with("no entry") && band == "none"),
        "{before:?}"
    );
    let moods = [3, 3, 4, 2, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7];
    for ((name, band, hard), (index, mood)) in noted.iter().zip(moods.iter().enumerate()) {
        assert!(name.contains(&format!("mood {mood} of 10")), "{name}");
        let expected_band = match mood {
            0..=1 => "1",
            2..=3 => "2",
            4..=6 => "3",
            7..=8 => "4",
            _ => "5",
        };
        assert_eq!(band, expected_band, "{name}");
        // Every fourth week of the example has a hard event.
        assert_eq!(hard == "true", index % 4 == 0, "{name}");
        assert_eq!(name.contains("a hard event"), index % 4 == 0, "{name}");
    }
    assert!(noted[13].0.ends_with("this week"), "{:?}", noted[13]);
    let key = browser.text_of(".year-key").await;
    assert!(
        key.contains("Mood 4 to 6") && key.contains("No entry"),
        "{key}"
    );

    // In the summary, with the mood.
    browser.goto(&server.url("/data/summary")).await;
    browser.wait_for_h1("").await;
    if browser.count(".summary-output .summary-mood").await == 0 {
        click(&browser, "#include-mood").await;
    }
    browser.text_of(".summary-output .year-glance").await;
    assert_eq!(
        browser
            .count(".summary-output .year-glance .year-rows [role=img]")
            .await,
        52
    );
    assert_eq!(browser.count(".summary-output svg.mood-chart").await, 1);
    browser.close().await;
}
