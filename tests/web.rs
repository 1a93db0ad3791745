//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use ipt_companion::components::frame::Header;
use ipt_companion::content::trusted_html::{TrustedHtml, TrustedText};
use ipt_companion::pages::help::HelpPage;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A view mounted in a fresh container in the page. Dropping it (at the
/// end of the test) unmounts the view, which runs its cleanups and ends its
/// effects and timers, and takes the container out of the page, so no test
/// leaves anything behind for the next one in the same page.
struct Mounted {
    container: web_sys::HtmlElement,
    handle: Option<Box<dyn std::any::Any>>,
    /// The view's owner. The stores keep a handle to it (to make a store
    /// when a page first asks), so dropping the mount handle alone does
    /// not run its cleanups: they are run here.
    owner: Owner,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;

    fn deref(&self) -> &web_sys::HtmlElement {
        &self.container
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.owner.cleanup();
        self.container.remove();
    }
}

/// Mounts a view in a fresh container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| {
        leptos::mount::mount_to(container.clone(), move || {
            leptos_meta::provide_meta_context();
            // The stores the components read, as App provides them.
            ipt_companion::stores::provide_stores(None);
            view()
        })
    });
    Mounted {
        container,
        handle: Some(Box::new(handle)),
        owner,
    }
}

#[wasm_bindgen_test]
fn a_mounted_view_is_unmounted_and_taken_out_of_the_page_when_dropped() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let cleaned_up = std::sync::Arc::new(AtomicBool::new(false));
    let seen = cleaned_up.clone();
    let mounted = mount(move || {
        on_cleanup(move || seen.store(true, Ordering::SeqCst));
        view! { <p class="unmount-probe">"here"</p> }
    });
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(document.query_selector(".unmount-probe").unwrap().is_some());
    drop(mounted);
    assert!(cleaned_up.load(Ordering::SeqCst), "the view's cleanups ran");
    assert!(
        document.query_selector(".unmount-probe").unwrap().is_none(),
        "nothing is left in the page"
    );
}

