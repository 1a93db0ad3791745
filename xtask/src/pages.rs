//! Every page of the site, written at build time by the app's own
//! components: `ipt_companion::render` (Leptos' server rendering of the
//! same `Root` the browser mounts) gives each route's markup, and this puts
//! it into the app's entry HTML with the page's title, description and
//! inline styles. One renderer: a page reads without JavaScript exactly as
//! the app draws it for a first visitor, navigation and crisis link
//! included, and the app then takes it over (src/main.rs).

use std::path::Path;

use ipt_companion::content::self_check as check_text;
use ipt_companion::content::ui_text::{help, home, learn};
use ipt_companion::content::MODULES;
use ipt_companion::render::{render_route, RenderedPage};
use ipt_companion::routes::{self, with_base};
use ipt_companion::takeover::BUILT_PAGE_ID;

use crate::site::write;

/// A path no route matches: what the site's `404.html` is rendered from.
const NOT_FOUND_PATH: &str = "/404";

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes every public page of the route table (`/` as `index.html`, the
/// others as `<path>/index.html`) and `404.html`, each from `entry_for`:
/// the app's entry HTML with the head for that route (its policy and the
/// script that starts fetching its wasm).
pub fn write_pages(
    dist: &Path,
    public_url: &str,
    entry_for: impl Fn(Option<&str>) -> Result<String, String>,
) -> Result<(), String> {
    let base = public_url.trim_end_matches('/');
    for public in routes::public_pages() {
        let path = public.path.as_str();
        let rendered = render_route(path, base);
        let url = with_base(base, path);
        let mut html = page(&entry_for(Some(path))?, &rendered, description(path), &url);
        html = with_language_links(&html, base, path)?;
        if path == routes::HOME {
            html = with_returning_visitor_script(&html)?;
        }
        html = with_inline_styles(&html, dist, base)?;
        write(&dist.join(routes::index_file(path)), &html)?;
    }
    let rendered = render_route(NOT_FOUND_PATH, base);
    let html = page(&entry_for(None)?, &rendered, None, "");
    write(
        &dist.join("404.html"),
        &with_inline_styles(&html, dist, base)?,
    )
}

/// What a page says of itself to search engines and link previews: a
/// module its summary, the pages people are sent to their introduction;
/// the rest keep the app's own description from index.html.
fn description(path: &str) -> Option<&'static str> {
    if let Some(module) = MODULES
        .iter()
        .find(|module| routes::learn_path(module.slug) == path)
    {
        return Some(module.summary);
    }
    match path {
        routes::HOME => Some(home::INTRO),
        routes::LEARN => Some(learn::INTRO),
        routes::HELP => Some(help::INTRO),
        routes::SELF_CHECK => Some(check_text::INTRO),
        _ => None,
    }
}

/// `html` with its whole `<meta name=description>` tag replaced by one
/// saying `description` (already escaped): minified HTML may put `content`
/// before `name`, and leaves the quotes off.
pub(crate) fn replace_description(html: &str, description: &str) -> Result<String, String> {
    let marker = ["name=description", "name=\"description\""]
        .iter()
        .find_map(|marker| html.find(marker))
        .ok_or("the page has no description")?;
    let start = html[..marker]
        .rfind("<meta")
        .ok_or("a description outside <meta>")?;
    let end = marker + html[marker..].find('>').ok_or("an unclosed description")? + 1;
    Ok(format!(
        "{}<meta name=\"description\" content=\"{description}\">{}",
        &html[..start],
        &html[end..]
    ))
}

/// `entry` with the page's `<title>`, description and Open Graph tags, and
/// the rendered markup inside `<body>` (after the `<noscript>` message,
/// before Trunk's scripts), in the element the app takes over.
fn page(entry: &str, rendered: &RenderedPage, description: Option<&str>, url: &str) -> String {
    // Leptos escaped the title as text; an attribute also needs `"`.
    let title_attribute = rendered.title.replace('"', "&quot;");
    let mut head = format!("<title>{}</title>", rendered.title);
    if !url.is_empty() {
        head.push_str(&format!(
            "<meta property=\"og:title\" content=\"{title_attribute}\">\
             <meta property=\"og:url\" content=\"{}\">\
             <meta property=\"og:type\" content=\"article\">",
            escape(url)
        ));
    }
    let mut html = entry.to_string();
    if let Some(description) = description {
        let description = escape(description);
        head.push_str(&format!(
            "<meta property=\"og:description\" content=\"{description}\">"
        ));
        // The entry always has one (`site::with_language` wrote it).
        if let Ok(replaced) = replace_description(&html, &description) {
            html = replaced;
        }
    }
    if let Some(start) = html.find("<title>") {
        if let Some(end) = html[start..].find("</title>") {
            html.replace_range(start..start + end + "</title>".len(), &head);
        }
    }
    // After the entry's `<noscript>` message, which then opens the page
    // when JavaScript is off.
    let body_at = html
        .find("</noscript>")
        .map(|at| at + "</noscript>".len())
        .or_else(|| html.find("<body>").map(|at| at + "<body>".len()))
        .unwrap_or(html.len());
    html.insert_str(
        body_at,
        &format!("<div id=\"{BUILT_PAGE_ID}\">{}</div>", rendered.body),
    );
    html
}

