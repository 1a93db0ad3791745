//! The routes whose code is split out of the main wasm (those the route
//! table in `src/routes.rs` marks `split_as`): `cargo xtask dist`
//! cuts each `#[lazy_route]` view below into its own file, fetched the first
//! time the route opens, so a shared Learn link does not download the map,
//! the journal or the lock. (The service worker's install fetches every
//! chunk in the background, which is what makes them ready offline; a
//! prefetch from here would add nothing but a second way to fail.)
//!
//! Each route's view is one split point, as coarse as a whole page: closures
//! created inside a chunk and called from the main module are where the
//! splitter has had bugs, and whole pages keep those few and well tested.

use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

use crate::model::journal::StepDraft;
use crate::routes;
use crate::split_slot::SplitSlot;

/// A route whose whole page loads on demand; its data (the stores) is in
/// the app's context already, so the route itself carries none.
macro_rules! lazy_pages {
    ($($(#[$doc:meta])* $route:ident => $page:path;)*) => {$(
        $(#[$doc])*
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                // Runs in the main module before the page's code is fetched.
                // The table names the route's path; `tests/routes.rs`
                // checks it names every type below.
                let path = routes::route_split_as(stringify!($route)).map(|route| route.path);
                LOADING_PATH.with(|loading| loading.replace(path.map(str::to_string)));
                $route
            }

            fn view(_this: Self) -> AnyView {
                LOADING_PATH.with(|loading| loading.replace(None));
                if !crate::browser::PRESENT && DRAWN_AROUND_TODAY.contains(&stringify!($route)) {
                    return opening_placeholder(stringify!($route));
                }
                $page().into_any()
            }
        }
    )*};
}

/// The pages drawn around today's date (this week's check-in, the
/// timeline's "now", the summary's weeks, /data's "a backup is due"),
/// which a build cannot know.
/// Rendered natively (`crate::browser`), each shows its heading and a
/// placeholder instead, until the browser draws the page.
const DRAWN_AROUND_TODAY: [&str; 4] =
    ["JournalRoute", "TimelineRoute", "SummaryRoute", "DataRoute"];

/// A page drawn around today, as the build renders it: the page's own top
/// (title, heading, lead: the same components as the page draws, so its
/// largest text is already there and does not move), then "Opening…".
/// (`main` is at least a screen tall, so the footer stays below the first
/// screen and nothing there moves when the page is drawn.)
fn opening_placeholder(route: &str) -> AnyView {
    match route {
        "JournalRoute" => crate::pages::journal::opening().into_any(),
        "TimelineRoute" => crate::pages::timeline::opening().into_any(),
        "SummaryRoute" => crate::pages::summary::opening().into_any(),
        _ => crate::pages::data::opening().into_any(),
    }
}

thread_local! {
    /// The route whose code is being fetched: the router changes the
    /// address only once the page is drawn, so if the fetch fails, this is
    /// where the person was going.
    static LOADING_PATH: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The path of a split page whose code is being fetched, if any.
pub fn loading_path() -> Option<String> {
    LOADING_PATH.with(|loading| loading.borrow().clone())
}

lazy_pages! {
    /// `/map`: the relationship map.
    MapRoute => crate::pages::map::MapPage;
    /// `/timeline`: life events and times of low mood, drawn and listed.
    TimelineRoute => crate::pages::timeline::TimelinePage;
    /// `/journal`: the weekly check-in and its chart.
    JournalRoute => crate::pages::journal::JournalPage;
    /// `/data`: backup, import, delete and the passphrase lock.
    DataRoute => crate::pages::data::DataPage;
    /// `/data/summary`: the printable summary.
    SummaryRoute => crate::pages::summary::SummaryPage;
    /// `/help/plan`: the personal safety plan.
    SafetyPlanRoute => crate::pages::safety_plan::SafetyPlanPage;
    /// `/learn/which-area`: the problem-area self-check.
    SelfCheckRoute => crate::pages::self_check::SelfCheckPage;
}

/// What pages in the main module show or do with the map's or the
/// journal's data: the home page's path for a returning person, the names
/// from the map beside a Learn page's exercise, and "make this my step".
/// The main module holds none of those areas' code (their stores, their
/// serde), so a first visit does not download it.
#[derive(Clone, Copy)]
pub struct StoredParts {
    pub dashboard: fn() -> AnyView,
    pub names_from_the_map: fn(NodeRef<leptos::html::Textarea>, Callback<String>) -> AnyView,
    pub make_this_weeks_step: fn(Owner, StepDraft) -> bool,
}

type FetchingParts = std::pin::Pin<Box<dyn std::future::Future<Output = StoredParts> + Send>>;

thread_local! {
    /// How [`StoredParts`] are fetched (`crate::split_slot`).
    static PARTS_LOADER: SplitSlot<FetchingParts> = const { SplitSlot::empty() };
}

/// Called by the app as it starts.
pub fn fetch_stored_parts_when_needed() {
    PARTS_LOADER.with(|slot| slot.set(|| Box::pin(stored_parts_split())));
}

/// The parts above, fetched the first time one is needed.
pub async fn stored_parts() -> StoredParts {
    PARTS_LOADER
        .with(SplitSlot::fetch)
        .expect("the app sets how its split parts are fetched as it starts")
        .await
}

/// One split point for the three parts, not one each: every split point
/// adds the chunks it shares with each other one, and three points took
/// `/journal`'s first load from 23 files to 52 (measured, BENCHMARKS.md).
#[lazy]
fn stored_parts_split() -> StoredParts {
    StoredParts {
        dashboard: crate::pages::home::dashboard,
        names_from_the_map: crate::components::people_picker::names_from_the_map,
        make_this_weeks_step: crate::components::practice::make_this_weeks_step,
    }
}