fn hrefs(container: &web_sys::HtmlElement) -> Vec<String> {
    let anchors = container.query_selector_all("a").unwrap();
    (0..anchors.length())
        .map(|i| {
            anchors
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("href")
                .unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
fn help_page_offers_calls_texts_and_the_international_directory() {
    let container = mount(|| view! { <HelpPage /> });
    let links = hrefs(&container);
    assert!(links.contains(&"tel:988".to_string()), "{links:?}");
    assert!(links.contains(&"sms:988".to_string()), "{links:?}");
    assert!(links.contains(&"tel:116123".to_string()), "{links:?}");
    assert!(
        links.contains(&"https://findahelpline.com".to_string()),
        "{links:?}"
    );
    let h1 = container.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "Get help now");
}

#[wasm_bindgen_test]
fn help_page_lists_the_abuse_lines_and_links_to_when_self_help_is_not_enough() {
    use ipt_companion::content::crisis_contacts::{contact_href, ABUSE_CONTACTS};
    let container = mount(|| view! { <HelpPage /> });
    let section = container
        .query_selector("section.abuse-lines")
        .unwrap()
        .expect("the abuse lines");
    let section: web_sys::HtmlElement = section.unchecked_into();
    let links = hrefs(&section);
    for contact in ABUSE_CONTACTS {
        assert!(links.contains(&contact_href(contact)), "{links:?}");
    }
    assert!(hrefs(&container).contains(&ipt_companion::routes::SELF_HELP_LIMITS.to_string()));
}

#[wasm_bindgen_test]
fn header_always_has_the_help_link_and_the_main_navigation() {
    let container = mount(|| {
        view! {
            <Router>
                <Header />
            </Router>
        }
    });
    let help = container
        .query_selector("header a.get-help")
        .unwrap()
        .unwrap();
    assert_eq!(help.text_content().unwrap(), "Get help now");
    assert_eq!(help.get_attribute("href").unwrap(), "/help");
    let nav = container
        .query_selector("nav[aria-label='Main']")
        .unwrap()
        .unwrap();
    let nav_text = nav.text_content().unwrap();
    for label in ["Learn", "Map", "Journal", "Your data"] {
        assert!(nav_text.contains(label), "{nav_text}");
    }
}

#[wasm_bindgen_test]
fn trusted_html_moves_internal_links_under_the_base() {
    let container = mount(|| {
        view! { <TrustedHtml html=TrustedText::compiled("<p><a href=\"/map\">map</a></p>") base="/sub" /> }
    });
    assert_eq!(hrefs(&container), ["/sub/map"]);
}

#[wasm_bindgen_test]
fn a_choice_group_draws_labelled_inputs_under_its_legend_and_reports_changes() {
    use ipt_companion::components::choice::{Choice, ChoiceGroup, ChoiceKind};
    let picked = RwSignal::new(None::<&'static str>);
    let container = mount(move || {
        let radio = move |id: &'static str, words: &'static str| {
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=format!("feeling-{id}")
                    name="feeling"
                    value=id
                    checked=Signal::derive(move || picked.get() == Some(id))
                    on_change=move |on: bool| {
                        if on {
                            picked.set(Some(id))
                        }
                    }
                >
                    {words}
                </Choice>
            }
        };
        view! {
            <ChoiceGroup class="question" legend="How did it feel?" in_a_row=true>
                {radio("hard", "Hard")}
                {radio("good", "Good")}
            </ChoiceGroup>
        }
    });
    let legend = container
        .query_selector("fieldset.question > legend")
        .unwrap()
        .unwrap();
    assert_eq!(legend.text_content().unwrap(), "How did it feel?");
    let inputs = container
        .query_selector_all("fieldset.question > div.answers > div.choice > input")
        .unwrap();
    assert_eq!(inputs.length(), 2);
    let good: web_sys::HtmlInputElement = inputs.item(1).unwrap().unchecked_into();
    assert_eq!(good.type_(), "radio");
    assert_eq!(good.name(), "feeling");
    assert_eq!(good.value(), "good");
    let label = container
        .query_selector("label[for='feeling-good']")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "Good");
    good.click();
    assert_eq!(picked.get_untracked(), Some("good"));
}

/// Waits about 100ms: long enough for a frame to be drawn and measured.
async fn after_a_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_mood_chart_is_drawn_for_its_box_with_the_plans_phases() {
    use ipt_companion::components::journal::chart::MoodChart;
    use ipt_companion::model::journal::chart_frame::{phase_ranges, ChartSpan};
    use ipt_companion::model::journal::{IsoWeek, WeekRow};

    let this_week = IsoWeek::new(2026, 49).unwrap();
    let rows: Vec<WeekRow> = (46..=49)
        .map(|week| WeekRow {
            week: IsoWeek::new(2026, week).unwrap(),
            mood: Some(5),
            phq9: None,
            phq9_item9: None,
            events: 1,
            hard_events: usize::from(week == 47),
        })
        .collect();
    let phases = phase_ranges(IsoWeek::new(2026, 46).unwrap(), 12);
    let container = mount(move || {
        let rows = Memo::new(move |_| rows.clone());
        view! {
            <div style="width: 300px">
                <MoodChart rows=rows this_week=this_week span=ChartSpan::All phases=phases.clone() />
            </div>
        }
    });
    let svg = container.query_selector("svg.mood-chart").unwrap().unwrap();
    assert_eq!(
        container
            .query_selector_all("g.chart-week")
            .unwrap()
            .length(),
        4
    );
    assert_eq!(
        container
            .query_selector_all("polygon.chart-hard-event")
            .unwrap()
            .length(),
        1
    );
    // Four weeks of a plan that began with the first: its beginning and
    // the first week of its middle.
    assert_eq!(
        container
            .query_selector_all("rect.chart-phase")
            .unwrap()
            .length(),
        2
    );
    let legend = container.query_selector(".chart-legend").unwrap().unwrap();
    let legend = legend.text_content().unwrap_or_default();
    assert!(
        legend.contains("Beginning phase (weeks 1 to 3 of your plan)"),
        "{legend}"
    );
    let description = container.query_selector("desc").unwrap().unwrap();
    assert!(description
        .text_content()
        .unwrap_or_default()
        .contains("Middle phase"));

    after_a_frame().await;
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    assert!(view_box.starts_with("0 0 300 "), "{view_box}");
    let dates = container
        .query_selector_all("text.chart-date")
        .unwrap()
        .length();
    assert_eq!(dates, 4, "four weeks in 300px all get a date");
}

#[wasm_bindgen_test]
fn the_year_at_a_glance_shows_fifty_two_weeks_ending_this_week() {
    use ipt_companion::components::journal::year_glance::YearGlance;
    use ipt_companion::model::journal::IsoWeek;

    let this_week = IsoWeek::new(2026, 49).unwrap();
    let container = mount(move || view! { <YearGlance this_week=this_week /> });
    let squares = container
        .query_selector_all(".year-rows [role='img']")
        .unwrap();
    assert_eq!(squares.length(), 52);
    assert_eq!(
        container.query_selector_all(".year-row").unwrap().length(),
        4
    );
    let name = |index: u32| {
        squares
            .item(index)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .get_attribute("aria-label")
            .unwrap_or_default()
    };
    assert_eq!(name(51), "Week of 30 November 2026: no entry, this week");
    assert_eq!(name(0), "Week of 8 December 2025: no entry");
}

#[wasm_bindgen_test]
fn a_change_the_model_refused_schedules_no_save() {
    use ipt_companion::model::relationship_map::edit::PersonDraft;
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let filled = slot.clone();
    let _mounted = mount(move || {
        filled.set(Some(ipt_companion::stores::map_store()));
        view! { <p>"map"</p> }
    });
    let map = slot.get().expect("the map's store");
    let refused: Result<(), &str> = map.update(|_| Err("the model said no"));
    assert!(refused.is_err());
    assert!(
        !map.has_unsaved_change(),
        "a refused change waits for no save"
    );
    let draft = PersonDraft {
        name: "Refusal-Test".into(),
        ..PersonDraft::default()
    };
    assert!(map.update(|m| m.add_person(&draft)).is_ok());
    assert!(map.has_unsaved_change(), "a change waits for its save");
    map.save_pending_change();
    assert!(!map.has_unsaved_change(), "stored once saved");
}

/// Once the week has an entry, a key typed in its note changes the note
/// alone: nothing derived from the whole journal is worked out again (with
/// ten years of data, that made each key cost a third more, issue 26). The
/// key that makes the week's entry is told to everything, as it changes
/// which weeks have one.
#[wasm_bindgen_test]
async fn a_key_in_the_weeks_note_does_not_re_derive_the_whole_journal() {
    use ipt_companion::components::journal::week_entry::WeekEntry;
    use ipt_companion::model::journal::IsoWeek;
    use ipt_companion::stores::journal_store;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    // A week far from the other tests' weeks, so their saves do not meet.
    let week = IsoWeek::new(2018, 10).unwrap();
    let today = week.sunday();
    let journal = RwSignal::new(None);
    let runs = Arc::new(AtomicUsize::new(0));
    let counted = runs.clone();
    let container = mount(move || {
        let store = journal_store();
        journal.set(Some(store));
        store.update(|j| j.entries.remove(&week).is_some());
        // What every whole-journal view does: read all the weeks.
        let weeks_with_an_entry = Memo::new(move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
            store.data.with(|j| j.entries.len())
        });
        view! {
            <p>{move || weeks_with_an_entry.get()}</p>
            <WeekEntry week=week today=today this_week=week />
        }
    });
    let journal = journal.get_untracked().unwrap();
    let note = container
        .query_selector("#journal-note")
        .unwrap()
        .expect("the note field");
    // As a key does: the field's new value, then a bubbling input event.
    // (The effects that read the memos run after it, so each key is
    // followed by a frame.)
    let type_in = |text: &str| {
        js_sys::Function::new_with_args(
            "field, text",
            "field.value = text; field.dispatchEvent(new Event('input', { bubbles: true }));",
        )
        .call2(&wasm_bindgen::JsValue::NULL, &note, &text.into())
        .unwrap();
    };
    let note_stored = || {
        journal
            .data
            .with_untracked(|j| j.entry(week).map(|e| e.note.clone()))
    };

    after_a_frame().await;
    let at_start = runs.load(Ordering::SeqCst);
    type_in("A");
    after_a_frame().await;
    assert_eq!(note_stored().as_deref(), Some("A"));
    let after_first_key = runs.load(Ordering::SeqCst);
    assert!(
        after_first_key > at_start,
        "the key that makes the entry is told"
    );
    type_in("A n");
    after_a_frame().await;
    type_in("A no");
    after_a_frame().await;
    assert_eq!(note_stored().as_deref(), Some("A no"));
    assert_eq!(
        runs.load(Ordering::SeqCst),
        after_first_key,
        "a key in the note re-derives nothing from the whole journal"
    );
    assert!(
        journal.has_unsaved_change(),
        "the typed note waits for its save"
    );
    journal.save_pending_change();
    assert!(!journal.has_unsaved_change(), "and is stored");
    journal.update(|j| j.entries.remove(&week).is_some());
    journal.save_pending_change();
}

