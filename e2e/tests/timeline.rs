//! `/timeline` and this week's step, end to end: entries added by mouse
//! and by keyboard alone, the drawing and the list agreeing after a reload,
//! printing, a step reviewed the week after (the app's clock moved on), a
//! backup brought back after deleting, the lock leaving no plain text, and
//! a phone-wide page that scrolls only inside the drawing.

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, PHONE};
use fantoccini::key::Key;
use serde_json::{json, Value};

const LOSS: &str = "Grandad-Sentinel died";
const STEP: &str = "Call-Sentinel Priya on Sunday";

async fn open_timeline(browser: &Browser, server: &StaticServer) {
    browser.goto(&server.url("/timeline")).await;
    browser.wait_for_h1("Your timeline").await;
}

/// Adds a life event with the mouse: click, type, click.
async fn add_event_with_mouse(browser: &Browser, when: &str, what: &str, kind: &str) {
    browser.click("#event-when").await;
    browser.type_into("#event-when", when).await;
    browser.click("#event-what").await;
    browser.type_into("#event-what", what).await;
    browser.click(&format!("#timeline-kind-{kind}")).await;
    browser
        .click(".timeline-event-form button[type=submit]")
        .await;
    browser.wait_for_text(".timeline-list.events", what).await;
}

/// Presses keys on whatever has keyboard focus.
async fn press(browser: &Browser, keys: &str) {
    browser
        .client
        .active_element()
        .await
        .expect("a focused element")
        .send_keys(keys)
        .await
        .expect("keys");
}

async fn focused_id(browser: &Browser) -> Value {
    browser.script("return document.activeElement.id;").await
}

/// Tabs forward until the element with `id` has focus.
async fn tab_to(browser: &Browser, id: &str) {
    for _ in 0..80 {
        if focused_id(browser).await == json!(id) {
            return;
        }
        press(browser, &Key::Tab.to_string()).await;
    }
    panic!("Tab never reached #{id}");
}

/// Every list entry's words and every drawn mark's title, after a reload.
async fn list_and_drawing(browser: &Browser) -> (Value, Value, Value, Value) {
    let listed = browser
        .script("return [...document.querySelectorAll('.timeline-list.events .timeline-what')].map(e => e.textContent);")
        .await;
    let drawn = browser
        .script("return [...document.querySelectorAll('.timeline-drawing .timeline-event title')].map(e => e.textContent.split(': ').slice(1).join(': '));")
        .await;
    let periods = browser
        .script("return document.querySelectorAll('.timeline-list.periods li').length;")
        .await;
    let bands = browser
        .script("return document.querySelectorAll('.timeline-drawing .timeline-low').length;")
        .await;
    (listed, drawn, periods, bands)
}

#[tokio::test]
async fn entries_added_by_mouse_and_by_keyboard_are_drawn_listed_and_printed() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    open_timeline(&browser, &server).await;
    assert_eq!(browser.count(".timeline-drawing").await, 1);

    // A refusal names its reasons, and nothing is added.
    browser
        .click(".timeline-event-form button[type=submit]")
        .await;
    let problems = browser.text_of("#event-problems").await;
    assert!(problems.contains("“When?” is empty"), "{problems}");
    assert!(problems.contains("what happened"), "{problems}");
    browser.type_into("#event-when", "2099-01").await;
    browser
        .click(".timeline-event-form button[type=submit]")
        .await;
    browser
        .wait_for_text("#event-problems", "in the future")
        .await;
    browser.script("document.getElementById('event-when').value = ''; document.getElementById('event-when').dispatchEvent(new Event('input', { bubbles: true })); return true;").await;

    // Two events by mouse.
    add_event_with_mouse(&browser, "2025-01", LOSS, "death").await;
    add_event_with_mouse(&browser, "2025-06-14", "Moved to Leeds", "role-change").await;

    // A third, by keyboard alone: Tab to the first field, type, Tab on,
    // Space to choose the kind, Enter to add.
    browser
        .script("document.activeElement.blur(); window.scrollTo(0, 0); return true;")
        .await;
    tab_to(&browser, "event-when").await;
    press(&browser, "2024-11-03").await;
    press(&browser, &Key::Tab.to_string()).await;
    assert_eq!(focused_id(&browser).await, json!("event-what"));
    press(&browser, "Row with my brother").await;
    press(&browser, &Key::Tab.to_string()).await;
    assert_eq!(focused_id(&browser).await, json!("timeline-kind-death"));
    // The arrow moves the choice to the next kind, "relationship-ended",
    // and once more to "conflict".
    press(&browser, &Key::Down.to_string()).await;
    assert_eq!(
        focused_id(&browser).await,
        json!("timeline-kind-relationship-ended")
    );
    press(&browser, &Key::Down.to_string()).await;
    assert_eq!(focused_id(&browser).await, json!("timeline-kind-conflict"));
    tab_to(&browser, "event-submit").await;
    press(&browser, &Key::Enter.to_string()).await;
    browser
        .wait_for_text(".timeline-list.events", "Row with my brother")
        .await;

    // A time of low mood, by keyboard: from, to (empty: goes on), lowness.
    tab_to(&browser, "period-from").await;
    press(&browser, "2025-03").await;
    tab_to(&browser, "timeline-lowness-a-bit-low").await;
    press(&browser, &Key::Down.to_string()).await;
    press(&browser, &Key::Down.to_string()).await;
    assert_eq!(
        focused_id(&browser).await,
        json!("timeline-lowness-very-low")
    );
    tab_to(&browser, "period-from").await;
    press(&browser, &Key::Enter.to_string()).await;
    browser
        .wait_for_text(".timeline-list.periods", "Very low")
        .await;

    // The clue is worded as a clue.
    let clues = browser.text_of(".timeline-clues").await;
    assert!(
        clues.contains(LOSS) && clues.contains("not a cause"),
        "{clues}"
    );

    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Your timeline").await;
    browser.wait_for_text(".timeline-list.events", LOSS).await;
    let (listed, drawn, periods, bands) = list_and_drawing(&browser).await;
    assert_eq!(
        listed,
        json!(["Row with my brother", LOSS, "Moved to Leeds"]),
        "in time order"
    );
    assert_eq!(drawn, listed, "the drawing shows what the list shows");
    assert_eq!((periods, bands), (json!(1), json!(1)));

    browser
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = browser
        .script(
            "const r = document.querySelector('.timeline-drawing').getBoundingClientRect();
             return [r.width > 100 && r.height > 30 && r.right <= document.documentElement.clientWidth,
                     getComputedStyle(document.querySelector('.timeline-event-form').parentElement).display,
                     document.querySelectorAll('.timeline-list.events li').length];",
        )
        .await;
    assert_eq!(
        printed,
        json!([true, "none", 3]),
        "printed: the drawing and the list, no forms"
    );
    browser.close().await;
}

