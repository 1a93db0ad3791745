//! An honest page for a feature that is not built yet: it says what is
//! coming and points to something useful now.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::content::ui_text;

#[component]
pub fn ComingSoon(
    title: &'static str,
    message: &'static str,
    link_path: String,
    link_text: &'static str,
) -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(title)/>
        <h1>{title}</h1>
        <p>{message}</p>
        <p><a href=href(&link_path)>{link_text}</a></p>
    }
}