/// Tells search engines and browsers where the page is in each language
/// (`hreflang`, both ways; English is the default), in the page's `<head>`.
fn with_language_links(html: &str, base: &str, path: &str) -> Result<String, String> {
    use ipt_companion::content::LANGUAGE;
    let mut links = String::new();
    for (hreflang, language) in std::iter::once(("x-default", "en"))
        .chain(std::iter::once(("en", "en")))
        .chain(routes::OTHER_LANGUAGES.iter().map(|code| (*code, *code)))
    {
        let href = routes::twin_url(base, LANGUAGE, language, path);
        links.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\">",
            escape(&href)
        ));
    }
    let at = html.find("</title>").ok_or("a page without a <title>")? + "</title>".len();
    Ok(format!("{}{links}{}", &html[..at], &html[at..]))
}

/// On `/`, a returning visitor (anything stored) sees their own path once
/// the app starts, not the welcome: this marks the page before it is first
/// painted so the stylesheet hides the static welcome instead of flashing
/// it. It reads only which keys exist, and fails quietly without storage.
/// The language chosen with the switch (`storage::language_choice`) is not
/// the person's data: with only that stored, they still see the welcome.
pub fn returning_visitor_script() -> String {
    format!(
        "try{{if(Object.keys(localStorage).some(function(k){{return k.indexOf('ipt.')===0&&k!=='{}'}}))document.documentElement.classList.add('returning')}}catch(e){{}}",
        ipt_companion::storage::language_choice::KEY
    )
}

/// Adds the returning-visitor script to the home page, and its hash to the
/// page's Content-Security-Policy.
fn with_returning_visitor_script(html: &str) -> Result<String, String> {
    let policy_marker = "'wasm-unsafe-eval'";
    if !html.contains(policy_marker) || !html.contains("</head>") {
        return Err("the home page has no CSP or no </head>".into());
    }
    let script = returning_visitor_script();
    let hash = crate::site::csp_hash(&script);
    Ok(html
        .replacen(policy_marker, &format!("{policy_marker} {hash}"), 1)
        .replacen("</head>", &format!("<script>{script}</script></head>"), 1))
}

/// The value of `name=` in a tag, quoted or not (Trunk minifies its HTML).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[start..];
    match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next(),
        _ => rest.split([' ', '>']).next(),
    }
}

