//! How the app takes over the page the build wrote (xtask/src/pages.rs:
//! the same components rendered to HTML, in `#prerendered`). The app is
//! mounted into an element of its own outside the document, and that
//! element replaces the written page in one DOM call once the route's page
//! is drawn, so the browser never paints a frame between the two: no blank
//! page while a split route's code is fetched, and, as both are the same
//! components, nothing moves (e2e/tests/takeover.rs measures both).

use wasm_bindgen::JsCast;

use crate::components::module_text;

/// The id of the element that holds a page's build-time markup until the
/// app takes its place (`xtask/src/pages.rs` writes it).
pub const BUILT_PAGE_ID: &str = "prerendered";
/// The id of the element the app is mounted in.
const APP_ID: &str = "app";

/// Whether the app's page is on screen yet, and what waits for it.
enum Shown {
    Waiting(Vec<Box<dyn FnOnce()>>),
    Yes,
}

thread_local! {
    static SHOWN: std::cell::RefCell<Shown> = const { std::cell::RefCell::new(Shown::Waiting(Vec::new())) };
}

/// Runs `then` once the app's page is on screen: it has taken the built
/// page's place, or there was no built page (a development build); at once
/// if it already is. What can wait for the first page (the offline copy of
/// the whole site) waits for this.
pub fn when_page_is_shown(then: impl FnOnce() + 'static) {
    let now = SHOWN.with(|shown| match &mut *shown.borrow_mut() {
        Shown::Waiting(waiting) => {
            waiting.push(Box::new(then));
            None
        }
        Shown::Yes => Some(then),
    });
    if let Some(then) = now {
        then();
    }
}

/// Marks the page as shown and runs what waited for it (outside the
/// borrow, so a callback may ask again).
fn page_shown() {
    let waiting = SHOWN.with(|shown| match shown.replace(Shown::Yes) {
        Shown::Waiting(waiting) => waiting,
        Shown::Yes => Vec::new(),
    });
    for then in waiting {
        then();
    }
}

/// Mounts the app, over the build's page if there is one (a development
/// build serves none).
pub fn mount_app() {
    let Some(document) = crate::browser::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(built) = document.get_element_by_id(BUILT_PAGE_ID) else {
        leptos::mount::mount_to_body(crate::Root);
        page_shown();
        return;
    };
    // A Learn module's text comes from here (it is not in the wasm).
    module_text::keep_served_copy(&built);
    let Ok(app) = document.create_element("div") else {
        return;
    };
    app.set_id(APP_ID);
    leptos::mount::mount_to(app.clone().unchecked_into(), crate::Root).forget();
    // Not before the built page has been painted once (the callback of a
    // second animation frame runs after the first frame's paint): the page
    // a person sees first is always the built one, and its largest text is
    // then its largest contentful paint (the same text drawn again by the
    // app is no larger, so the browser keeps the first).
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(move || replace_once_drawn(built, app));
    });
}

/// The router draws a route's page a task or more after it is mounted (a
/// split page once its code has arrived). Every page has an h1
/// (tests/render.rs): each frame, before it is painted, looks for it, and
/// the first that finds it shows the app instead of the build's page.
fn replace_once_drawn(built: web_sys::Element, app: web_sys::Element) {
    if app.query_selector("h1").ok().flatten().is_some() {
        replace(&built, &app);
    } else {
        leptos::prelude::request_animation_frame(move || replace_once_drawn(built, app));
    }
}

/// Shows the app in the built page's place, in one DOM call.
fn replace(built: &web_sys::Element, app: &web_sys::Element) {
    let _ = built.replace_with_with_node_1(app);
    page_shown();
    // What measures itself (the journal's chart) measured nothing while the
    // app was outside the document; a resize has it measure again.
    if let (Some(window), Ok(event)) = (crate::browser::window(), web_sys::Event::new("resize")) {
        let _ = window.dispatch_event(&event);
    }
}
