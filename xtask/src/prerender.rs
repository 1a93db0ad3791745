//! Static HTML for the pages people arrive at by shared link: each Learn
//! module and /help. The text comes from the same content the app uses, so
//! it reads without JavaScript and shows at once; the app then replaces it
//! (main.rs removes `#prerendered` before mounting).

use std::path::Path;

use ipt_companion::content::crisis_contacts::{
    contact_href, display_number, CrisisContact, Reach, ABUSE_CONTACTS, CRISIS_CONTACTS,
    YOUTH_CONTACTS,
};
use ipt_companion::content::self_check as check_text;
use ipt_companion::content::ui_text::{self, help, home, learn};
use ipt_companion::content::{GROUPS, MODULES};
use ipt_companion::routes::{self, rebase_content_links, with_base, FirstLoad, Route, RouteKind};

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One page: the app's entry HTML with its own title, description, Open
/// Graph tags, and the page's content in the body.
pub fn page(
    entry: &str,
    title: &str,
    description: &str,
    path: &str,
    main: &str,
    base: &str,
) -> String {
    let full_title = escape(&ui_text::document_title(title));
    let description = escape(description);
    let head = format!(
        "<meta property=\"og:title\" content=\"{full_title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{}\">\
         <meta property=\"og:type\" content=\"article\">",
        escape(&with_base(base, path))
    );
    let link = |to: &str, words: &str| link(base, to, words);
    let body = format!(
        "<div id=\"prerendered\"><aside class=\"quick-exit-bar\" aria-label=\"{}\"><a class=\"quick-exit\" href=\"{}\" rel=\"noreferrer\">{}</a></aside><header class=\"site-header\">{}{}<nav aria-label=\"{}\"><ul><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ul></nav></header>\
         <main id=\"main\">{main}</main>\
         <footer class=\"site-footer\"><p>{}</p></footer></div>",
        escape(ui_text::quick_exit::LANDMARK),
        escape(ui_text::quick_exit::NEUTRAL_SITE),
        escape(ui_text::quick_exit::EXIT),
        link("/", ui_text::APP_NAME).replacen("<a ", "<a class=\"app-name\" ", 1),
        link("/help", ui_text::GET_HELP_NOW).replacen("<a ", "<a class=\"get-help\" ", 1),
        ui_text::NAV_LABEL,
        link("/learn", ui_text::NAV_LEARN),
        link("/map", ui_text::NAV_MAP),
        link("/journal", ui_text::NAV_JOURNAL),
        link("/data", ui_text::NAV_DATA),
        escape(ui_text::FOOTER_DISCLAIMER),
    );
    let mut html = entry.to_string();
    if let Some(start) = html.find("<title>") {
        if let Some(end) = html[start..].find("</title>") {
            html.replace_range(
                start..start + end + "</title>".len(),
                &format!("<title>{full_title}</title>{head}"),
            );
        }
    }
    // Replace the whole description tag (minified HTML may put `content`
    // before `name`).
    let marker = ["name=description", "name=\"description\""]
        .iter()
        .find_map(|marker| html.find(marker));
    if let Some(at) = marker {
        if let (Some(start), Some(end)) = (html[..at].rfind("<meta"), html[at..].find('>')) {
            html.replace_range(
                start..at + end + 1,
                &format!("<meta name=\"description\" content=\"{description}\">"),
            );
        }
    }
    let body_at = html
        .find("<body>")
        .map(|at| at + "<body>".len())
        .unwrap_or(html.len());
    html.insert_str(body_at, &body);
    html
}

