//! The app's public URLs and the one table of its routes. They are shared
//! as links (by therapists, friends, search engines), so once shipped they
//! never change: add, never rename (`tests/routes.rs` pins them).

use crate::content::ui_text;
use crate::content::{journal_text, map_text, practice_text, MODULES};

pub const HOME: &str = "/";

/// The languages besides English, each with a twin of every public page
/// under `/<code>/` (the same paths below it): a build speaks one language
/// (`content::LANGUAGE`) and `cargo xtask dist` writes each language's
/// site into its folder of the English one.
pub const OTHER_LANGUAGES: &[&str] = &["es"];
pub const LEARN: &str = "/learn";
pub const MAP: &str = "/map";
pub const JOURNAL: &str = "/journal";
pub const DATA: &str = "/data";
pub const HELP: &str = "/help";
pub const SAFETY_PLAN: &str = "/help/plan";
pub const SUMMARY: &str = "/data/summary";
pub const TIMELINE: &str = "/timeline";
/// The problem-area self-check, published beside the modules
/// (`learn_path(SELF_CHECK_SLUG)`).
pub const SELF_CHECK: &str = "/learn/which-area";
/// Any Learn module, as the router matches it.
pub const LEARN_MODULE: &str = "/learn/:slug";

/// What a route shows, which decides how many paths it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    /// One page at one path.
    Page,
    /// `/learn/:slug`: one path per Learn module in the content.
    LearnModule,
    /// The problem-area self-check, published beside the modules.
    SelfCheck,
    /// Every path no other route matches: the router's fallback, and the
    /// built site's `404.html`.
    NotFound,
}

/// One row of the route table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The path as the router matches it (`:slug` stands for a module).
    pub path: &'static str,
    pub kind: RouteKind,
    /// The `#[lazy_route]` type in `src/pages/lazy.rs` whose page is cut out
    /// of the main wasm, or None for a page in the main module.
    pub split_as: Option<&'static str>,
    /// The h1 a first visitor sees; None for the Learn modules, whose pages
    /// each show their module's title.
    pub heading: Option<&'static str>,
}

/// Every route, once, in the order the router tries them (the self-check
/// before `/learn/:slug`). The router (`src/app.rs`, checked against this
/// by `tests/routes.rs`), the split (`src/pages/lazy.rs` and
/// `xtask/src/split.rs`), the pages the build writes and the end-to-end
/// tests read it.
pub const ROUTES: [Route; 12] = [
    page(HOME, None, ui_text::home::HEADING),
    page(LEARN, None, ui_text::learn::TITLE),
    Route {
        path: SELF_CHECK,
        kind: RouteKind::SelfCheck,
        split_as: Some("SelfCheckRoute"),
        heading: Some(crate::content::self_check::TITLE),
    },
    Route {
        path: LEARN_MODULE,
        kind: RouteKind::LearnModule,
        split_as: None,
        heading: None,
    },
    page(MAP, Some("MapRoute"), map_text::TITLE),
    page(JOURNAL, Some("JournalRoute"), journal_text::TITLE),
    page(
        TIMELINE,
        Some("TimelineRoute"),
        practice_text::timeline::TITLE,
    ),
    page(DATA, Some("DataRoute"), ui_text::data::TITLE),
    page(HELP, None, ui_text::help::TITLE),
    page(
        SAFETY_PLAN,
        Some("SafetyPlanRoute"),
        ui_text::safety_plan::TITLE,
    ),
    page(SUMMARY, Some("SummaryRoute"), ui_text::summary::TITLE),
    Route {
        path: "*",
        kind: RouteKind::NotFound,
        split_as: None,
        heading: Some(ui_text::not_found::TITLE),
    },
];

const fn page(path: &'static str, split_as: Option<&'static str>, heading: &'static str) -> Route {
    Route {
        path,
        kind: RouteKind::Page,
        split_as,
        heading: Some(heading),
    }
}

/// One path a person can open: a route's own, or one Learn module's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicPage {
    pub path: String,
    /// The h1 a first visitor sees.
    pub heading: &'static str,
    pub route: &'static Route,
}

