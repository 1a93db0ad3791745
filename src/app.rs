//! The router, the page frame shared by every route, and the router base.

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::frame::{Footer, Header, SkipLink};
use crate::components::save_banner::SaveBanner;
use crate::model::learn_progress::LearnProgress;
use crate::pages;
use crate::routes;
use crate::storage::area_store::{AreaStore, SaveStatus};

/// The path the app is hosted under ("" at a site's root), read once from
/// the `<base>` element that Trunk writes from `--public-url`.
pub fn router_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let base_uri = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.base_uri().ok().flatten())
            .unwrap_or_default();
        routes::base_path_from_base_uri(&base_uri)
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
    view! {
        <Router base=router_base()>
            <SkipLink/>
            <Header/>
            <SaveBanner status=save_status/>
            <main id="main" tabindex="-1">
                <Routes fallback=pages::not_found::NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage/>
                    <Route path=path!("/learn") view=pages::learn_index::LearnIndexPage/>
                    <Route path=path!("/learn/:slug") view=pages::learn_module::LearnModulePage/>
                    <Route path=path!("/map") view=pages::map::MapPage/>
                    <Route path=path!("/journal") view=pages::journal::JournalPage/>
                    <Route path=path!("/data") view=pages::data::DataPage/>
                    <Route path=path!("/help") view=pages::help::HelpPage/>
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
