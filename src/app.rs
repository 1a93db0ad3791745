//! The router, the page frame shared by every route, and the router base.

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::frame::{Footer, Header, SkipLink};
use crate::components::recovery::RecoveryViews;
use crate::components::save_banner::SaveBanner;
use crate::components::update_banner::UpdateBanner;
use crate::model::journal::Journal;
use crate::model::learn_progress::LearnProgress;
use crate::model::relationship_map::RelationshipMap;
use crate::model::settings::{SafetyPlan, Settings, Theme};
use crate::pages;
use crate::routes;
use crate::storage::area_store::{AreaStore, SaveStatus};

/// The content of a `<meta name=…>` tag of the page, if present.
pub fn page_meta(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??
        .get_attribute("content")
}

/// The path the app is hosted under ("" at a site's root), read once from
/// the `app-base` meta tag that `cargo xtask dist` writes from
/// `--public-url`. (Not a `<base>` element: the CSP has `base-uri 'none'`.)
pub fn router_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        routes::base_path_from_public_url(&page_meta("app-base").unwrap_or_default())
    })
}

/// An app path as an `href` that works under any hosting sub-path.
pub fn href(path: &str) -> String {
    routes::with_base(router_base(), path)
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let save_status = RwSignal::new(SaveStatus::default());
    provide_context(AreaStore::<LearnProgress>::load("learn", save_status));
    provide_context(AreaStore::<RelationshipMap>::load("map", save_status));
    provide_context(AreaStore::<Journal>::load("journal", save_status));
    let settings = AreaStore::<Settings>::load("settings", save_status);
    provide_context(settings);
    provide_context(AreaStore::<SafetyPlan>::load("safety-plan", save_status));
    // The manual light/dark switch: an attribute the stylesheet reads.
    Effect::new(move |_| {
        let theme = settings.data.with(|s| s.theme);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
            };
        }
    });
    // Another tab saved: take its change in (each store checks its own key).
    let (learn, map, journal, plan) = (
        learn_store(),
        map_store(),
        journal_store(),
        safety_plan_store(),
    );
    let storage_listener = window_event_listener(leptos::ev::storage, move |_| {
        learn.take_in_stored_change();
        map.take_in_stored_change();
        journal.take_in_stored_change();
        settings.take_in_stored_change();
        plan.take_in_stored_change();
    });
    on_cleanup(move || storage_listener.remove());
    let update_ready = RwSignal::new(false);
    crate::offline::register_service_worker(update_ready);
    view! {
        <Router base=router_base()>
            <SkipLink/>
            <Header/>
            <SaveBanner status=save_status/>
            <UpdateBanner update_ready=update_ready save_status=save_status/>
            <main id="main" tabindex="-1">
                <RecoveryViews/>
                <Routes fallback=pages::not_found::NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage/>
                    <Route path=path!("/learn") view=pages::learn_index::LearnIndexPage/>
                    <Route path=path!("/learn/:slug") view=pages::learn_module::LearnModulePage/>
                    <Route path=path!("/map") view=pages::map::MapPage/>
                    <Route path=path!("/journal") view=pages::journal::JournalPage/>
                    <Route path=path!("/data") view=pages::data::DataPage/>
                    <Route path=path!("/help") view=pages::help::HelpPage/>
                    <Route path=path!("/help/plan") view=pages::safety_plan::SafetyPlanPage/>
                    <Route path=path!("/data/summary") view=pages::summary::SummaryPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// The Learn area's store, provided by [`App`].
pub fn learn_store() -> AreaStore<LearnProgress> {
    expect_context::<AreaStore<LearnProgress>>()
}

/// The relationship map's store, provided by [`App`].
pub fn map_store() -> AreaStore<RelationshipMap> {
    expect_context::<AreaStore<RelationshipMap>>()
}

/// The journal's store, provided by [`App`].
pub fn journal_store() -> AreaStore<Journal> {
    expect_context::<AreaStore<Journal>>()
}

/// The settings store, provided by [`App`].
pub fn settings_store() -> AreaStore<Settings> {
    expect_context::<AreaStore<Settings>>()
}

/// The safety plan's store, provided by [`App`].
pub fn safety_plan_store() -> AreaStore<SafetyPlan> {
    expect_context::<AreaStore<SafetyPlan>>()
}