/// Every path of every route but the not-found page, in the table's order.
pub fn public_pages() -> Vec<PublicPage> {
    let mut pages = Vec::new();
    for route in &ROUTES {
        match (route.kind, route.heading) {
            (RouteKind::NotFound, _) => {}
            (RouteKind::LearnModule, _) => {
                pages.extend(MODULES.iter().map(|module| PublicPage {
                    path: learn_path(module.slug),
                    heading: module.title,
                    route,
                }));
            }
            (_, heading) => pages.push(PublicPage {
                path: route.path.to_string(),
                heading: heading.unwrap_or_default(),
                route,
            }),
        }
    }
    pages
}

/// The route of the page a split route's code draws, by its `#[lazy_route]`
/// type's name.
pub fn route_split_as(type_name: &str) -> Option<&'static Route> {
    ROUTES
        .iter()
        .find(|route| route.split_as == Some(type_name))
}

/// The not-found route, for its heading.
pub fn not_found_route() -> &'static Route {
    ROUTES
        .iter()
        .find(|route| route.kind == RouteKind::NotFound)
        .expect("the table has a not-found route")
}

/// The file the built site answers `path` with: `/` gives `index.html`,
/// `/learn/grief` gives `learn/grief/index.html`.
pub fn index_file(path: &str) -> String {
    let folder = path.trim_matches('/');
    if folder.is_empty() {
        "index.html".to_string()
    } else {
        format!("{folder}/index.html")
    }
}

/// Why a timeline helps: a section of the Techniques module.
pub const TIMELINE_HOW_TO: &str = "/learn/techniques#linking-mood-and-events";

/// When self-help alone is the wrong tool: a section of "What is IPT?",
/// linked from `/`, `/help` and the self-check's result.
pub const SELF_HELP_LIMITS: &str = "/learn/what-is-ipt#when-self-help-is-not-enough";

/// The abuse lines on `/help`.
pub const ABUSE_LINES: &str = "/help#someone-hurting-you";

/// The note on `/data` for a person whose device someone else may read.
pub const DEVICE_SAFETY: &str = "/data#device-safety";

/// The slug of the problem-area self-check, published beside the modules.
pub const SELF_CHECK_SLUG: &str = "which-area";

/// The link to one Learn module or the self-check.
pub fn learn_path(slug: &str) -> String {
    format!("{LEARN}/{slug}")
}

/// True when `path` (optionally with a `#fragment`) names a page of the app,
/// as opposed to falling through to the not-found page.
pub fn is_known_path(path: &str) -> bool {
    let path = path.split('#').next().unwrap_or_default();
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        path
    };
    public_pages().iter().any(|page| page.path == path)
}

/// The part of an internal link after `#`, if any.
pub fn fragment(link: &str) -> Option<&str> {
    link.split_once('#').map(|(_, fragment)| fragment)
}

/// The router base from the public URL the site was built for (the
/// `app-base` meta tag that `cargo xtask dist` writes): `/sub/app/` gives
/// `/sub/app`, and the site root gives the empty string.
pub fn base_path_from_public_url(public_url: &str) -> String {
    let path = public_url.trim();
    if !path.starts_with('/') || path.contains("//") {
        return String::new();
    }
    path.trim_end_matches('/').to_string()
}

/// An app path as a link under the router base: `("/sub", "/help")` gives
/// `/sub/help`, and the home page keeps its trailing slash (`/sub/`).
pub fn with_base(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

/// The app path of a page's `pathname` under the router `base`:
/// `("/sub", "/sub/help")` gives `/help`, and the base itself (with or
/// without its slash) gives the home page, `/`.
pub fn path_inside<'a>(base: &str, pathname: &'a str) -> &'a str {
    match pathname.strip_prefix(base).unwrap_or(pathname) {
        "" => HOME,
        inside => inside,
    }
}

/// The link to `path`'s twin in `twin_language` ("en", "es"), from a page
/// of the `language` site whose router base is `base`: the English site's
/// base is the other sites' without their folder ("/ipt/es" → "/ipt").
pub fn twin_url(base: &str, language: &str, twin_language: &str, path: &str) -> String {
    let english_base = if language == "en" {
        base
    } else {
        base.strip_suffix(&format!("/{language}")).unwrap_or(base)
    };
    if twin_language == "en" {
        with_base(english_base, path)
    } else {
        with_base(&format!("{english_base}/{twin_language}"), path)
    }
}

/// Trusted, compiled-in HTML whose internal links (`href="/...`) are moved
/// under the router base, so content links work when hosted in a sub-path.
pub fn rebase_content_links(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_string();
    }
    html.replace("href=\"/", &format!("href=\"{base}/"))
}
