//! `cargo xtask bench` runs this: large-data timings in headless Chromium
//! with 4x CPU throttling (as on a phone), median of 5 runs. A benchmark,
//! not a test: it prints numbers and fails only if a page does not work.

use std::time::Duration;

use chrono::{Days, NaiveDate};
use e2e::browser::Browser;
use e2e::dist_dir;
use e2e::static_server::StaticServer;
use ipt_companion::model::journal::entry::{EventInput, Feeling};
use ipt_companion::model::journal::{IsoWeek, Journal};
use ipt_companion::model::relationship_map::edit::PersonDraft;
use ipt_companion::model::relationship_map::{RelationshipMap, Ring};
use ipt_companion::storage::encode;
use serde_json::{json, Value};

const RUNS: usize = 5;
const CPU_THROTTLING: f64 = 4.0;

/// 150 people over the three rings, with every inventory field filled.
pub fn map_with_150_people() -> RelationshipMap {
    let mut map = RelationshipMap::default();
    for index in 0..150 {
        let draft = PersonDraft {
            name: format!("Person {index}"),
            ring: Ring::ALL[index % 3],
            support: (index % 5).to_string(),
            conflict: ((index / 5) % 5).to_string(),
            good: "Good times together, long walks and talks.".into(),
            hard: "Sometimes hard to reach.".into(),
            ..PersonDraft::default()
        };
        map.add_person(&draft).expect("valid person");
    }
    map
}

/// Ten years of weeks (520), each with a mood and three events with people.
pub fn journal_of_ten_years(today: NaiveDate) -> Journal {
    journal_of_weeks(today, 520)
}

/// The latest `weeks` weeks, each with a mood and three events with people.
pub fn journal_of_weeks(today: NaiveDate, weeks: u64) -> Journal {
    let mut journal = Journal::default();
    let feelings = [
        Feeling::VeryHard,
        Feeling::Hard,
        Feeling::Mixed,
        Feeling::Good,
        Feeling::VeryGood,
    ];
    for weeks_ago in 0..weeks {
        let day = today
            .checked_sub_days(Days::new(weeks_ago * 7))
            .expect("a date");
        let week = IsoWeek::from_date(day);
        journal
            .set_mood_from_text(week, today, &((weeks_ago % 11).to_string()))
            .expect("a mood");
        for event in 0..3u64 {
            let input = EventInput {
                description: format!("Talked with someone about the week ({event})"),
                people: vec![(weeks_ago * 3 + event) % 150 + 1],
                feeling: feelings[((weeks_ago + event) % 5) as usize],
                problem_area: None,
            };
            journal.add_event(week, today, input).expect("an event");
        }
    }
    journal
}

/// 150 people and ten years of journal, as stored documents.
fn map_and_journal_documents() -> Vec<(&'static str, String)> {
    let today = chrono::Utc::now().date_naive();
    vec![
        ("ipt.v1.map", encode("map", 1, &map_with_150_people())),
        (
            "ipt.v1.journal",
            encode("journal", 1, &journal_of_ten_years(today)),
        ),
    ]
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[values.len() / 2]
}

/// Chrome DevTools' CPU throttling: `rate` times slower (1.0: off).
async fn throttle_cpu(browser: &Browser, rate: f64) {
    browser
        .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await;
}

/// Milliseconds from clicking a header link until `ready` holds and the
/// next frame has been drawn.
async fn time_client_navigation(browser: &Browser, link: &str, ready: &str) -> f64 {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const start = performance.now();
         document.querySelector(\"header a[href='{link}']\").click();
         (function check() {{
             if ({ready}) {{ requestAnimationFrame(() => done(performance.now() - start)); }}
             else {{ setTimeout(check, 0); }}
         }})();"
    );
    browser
        .client
        .execute_async(&script, vec![])
        .await
        .expect("navigation timing")
        .as_f64()
        .expect("a number")
}

