//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use ipt_companion::components::frame::Header;
use ipt_companion::content::trusted_html::{TrustedHtml, TrustedText};
use ipt_companion::pages::help::HelpPage;
use ipt_companion::storage::area_store::SaveStatus;
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
            let status = RwSignal::new(SaveStatus::default());
            ipt_companion::stores::provide_stores(status, None);
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