/// The `value` of the field matching `css`.
async fn value_of(browser: &Browser, css: &str) -> Value {
    browser
        .script(&format!("return document.querySelector('{css}').value;"))
        .await
}

/// The page's status line now (it is not waited on: the point is what it
/// does not say).
async fn status_now(browser: &Browser) -> String {
    browser
        .script("return document.querySelector('.timeline-status').textContent;")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn saving_says_what_was_done_and_an_entry_removed_while_changed_is_not_reported_added() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    open_timeline(&browser, &server).await;
    add_event_with_mouse(&browser, "2025-06", "Moved-Sentinel", "role-change").await;
    browser
        .wait_for_text(".timeline-status", "Added to your timeline")
        .await;

    // A refusal does not leave the last "Added" beside it.
    browser.click("#event-submit").await;
    browser
        .wait_for_text("#event-problems", "what happened")
        .await;
    assert!(
        !status_now(&browser).await.contains("Added"),
        "{}",
        status_now(&browser).await
    );

    // A change says it was changed, not added.
    browser
        .click(".timeline-list.events button[id^='edit-event-']")
        .await;
    browser
        .wait_for_text(".timeline-event-form h3", "Change")
        .await;
    browser.type_into("#event-what", " to Leeds").await;
    browser.click("#event-submit").await;
    browser
        .wait_for_text(".timeline-list.events", "Moved-Sentinel to Leeds")
        .await;
    let status = browser.text_of(".timeline-status").await;
    assert!(
        status.contains("Your change is on your timeline") && !status.contains("Added"),
        "{status}"
    );

    // Change it, remove it meanwhile, then save: nothing was saved, the
    // page says so, and what was typed stays, ready to be added again.
    browser
        .click(".timeline-list.events button[id^='edit-event-']")
        .await;
    browser
        .wait_for_text(".timeline-event-form h3", "Change")
        .await;
    browser.type_into("#event-what", " in June").await;
    browser
        .click(".timeline-list.events .actions button:nth-child(2)")
        .await;
    browser
        .wait_for_text(".timeline-status", "Removed from your timeline")
        .await;
    browser.click("#event-submit").await;
    let problems = browser
        .wait_for_text("#event-problems", "no longer on your timeline")
        .await;
    assert!(problems.contains("nothing was saved"), "{problems}");
    let status = status_now(&browser).await;
    assert!(
        !status.contains("Added") && !status.contains("change"),
        "{status}"
    );
    assert_eq!(
        value_of(&browser, "#event-what").await,
        json!("Moved-Sentinel to Leeds in June"),
        "what was typed stays"
    );
    assert_eq!(browser.count(".timeline-list.events li").await, 0);
    assert_eq!(
        browser.text_of("#event-submit").await,
        "Add this event",
        "the form now adds it"
    );
    assert_eq!(focused_id(&browser).await, json!("event-when"));
    browser.click("#event-submit").await;
    browser
        .wait_for_text(".timeline-list.events", "Moved-Sentinel to Leeds in June")
        .await;
    browser
        .wait_for_text(".timeline-status", "Added to your timeline")
        .await;
    browser
        .wait_for_stored("ipt.v1.timeline", "Moved-Sentinel to Leeds in June")
        .await;

    // The same for a time of low mood.
    browser.type_into("#period-from", "2025-03").await;
    browser.click("#timeline-lowness-low").await;
    browser.click("#period-submit").await;
    browser.wait_for_text(".timeline-list.periods", "Low").await;
    browser
        .click(".timeline-list.periods button[id^='edit-period-']")
        .await;
    browser
        .wait_for_text(".timeline-period-form h3", "Change")
        .await;
    browser
        .click(".timeline-list.periods .actions button:nth-child(2)")
        .await;
    browser.click("#period-submit").await;
    browser
        .wait_for_text("#period-problems", "no longer on your timeline")
        .await;
    assert!(!status_now(&browser).await.contains("Added"));
    assert_eq!(value_of(&browser, "#period-from").await, json!("2025-03"));
    assert_eq!(browser.text_of("#period-submit").await, "Add this time");
    browser.close().await;
}

