//! The router and the page frame shared by every route.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

use crate::components::auto_lock_settings::AutoLockBlockedNotice;
use crate::components::frame::{Footer, Header, SkipLink};
use crate::components::quick_exit::QuickExit;
use crate::components::recovery::RecoveryViews;
use crate::components::save_banner::SaveBanner;
use crate::components::update_banner::UpdateBanner;
use crate::hosting::router_base;
use crate::model::settings::Theme;
use crate::pages;
use crate::pages::lazy::{
    DataRoute, JournalRoute, MapRoute, SafetyPlanRoute, SelfCheckRoute, SummaryRoute, TimelineRoute,
};
use crate::pages::unlock::UnlockPage;
use crate::storage::lock::{self, OpenedArea};
use crate::storage::lock_format::is_locked_area;
use crate::stores;

/// What is mounted: the app, or first the unlock screen when the
/// passphrase lock is on (the app then opens with what it decrypted).
#[component]
pub fn Root() -> impl IntoView {
    provide_meta_context();
    // Only the app names its split points (see each).
    lock::fetch_crypto_code_when_needed();
    crate::pages::lazy::fetch_stored_parts_when_needed();
    if !lock::lock_is_on() {
        return view! { <App opened=None /> }.into_any();
    }
    let opened = RwSignal::new(None::<Vec<OpenedArea>>);
    let app_or_unlock = move || match opened.get() {
        Some(areas) => view! { <App opened=Some(areas) /> }.into_any(),
        None => view! { <UnlockPage opened=opened /> }.into_any(),
    };
    app_or_unlock.into_any()
}

#[component]
pub fn App(opened: Option<Vec<OpenedArea>>) -> impl IntoView {
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
    let settings = stores::provide_stores(opened);
    // The manual light/dark switch: an attribute the stylesheet reads.
    Effect::new(move |_| {
        let theme = settings.data.with(|s| s.theme);
        if let Some(root) = crate::browser::window()
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
    let update_ready = RwSignal::new(false);
    // What watches the browser (other tabs, leaving, idle time, the service
    // worker) runs only there: rendered natively, the app has no tabs, no
    // timers and no stored data (`crate::browser`).
    if crate::browser::PRESENT {
        stores::listen_for_other_tabs();
        stores::keep_changes_when_leaving();
        crate::auto_lock::watch(move || settings.data.with_untracked(|s| s.auto_lock));
        if !left_plain.is_empty() {
            stores::encrypt_left_plain(left_plain);
        }
        // The offline copy of the whole site (about 900 KB on a first
        // visit) waits until the person's page is shown, so its downloads
        // never compete with the ones that page needs to be used.
        crate::takeover::when_page_is_shown(move || {
            crate::offline::register_service_worker(update_ready)
        });
    }
    view! {
        <Router base=router_base()>
            <SkipLink />
            <QuickExit />
            <Header />
            <SaveBanner />
            <AutoLockBlockedNotice />
            <UpdateBanner update_ready=update_ready />
            <main id="main" tabindex="-1">
                <RecoveryViews />
                // One `<Route>` per row of `routes::ROUTES`, in its order,
                // lazy where it says `split_as` (`tests/routes.rs` checks).
                <Routes fallback=pages::not_found::NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage />
                    <Route path=path!("/learn") view=pages::learn_index::LearnIndexPage />
                    <Route path=path!("/learn/which-area") view={Lazy::<SelfCheckRoute>::new()} />
                    <Route path=path!("/learn/:slug") view=pages::learn_module::LearnModulePage />
                    <Route path=path!("/map") view={Lazy::<MapRoute>::new()} />
                    <Route path=path!("/journal") view={Lazy::<JournalRoute>::new()} />
                    <Route path=path!("/timeline") view={Lazy::<TimelineRoute>::new()} />
                    <Route path=path!("/data") view={Lazy::<DataRoute>::new()} />
                    <Route path=path!("/help") view=pages::help::HelpPage />
                    <Route path=path!("/help/plan") view={Lazy::<SafetyPlanRoute>::new()} />
                    <Route path=path!("/data/summary") view={Lazy::<SummaryRoute>::new()} />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
