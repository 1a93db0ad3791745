//! The page for an address the app does not have, with ways back.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::content::ui_text::{self, not_found as text};
use crate::hosting::href;
use crate::routes;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1>{text::TITLE}</h1>
        <p>{text::MESSAGE}</p>
        <ul>
            <li>
                <a href=href(routes::HOME)>{text::GO_HOME}</a>
            </li>
            <li>
                <a href=href(routes::LEARN)>{text::GO_LEARN}</a>
            </li>
            <li>
                <a href=href(routes::HELP)>{ui_text::GET_HELP_NOW}</a>
            </li>
        </ul>
    }
}
