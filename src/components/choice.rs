//! Radio buttons and checkboxes: one input with its label (`Choice`), and a
//! group of them under a legend (`ChoiceGroup`). Every form in the app
//! draws a choice this way, so the markup (and what a screen reader hears)
//! is the same everywhere.

use leptos::prelude::*;

/// Whether a choice is one of a group (radio) or on its own (checkbox).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    Radio,
    Checkbox,
}

impl ChoiceKind {
    fn input_type(self) -> &'static str {
        match self {
            ChoiceKind::Radio => "radio",
            ChoiceKind::Checkbox => "checkbox",
        }
    }
}

/// One radio button or checkbox and its label. `name` groups radio
/// buttons; `value` is a stable id, never the words shown. `on_change`
/// gets whether the input is now checked.
#[component]
pub fn Choice(
    kind: ChoiceKind,
    #[prop(into)] id: String,
    #[prop(optional, into)] name: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input
                type=kind.input_type()
                id=id.clone()
                name=name
                value=value
                prop:checked=move || checked.get()
                on:change=move |event| on_change.run(event_target_checked(&event))
            />
            <label for=id>{children()}</label>
        </div>
    }
}

/// A group of choices under a legend. `class` is the fieldset's; with
/// `in_a_row` the choices sit side by side (wrapping), as answers to a
/// question do.
#[component]
pub fn ChoiceGroup(
    #[prop(into)] class: String,
    #[prop(into)] legend: String,
    #[prop(optional)] in_a_row: bool,
    children: Children,
) -> impl IntoView {
    let choices = if in_a_row {
        view! { <div class="answers">{children()}</div> }.into_any()
    } else {
        children().into_any()
    };
    view! {
        <fieldset class=class>
            <legend>{legend}</legend>
            {choices}
        </fieldset>
    }
}
