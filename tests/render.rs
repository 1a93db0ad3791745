//! Every public route rendered natively by the app's own components
//! (`ipt_companion::render`, Leptos' server rendering), with no browser:
//! each page has its one h1, the whole navigation and the crisis link, as
//! a first visitor with no data and no JavaScript would see it.
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::content::practice_text;
use ipt_companion::content::ui_text;
use ipt_companion::render::render_page;
use ipt_companion::routes::{self, public_pages};

/// Text as the renderer escapes it inside an element.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text of every `<tag …>…</tag>` in `html`, its inner tags and
/// Leptos' `<!---->` markers left out.
fn elements_text(html: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        // `<header` is not `<h`: the name must end here.
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let end = after.find(&close).expect("every element is closed");
        let inner = &after[after.find('>').unwrap() + 1..end];
        found.push(without_tags(inner));
        rest = &after[end..];
    }
    found
}

fn without_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for character in html.chars() {
        match character {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The header's navigation, as `frame::Header` draws it: every section,
/// Timeline among them (the old prerendered pages lacked it).
const NAVIGATION: [(&str, &str); 5] = [
    (routes::LEARN, ui_text::NAV_LEARN),
    (routes::MAP, ui_text::NAV_MAP),
    (routes::JOURNAL, ui_text::NAV_JOURNAL),
    (routes::TIMELINE, practice_text::timeline::NAV),
    (routes::DATA, ui_text::NAV_DATA),
];

/// Every `<a …>text</a>` in `html`: its opening tag's attributes and its
/// text.
fn links(html: &str) -> Vec<(String, String)> {
    html.split("<a ")
        .skip(1)
        .map(|rest| {
            let attributes = &rest[..rest.find('>').expect("the tag ends")];
            let text = &rest[attributes.len() + 1..rest.find("</a>").expect("the link ends")];
            (attributes.to_string(), without_tags(text))
        })
        .collect()
}

fn assert_frame(path: &str, html: &str) {
    let main_nav = format!("<nav aria-label=\"{}\">", ui_text::NAV_LABEL);
    assert_eq!(
        html.matches(&main_nav).count(),
        1,
        "{path}: one main navigation"
    );
    let header = html
        .split("<header")
        .nth(1)
        .and_then(|rest| rest.split("</header>").next())
        .unwrap_or_else(|| panic!("{path}: no <header>"));
    // The main navigation's links (the header also has the language
    // switch, whose link may name the same path in the other language).
    let header_links = links(header);
    let nav_links = links(header.split("<nav").nth(1).unwrap_or(header));
    for (target, label) in NAVIGATION {
        let href = format!("href=\"{target}\"");
        let link = nav_links
            .iter()
            .find(|(attributes, _)| attributes.contains(&href));
        let (_, text) =
            link.unwrap_or_else(|| panic!("{path}: the header has no link to {target}"));
        assert_eq!(text, label, "{path}: the link to {target}");
    }
    let help = format!("href=\"{}\"", routes::HELP);
    let crisis_link = header_links.iter().find(|(attributes, text)| {
        attributes.contains(&help)
            && attributes.contains("class=\"get-help\"")
            && text == ui_text::GET_HELP_NOW
    });
    assert!(
        crisis_link.is_some(),
        "{path}: no \"Get help now\" in the header: {header}"
    );
}

fn assert_one_heading(path: &str, html: &str, heading: &str) {
    let headings = elements_text(html, "h1");
    assert_eq!(headings, [escaped(heading)], "{path}: its one h1");
}

#[test]
fn every_public_page_renders_with_its_heading_the_navigation_and_the_crisis_link() {
    let pages = public_pages();
    // Every Learn module, the self-check, and every page of the table.
    assert!(pages.len() > 20, "{} pages", pages.len());
    for page in pages {
        let html = render_page(&page.path);
        assert!(
            html.starts_with("<!DOCTYPE html>"),
            "{}: a whole document",
            page.path
        );
        assert!(
            html.ends_with("</body></html>"),
            "{}: a whole document",
            page.path
        );
        assert_one_heading(&page.path, &html, page.heading);
        assert_frame(&page.path, &html);
        let title = elements_text(&html, "title");
        assert_eq!(title.len(), 1, "{}: one <title>: {title:?}", page.path);
    }
}

#[test]
fn an_unknown_path_renders_the_not_found_page_in_the_frame() {
    let path = "/no-such-page";
    let html = render_page(path);
    let heading = routes::not_found_route().heading.expect("a heading");
    assert_one_heading(path, &html, heading);
    assert_frame(path, &html);
}

#[test]
fn a_learn_module_renders_its_text_and_its_title() {
    // The sections' HTML is compiled in natively, so the page reads in full
    // without the browser's fetch of it.
    let module = &ipt_companion::content::MODULES[0];
    let html = render_page(&routes::learn_path(module.slug));
    for section in module.sections {
        assert!(
            html.contains(section.html),
            "{}: section {}",
            module.slug,
            section.id
        );
    }
    let title = elements_text(&html, "title");
    assert_eq!(title, [escaped(&ui_text::document_title(module.title))]);
}

/// Text as it appears inside a quoted attribute.
fn escaped_attribute(text: &str) -> String {
    escaped(text).replace('"', "&quot;")
}

/// Under a hosting sub-path every link of every page carries it (an
/// in-page `#fragment` aside), and `/` is `/sub/`.
#[test]
fn under_a_sub_path_every_link_carries_it() {
    for page in public_pages() {
        let rendered = ipt_companion::render::render_route(&page.path, "/sub");
        for (attributes, text) in links(&rendered.body) {
            let Some(start) = attributes.find("href=\"") else {
                continue;
            };
            let href = &attributes[start + 6..];
            let href = &href[..href.find('"').unwrap()];
            let outside = href.starts_with("tel:")
                || href.starts_with("sms:")
                || href.starts_with("https:")
                || href.starts_with('#');
            assert!(
                outside || href.starts_with("/sub/"),
                "{}: {text} links to {href}",
                page.path
            );
        }
        assert!(rendered
            .body
            .contains("<a href=\"/sub/\" class=\"app-name\">"));
    }
}

/// `/help` as built lists every crisis line, then the abuse lines (with a
/// line to text), the young people's lines, when each was checked, and what
/// helps on a shared device, from the one data file.
#[test]
fn the_help_page_lists_the_crisis_lines_then_the_abuse_lines_from_the_data_file() {
    use ipt_companion::content::crisis_contacts::{
        contact_href, Reach, ABUSE_CONTACTS, CRISIS_CONTACTS, YOUTH_CONTACTS,
    };
    use ipt_companion::content::ui_text::help;
    let html = ipt_companion::render::render_route(routes::HELP, "/sub").body;
    for contact in CRISIS_CONTACTS
        .iter()
        .chain(ABUSE_CONTACTS)
        .chain(YOUTH_CONTACTS)
    {
        let link = format!("href=\"{}\"", escaped_attribute(&contact_href(contact)));
        assert!(html.contains(&link), "{}: {link}", contact.service);
        assert!(html.contains(&escaped(contact.note)), "{}", contact.service);
    }
    let crisis = html
        .find("id=\"talk-to-someone\"")
        .expect("the crisis lines");
    let abuse = html
        .find(&format!(
            "id=\"someone-hurting-you\">{}",
            escaped(help::ABUSE_HEADING)
        ))
        .expect("the abuse heading");
    assert!(
        crisis < abuse,
        "the abuse lines come after the crisis lines"
    );
    for contact in ABUSE_CONTACTS {
        let link = format!("href=\"{}\"", escaped_attribute(&contact_href(contact)));
        assert!(html[abuse..].contains(&link), "{}", contact.service);
    }
    if ABUSE_CONTACTS.iter().any(|c| c.reach == Reach::Text) {
        assert!(html[abuse..].contains("href=\"sms:"), "a text line");
    }
    for contacts in [CRISIS_CONTACTS, ABUSE_CONTACTS, YOUTH_CONTACTS] {
        assert!(html.contains(&escaped(&help::last_checked(contacts))));
    }
    let device = html
        .find("id=\"private-device\"")
        .expect("the device section");
    for words in [help::DEVICE_PRIVATE, help::DEVICE_EXIT, help::DEVICE_TRACES] {
        assert!(html[device..].contains(&escaped(words)), "{words}");
    }
    assert!(html.contains("href=\"/sub/data#device-safety\""));
    assert!(html.contains("href=\"/sub/help/plan\""));
}

/// `/`, `/help` and the self-check link to "When self-help is not enough".
#[test]
fn home_help_and_the_self_check_link_to_when_self_help_is_not_enough() {
    let link = format!(
        "<a href=\"/sub{}\">{}</a>",
        routes::SELF_HELP_LIMITS,
        escaped(ui_text::SELF_HELP_LIMITS_LINK)
    );
    for path in [routes::HOME, routes::HELP, routes::SELF_CHECK] {
        let html = ipt_companion::render::render_route(path, "/sub").body;
        assert!(html.contains(&link), "{path} lacks {link}");
    }
}

/// A page drawn around today's date is built with its own top (its lead
/// among it, the same words the app then draws) and "Opening…" below.
#[test]
fn a_page_drawn_around_today_is_built_with_its_top_and_opening() {
    use ipt_companion::content::journal_text;
    for (path, lead) in [
        (routes::JOURNAL, journal_text::INTRO),
        (routes::TIMELINE, practice_text::timeline::INTRO),
        (routes::DATA, ui_text::data::WHERE),
        (routes::SUMMARY, ui_text::summary::INTRO),
    ] {
        let html = render_page(path);
        let lead = format!("<p class=\"lead\">{}</p>", escaped(lead));
        assert!(html.contains(&lead), "{path}: {lead}");
        let opening = html
            .find(&escaped(ui_text::OPENING_PAGE))
            .unwrap_or_else(|| panic!("{path}: no opening line"));
        assert!(html.find(&lead).unwrap() < opening, "{path}");
    }
}

/// Every page's header links to the same page in the other language, as a
/// whole page load (`rel="external"`), named in that language.
#[test]
fn the_header_links_to_the_same_page_in_the_other_language() {
    use ipt_companion::content::LANGUAGE;
    let (other, base) = match LANGUAGE {
        "en" => ("es", "/sub"),
        _ => ("en", "/sub/es"),
    };
    let html = ipt_companion::render::render_route("/learn/grief", base).body;
    let twin = routes::twin_url(base, LANGUAGE, other, "/learn/grief");
    assert_eq!(
        twin,
        if other == "es" {
            "/sub/es/learn/grief"
        } else {
            "/sub/learn/grief"
        }
    );
    let link = format!(
        "<a href=\"{twin}\" rel=\"external\" hreflang=\"{other}\" lang=\"{other}\" aria-label=\"{}\" class=\"language-switch\">{}</a>",
        escaped_attribute(ui_text::OTHER_LANGUAGE_LABEL),
        escaped(ui_text::OTHER_LANGUAGE_NAME)
    );
    assert!(html.contains(&link), "{link} in {html}");
}
