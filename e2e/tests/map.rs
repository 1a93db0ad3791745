//! The relationship map as a person uses it: adding people with the mouse
//! and with the keyboard alone, moving them by dragging and by keys,
//! editing, undo, reload, and names that look like markup; and a full ring
//! measured in the page, where no marker or name may overlap another.

use std::time::Duration;

use e2e::browser::Browser;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, SIZES, THEMES};
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use fantoccini::Locator;
use ipt_companion::model::relationship_map::edit::PersonDraft;
use ipt_companion::model::relationship_map::{
    Relationship, RelationshipKind, RelationshipMap, Ring,
};
use ipt_companion::storage::{area_key, encode};
use serde_json::{json, Value};

/// The people as stored on the device: name, ring.
async fn stored_people(browser: &Browser) -> Value {
    browser
        .script(
            "const doc = JSON.parse(localStorage.getItem('ipt.v1.map') || 'null');
             return doc ? doc.data.people.map(p => [p.name, p.ring]) : [];",
        )
        .await
}

/// Waits (up to ten seconds) until `name` is stored on `ring`: a change is
/// saved once the person pauses, not at once.
async fn wait_for_stored_ring(browser: &Browser, name: &str, ring: &str) {
    let script = format!(
        "const doc = JSON.parse(localStorage.getItem('ipt.v1.map') || 'null');
         const person = doc && doc.data.people.find(p => p.name === {name:?});
         return person ? person.ring : null;"
    );
    eventually_equals(browser, &script, json!(ring)).await;
}

/// Runs `script` until it returns `expected`, for up to ten seconds.
async fn eventually_equals(browser: &Browser, script: &str, expected: Value) {
    browser
        .wait_for_script(script, |value| *value == expected)
        .await;
}

/// A fresh browser on /map, and the server it came from.
async fn open_map() -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    (server, browser)
}

#[tokio::test]
async fn build_move_edit_undo_and_reload_the_map() {
    let (_server, browser) = open_map().await;
    let empty = browser.text_of(".empty-state").await;
    assert!(empty.contains("interpersonal inventory"), "{empty}");

    browser.add_person_with_mouse("Ann").await;
    browser.add_person_with_mouse("Bo 🌊").await;

    // The third person with the keyboard only.
    browser.press_key_on("button.add-person", Key::Enter).await;
    let name = browser
        .client
        .find(Locator::Css("#person-name"))
        .await
        .expect("name field");
    name.send_keys("שרה")
        .await
        .expect("type a right-to-left name");
    name.send_keys(&Key::Enter.to_string())
        .await
        .expect("submit with Enter");
    eventually_equals(
        &browser,
        "const doc = JSON.parse(localStorage.getItem('ipt.v1.map') || 'null');
         return doc ? doc.data.people.map(p => [p.name, p.ring]) : [];",
        json!([["Ann", "close"], ["Bo 🌊", "close"], ["שרה", "close"]]),
    )
    .await;
    assert_eq!(browser.count(".closeness-circle .marker").await, 3);
    assert_eq!(browser.count(".person-list tbody tr").await, 3);

    // Move Ann closer with the keyboard.
    let ann = browser
        .client
        .find(Locator::Css(".marker[aria-label^='Ann,']"))
        .await
        .expect("Ann's marker");
    ann.send_keys(&Key::Up.to_string()).await.expect("arrow up");
    wait_for_stored_ring(&browser, "Ann", "closest").await;

    // Drag Bo to the outer ring.
    let bo = browser
        .client
        .find(Locator::Css(".marker[aria-label^='Bo']"))
        .await
        .expect("Bo's marker");
    let target = browser
        .script(
            "const svg = document.querySelector('.closeness-circle');
             svg.scrollIntoView({ block: 'center' });
             const r = svg.getBoundingClientRect();
             const scale = r.width / 1000;
             return [r.left + 500 * scale, r.top + (500 - 420) * scale];",
        )
        .await;
    let (x, y) = (target[0].as_f64().unwrap(), target[1].as_f64().unwrap());
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: bo,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(100)),
            x: 10.0,
            y: 10.0,
        })
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(200)),
            x,
            y,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    browser.client.perform_actions(drag).await.expect("drag");
    wait_for_stored_ring(&browser, "Bo 🌊", "further-away").await;

    // Edit Ann's fields from the list.
    browser
        .click(".person-list button[aria-label='Edit: Ann']")
        .await;
    browser
        .type_into("#person-good", "Listens without judging")
        .await;
    browser.type_into("#person-support", "4").await;
    browser.click(".person-form button[type=submit]").await;
    let details = browser.text_of(".person-details").await;
    assert!(details.contains("Listens without judging"), "{details}");

    // Undo the drag? No: undo the last change (the edit), then check.
    let stored_good = "return JSON.parse(localStorage.getItem('ipt.v1.map')).data.people[0].good;";
    eventually_equals(&browser, stored_good, json!("Listens without judging")).await;
    browser.click("button.undo").await;
    // Undo took the edit back, and that is stored.
    eventually_equals(&browser, stored_good, json!("")).await;
    browser.click("button.redo").await;
    // Redo brought it back.
    eventually_equals(&browser, stored_good, json!("Listens without judging")).await;

    // Reload: exactly as left.
    let before = stored_people(&browser).await;
    let transforms = "return [...document.querySelectorAll('.closeness-circle .marker')].map(m => m.getAttribute('transform'));";
    let drawn_before = browser.script(transforms).await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_h1("relationship map").await;
    // Nothing is saved again after a reload: waited past the save delay.
    tokio::time::sleep(e2e::PAST_SAVE_DELAY).await;
    assert_eq!(stored_people(&browser).await, before);
    assert_eq!(browser.script(transforms).await, drawn_before);
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors {errors:?}");
    browser.close().await;
}

