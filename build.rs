//! Compiles the Learn modules (src/content/modules/*.md) into Rust data, so
//! no Markdown parser ships in the wasm. Natively (the prerendered pages,
//! the tests) each section carries its HTML; the wasm carries only each
//! section's SHA-256, and the app takes the text from the prerendered page
//! it checks against it (src/components/module_text.rs), so the text is not
//! downloaded twice.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/content/source_format.rs"]
#[allow(dead_code)]
mod source_format;

use pulldown_cmark::{Event, Options, Parser};
use sha2::{Digest, Sha256};

fn main() {
    // The Spanish build (the Cargo feature `es`) takes the Spanish twins,
    // which keep every slug, section id and link (tests/spanish_modules.rs).
    let modules_dir = if std::env::var_os("CARGO_FEATURE_ES").is_some() {
        Path::new("src/content/modules/es")
    } else {
        Path::new("src/content/modules")
    };
    println!("cargo:rerun-if-changed=src/content/modules");
    println!("cargo:rerun-if-changed=src/content/source_format.rs");

    let mut entries: Vec<_> = std::fs::read_dir(modules_dir)
        .expect("src/content/modules must exist")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    entries.sort();

    let mut modules = Vec::new();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let slug = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("module file names are UTF-8")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("module file is UTF-8 text");
        let source = source_format::parse_module_source(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        modules.push((slug, source));
    }
    modules.sort_by_key(|(_, source)| source.order);

    let for_the_browser = std::env::var("TARGET").is_ok_and(|target| target.starts_with("wasm32"));
    let mut out = String::from("pub static MODULES: &[Module] = &[\n");
    for (slug, source) in &modules {
        let mut word_count = source_format::count_words(&source.summary);
        let mut links = Vec::new();
        let mut sections = String::new();
        for section in &source.sections {
            word_count += source_format::count_words(&section.heading);
            word_count += source_format::count_words(&section.markdown);
            links.extend(source_format::internal_links(&section.markdown));
            let html = markdown_to_html(&section.markdown)
                .unwrap_or_else(|error| panic!("{slug}.md, section {}: {error}", section.id));
            let html_sha256 = sha256_hex(&html);
            let shipped_html = if for_the_browser { "" } else { html.as_str() };
            writeln!(
                sections,
                "        Section {{ id: {:?}, heading: {:?}, html: {:?}, html_sha256: {:?} }},",
                section.id, section.heading, shipped_html, html_sha256
            )
            .unwrap();
        }
        for takeaway in &source.takeaways {
            word_count += source_format::count_words(takeaway);
        }
        // The takeaways and the sources: shown as lists, and like the
        // sections' text left out of the wasm, which takes them from the
        // module's built page (components/module_text.rs).
        let lists: String = [
            ("key-points", &source.takeaways),
            ("sources", &source.sources),
        ]
        .iter()
        .map(|(id, items)| {
            let html = list_html(items);
            let shipped_html = if for_the_browser { "" } else { html.as_str() };
            format!(
                "ListBlock {{ id: {id:?}, html: {shipped_html:?}, html_sha256: {:?} }}, ",
                sha256_hex(&html)
            )
        })
        .collect();
        let (takeaways, sources): (&[String], &[String]) = if for_the_browser {
            (&[], &[])
        } else {
            (&source.takeaways, &source.sources)
        };
        writeln!(
            out,
            "    Module {{\n        slug: {slug:?},\n        title: {:?},\n        summary: {:?},\n        group: {:?},\n        order: {},\n        word_count: {word_count},\n        takeaways: &{takeaways:?},\n        sources: &{sources:?},\n        lists: [{lists}],\n        internal_links: &{links:?},\n        sections: &[\n{sections}        ],\n    }},",
            source.title, source.summary, source.group, source.order,
        )
        .unwrap();
    }
    out.push_str("];\n");

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("modules.rs"), out).expect("write modules.rs");
}

/// SHA-256 of `text`, in lower-case hex, as `content::checksum` checks it.
fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A list of plain lines as HTML, each line's text escaped as the browser
/// writes it back (`innerHTML`), so the served page's copy hashes the same.
fn list_html(items: &[String]) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('\u{a0}', "&nbsp;")
    };
    let items: String = items
        .iter()
        .map(|item| format!("<li>{}</li>", escape(item)))
        .collect();
    format!("<ul>{items}</ul>")
}

/// Renders trusted Markdown to HTML. Raw HTML is refused, so everything the
/// page shows comes from Markdown that the build understood.
fn markdown_to_html(markdown: &str) -> Result<String, String> {
    let options = Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_SMART_PUNCTUATION;
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    if events
        .iter()
        .any(|event| matches!(event, Event::Html(_) | Event::InlineHtml(_)))
    {
        return Err("raw HTML is not allowed in module text".into());
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(html)
}