/// From now on the page's clock runs `days` ahead (every `new Date()` and
/// `Date.now()`), as if the person came back later.
async fn move_clock(browser: &Browser, days: u32) {
    let source = format!(
        "(() => {{
            const shift = {days} * 24 * 3600 * 1000;
            const RealDate = Date;
            class Later extends RealDate {{
                constructor(...args) {{ if (args.length === 0) {{ super(RealDate.now() + shift); }} else {{ super(...args); }} }}
                static now() {{ return RealDate.now() + shift; }}
            }}
            window.Date = Later;
        }})();"
    );
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
}

#[tokio::test]
async fn a_step_is_reviewed_next_week_and_both_tools_survive_backup_and_lock() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    open_timeline(&browser, &server).await;
    add_event_with_mouse(&browser, "2025-01", LOSS, "death").await;
    browser.wait_for_stored("ipt.v1.timeline", LOSS).await;

    // This week's step.
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    assert_eq!(
        browser.count(".step-review").await,
        0,
        "nothing to look back on yet"
    );
    browser.type_into("#step-what", STEP).await;
    browser.wait_for_stored("ipt.v1.journal", STEP).await;

    // A week later, the step comes back for review.
    move_clock(&browser, 7).await;
    browser.client.refresh().await.unwrap();
    browser.wait_for_h1("Weekly journal").await;
    let review = browser.wait_for_text(".step-review", STEP).await;
    assert!(review.contains("How did last week's step go?"), "{review}");
    browser.click("#step-outcome-not-this-time").await;
    let note = browser.text_of(".not-this-time").await;
    assert!(note.contains("still tells you something"), "{note}");
    browser.type_into("#step-learned", "Sundays are full").await;
    browser
        .wait_for_stored("ipt.v1.journal", "Sundays are full")
        .await;
    assert_eq!(
        browser
            .script("return document.getElementById('step-what').value;")
            .await,
        json!(""),
        "this week starts without a step"
    );

    // Backup, delete everything, import: both come back.
    let folder = browser.allow_downloads("timeline-backup").await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser.click("button.download-backup").await;
    let backup = browser.downloaded_file(&folder, "json").await;
    browser.delete_everything().await;
    assert_eq!(browser.stored("ipt.v1.timeline").await, Value::Null);
    browser.import_backup(&backup, "1 life event and").await;
    browser
        .wait_for_text(".import-status", "The backup is in")
        .await;
    open_timeline(&browser, &server).await;
    browser.wait_for_text(".timeline-list.events", LOSS).await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_text(".step-review", STEP).await;

    // With the lock on, neither is stored as plain text.
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser
        .type_into("#lock-new", "correct horse battery")
        .await;
    browser
        .type_into("#lock-repeat", "correct horse battery")
        .await;
    browser.click("#lock-understood").await;
    browser.click("button.lock-turn-on").await;
    browser
        .wait_for_text(".lock-message", "The lock is on")
        .await;
    let storage = browser
        .script(
            "return Object.keys(localStorage).map(key => key + '=' + localStorage.getItem(key)).join('\\n');",
        )
        .await;
    let storage = storage.as_str().unwrap();
    assert!(
        storage.contains("ipt.v1.timeline="),
        "the timeline is stored"
    );
    for secret in [LOSS, "Call-Sentinel", "Sundays are full"] {
        assert!(!storage.contains(secret), "{secret} in plain text");
    }
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}