#[tokio::test]
async fn someone_removed_while_being_changed_is_not_saved_and_the_words_stay() {
    let (_server, browser) = open_map().await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_text(".person-list", "Ann").await;
    browser
        .click(".person-list button[aria-label='Edit: Ann']")
        .await;
    browser.type_into("#person-good", "Walks with me").await;
    browser
        .click(".person-list button[aria-label='Remove: Ann']")
        .await;
    browser.click(".person-form button[type=submit]").await;
    let alert = browser
        .wait_for_text(".person-form [role='alert']", "no longer on the map")
        .await;
    assert!(alert.contains("Nothing was saved"), "{alert}");
    assert_eq!(
        browser
            .script("return document.getElementById('person-good').value;")
            .await,
        json!("Walks with me"),
        "what was typed stays"
    );
    assert_eq!(
        browser.text_of("#person-form-heading").await,
        "Add a person",
        "the form now adds them"
    );
    assert_eq!(browser.count(".person-list tbody tr").await, 0);
    // Saving now adds them, with the words typed.
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_text(".person-list", "Ann").await;
    browser.wait_for_stored("ipt.v1.map", "Walks with me").await;
    browser.close().await;
}

/// What a speech-input user could not say to press a marker: each marker
/// button's accessible name must start with the name written beside it
/// (its visible label, perhaps shortened with an ellipsis), and any words
/// drawn inside the button must be words of that accessible name, in
/// order (WCAG 2.5.3, label in name; axe's label-content-name-mismatch).
const LABEL_NOT_IN_NAME: &str = "
    const words = s => s.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
    const within = (name, seen) => {
        const n = words(name), v = words(seen);
        for (let i = 0; i + v.length <= n.length; i++) {
            if (v.every((w, j) => n[i + j] === w)) return true;
        }
        return false;
    };
    return [...document.querySelectorAll('.closeness-circle .marker')].flatMap(marker => {
        const name = marker.getAttribute('aria-label') || '';
        const label = document.querySelector(
            `.closeness-circle .marker-label[data-person-id='${marker.dataset.personId}']`);
        const problems = [];
        if (!label) {
            problems.push(`${name}: no name beside it`);
        } else if (!name.startsWith(label.textContent.replace(/…$/, ''))) {
            problems.push(`${name}: labelled ${label.textContent}`);
        }
        if (!within(name, marker.textContent)) {
            problems.push(`${name}: shows ${marker.textContent}`);
        }
        return problems;
    });";

#[tokio::test]
async fn each_markers_accessible_name_holds_the_words_it_shows() {
    let (_server, browser) = open_map().await;
    for name in ["Ann Brown", "Dad", "Coach Lee"] {
        browser.add_person_with_mouse(name).await;
        browser.wait_for_text(".person-list", name).await;
    }
    // A lot of conflict: the marker has its "!" badge too.
    browser
        .click(".person-list button[aria-label='Edit: Coach Lee']")
        .await;
    browser.type_into("#person-conflict", "4").await;
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_text(".person-details", "Coach Lee").await;
    let drawn = browser
        .script(
            "return [...document.querySelectorAll('.closeness-circle .marker-initials')]
                 .map(e => e.textContent).sort().concat(
                 document.querySelectorAll('.closeness-circle .marker-flag').length);",
        )
        .await;
    assert_eq!(
        drawn,
        json!(["AB", "CL", "D", 1]),
        "initials and a badge are drawn"
    );
    assert_eq!(
        browser.script(LABEL_NOT_IN_NAME).await,
        json!([]),
        "every marker's accessible name holds what it shows"
    );
    browser.close().await;
}

