//! Where the app is hosted, for every layer that draws a link: the page's
//! `<meta>` tags that `cargo xtask dist` writes, the router base read from
//! them, and app paths as links under it. Kept apart from `app.rs` so that
//! pages and components below the router do not import it.

use std::cell::Cell;
use std::sync::OnceLock;

use crate::routes;

/// The content of a `<meta name=…>` tag of the page, if present.
pub fn page_meta(name: &str) -> Option<String> {
    crate::browser::window()?
        .document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??
        .get_attribute("content")
}

/// The path the app is hosted under ("" at a site's root), read once from
/// the `app-base` meta tag that `cargo xtask dist` writes from
/// `--public-url`. (Not a `<base>` element: the CSP has `base-uri 'none'`.)
pub fn router_base() -> &'static str {
    if !crate::browser::PRESENT {
        return RENDER_BASE.with(Cell::get);
    }
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        routes::base_path_from_public_url(&page_meta("app-base").unwrap_or_default())
    })
}

/// An app path as an `href` that works under any hosting sub-path.
pub fn href(path: &str) -> String {
    routes::with_base(router_base(), path)
}

/// The app path of the page at `pathname` (the location's), without the
/// hosting sub-path: what the router matches routes against.
pub fn path_inside_base(pathname: &str) -> &str {
    routes::path_inside(router_base(), pathname)
}

thread_local! {
    /// Natively, the sub-path the page being rendered is hosted under
    /// (`crate::render` sets it; the browser reads its `app-base` instead).
    static RENDER_BASE: Cell<&'static str> = const { Cell::new("") };
}

/// Renders under `base` ("" or a path like "/sub") from now on, on this
/// thread: natively only, for `crate::render`. A build has one or two
/// bases, so each distinct one is leaked once.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn render_under(base: &str) {
    if RENDER_BASE.with(Cell::get) != base {
        let base: &'static str = Box::leak(base.to_string().into_boxed_str());
        RENDER_BASE.with(|current| current.set(base));
    }
}
