//! A form field: its label above the control it names. The control is the
//! child and carries the same `id`, so the label is tied to it.

use leptos::prelude::*;

/// The value chosen in a `<select>`, or None for its empty "none" option.
pub fn chosen_value(event: &leptos::ev::Event) -> Option<String> {
    Some(event_target_value(event)).filter(|value| !value.is_empty())
}

#[component]
pub fn Field(#[prop(into)] id: String, label: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {children()}
        </div>
    }
}