/// With more than 24 people on the map, the event form lists only the
/// people ticked, and a button lists everyone (150 checkboxes drawn each
/// time made a long map's journal slow to open, issue 26).
#[wasm_bindgen_test]
async fn a_long_maps_people_are_listed_in_the_event_form_on_request() {
    use ipt_companion::components::journal::events::Events;
    use ipt_companion::model::journal::IsoWeek;
    use ipt_companion::model::relationship_map::edit::PersonDraft;
    use ipt_companion::stores::map_store;

    let week = IsoWeek::new(2017, 5).unwrap();
    let today = week.sunday();
    let map = RwSignal::new(None);
    let container = mount(move || {
        let store = map_store();
        map.set(Some(store));
        store.update(|m| {
            for index in 0..30 {
                let draft = PersonDraft {
                    name: format!("Long map {index}"),
                    ..PersonDraft::default()
                };
                m.add_person(&draft).unwrap();
            }
        });
        view! { <Events week=week today=today /> }
    });
    let map = map.get_untracked().unwrap();
    after_a_frame().await;
    let boxes = || {
        container
            .query_selector_all(".people-choices input[type=checkbox]")
            .unwrap()
            .length()
    };
    let button = || {
        container
            .query_selector("button.list-everyone")
            .unwrap()
            .expect("the button that lists everyone")
            .unchecked_into::<web_sys::HtmlElement>()
    };
    assert_eq!(boxes(), 0, "nobody is ticked yet");
    assert_eq!(
        button().get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    button().click();
    after_a_frame().await;
    let everyone = map.data.with_untracked(|m| m.people.len()) as u32;
    assert_eq!(boxes(), everyone);
    assert_eq!(
        button().get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    // Ticked people stay listed when the list is short again.
    container
        .query_selector(".people-choices input[type=checkbox]")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    button().click();
    after_a_frame().await;
    assert_eq!(boxes(), 1);
    map.update(|m| m.people.retain(|p| !p.name.starts_with("Long map")));
    map.save_pending_change();
}

/// Without a safety plan, the panel invites the person to make one; once
/// there is one, it links to it instead. Item 9 on more than half the days
/// adds the plea to contact a doctor or a crisis line today.
#[wasm_bindgen_test]
async fn the_safety_panel_invites_a_plan_and_asks_for_contact_today_when_item_nine_says_so() {
    use ipt_companion::components::journal::safety_panel::SafetyPanel;
    use ipt_companion::content::journal_text;
    use ipt_companion::stores::safety_plan_store;

    let contact_today = RwSignal::new(false);
    let plan = RwSignal::new(None);
    let container = mount(move || {
        plan.set(Some(safety_plan_store()));
        view! { <SafetyPanel id="test-safety" contact_today=contact_today /> }
    });
    let text = || container.text_content().unwrap_or_default();
    let plan = plan.get_untracked().unwrap();
    plan.update(|plan| *plan = Default::default());
    after_a_frame().await;
    assert!(
        text().contains(journal_text::SAFETY_MAKE_PLAN),
        "{}",
        text()
    );
    assert!(container
        .query_selector(".safety-plan-invite a[href='/help/plan']")
        .unwrap()
        .is_some());
    assert!(!text().contains(journal_text::SAFETY_CONTACT_TODAY));

    contact_today.set(true);
    after_a_frame().await;
    assert!(
        text().contains(journal_text::SAFETY_CONTACT_TODAY),
        "{}",
        text()
    );

    plan.update(|plan| plan.warning_signs = "Not sleeping".to_string());
    after_a_frame().await;
    assert!(
        !text().contains(journal_text::SAFETY_MAKE_PLAN),
        "{}",
        text()
    );
    assert!(text().contains("Open my safety plan"), "{}", text());
    plan.update(|plan| *plan = Default::default());
    container.remove();
}

/// Scores that rose over three check-ins bring the kind notice (journal and
/// home page share the component); a fall takes it away.
#[wasm_bindgen_test]
async fn the_progress_notice_shows_when_scores_rise_and_goes_when_they_fall() {
    use ipt_companion::components::journal::progress_notice::ProgressNotice;
    use ipt_companion::content::journal_text;
    use ipt_companion::model::journal::{IsoWeek, Phq9Answers, ProgressConcern};
    use ipt_companion::stores::journal_store;

    // Weeks far from the other tests' years, so a save does not meet them.
    let week = |number| IsoWeek::new(2019, number).unwrap();
    let today = week(10).sunday();
    let answers = |each: u8| Phq9Answers {
        items: [Some(each); 9],
        difficulty: None,
    };
    let journal = RwSignal::new(None);
    let container = mount(move || {
        journal.set(Some(journal_store()));
        view! { <ProgressNotice this_week=week(10) /> }
    });
    let journal = journal.get_untracked().unwrap();
    journal.update(|j| {
        *j = Default::default();
        for (number, each) in [(6, 0), (8, 1), (10, 2)] {
            j.set_phq9(week(number), today, Some(answers(each)))
                .unwrap();
        }
    });
    after_a_frame().await;
    let notice = container
        .query_selector(".progress-notice")
        .unwrap()
        .expect("the notice");
    assert_eq!(notice.get_attribute("data-concern").unwrap(), "rising");
    let words = notice.text_content().unwrap();
    assert!(
        words.contains(journal_text::progress_concern(
            ProgressConcern::RisingOverThreeCheckIns
        )),
        "{words}"
    );
    assert!(words.contains("not a failure") && words.contains("not a diagnosis"));

    journal.update(|j| j.set_phq9(week(10), today, Some(answers(0))).unwrap());
    after_a_frame().await;
    assert!(container
        .query_selector(".progress-notice")
        .unwrap()
        .is_none());
    journal.update(|j| *j = Default::default());
    container.remove();
}

/// The summary's table shows the answer to item 9 beside each total; the
/// journal's own table does not.
#[wasm_bindgen_test]
fn the_summary_table_shows_item_nine_beside_the_totals() {
    use ipt_companion::components::journal::chart::WeekTable;
    use ipt_companion::content::journal_text;
    use ipt_companion::model::journal::{IsoWeek, WeekRow};

    let rows = vec![
        WeekRow {
            week: IsoWeek::new(2026, 40).unwrap(),
            mood: Some(3),
            phq9: Some(17),
            phq9_item9: Some(2),
            events: 0,
            hard_events: 0,
        },
        WeekRow {
            week: IsoWeek::new(2026, 41).unwrap(),
            mood: Some(4),
            phq9: None,
            phq9_item9: None,
            events: 0,
            hard_events: 0,
        },
    ];
    let for_summary = rows.clone();
    let summary = mount(move || {
        let rows = Memo::new(move |_| for_summary.clone());
        view! { <WeekTable rows=rows caption="Summary" item9=true /> }
    });
    let header = summary.query_selector("thead").unwrap().unwrap();
    assert!(header
        .text_content()
        .unwrap()
        .contains(journal_text::TABLE_ITEM9));
    let cells = summary.query_selector_all("td.item9").unwrap();
    let cell = |index: u32| cells.item(index).unwrap().text_content().unwrap();
    // Newest week first.
    assert_eq!(cell(0), journal_text::NOT_NOTED);
    assert_eq!(cell(1), "More than half the days");
    summary.remove();

    let journal = mount(move || {
        let rows = Memo::new(move |_| rows.clone());
        view! { <WeekTable rows=rows caption="Journal" /> }
    });
    assert_eq!(journal.query_selector_all("td.item9").unwrap().length(), 0);
    journal.remove();
}

/// /help lists the lines for young people and says who else can open the
/// app and what helps, with the words of `ui_text::help`.
#[wasm_bindgen_test]
fn help_page_lists_the_youth_lines_and_explains_who_else_can_open_the_app() {
    use ipt_companion::content::crisis_contacts::{contact_href, YOUTH_CONTACTS};
    use ipt_companion::content::ui_text::help;
    let container = mount(|| view! { <HelpPage /> });
    let youth: web_sys::HtmlElement = container
        .query_selector("section.youth-lines")
        .unwrap()
        .expect("the lines for young people")
        .unchecked_into();
    let links = hrefs(&youth);
    for contact in YOUTH_CONTACTS {
        assert!(links.contains(&contact_href(contact)), "{links:?}");
    }
    assert!(youth
        .text_content()
        .unwrap()
        .contains("a parent or another adult you trust"));
    let device = container
        .query_selector("#private-device")
        .unwrap()
        .expect("the device section")
        .parent_element()
        .unwrap()
        .text_content()
        .unwrap();
    for words in [help::DEVICE_PRIVATE, help::DEVICE_EXIT, help::DEVICE_TRACES] {
        assert!(device.contains(words), "{device}");
    }
    assert!(!container.text_content().unwrap().contains("no one sees"));
}

/// The insights under a journal's week are drawn after the page has been
/// painted, so a long journal's form can be used first (issue 26); until
/// then the section says they are on their way.
#[wasm_bindgen_test]
async fn the_insights_are_drawn_after_the_weeks_form_is_shown() {
    use ipt_companion::components::journal::insights::Insights;
    use ipt_companion::content::journal_text;
    use ipt_companion::model::journal::{IsoWeek, Phq9Answers};
    use ipt_companion::stores::journal_store;

    // A year far from the other tests' weeks, so their saves do not meet.
    let week = IsoWeek::new(2017, 20).unwrap();
    let answers = Phq9Answers {
        items: [Some(1); 9],
        difficulty: None,
    };
    let journal = RwSignal::new(None);
    let container = mount(move || {
        let store = journal_store();
        journal.set(Some(store));
        store.update(|j| {
            *j = Default::default();
            j.set_phq9(week, week.sunday(), Some(answers)).unwrap();
            true
        });
        view! { <Insights this_week=week /> }
    });
    let journal = journal.get_untracked().unwrap();
    let text = || container.text_content().unwrap_or_default();
    assert!(
        text().contains(journal_text::INSIGHTS_DRAWING),
        "{}",
        text()
    );
    assert!(container.query_selector(".plan").unwrap().is_none());
    after_a_frame().await;
    assert!(container.query_selector(".plan").unwrap().is_some());
    assert!(
        !text().contains(journal_text::INSIGHTS_DRAWING),
        "{}",
        text()
    );
    journal.update(|j| {
        *j = Default::default();
        true
    });
    journal.save_pending_change();
    container.remove();
}

/// A choice is stored as its option's id, so an answer given in one
/// language is chosen in every other; an answer stored as the option's
/// words (before ids) is still shown as chosen, and the next pick stores
/// the id.
#[wasm_bindgen_test]
fn an_exercise_choice_is_stored_by_its_id_and_one_stored_as_words_is_still_chosen() {
    use ipt_companion::components::exercise_form::ExerciseForm;
    use ipt_companion::content::exercises::{FieldKind, EXERCISES};
    let (exercise, field, options) = EXERCISES
        .iter()
        .find_map(|exercise| {
            exercise.fields.iter().find_map(|field| match field.kind {
                FieldKind::Choice(options) => Some((exercise, field, options)),
                FieldKind::Text => None,
            })
        })
        .expect("an exercise with a choice");
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let filled = slot.clone();
    let container = mount(move || {
        let store = ipt_companion::stores::learn_store();
        store.update(|progress| progress.set_answer(exercise.id, field.id, options[1].label));
        filled.set(Some(store));
        view! {
            <Router>
                <ExerciseForm exercise=exercise store=store />
            </Router>
        }
    });
    let store = slot.take().expect("the learn store");
    let inputs = container
        .query_selector_all(&format!(
            "input[name='exercise-{}-{}']",
            exercise.id, field.id
        ))
        .unwrap();
    assert_eq!(inputs.length() as usize, options.len());
    let input =
        |index: u32| -> web_sys::HtmlInputElement { inputs.item(index).unwrap().unchecked_into() };
    let checked: Vec<bool> = (0..inputs.length()).map(|i| input(i).checked()).collect();
    assert_eq!(
        checked,
        [false, true, false, false],
        "the stored words' option"
    );
    input(2).click();
    let stored = store
        .data
        .with_untracked(|progress| progress.answer(exercise.id, field.id).to_string());
    assert_eq!(stored, options[2].id);
    assert_eq!(field.shown_answer(&stored), options[2].label);
    store.update(|progress| progress.set_answer(exercise.id, field.id, ""));
}