pub fn module_main(slug: &str, base: &str) -> Option<(String, String, String)> {
    let module = MODULES.iter().find(|m| m.slug == slug)?;
    let mut main = format!(
        "<article class=\"module\"><h1>{}</h1><p class=\"lead\">{}</p><p class=\"small\">{} {}</p>",
        escape(module.title),
        escape(module.summary),
        module.reading_minutes(),
        learn::MINUTES_TO_READ
    );
    for section in module.sections {
        main.push_str(&format!(
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2><div class=\"prose\">{}</div></section>",
            escape(section.heading),
            rebase_content_links(section.html, base),
            id = section.id,
        ));
    }
    main.push_str(&format!(
        "<section class=\"takeaways\"><h2 id=\"key-points\">{}</h2><ul>",
        learn::KEY_TAKEAWAYS
    ));
    for takeaway in module.takeaways {
        main.push_str(&format!("<li>{}</li>", escape(takeaway)));
    }
    main.push_str(&format!(
        "</ul></section><section class=\"sources\"><h2 id=\"sources\">{}</h2><ul>",
        learn::SOURCES
    ));
    for source in module.sources {
        main.push_str(&format!("<li>{}</li>", escape(source)));
    }
    main.push_str("</ul></section></article>");
    Some((module.title.to_string(), module.summary.to_string(), main))
}

/// A link under the base, its words escaped.
fn link(base: &str, to: &str, words: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape(&with_base(base, to)),
        escape(words)
    )
}

/// A list of phone lines as the app draws it (components/crisis_contacts.rs).
fn contact_list(contacts: &[CrisisContact]) -> String {
    let mut list = String::from("<ul class=\"contacts\">");
    for contact in contacts {
        let verb = match contact.reach {
            Reach::Call => help::CALL,
            Reach::Text => help::TEXT,
            Reach::Web => help::VISIT,
        };
        list.push_str(&format!(
            "<li class=\"contact\" data-region=\"{}\"><span class=\"contact-region\">{}</span><span class=\"contact-service\">{}</span><a class=\"contact-link\" href=\"{}\">{} {}</a><span class=\"contact-note\">{}</span></li>",
            escape(contact.region),
            escape(contact.region_name),
            escape(contact.service),
            escape(&contact_href(contact)),
            escape(verb),
            escape(display_number(contact)),
            escape(contact.note)
        ));
    }
    list.push_str("</ul>");
    list
}

/// `/help` as src/pages/help.rs draws it, less the country choice (which
/// needs the app): both lists of lines read with JavaScript off.
fn help_main(base: &str) -> String {
    let mut main = format!(
        "<h1>{}</h1><p class=\"lead\">{}</p><p class=\"danger\"><strong>{}</strong></p><h2 id=\"talk-to-someone\">{}</h2>",
        escape(help::TITLE),
        escape(help::INTRO),
        escape(help::DANGER),
        escape(help::LINES_HEADING)
    );
    main.push_str(&contact_list(CRISIS_CONTACTS));
    main.push_str(&format!(
        "<p class=\"small\">{} {}</p>",
        escape(&help::last_checked(CRISIS_CONTACTS)),
        escape(help::NOT_EMERGENCY_SERVICE)
    ));
    main.push_str(&format!(
        "<section class=\"abuse-lines\" aria-labelledby=\"someone-hurting-you\"><h2 id=\"someone-hurting-you\">{}</h2><p>{}</p>",
        escape(help::ABUSE_HEADING),
        escape(help::ABUSE_INTRO)
    ));
    main.push_str(&contact_list(ABUSE_CONTACTS));
    main.push_str(&format!(
        "<p>{}</p><p>{} <a href=\"#private-device\">{}</a></p><p class=\"small\">{}</p></section>",
        escape(help::ABUSE_LEAVING),
        escape(help::DEVICE_SEE_BELOW),
        escape(help::DEVICE_HEADING),
        escape(&help::last_checked(ABUSE_CONTACTS))
    ));
    main.push_str(&format!(
        "<section class=\"youth-lines\" aria-labelledby=\"young-people\"><h2 id=\"young-people\">{}</h2><p>{}</p>",
        escape(help::YOUTH_HEADING),
        escape(help::YOUTH_INTRO)
    ));
    main.push_str(&contact_list(YOUTH_CONTACTS));
    main.push_str(&format!(
        "<p class=\"small\">{}</p></section>",
        escape(&help::last_checked(YOUTH_CONTACTS))
    ));
    main.push_str(&format!(
        "<section class=\"device-privacy\" aria-labelledby=\"private-device\"><h2 id=\"private-device\">{}</h2><p>{}</p><p>{}</p><p>{}</p><p>{} {}</p></section>",
        escape(help::DEVICE_HEADING),
        escape(help::DEVICE_PRIVATE),
        escape(help::DEVICE_EXIT),
        escape(help::DEVICE_TRACES),
        escape(help::DEVICE_HINT),
        link(base, routes::DEVICE_SAFETY, help::DEVICE_LINK)
    ));
    main.push_str(&format!(
        "<h2 id=\"safety-plan\">{}</h2><p>{} {}</p><p class=\"self-help-limits\">{} {}</p>",
        escape(help::PLAN_LINK),
        escape(help::PLAN_LINK_HINT),
        link(base, routes::SAFETY_PLAN, help::PLAN_LINK),
        escape(help::SELF_HELP_LIMITS),
        link(
            base,
            routes::SELF_HELP_LIMITS,
            ui_text::SELF_HELP_LIMITS_LINK
        )
    ));
    main
}