/// Puts the page's stylesheets into one `<style>` element, allowed by its
/// hash in the page's CSP: a page then paints its text after one round
/// trip instead of waiting for three render-blocking files (Lighthouse
/// measured about 220 ms on a phone).
fn with_inline_styles(html: &str, dist: &Path, base: &str) -> Result<String, String> {
    let mut css = String::new();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let end = start + rest[start..].find('>').ok_or("an unclosed <link>")? + 1;
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if attribute(tag, "rel") == Some("stylesheet") {
            let href = attribute(tag, "href").ok_or("a stylesheet without href")?;
            let file = href
                .strip_prefix(base)
                .unwrap_or(href)
                .trim_start_matches('/');
            css.push_str(
                &std::fs::read_to_string(dist.join(file))
                    .map_err(|error| format!("{file}: {error}"))?,
            );
            css.push('\n');
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    if css.is_empty() {
        return Err("the page links no stylesheet".into());
    }
    let policy_marker = "style-src 'self'";
    if !out.contains(policy_marker) {
        return Err("the page's CSP has no style-src 'self'".into());
    }
    let hash = crate::site::csp_hash(&css);
    Ok(out
        .replacen(policy_marker, &format!("{policy_marker} {hash}"), 1)
        .replacen("</head>", &format!("<style>{css}</style></head>"), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta content=\"Old description\" name=description><title>IPT Companion</title><body><noscript>x</noscript></body></html>";

    #[test]
    fn a_module_page_has_its_title_description_sections_and_links_under_the_base() {
        let rendered = render_route("/learn/grief", "/sub");
        let html = page(
            ENTRY,
            &rendered,
            description("/learn/grief"),
            "/sub/learn/grief",
        );
        assert!(html.contains("<title>Grief · IPT Companion</title>"));
        assert!(html.contains("<meta property=\"og:url\" content=\"/sub/learn/grief\">"));
        assert!(!html.contains("Old description"));
        assert!(html.contains("id=\"when-to-seek-help\""));
        assert!(html.contains("href=\"/sub/help\""));
        assert!(!html.contains("href=\"/help\""), "every link has the base");
        assert_eq!(html.matches("<h1>").count(), 1);
        // The markup goes in the element the app takes over, after the
        // message for a browser without JavaScript.
        assert!(html.contains("</noscript><div id=\"prerendered\"><a href=\"#main\""));
        assert!(html.ends_with("</footer></div></body></html>"));
    }

    /// Open Graph and the description follow the module's summary line.
    #[test]
    fn a_module_page_describes_itself_with_its_summary() {
        for module in MODULES {
            let path = routes::learn_path(module.slug);
            let html = page(ENTRY, &render_route(&path, ""), description(&path), &path);
            let description = escape(module.summary);
            assert!(html.contains(&format!(
                "<meta property=\"og:description\" content=\"{description}\">"
            )));
            assert!(html.contains(&format!(
                "<meta name=\"description\" content=\"{description}\">"
            )));
        }
    }

    /// A page the app draws around stored data (here the map) is written
    /// like any other: its heading, its first-visit text, the whole frame;
    /// the entry's description stays.
    #[test]
    fn a_split_page_is_written_from_its_own_components() {
        let map = routes::ROUTES
            .iter()
            .find(|route| route.path == routes::MAP);
        assert!(map.unwrap().split_as.is_some(), "the map's code is split");
        let html = page(ENTRY, &render_route(routes::MAP, ""), None, routes::MAP);
        assert!(html.contains("<title>Your relationship map · IPT Companion</title>"));
        assert!(html.contains("Old description"));
        assert!(html.contains("<h1 id=\"map-heading\">"));
        assert!(html.contains("class=\"empty-state\""));
        assert!(html.contains("<a href=\"/map\" aria-current=\"page\">"));
        // No `<!>` text-node marks (invalid HTML: a bogus comment).
        assert!(!html.contains("<!>"));
    }

    /// The not-found page has no address of its own to share.
    #[test]
    fn the_not_found_page_has_its_heading_and_no_url() {
        let rendered = render_route(NOT_FOUND_PATH, "");
        let html = page(ENTRY, &rendered, None, "");
        let heading = ipt_companion::content::ui_text::not_found::TITLE;
        assert!(html.contains(&format!("<h1>{}</h1>", escape(heading))));
        assert!(!html.contains("og:url"));
    }

    #[test]
    fn a_title_with_quotes_is_escaped_in_its_attribute() {
        let rendered = RenderedPage {
            title: "Say &quot;no&quot; or \"no\"".into(),
            body: String::new(),
        };
        let html = page(ENTRY, &rendered, None, "/x");
        assert!(html.contains("og:title\" content=\"Say &quot;no&quot; or &quot;no&quot;\""));
    }

    #[test]
    fn the_home_page_allows_exactly_its_returning_visitor_script() {
        let entry = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'wasm-unsafe-eval' 'sha256-loader'\"></head><body></body></html>";
        let html = with_returning_visitor_script(entry).unwrap();
        let script = returning_visitor_script();
        let hash = crate::site::csp_hash(&script);
        assert!(html.contains(&format!("'wasm-unsafe-eval' {hash} 'sha256-loader'")));
        assert!(html.contains(&format!("<script>{script}</script></head>")));
        assert!(script.contains("k!=='ipt.language'"));
        assert!(with_returning_visitor_script("<html><body></body></html>").is_err());
    }

    #[test]
    fn stylesheets_become_one_style_element_allowed_by_its_hash() {
        let dist = std::env::temp_dir().join(format!("ipt-inline-css-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("a-1.css"), "body{color:red}").unwrap();
        std::fs::write(dist.join("b-2.css"), "p{margin:0}").unwrap();
        let page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"style-src 'self'; img-src 'self'\"><link rel=\"icon\" href=\"/sub/i.svg\"><link href=/sub/a-1.css integrity=sha384-x rel=stylesheet><link href=\"/sub/b-2.css\" rel=\"stylesheet\"></head><body></body></html>";
        let html = with_inline_styles(page, &dist, "/sub").unwrap();
        let css = "body{color:red}\np{margin:0}\n";
        assert!(html.contains(&format!("<style>{css}</style></head>")));
        assert!(html.contains(&format!("style-src 'self' {};", crate::site::csp_hash(css))));
        assert!(!html.contains("stylesheet"));
        assert!(
            html.contains("<link rel=\"icon\" href=\"/sub/i.svg\">"),
            "other links stay"
        );
        let _ = std::fs::remove_dir_all(&dist);
    }

    /// The pages people are sent to describe themselves; every module too.
    #[test]
    fn every_shared_page_has_a_description() {
        for public in routes::public_pages() {
            let shared = matches!(
                public.route.kind,
                routes::RouteKind::LearnModule | routes::RouteKind::SelfCheck
            ) || [routes::HOME, routes::LEARN, routes::HELP]
                .contains(&public.path.as_str());
            assert_eq!(
                description(&public.path).is_some(),
                shared,
                "{}",
                public.path
            );
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