/// As `time_client_navigation`, with the time until each of `stages` (in
/// the order they come) is true, each measured to the frame after it.
async fn time_client_navigation_stages(browser: &Browser, link: &str, stages: &[&str]) -> Vec<f64> {
    let checks = stages
        .iter()
        .map(|stage| format!("() => ({stage})"))
        .collect::<Vec<_>>()
        .join(", ");
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const stages = [{checks}];
         const times = [];
         const start = performance.now();
         document.querySelector(\"header a[href='{link}']\").click();
         (function check() {{
             if (stages[times.length]()) {{
                 requestAnimationFrame(() => {{
                     times.push(performance.now() - start);
                     if (times.length === stages.length) {{ done(times); }} else {{ check(); }}
                 }});
             }} else {{ setTimeout(check, 0); }}
         }})();"
    );
    let times = browser
        .client
        .execute_async(&script, vec![])
        .await
        .expect("navigation timing");
    times
        .as_array()
        .expect("a list")
        .iter()
        .map(|time| time.as_f64().expect("a number"))
        .collect()
}

async fn bench_map(server: &StaticServer, throttling: f64) -> Vec<(String, f64)> {
    let map_document = encode("map", 1, &map_with_150_people());
    let mut first_render = Vec::new();
    let mut drag_frame = Vec::new();
    let mut save = Vec::new();
    for _ in 0..RUNS {
        let browser = Browser::with_stored(server, &[("ipt.v1.map", map_document.clone())]).await;
        throttle_cpu(&browser, throttling).await;
        first_render.push(
            time_client_navigation(
                &browser,
                "/map",
                "document.querySelectorAll('.closeness-circle .marker').length === 150",
            )
            .await,
        );
        // One drag: pointer down on a marker, 30 moves, each timed from the
        // event to the end of the frame's work, then release (one save).
        let frames: Value = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const svg = document.querySelector('.closeness-circle');
                 const marker = svg.querySelector('.marker');
                 const box = svg.getBoundingClientRect();
                 const at = (x, y) => ({ pointerId: 1, bubbles: true, button: 0, isPrimary: true,
                     clientX: box.left + x * box.width / 1000, clientY: box.top + y * box.height / 1000 });
                 const yieldTask = () => new Promise(resolve => {
                     const channel = new MessageChannel();
                     channel.port1.onmessage = resolve;
                     channel.port2.postMessage(0);
                 });
                 (async () => {
                     marker.dispatchEvent(new PointerEvent('pointerdown', at(500, 350)));
                     await yieldTask();
                     const times = [];
                     for (let i = 0; i < 30; i++) {
                         const start = performance.now();
                         svg.dispatchEvent(new PointerEvent('pointermove', at(500 + i * 8, 350 - i * 5)));
                         await yieldTask();
                         times.push(performance.now() - start);
                     }
                     const saveStart = performance.now();
                     svg.dispatchEvent(new PointerEvent('pointerup', at(740, 200)));
                     await yieldTask();
                     // The move is saved after a pause; leaving saves now.
                     window.dispatchEvent(new FocusEvent('focusout'));
                     const saveTime = performance.now() - saveStart;
                     done({ times, saveTime });
                 })();",
                vec![],
            )
            .await
            .expect("drag timing");
        let times: Vec<f64> = frames["times"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_f64().unwrap())
            .collect();
        drag_frame.push(median(times));
        save.push(frames["saveTime"].as_f64().unwrap());
        browser.close().await;
    }
    let label = |what: &str| format!("{what}, 150 people, CPU {throttling}x slower");
    vec![
        (label("/map first render"), median(first_render)),
        (label("/map drag frame"), median(drag_frame)),
        (label("/map move and save"), median(save)),
    ]
}