fn learn_index_main(base: &str) -> String {
    let mut main = format!(
        "<h1>{}</h1><p class=\"lead\">{}</p>",
        escape(learn::TITLE),
        escape(learn::INTRO)
    );
    for (group, heading) in GROUPS {
        main.push_str(&format!(
            "<section aria-labelledby=\"{group}\"><h2 id=\"{group}\">{}</h2><ol class=\"module-list\">",
            escape(heading)
        ));
        for module in MODULES.iter().filter(|m| m.group == *group) {
            main.push_str(&format!(
                "<li class=\"module-card\"><a href=\"{}\">{}</a><p>{}</p><p class=\"small\">{} {}</p></li>",
                escape(&with_base(base, &format!("/learn/{}", module.slug))),
                escape(module.title),
                escape(module.summary),
                module.reading_minutes(),
                learn::MINUTES_TO_READ
            ));
        }
        main.push_str("</ol></section>");
    }
    main
}

fn self_check_main(base: &str) -> String {
    let mut main = format!(
        "<h1>{}</h1><p class=\"lead\">{}</p><p class=\"notice\">{}</p><ol>",
        escape(check_text::TITLE),
        escape(check_text::INTRO),
        escape(check_text::NOT_A_DIAGNOSIS)
    );
    for question in check_text::SELF_CHECK_QUESTIONS {
        main.push_str(&format!("<li>{}</li>", escape(question.text)));
    }
    main.push_str(&format!(
        "</ol><p class=\"self-help-limits\">{} {}</p>",
        escape(check_text::SELF_HELP_LIMITS),
        link(
            base,
            routes::SELF_HELP_LIMITS,
            ui_text::SELF_HELP_LIMITS_LINK
        )
    ));
    main
}

/// The first visit's welcome, the text a shared link to `/` shows at once
/// (as src/pages/home.rs draws it, less the Start button).
fn home_main(base: &str) -> String {
    format!(
        "<section class=\"welcome\" aria-labelledby=\"welcome-heading\"><h1 id=\"welcome-heading\">{}</h1><p class=\"lead\">{}</p><p>{}</p><p>{}</p><p class=\"self-help-limits\">{} {}</p></section>",
        escape(home::HEADING),
        escape(home::INTRO),
        escape(home::NOT_THERAPY),
        escape(home::PRIVATE),
        escape(home::SELF_HELP_LIMITS),
        link(base, routes::SELF_HELP_LIMITS, ui_text::SELF_HELP_LIMITS_LINK)
    )
}

/// On `/`, a returning visitor (anything stored) sees their own path once
/// the app starts, not the welcome: this marks the page before it is first
/// painted so the stylesheet hides the static welcome instead of flashing
/// it. It reads only which keys exist, and fails quietly without storage.
pub const RETURNING_VISITOR_SCRIPT: &str = "try{if(Object.keys(localStorage).some(function(k){return k.indexOf('ipt.')===0}))document.documentElement.classList.add('returning')}catch(e){}";

