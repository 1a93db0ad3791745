//! A route of the app rendered natively to a whole HTML page, by Leptos'
//! server rendering (`ssr`) of the same `Root` the browser mounts: the one
//! renderer the build will write its pages with (issue 25). Compiled only
//! natively; nothing in it touches a browser (`crate::browser` keeps the
//! components away from one), so the page is what a first visitor with no
//! data sees.
//!
//! `cargo xtask dist` (xtask/src/pages.rs) writes every public page from
//! [`render_route`]; `tests/render.rs` renders every public route.

use std::sync::Arc;

use futures::stream::{self, StreamExt};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::Root;

/// Renders `path` (an app path such as `/learn/grief`, without a hosting
/// sub-path) to a complete HTML document: doctype, `<head>` with the
/// page's `<title>` from its `leptos_meta` tags, and the app in `<body>`.
pub fn render_page(path: &str) -> String {
    render_document(path, "")
}

/// What the build puts into a page's file: its `<title>` text (escaped as
/// HTML) and the app's markup for `<body>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPage {
    pub title: String,
    pub body: String,
}

/// Renders `path` as the app draws it when hosted under `base` ("" at a
/// site's root, else a path such as "/sub"): every link carries the base.
pub fn render_route(path: &str, base: &str) -> RenderedPage {
    let document = render_document(path, base);
    let between = |open: &str, close: &str| {
        let start = document.find(open).map_or(0, |at| at + open.len());
        let end = document[start..]
            .find(close)
            .map_or(document.len(), |at| start + at);
        document[start..end].to_string()
    };
    RenderedPage {
        title: between("<title>", "</title>"),
        // Leptos marks where one text node ends and the next begins with
        // `<!>`, for a hydration this app does not do (the app replaces the
        // page, src/takeover.rs); HTML calls it a bogus comment, so the
        // built pages go without it and read the same.
        body: between("<body>", TAIL).replace("<!>", ""),
    }
}

fn render_document(path: &str, base: &str) -> String {
    crate::hosting::render_under(base);
    // The head is injected by `leptos_meta` after a tick of Leptos'
    // executor; any executor will do, and one set before is kept.
    let _ = any_spawner::Executor::init_futures_executor();
    // A root owner with the server's shared context: under it Leptos'
    // `is_server()` is true, so its own helpers (window event listeners)
    // do nothing, and Effects are not run at all (`ssr`).
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let page = owner.with(|| {
        // The router reads the path from this instead of `window.location`.
        provide_context(RequestUrl::new(&crate::routes::with_base(base, path)));
        let (meta_context, meta_output) = ServerMetaContext::new();
        provide_context(meta_context);
        // In-order streaming waits for every `<Suspense>` (the app has none
        // today) and, unlike `to_html`, would never print a fallback.
        let body = view! { <Root /> }.to_html_stream_in_order();
        let document = stream::iter([HEAD.to_string()])
            .chain(Box::pin(body))
            .chain(stream::iter([TAIL.to_string()]));
        futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(document)
                .await
                .collect::<String>()
                .await
        })
    });
    owner.unset();
    page
}

/// The document around the app up to `<body>`; `leptos_meta` writes the
/// page's `<title>` before `</head>`. The build's own head (CSP, styles,
/// scripts, `app-base`) is not here yet: `cargo xtask dist` still takes it
/// from Trunk's `index.html`.
const HEAD: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>";

const TAIL: &str = "</body></html>";