#[tokio::test]
async fn markup_in_a_name_is_text_and_bad_names_are_explained() {
    let (_server, browser) = open_map().await;

    // An empty name: a message, and the form keeps what was typed.
    browser.click("button.add-person").await;
    browser.type_into("#person-good", "kept text").await;
    browser.click(".person-form button[type=submit]").await;
    let problem = browser.text_of("#person-name-problem").await;
    assert!(problem.contains("name"), "{problem}");
    let kept = browser
        .script("return document.getElementById('person-good').value;")
        .await;
    assert_eq!(kept, json!("kept text"));
    // Too long: 61 characters.
    browser
        .client
        .find(Locator::Css("#person-name"))
        .await
        .expect("name")
        .send_keys(&"x".repeat(61))
        .await
        .expect("type");
    browser.click(".person-form button[type=submit]").await;
    let problem = browser.text_of("#person-name-problem").await;
    assert!(problem.contains("60"), "{problem}");
    browser.click(".person-form button[type=button]").await;

    let markup = "<img src=x onerror=alert(1)>";
    browser.add_person_with_mouse(markup).await;
    browser.add_person_with_mouse(markup).await;
    // The second one is allowed, with a warning while typing. (Waited
    // past the save delay, so a stored name would have been drawn again.)
    tokio::time::sleep(e2e::PAST_SAVE_DELAY).await;
    assert_eq!(
        browser.count("img").await,
        0,
        "no element was made from the name"
    );
    assert!(
        browser.client.get_alert_text().await.is_err(),
        "no script ran"
    );
    let row = browser.text_of(".person-list tbody th").await;
    assert_eq!(row, markup);
    browser.click("button.add-person").await;
    browser.type_into("#person-name", markup).await;
    let warning = browser.text_of("#person-name-warning").await;
    assert!(warning.contains("already has this name"), "{warning}");
    browser.close().await;
}

#[tokio::test]
async fn the_map_downloads_as_an_svg_file_with_names_as_text() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let folder = browser.allow_downloads("download").await;
    browser.goto(&server.url("/map")).await;
    browser.wait_for_h1("relationship map").await;
    browser.add_person_with_mouse("Ann & <Bo>").await;
    let export = browser
        .script("return [...document.querySelectorAll('.map-export button')].find(b => b.textContent.includes('SVG')).click() || true;")
        .await;
    assert_eq!(export, json!(true));
    // Taken once written (not empty, its size holding), as every download.
    let file = browser.downloaded_file(&folder, "svg").await;
    assert_eq!(file, folder.join("relationship-map.svg"));
    let svg = std::fs::read_to_string(&file).expect("the SVG");
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(
        svg.contains("Ann &amp; &lt;Bo&gt;"),
        "the name is escaped text"
    );
    let _ = std::fs::remove_dir_all(&folder);
    browser.close().await;
}

#[tokio::test]
async fn after_a_rename_the_list_buttons_name_the_person_as_they_are_called_now() {
    let (_server, browser) = open_map().await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_text(".person-list", "Ann").await;
    browser
        .click(".person-list button[aria-label='Edit: Ann']")
        .await;
    let name = browser
        .client
        .find(Locator::Css("#person-name"))
        .await
        .expect("name field");
    name.clear().await.expect("clear the name");
    name.send_keys("Annie").await.expect("type the new name");
    browser.click(".person-form button[type=submit]").await;
    browser
        .wait_for_text(".person-list tbody th", "Annie")
        .await;
    let labels = browser
        .script(
            "return [...document.querySelectorAll('.person-list tbody tr button')]
                .map(button => button.getAttribute('aria-label'));",
        )
        .await;
    let labels: Vec<String> = serde_json::from_value(labels).unwrap();
    assert!(labels.len() >= 6, "{labels:?}");
    for label in &labels {
        assert!(label.ends_with(": Annie"), "{label} (all: {labels:?})");
    }
    browser.close().await;
}

/// What has the keyboard focus, described: its id, or its tag and name.
const ACTIVE_ELEMENT: &str = "const el = document.activeElement;
    return el.id ? '#' + el.id : el.tagName.toLowerCase() + ' ' + (el.getAttribute('aria-label') || el.textContent.trim());";