/// The journal's timings with `documents` stored (`what` says which, for
/// the labels): opening /journal from the header until the week's note
/// field is there (what the person came to use), and until the insights
/// under it are drawn too (with data, the chart; they wait for the form to
/// be painted); one key typed in the note; and the save those keys wait
/// for.
async fn bench_journal(
    server: &StaticServer,
    throttling: f64,
    documents: &[(&str, String)],
    what: &str,
) -> Vec<(String, f64)> {
    let form_shown = "document.getElementById('journal-note')";
    // With no entry the page shows no chart, only the line saying the
    // weeks will show there.
    let insights_drawn = if !documents.iter().any(|(key, _)| *key == "ipt.v1.journal") {
        "document.querySelector('.insights p:not(.small)')"
    } else {
        "document.querySelector('svg.mood-chart')"
    };
    let mut first_render = Vec::new();
    let mut all_drawn = Vec::new();
    let mut keystroke = Vec::new();
    let mut save = Vec::new();
    for _ in 0..RUNS {
        let browser = Browser::with_stored(server, documents).await;
        throttle_cpu(&browser, throttling).await;
        let stages =
            time_client_navigation_stages(&browser, "/journal", &[form_shown, insights_drawn])
                .await;
        first_render.push(stages[0]);
        all_drawn.push(stages[1]);
        // Twenty keys into the note, one input event each, each timed until
        // the next task (what the person feels as lag); then the save those
        // keys wait for, made at once by leaving the field.
        let took: Value = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const note = document.getElementById('journal-note');
                 const before = localStorage.getItem('ipt.v1.journal');
                 const yieldTask = () => new Promise(resolve => {
                     const channel = new MessageChannel();
                     channel.port1.onmessage = resolve;
                     channel.port2.postMessage(0);
                 });
                 (async () => {
                     const keys = [];
                     for (const key of ' one more line') {
                         const start = performance.now();
                         note.value = note.value + key;
                         note.dispatchEvent(new Event('input', { bubbles: true }));
                         await yieldTask();
                         keys.push(performance.now() - start);
                     }
                     const savedWhileTyping = localStorage.getItem('ipt.v1.journal') !== before;
                     const start = performance.now();
                     window.dispatchEvent(new FocusEvent('focusout'));
                     const save = performance.now() - start;
                     done({
                         keys,
                         savedWhileTyping,
                         save,
                         saved: localStorage.getItem('ipt.v1.journal') !== before,
                     });
                 })();",
                vec![],
            )
            .await
            .expect("typing and save timing");
        assert_eq!(
            took["savedWhileTyping"],
            json!(false),
            "typing waits to save"
        );
        assert_eq!(took["saved"], json!(true), "leaving the field saved");
        let keys: Vec<f64> = took["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_f64().unwrap())
            .collect();
        keystroke.push(median(keys));
        save.push(took["save"].as_f64().unwrap());
        browser.close().await;
    }
    let label = |measure: &str| format!("{measure}, {what}, CPU {throttling}x slower");
    vec![
        (
            label("/journal first render (the week's form)"),
            median(first_render),
        ),
        (
            label("/journal one keystroke in the note (main thread)"),
            median(keystroke),
        ),
        (
            label("/journal first render with the insights"),
            median(all_drawn),
        ),
        (label("/journal save the typed note"), median(save)),
    ]
}

const BENCH_PASSPHRASE: &str = "bench passphrase one";

