use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::content::ui_text::{self, home as text};
use crate::routes;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::HEADING}</h1>
        <p class="lead">{text::INTRO}</p>
        <p>{text::NOT_THERAPY}</p>
        <p><a class="button" href=href(&routes::learn_path("what-is-ipt"))>{text::START_LEARNING}</a></p>
        <p>{text::COMING}</p>
    }
}