/// Adds the returning-visitor script to the home page, and its hash to the
/// page's Content-Security-Policy.
fn with_returning_visitor_script(html: &str) -> Result<String, String> {
    let policy_marker = "'wasm-unsafe-eval'";
    if !html.contains(policy_marker) || !html.contains("</head>") {
        return Err("the home page has no CSP or no </head>".into());
    }
    let hash = crate::site::csp_hash(RETURNING_VISITOR_SCRIPT);
    Ok(html
        .replacen(policy_marker, &format!("{policy_marker} {hash}"), 1)
        .replacen(
            "</head>",
            &format!("<script>{RETURNING_VISITOR_SCRIPT}</script></head>"),
            1,
        ))
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
/// hash in the page's CSP: a prerendered page then paints its text after
/// one round trip instead of waiting for three render-blocking files
/// (Lighthouse measured about 220 ms on a phone).
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

/// Writes the page of every path the route table marks
/// `FirstLoad::Prerendered`: `/` (index.html), `learn/<slug>/index.html`
/// for every module, the self-check, `learn/index.html` and
/// `help/index.html`. Other routes keep the plain app entry (404.html),
/// which the service worker also serves.
pub fn write_pages(dist: &Path, entry: &str, public_url: &str) -> Result<(), String> {
    let base = public_url.trim_end_matches('/');
    for public in routes::public_pages() {
        if public.route.first_load != FirstLoad::Prerendered {
            continue;
        }
        let path = public.path.as_str();
        let (title, description, main) = prerendered_page(public.route, path, base)
            .ok_or_else(|| format!("no prerendered page is written for {path}"))?;
        let file = dist.join(routes::index_file(path));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        let mut html = page(entry, &title, &description, path, &main, base);
        if path == routes::HOME {
            html = with_returning_visitor_script(&html)?;
        }
        html = with_inline_styles(&html, dist, base)?;
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// The title, description and `<main>` of a prerendered page.
fn prerendered_page(route: &Route, path: &str, base: &str) -> Option<(String, String, String)> {
    let (title, description, main) = match (route.kind, path) {
        (RouteKind::LearnModule, _) => {
            return module_main(path.strip_prefix("/learn/")?, base);
        }
        (RouteKind::SelfCheck, _) => (check_text::TITLE, check_text::INTRO, self_check_main(base)),
        (RouteKind::Page, routes::HOME) => (home::TITLE, home::INTRO, home_main(base)),
        (RouteKind::Page, routes::LEARN) => (learn::TITLE, learn::INTRO, learn_index_main(base)),
        (RouteKind::Page, routes::HELP) => (help::TITLE, help::INTRO, help_main(base)),
        _ => return None,
    };
    Some((title.to_string(), description.to_string(), main))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = "<!doctype html><html lang=en><meta charset=utf-8><meta content=\"Old description\" name=description><title>IPT Companion</title><body><noscript>x</noscript></body></html>";

    #[test]
    fn a_module_page_has_its_title_description_sections_and_links_under_the_base() {
        let (title, summary, main) = module_main("grief", "/sub").unwrap();
        let html = page(ENTRY, &title, &summary, "/learn/grief", &main, "/sub");
        assert!(html.contains("<title>Grief · IPT Companion</title>"));
        assert!(html.contains("<meta property=\"og:url\" content=\"/sub/learn/grief\">"));
        assert!(!html.contains("Old description"));
        assert!(html.contains("id=\"when-to-seek-help\""));
        assert!(html.contains("href=\"/sub/help\""));
        assert_eq!(html.matches("<h1>").count(), 1);
    }

    #[test]
    fn the_home_page_allows_exactly_its_returning_visitor_script() {
        let entry = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'wasm-unsafe-eval' 'sha256-loader'\"></head><body></body></html>";
        let html = with_returning_visitor_script(entry).unwrap();
        let hash = crate::site::csp_hash(RETURNING_VISITOR_SCRIPT);
        assert!(html.contains(&format!("'wasm-unsafe-eval' {hash} 'sha256-loader'")));
        assert!(html.contains(&format!(
            "<script>{RETURNING_VISITOR_SCRIPT}</script></head>"
        )));
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

    #[test]
    fn the_help_page_lists_the_crisis_lines_then_the_abuse_lines_from_the_data_file() {
        let main = help_main("/sub");
        for contact in CRISIS_CONTACTS
            .iter()
            .chain(ABUSE_CONTACTS)
            .chain(YOUTH_CONTACTS)
        {
            let link = format!("href=\"{}\"", escape(&contact_href(contact)));
            assert!(main.contains(&link), "{}: {link}", contact.service);
            assert!(main.contains(&escape(contact.note)), "{}", contact.service);
        }
        let crisis = main.find("id=\"talk-to-someone\"").unwrap();
        let abuse = main
            .find(&format!(
                "id=\"someone-hurting-you\">{}",
                escape(help::ABUSE_HEADING)
            ))
            .expect("the abuse heading");
        assert!(
            crisis < abuse,
            "the abuse lines come after the crisis lines"
        );
        for contact in ABUSE_CONTACTS {
            let link = format!("href=\"{}\"", escape(&contact_href(contact)));
            assert!(main[abuse..].contains(&link), "{}", contact.service);
        }
        assert!(main[abuse..].contains("href=\"sms:"), "a text line");
        // What was checked, and when, in words.
        for contacts in [CRISIS_CONTACTS, ABUSE_CONTACTS, YOUTH_CONTACTS] {
            assert!(main.contains(&escape(&help::last_checked(contacts))));
        }
        assert!(main.contains("against each service's own website on 22 November 2026"));
        // Who else can open the app, and what helps.
        let device = main
            .find("id=\"private-device\"")
            .expect("the device section");
        for words in [help::DEVICE_PRIVATE, help::DEVICE_EXIT, help::DEVICE_TRACES] {
            assert!(main[device..].contains(&escape(words)), "{words}");
        }
        assert!(main.contains("href=\"/sub/data#device-safety\""));
        assert!(main.contains("href=\"/sub/help/plan\""));
    }

    /// The prerendered `/`, `/help` and self-check pages link to the
    /// "When self-help is not enough" section, under the base.
    #[test]
    fn home_help_and_the_self_check_link_to_when_self_help_is_not_enough() {
        let link = format!(
            "<a href=\"/sub{}\">{}</a>",
            routes::SELF_HELP_LIMITS,
            escape(ui_text::SELF_HELP_LIMITS_LINK)
        );
        assert_eq!(
            routes::SELF_HELP_LIMITS,
            "/learn/what-is-ipt#when-self-help-is-not-enough"
        );
        for (page, main) in [
            ("/", home_main("/sub")),
            ("/help", help_main("/sub")),
            ("/learn/which-area", self_check_main("/sub")),
        ] {
            assert!(main.contains(&link), "{page} lacks {link}");
        }
    }

    /// Open Graph and the description follow the module's summary line.
    #[test]
    fn a_module_page_describes_itself_with_its_summary() {
        for module in MODULES {
            let (title, summary, main) = module_main(module.slug, "").unwrap();
            assert_eq!(summary, module.summary);
            let html = page(ENTRY, &title, &summary, "/learn/x", &main, "");
            let description = escape(module.summary);
            assert!(html.contains(&format!(
                "<meta property=\"og:description\" content=\"{description}\">"
            )));
            assert!(html.contains(&format!(
                "<meta name=\"description\" content=\"{description}\">"
            )));
        }
    }

    /// Each page the table marks prerendered is written, with the heading
    /// the table gives it.
    #[test]
    fn every_prerendered_route_has_its_page_and_heading() {
        let mut written = 0;
        for public in routes::public_pages() {
            if public.route.first_load != FirstLoad::Prerendered {
                continue;
            }
            let (_, _, main) = prerendered_page(public.route, &public.path, "")
                .unwrap_or_else(|| panic!("no page for {}", public.path));
            assert!(main.contains(&escape(public.heading)), "{}", public.path);
            written += 1;
        }
        assert_eq!(written, 4 + MODULES.len());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