#[tokio::test]
async fn on_a_phone_only_the_drawing_scrolls_sideways() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.set_size(PHONE).await;
    open_timeline(&browser, &server).await;
    // Years of entries: the drawing is far wider than the phone.
    add_event_with_mouse(&browser, "2019-05", "Started at the bakery", "role-change").await;
    add_event_with_mouse(&browser, "2024-02-29", LOSS, "death").await;
    let widths = browser
        .script(
            "const scroller = document.querySelector('.timeline-scroll');
             return [document.documentElement.scrollWidth <= document.documentElement.clientWidth,
                     scroller.scrollWidth > scroller.clientWidth,
                     getComputedStyle(scroller).overflowX];",
        )
        .await;
    assert_eq!(widths, json!([true, true, "auto"]));
    assert_eq!(browser.count("h1").await, 1);
    // The scrolling box and the drawing in it are named apart, so a screen
    // reader does not read the same words twice.
    let names = browser
        .script(
            "return [document.querySelector('.timeline-scroll').getAttribute('aria-label'),
                     document.querySelector('.timeline-drawing').getAttribute('aria-label')];",
        )
        .await;
    assert_ne!(names[0], names[1], "{names}");
    assert!(names[0].is_string() && names[1].is_string(), "{names}");
    browser.close().await;
}

#[tokio::test]
async fn an_exercise_becomes_a_step_and_the_home_page_shows_steps_and_the_clue() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/learn/techniques")).await;
    browser.wait_for_h1("Techniques").await;
    assert_eq!(
        browser.count(".make-step-button").await,
        0,
        "no button before there is an answer"
    );
    browser
        .type_into(
            "#exercise-conversation-rehearsal-goal",
            "Ask Dad to stop joking about my job",
        )
        .await;
    browser.click(".make-step-button").await;
    browser
        .wait_for_text(".make-step", "this week's step")
        .await;
    browser
        .wait_for_stored("ipt.v1.journal", "Ask Dad to stop joking")
        .await;
    // Typed on, the answer is not the step any more: the message goes,
    // and the button makes the new words the step.
    browser
        .type_into("#exercise-conversation-rehearsal-goal", " kindly")
        .await;
    browser
        .wait_for_script(
            "return document.querySelector('.make-step [role=status]').textContent;",
            |said| {
                said.as_str()
                    .is_some_and(|said| !said.contains("this week's step"))
            },
        )
        .await;
    browser.click(".make-step-button").await;
    browser
        .wait_for_text(".make-step", "this week's step")
        .await;
    browser
        .wait_for_stored("ipt.v1.journal", "about my job kindly")
        .await;
    browser.goto(&server.url("/journal")).await;
    browser.wait_for_h1("Weekly journal").await;
    assert_eq!(
        browser
            .script("return document.getElementById('step-what').value;")
            .await,
        json!("Ask Dad to stop joking about my job kindly")
    );

    // A loss shortly before low mood began: a clue on the home page and the
    // self-check, worded as a clue.
    open_timeline(&browser, &server).await;
    add_event_with_mouse(&browser, "2025-01", LOSS, "death").await;
    browser.type_into("#period-from", "2025-03").await;
    browser.click("#timeline-lowness-low").await;
    browser.click("#period-submit").await;
    browser.wait_for_text(".timeline-list.periods", "Low").await;
    browser.wait_for_stored("ipt.v1.timeline", "low").await;
    for path in ["/", "/learn/which-area"] {
        browser.goto(&server.url(path)).await;
        browser.h1_text().await;
        let clue = browser
            .wait_for_text(".timeline-clue", "near the death")
            .await;
        assert!(clue.contains("a clue, not a cause"), "{path}: {clue}");
    }
    browser.goto(&server.url("/")).await;
    browser.h1_text().await;
    // The "find your focus" step links to it (and so does its clue).
    assert_eq!(
        browser
            .count(".path-step[data-step='find-focus'] .step-detail > a[href='/timeline']")
            .await,
        1,
        "the home path leads to the timeline"
    );
    let steps = browser.wait_for_text(".recent-steps", "Ask Dad").await;
    assert!(steps.contains("not looked back on yet"), "{steps}");

    // The summary for a clinician includes both once ticked, and prints them.
    browser.goto(&server.url("/data/summary")).await;
    browser.wait_for_h1("Summary").await;
    assert_eq!(
        browser.count(".summary-timeline").await,
        0,
        "nothing before it is ticked"
    );
    browser.click("#include-timeline").await;
    browser.click("#include-steps").await;
    browser.wait_for_text(".summary-timeline", LOSS).await;
    browser.wait_for_text(".summary-steps", "Ask Dad").await;
    browser
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let drawn = browser
        .script("const r = document.querySelector('.summary-timeline svg').getBoundingClientRect(); return r.width > 100 && r.height > 30;")
        .await;
    assert_eq!(drawn, json!(true), "the timeline is printed");
    browser.close().await;
}