/// Waits (up to five seconds) until the focus is on `expected` (as
/// [`ACTIVE_ELEMENT`] describes it): focus moves once the form is drawn.
async fn wait_for_focus(browser: &Browser, expected: &str) {
    eventually_equals(browser, ACTIVE_ELEMENT, json!(expected)).await;
}

#[tokio::test]
async fn a_form_opened_by_a_button_takes_the_focus_and_gives_it_back() {
    let (_server, browser) = open_map().await;

    // "Add a person" by keyboard: the name field has the focus; cancel
    // gives it back to the button.
    browser.press_key_on("button.add-person", Key::Enter).await;
    wait_for_focus(&browser, "#person-name").await;
    browser.click(".person-form button[type=button]").await;
    wait_for_focus(&browser, "button Add a person").await;

    // Saving a new person gives it back to "Add a person" too.
    browser.press_key_on("button.add-person", Key::Enter).await;
    wait_for_focus(&browser, "#person-name").await;
    browser.type_into("#person-name", "Ann").await;
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_text(".person-list", "Ann").await;
    wait_for_focus(&browser, "button Add a person").await;

    // "Edit" in the list: the same, back to that row's button.
    browser
        .click(".person-list button[aria-label='Edit: Ann']")
        .await;
    wait_for_focus(&browser, "#person-name").await;
    browser.click(".person-form button[type=button]").await;
    wait_for_focus(&browser, "button Edit: Ann").await;

    // "Edit" in the details panel, saved with a change: back to it.
    browser.click(".person-details button.person-edit").await;
    wait_for_focus(&browser, "#person-name").await;
    browser.type_into("#person-good", "Listens").await;
    browser.click(".person-form button[type=submit]").await;
    browser.wait_for_text(".person-details", "Listens").await;
    let details_edit = "return document.activeElement === document.querySelector('.person-details button.person-edit');";
    eventually_equals(&browser, details_edit, json!(true)).await;
    browser.close().await;
}

#[tokio::test]
async fn editing_the_map_does_not_redraw_the_earlier_snapshot() {
    let (_server, browser) = open_map().await;
    browser.add_person_with_mouse("Ann").await;
    browser.wait_for_text(".person-list", "Ann").await;
    browser.click("button.take-snapshot").await;
    browser.wait_for_text(".snapshots [role=status]", "").await;
    let date = browser
        .script("return document.querySelector('#compare-snapshot option:last-child').value;")
        .await;
    let date = date.as_str().expect("a snapshot date").to_string();
    browser
        .script(&format!(
            "const select = document.getElementById('compare-snapshot');
             select.value = {date:?};
             select.dispatchEvent(new Event('change', {{ bubbles: true }}));
             return true;"
        ))
        .await;
    eventually_equals(
        &browser,
        "return document.querySelectorAll('.comparison svg').length;",
        json!(2),
    )
    .await;
    // Watch the earlier drawing: it shows the snapshot, which no edit of
    // today's map changes.
    browser
        .script(
            "window.snapshotChanges = 0;
             const then = document.querySelector('.comparison figure:first-child');
             window.snapshotThen = then.querySelector('svg');
             new MutationObserver(records => { window.snapshotChanges += records.length; })
                 .observe(then, { subtree: true, childList: true, attributes: true, characterData: true });
             return true;",
        )
        .await;
    browser.add_person_with_mouse("Bo").await;
    // Today's drawing shows the change, so the edit has been drawn.
    eventually_equals(
        &browser,
        "return document.querySelectorAll('.comparison figure:last-child .still-marker').length;",
        json!(2),
    )
    .await;
    let watched = browser
        .script(
            "return [window.snapshotChanges,
                     document.querySelector('.comparison figure:first-child svg') === window.snapshotThen];",
        )
        .await;
    assert_eq!(
        watched,
        json!([0, true]),
        "[changes inside the snapshot's drawing, still the same drawing]"
    );
    browser.close().await;
}