/// The lock on, 520 weeks and 150 people: unlocking (PBKDF2 with 600,000
/// iterations, then decrypting every area) until the journal's chart is
/// drawn, and one edit until its encrypted copy is stored.
async fn bench_lock(server: &StaticServer, throttling: f64) -> Vec<(String, f64)> {
    let documents = map_and_journal_documents();
    let browser = Browser::with_stored(server, &documents).await;
    browser.goto(&server.url("/data")).await;
    browser.wait_for_h1("Your data").await;
    browser.type_into("#lock-new", BENCH_PASSPHRASE).await;
    browser.type_into("#lock-repeat", BENCH_PASSPHRASE).await;
    browser.click("#lock-understood").await;
    browser.click("button.lock-turn-on").await;
    browser
        .wait_for_text(".lock-message", "The lock is on")
        .await;
    let mut unlock = Vec::new();
    let mut save = Vec::new();
    for _ in 0..RUNS {
        browser.goto(&server.url("/journal")).await;
        browser.wait_for_h1("Locked with a passphrase").await;
        throttle_cpu(&browser, throttling).await;
        let took = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.getElementById('unlock-passphrase').value = arguments[0];
                 const start = performance.now();
                 document.querySelector('button.unlock-button').click();
                 (function check() {
                     if (document.querySelector('svg.mood-chart')) {
                         requestAnimationFrame(() => done(performance.now() - start));
                     } else { setTimeout(check, 0); }
                 })();",
                vec![json!(BENCH_PASSPHRASE)],
            )
            .await
            .expect("unlock timing");
        unlock.push(took.as_f64().expect("a number"));
        let took = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const note = document.getElementById('journal-note');
                 const before = localStorage.getItem('ipt.v1.journal');
                 const start = performance.now();
                 note.value = note.value + ' one more word';
                 note.dispatchEvent(new Event('input', { bubbles: true }));
                 // Leaving the field saves at once (else after a pause).
                 window.dispatchEvent(new FocusEvent('focusout'));
                 (function check() {
                     if (localStorage.getItem('ipt.v1.journal') !== before) {
                         done(performance.now() - start);
                     } else { setTimeout(check, 0); }
                 })();",
                vec![],
            )
            .await
            .expect("locked save timing");
        save.push(took.as_f64().expect("a number"));
        throttle_cpu(&browser, 1.0).await;
    }
    browser.close().await;
    let label =
        |what: &str| format!("{what}, lock on, 520 weeks and 150 people, CPU {throttling}x slower");
    vec![
        (
            label("unlock until the journal chart is drawn"),
            median(unlock),
        ),
        (
            label("/journal save one edit (encrypt + store)"),
            median(save),
        ),
    ]
}

/// Issue 14's throttled first visit: 1.6 Mbit/s down, 750 kbit/s up, 150 ms
/// round trip (Lighthouse's "slow 4G"), CPU 4x slower, empty profile.
async fn throttled_first_visit() -> Browser {
    let browser = Browser::start().await;
    browser
        .emulate_network(150, 1_600_000 / 8, 750_000 / 8)
        .await;
    throttle_cpu(&browser, CPU_THROTTLING).await;
    browser
}

/// Milliseconds from the start of navigation (performance.timeOrigin) until
/// `act` (a script run every 10 ms) first returns true: the page has done
/// what the person asked.
async fn time_until_it_responds(browser: &Browser, act: &str) -> f64 {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         (function attempt() {{
             let acted = false;
             try {{ acted = (() => {{ {act} }})(); }} catch (e) {{}}
             if (acted) {{ done(performance.now()); }} else {{ setTimeout(attempt, 10); }}
         }})();"
    );
    browser
        .client
        .execute_async(&script, vec![])
        .await
        .expect("time until the page responds")
        .as_f64()
        .expect("a number")
}

/// Issue 14's new measure, against the site served gzip-compressed (as a
/// host would) at `origin`: a first visit to /map until "Add a person"
/// opens its form, and to /journal until the mood field's input is taken
/// in (stored once the field is left); and issue 26's, a shared module
/// link until its first "Share" button answers (the built page's button
/// does nothing until the app runs).
async fn bench_first_action(origin: &str) -> Vec<(String, f64)> {
    const ADD_PERSON: &str = "const button = document.querySelector('button.add-person');
         if (!button) return false;
         if (!document.querySelector('#person-name')) button.click();
         return !!document.querySelector('#person-name');";
    const ENTER_MOOD: &str = "const mood = document.querySelector('#journal-mood');
         if (!mood) return false;
         if (mood.value !== '5') {
             mood.value = '5';
             mood.dispatchEvent(new Event('input', { bubbles: true }));
             window.dispatchEvent(new FocusEvent('focusout'));
         }
         const stored = localStorage.getItem('ipt.v1.journal');
         return !!stored && stored.includes('\"mood\":5');";
    const SHARE: &str = "const button = document.querySelector('.share-button');
         if (!button) return false;
         const status = button.parentElement.querySelector('.share-status');
         if (!status) return false;
         if (status.textContent.trim() === '') button.click();
         return status.textContent.trim() !== '';";
    let mut rows = Vec::new();
    for (path, act, what) in [
        ("/learn/grief", SHARE, "\"Share\" answers"),
        ("/map", ADD_PERSON, "\"Add a person\" opens its form"),
        ("/journal", ENTER_MOOD, "the mood field takes a 5"),
    ] {
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let browser = throttled_first_visit().await;
            browser
                .client
                .goto(&format!("{origin}{path}"))
                .await
                .expect("open the page");
            times.push(time_until_it_responds(&browser, act).await);
            browser.close().await;
        }
        rows.push((
            format!(
                "first visit to {path} until {what}, slow 4G (1.6 Mbit/s, 150 ms), CPU {CPU_THROTTLING}x slower, gzip"
            ),
            median(times),
        ));
    }
    rows
}

