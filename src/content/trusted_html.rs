//! Renders trusted module HTML. This is the only use of `inner_html` in the
//! app, and it only receives a [`TrustedText`]: text compiled into the app,
//! a module section whose SHA-256 matched the one compiled in, or the markup
//! of the prerendered page the browser was served and already showed
//! (`components/module_text.rs`). Never anything a person typed.

use leptos::prelude::*;

use crate::routes::rebase_content_links;

/// HTML the app vouches for. Only this module and `module_text` make one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustedText(String);

impl TrustedText {
    /// HTML compiled into the app.
    pub fn compiled(html: &'static str) -> TrustedText {
        TrustedText(html.to_string())
    }

    /// A module section checked against its compiled-in hash.
    pub(crate) fn checked_module_section(html: String) -> TrustedText {
        TrustedText(html)
    }

    /// A module section's markup, read from the prerendered copy of the
    /// page the person arrived on (the browser has already shown it as this
    /// very page), with `adjust` applied (links moved back from the base).
    pub(crate) fn served_page_section(
        section_body: &web_sys::Element,
        adjust: impl FnOnce(&str) -> String,
    ) -> TrustedText {
        TrustedText(adjust(&section_body.inner_html()))
    }
}

#[component]
pub fn TrustedHtml(html: TrustedText, base: &'static str) -> impl IntoView {
    view! { <div class="prose" inner_html=rebase_content_links(&html.0, base)></div> }
}
