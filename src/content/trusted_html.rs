//! Renders compiled-in module HTML. This is the only use of `inner_html` in
//! the app, and it only ever receives `&'static str` from `MODULES`, never
//! anything a person typed.

use leptos::prelude::*;

use crate::routes::rebase_content_links;

#[component]
pub fn TrustedHtml(html: &'static str, base: &'static str) -> impl IntoView {
    view! { <div class="prose" inner_html=rebase_content_links(html, base)></div> }
}
