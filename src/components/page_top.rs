//! The top of a page: the tab's title, the one h1, and the lead paragraph
//! under it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::content::ui_text;

#[component]
pub fn PageTop(title: &'static str, lead: &'static str) -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(title) />
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
    }
}
