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
use crate::pages::unlock::UnlockPage;
use crate::routes;
use crate::storage::area_store::{AreaStore, SaveStatus};
use crate::storage::lock::{self, OpenedArea};
use crate::storage::lock_format::{is_locked_area, LOCK_KEY};

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

/// What is mounted: the app, or first the unlock screen when the
/// passphrase lock is on (the app then opens with what it decrypted).
#[component]
pub fn Root() -> impl IntoView {
    provide_meta_context();
    if !lock::lock_is_on() {
        return view! { <App opened=None/> }.into_any();
    }
    let opened = RwSignal::new(None::<Vec<OpenedArea>>);
    let app_or_unlock = move || match opened.get() {
        Some(areas) => view! { <App opened=Some(areas)/> }.into_any(),
        None => view! { <UnlockPage opened=opened/> }.into_any(),
    };
    app_or_unlock.into_any()
}

#[component]
pub fn App(opened: Option<Vec<OpenedArea>>) -> impl IntoView {
    let save_status = RwSignal::new(SaveStatus::default());
    // Areas an interrupted "turn on" left plain, encrypted once the app runs.
    let left_plain: Vec<&'static str> = opened
        .iter()
        .flatten()
        .filter(|area| {
            area.stored
                .as_deref()
                .is_some_and(|text| !is_locked_area(text))
        })
        .map(|area| area.area)
        .collect();
    let opened = opened.as_deref();
    provide_context(AreaStore::<LearnProgress>::load(
        "learn",
        save_status,
        opened,
    ));
    provide_context(AreaStore::<RelationshipMap>::load(
        "map",
        save_status,
        opened,
    ));
    provide_context(AreaStore::<Journal>::load("journal", save_status, opened));
    let settings = AreaStore::<Settings>::load("settings", save_status, opened);
    provide_context(settings);
    provide_context(AreaStore::<SafetyPlan>::load(
        "safety-plan",
        save_status,
        opened,
    ));
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
    let storage_listener = window_event_listener(leptos::ev::storage, move |event| {
        // The lock was turned on, off or changed in another tab: start again
        // from the unlock screen (or without it), unless a change here is
        // still unsaved and on screen.
        if event.key().as_deref() == Some(LOCK_KEY)
            && !matches!(save_status.get_untracked(), SaveStatus::NotSaved(_))
        {
            let _ = window().location().reload();
            return;
        }
        learn.take_in_stored_change();
        map.take_in_stored_change();
        journal.take_in_stored_change();
        settings.take_in_stored_change();
        plan.take_in_stored_change();
    });
    on_cleanup(move || storage_listener.remove());
    if !left_plain.is_empty() {
        let stores = Stores::from_context();
        leptos::task::spawn_local(async move {
            for area in left_plain {
                // A failure shows the not-saved banner; nothing else to do.
                let _ = stores.resave_area(area).await;
            }
        });
    }
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

/// Every area's store at once, taken from the context while it is there
/// (an async task after an await runs outside it).
#[derive(Clone, Copy)]
pub struct Stores {
    pub learn: AreaStore<LearnProgress>,
    pub map: AreaStore<RelationshipMap>,
    pub journal: AreaStore<Journal>,
    pub settings: AreaStore<Settings>,
    pub safety_plan: AreaStore<SafetyPlan>,
}

impl Stores {
    pub fn from_context() -> Stores {
        Stores {
            learn: learn_store(),
            map: map_store(),
            journal: journal_store(),
            settings: settings_store(),
            safety_plan: safety_plan_store(),
        }
    }

    /// Saves every area again, as the lock now says (encrypted or plain).
    pub async fn resave_all(self) -> Result<(), crate::storage::SaveError> {
        self.learn.resave().await?;
        self.map.resave().await?;
        self.journal.resave().await?;
        self.settings.resave().await?;
        self.safety_plan.resave().await
    }

    /// Saves one area again if it is readable (after unlocking, an area an
    /// interrupted "turn on" left plain gets encrypted now).
    pub async fn resave_area(self, area: &str) -> Result<(), crate::storage::SaveError> {
        match area {
            "learn" if self.learn.unreadable.get_untracked().is_none() => self.learn.resave().await,
            "map" if self.map.unreadable.get_untracked().is_none() => self.map.resave().await,
            "journal" if self.journal.unreadable.get_untracked().is_none() => {
                self.journal.resave().await
            }
            "settings" if self.settings.unreadable.get_untracked().is_none() => {
                self.settings.resave().await
            }
            "safety-plan" if self.safety_plan.unreadable.get_untracked().is_none() => {
                self.safety_plan.resave().await
            }
            _ => Ok(()),
        }
    }

    /// A change not stored yet, or an encrypted save under way, anywhere.
    pub fn has_unsaved_change(self) -> bool {
        self.learn.has_unsaved_change()
            || self.map.is_saving()
            || self.journal.is_saving()
            || self.settings.is_saving()
            || self.safety_plan.is_saving()
    }

    pub fn any_unreadable(self) -> bool {
        self.learn.unreadable.get_untracked().is_some()
            || self.map.unreadable.get_untracked().is_some()
            || self.journal.unreadable.get_untracked().is_some()
            || self.settings.unreadable.get_untracked().is_some()
            || self.safety_plan.unreadable.get_untracked().is_some()
    }
}