/// Which parts run: all by default, or those `IPT_BENCH_ONLY` names
/// (comma-separated: `first-action`, `map`, `journal`, `lock`), to measure
/// one change without waiting for the rest.
fn wanted(part: &str) -> bool {
    match std::env::var("IPT_BENCH_ONLY") {
        Ok(only) => only.split(',').any(|name| name.trim() == part),
        Err(_) => true,
    }
}

/// Issue 26's measure: the journal with ten years of data against the
/// empty journal, the same measure in the same run.
fn journal_ratios(empty: &[(String, f64)], full: &[(String, f64)]) -> Vec<String> {
    empty
        .iter()
        .zip(full)
        .take(3)
        .map(|((name, empty_ms), (_, full_ms))| {
            let measure = name.split(", ").next().unwrap_or(name);
            let throttling = name.rsplit(", ").next().unwrap_or_default();
            format!(
                "{measure}, {throttling}: 520 weeks and 150 people / empty = {:.2}x",
                full_ms / empty_ms
            )
        })
        .collect()
}

#[tokio::main]
async fn main() {
    let server = StaticServer::start(dist_dir());
    let mut rows = Vec::new();
    let mut ratios = Vec::new();
    if let Ok(origin) = std::env::var("IPT_GZIP_ORIGIN") {
        if wanted("first-action") {
            rows.extend(bench_first_action(&origin).await);
        }
    }
    let documents = map_and_journal_documents();
    for throttling in [1.0, CPU_THROTTLING] {
        if wanted("map") {
            rows.extend(bench_map(&server, throttling).await);
        }
        if wanted("journal") {
            let empty = bench_journal(&server, throttling, &[], "empty").await;
            // The map alone: what the people's lists cost, apart from the
            // weeks.
            rows.extend(
                bench_journal(
                    &server,
                    throttling,
                    &documents[..1],
                    "150 people and no journal",
                )
                .await,
            );
            let full =
                bench_journal(&server, throttling, &documents, "520 weeks and 150 people").await;
            ratios.extend(journal_ratios(&empty, &full));
            // Twelve weeks and the same map: the page with some data, so
            // what ten years add to it shows apart from what any data adds
            // (the insights, the chart, this week's events).
            let today = chrono::Utc::now().date_naive();
            let twelve_weeks = [
                documents[0].clone(),
                (
                    "ipt.v1.journal",
                    encode("journal", 1, &journal_of_weeks(today, 12)),
                ),
            ];
            let some = bench_journal(
                &server,
                throttling,
                &twelve_weeks,
                "12 weeks and 150 people",
            )
            .await;
            ratios.extend(
                journal_ratios(&some, &full)
                    .into_iter()
                    .map(|ratio| ratio.replace("/ empty", "/ 12 weeks and 150 people")),
            );
            rows.extend(empty);
            rows.extend(some);
            rows.extend(full);
        }
        if wanted("lock") {
            rows.extend(bench_lock(&server, throttling).await);
        }
    }
    println!("\n| measurement (headless Chromium, median of {RUNS}) | ms |");
    println!("|---|---|");
    for (name, millis) in rows {
        println!("| {name} | {millis:.1} |");
    }
    if !ratios.is_empty() {
        println!("\nIssue 26 (journal, big data against empty; targets 1.3x to open, 1.2x a key; the insights drawn after, no target):");
        for ratio in ratios {
            println!("- {ratio}");
        }
    }
    tokio::time::sleep(Duration::from_millis(10)).await;
}
