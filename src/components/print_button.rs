//! The "Print" button of the pages made to be printed (the summary, the
//! safety plan, the map): it opens the browser's print dialog.

use leptos::prelude::*;

#[component]
pub fn PrintButton(label: &'static str, #[prop(optional)] primary: bool) -> impl IntoView {
    view! {
        <button
            type="button"
            class:primary=primary
            on:click=|_| {
                if let Some(window) = crate::browser::window() {
                    let _ = window.print();
                }
            }
        >
            {label}
        </button>
    }
}
