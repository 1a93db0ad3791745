//! The Learn modules' text in the browser: each section's, then the
//! takeaways and the sources lists (`Module::text_blocks`). The wasm does
//! not carry it (build.rs): every module's page as the build wrote it
//! (`learn/<slug>/index.html`, precached by the service worker) already does.
//!
//! - On the page the person arrived on, the text is the static copy the
//!   browser has already parsed and shown as this very page: the app keeps
//!   those sections' markup before it replaces the copy (no new HTML).
//! - On the way to another module, the text comes from that module's page,
//!   fetched as a file, and each section is used only if its bytes hash to
//!   the SHA-256 compiled into the app: exactly the compiled module text,
//!   never anything else a file might hold.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::checksum::sha256_hex;
use crate::content::trusted_html::TrustedText;
use crate::content::Module;
use crate::routes;

/// The blocks' HTML in the module's order (`Module::text_blocks`), each
/// checked.
pub type SectionTexts = Arc<Vec<TrustedText>>;

thread_local! {
    /// Checked text, by module slug.
    static CHECKED: RefCell<HashMap<&'static str, SectionTexts>> = RefCell::new(HashMap::new());
    /// The served page's static copy, kept for the first module page drawn.
    static SERVED_COPY: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Keeps the prerendered copy the page arrived with (called before the app
/// removes it from the document).
pub fn keep_served_copy(prerendered: &web_sys::Element) {
    SERVED_COPY.with(|copy| *copy.borrow_mut() = Some(prerendered.clone()));
}

/// The module's text if it is checked already, or can be checked now from
/// the served copy (None: it must be fetched, see [`fetch_checked`]).
pub fn checked_now(module: &'static Module) -> Option<SectionTexts> {
    if let Some(texts) = CHECKED.with(|checked| checked.borrow().get(module.slug).cloned()) {
        return Some(texts);
    }
    if !crate::browser::PRESENT {
        // Rendered natively, the text is compiled in (build.rs): this is
        // where the pages the browser later takes it from are written.
        return Some(Arc::new(
            module
                .text_blocks()
                .map(|(_, html, _)| TrustedText::compiled(html))
                .collect(),
        ));
    }
    let copy = SERVED_COPY.with(|copy| copy.borrow_mut().take())?;
    let base = crate::hosting::router_base();
    let texts = module
        .text_blocks()
        .map(|(id, _, _)| {
            let body = copy
                .query_selector(&format!("section[aria-labelledby='{id}'] > div.prose"))
                .ok()??;
            Some(TrustedText::served_page_section(&body, |html| {
                unrebase_content_links(html, base)
            }))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(remember(module, texts))
}

/// Fetches the module's prerendered page (from the service worker's cache
/// when offline) and takes its text if every section checks out.
pub async fn fetch_checked(module: &'static Module) -> Option<SectionTexts> {
    let url = format!(
        "{}/index.html",
        crate::hosting::href(&routes::learn_path(module.slug))
    );
    let response: web_sys::Response =
        JsFuture::from(crate::browser::window()?.fetch_with_str(&url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    let page = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let texts = checked_sections(module, &page, crate::hosting::router_base())?;
    Some(remember(module, texts))
}

fn remember(module: &'static Module, texts: Vec<TrustedText>) -> SectionTexts {
    let texts = Arc::new(texts);
    CHECKED.with(|checked| checked.borrow_mut().insert(module.slug, Arc::clone(&texts)));
    texts
}

/// Each block's HTML, cut from the module page's file as the build
/// rendered it (`TrustedHtml`'s `<div class="prose">`, which holds no
/// `<div>` of its own), links moved back from the hosting base; None
/// unless every block is there and hashes to its compiled-in SHA-256,
/// so a cut in the wrong place is never used.
fn checked_sections(module: &'static Module, page: &str, base: &str) -> Option<Vec<TrustedText>> {
    module
        .text_blocks()
        .map(|(id, _, html_sha256)| {
            let opening = format!("<h2 id=\"{id}\">");
            let after_heading = &page[page.find(&opening)? + opening.len()..];
            let body_start =
                after_heading.find("<div class=\"prose\">")? + "<div class=\"prose\">".len();
            let body = &after_heading[body_start..];
            let body = &body[..body.find("</div>")?];
            let html = unrebase_content_links(body, base);
            (sha256_hex(html.as_bytes()) == html_sha256)
                .then(|| TrustedText::checked_module_section(html))
        })
        .collect()
}

/// The inverse of `routes::rebase_content_links`.
fn unrebase_content_links(html: &str, base: &str) -> String {
    if base.is_empty() {
        html.to_string()
    } else {
        html.replace(&format!("href=\"{base}/"), "href=\"/")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::MODULES;

    /// Every module's page as the build renders it, at the root and under
    /// a sub-path, gives back each section's compiled text when fetched.
    #[test]
    fn every_module_page_the_build_renders_gives_back_its_checked_text() {
        for base in ["", "/sub"] {
            for module in MODULES {
                let page = crate::render::render_route(&routes::learn_path(module.slug), base);
                let texts = checked_sections(module, &page.body, base)
                    .unwrap_or_else(|| panic!("{} under {base:?}", module.slug));
                assert_eq!(texts.len(), module.sections.len() + 2);
            }
        }
    }

    /// A section whose bytes differ from the compiled text is refused, and
    /// so is a changed takeaway or source.
    #[test]
    fn a_page_with_other_text_is_refused() {
        let module = &MODULES[0];
        let page = crate::render::render_route(&routes::learn_path(module.slug), "").body;
        let changed = page.replacen("<div class=\"prose\"><p>", "<div class=\"prose\"><p>x", 1);
        assert!(checked_sections(module, &changed, "").is_none());
        for list in ["key-points", "sources"] {
            let at = page.find(&format!("<h2 id=\"{list}\">")).unwrap();
            let item = at + page[at..].find("<li>").unwrap() + "<li>".len();
            let changed = format!("{}x{}", &page[..item], &page[item..]);
            assert!(checked_sections(module, &changed, "").is_none(), "{list}");
        }
    }
}
