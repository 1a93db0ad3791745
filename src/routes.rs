//! The app's public URLs. They are shared as links (by therapists, friends,
//! search engines), so once shipped they never change: add, never rename.

use crate::content::MODULES;

pub const HOME: &str = "/";
pub const LEARN: &str = "/learn";
pub const MAP: &str = "/map";
pub const JOURNAL: &str = "/journal";
pub const DATA: &str = "/data";
pub const HELP: &str = "/help";
pub const SAFETY_PLAN: &str = "/help/plan";
pub const SUMMARY: &str = "/data/summary";
pub const TIMELINE: &str = "/timeline";

/// Every page's path but the Learn modules' (those come from the content).
pub const PAGES: [&str; 9] = [
    HOME,
    LEARN,
    MAP,
    JOURNAL,
    DATA,
    HELP,
    SAFETY_PLAN,
    SUMMARY,
    TIMELINE,
];

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
    if PAGES.contains(&path) {
        return true;
    }
    match path.strip_prefix("/learn/") {
        Some(slug) => slug == SELF_CHECK_SLUG || MODULES.iter().any(|module| module.slug == slug),
        None => false,
    }
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

/// Trusted, compiled-in HTML whose internal links (`href="/...`) are moved
/// under the router base, so content links work when hosted in a sub-path.
pub fn rebase_content_links(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_string();
    }
    html.replace("href=\"/", &format!("href=\"{base}/"))
}