/// Issue 16's twelve people, all on one ring, of every kind of
/// relationship.
fn twelve_on_one_ring(ring: Ring, packed: bool) -> RelationshipMap {
    let names = [
        "Alexandra",
        "Benjamin",
        "Charlotte",
        "Dominic",
        "Eleanor",
        "Frederick",
        "Gabriella",
        "Harrison",
        "Isabella",
        "Jonathan",
        "Katherine",
        "Leonardo",
    ];
    let mut map = RelationshipMap::default();
    for (index, name) in names.into_iter().enumerate() {
        let kind = RelationshipKind::ALL[index % RelationshipKind::ALL.len()];
        let draft = PersonDraft {
            name: name.into(),
            relationship: Relationship::of_kind(kind, "Neighbour"),
            ring,
            // Dropped on one spot (packed as closely as the layout
            // allows), or placed as the form places them.
            angle: packed.then_some(0.0),
            support: (index % 5).to_string(),
            conflict: (index % 5).to_string(),
            ..PersonDraft::default()
        };
        map.add_person(&draft).expect("a valid person");
    }
    map
}

/// The markers and names of the drawing as the page lays them out, and
/// what is wrong with them: two markers that meet, a name that meets a
/// marker or another name, and (when `phone`) a marker smaller than
/// 44×44 CSS px. A marker is the disc inside its box (its shape and rings
/// stay inside the disc a finger presses), a name its text's box.
const DRAWING_PROBLEMS: &str = "
    const phone = arguments[0];
    const box = e => e.getBoundingClientRect();
    const markers = [...document.querySelectorAll('.closeness-circle .marker')].map(e => {
        const r = box(e);
        return { name: e.getAttribute('aria-label').split(',')[0], r,
                 x: r.left + r.width / 2, y: r.top + r.height / 2, radius: Math.min(r.width, r.height) / 2 };
    });
    const labels = [...document.querySelectorAll('.closeness-circle .marker-label')]
        .map(e => ({ name: e.textContent, r: box(e) }));
    const round = r => [r.left, r.top, r.width, r.height].map(Math.round).join(',');
    const problems = [];
    for (const [i, a] of markers.entries()) {
        if (phone && (a.r.width < 44 || a.r.height < 44)) {
            problems.push(`marker ${a.name} is ${a.r.width.toFixed(1)}x${a.r.height.toFixed(1)} px`);
        }
        for (const b of markers.slice(i + 1)) {
            if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius - 0.5) {
                problems.push(`markers ${a.name} [${round(a.r)}] and ${b.name} [${round(b.r)}] meet`);
            }
        }
    }
    const meets = (p, q) => p.left < q.right - 0.5 && q.left < p.right - 0.5
        && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
    for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
            if (meets(a.r, b.r)) {
                problems.push(`names ${a.name} [${round(a.r)}] and ${b.name} [${round(b.r)}] meet`);
            }
        }
        for (const m of markers) {
            const nearX = Math.max(a.r.left, Math.min(m.x, a.r.right));
            const nearY = Math.max(a.r.top, Math.min(m.y, a.r.bottom));
            if (Math.hypot(m.x - nearX, m.y - nearY) < m.radius - 0.5) {
                problems.push(`name ${a.name} [${round(a.r)}] meets marker ${m.name} [${round(m.r)}]`);
            }
        }
    }
    return { markers: markers.length, labels: labels.length, problems };";

/// Issue 16's acceptance: twelve people on one ring, at a phone's size and
/// a laptop's, light and dark, packed on one spot or placed by the form:
/// no two markers meet, no name meets a marker or another name (measured
/// in the page, with the real font), and on the phone every marker is at
/// least 44×44 CSS px. Every offender is listed.
#[tokio::test]
async fn twelve_people_on_one_ring_leave_every_marker_and_name_clear() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start().await;
    let mut problems = Vec::new();
    for packed in [false, true] {
        let map = twelve_on_one_ring(Ring::FurtherAway, packed);
        let stored = encode("map", 1, &map);
        for size in SIZES {
            browser.set_size(size).await;
            let (width, _) = size;
            for theme in THEMES {
                browser.set_color_scheme(theme).await;
                browser.goto(&server.url("/learn")).await;
                browser.h1_text().await;
                browser.store(&area_key("map"), &stored).await;
                browser.goto(&server.url("/map")).await;
                browser.wait_for_h1("relationship map").await;
                browser
                    .wait_for_script(
                        "return document.querySelectorAll('.closeness-circle .marker-label').length;",
                        |count| *count == json!(12),
                    )
                    .await;
                let found = browser
                    .client
                    .execute(DRAWING_PROBLEMS, vec![json!(width < 400)])
                    .await
                    .expect("measure the drawing");
                assert_eq!(found["markers"], json!(12), "{found}");
                for problem in found["problems"].as_array().into_iter().flatten() {
                    let packing = if packed { "packed" } else { "spread" };
                    problems.push(format!("{width}px {theme} {packing}: {problem}"));
                }
            }
        }
    }
    browser.close().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
