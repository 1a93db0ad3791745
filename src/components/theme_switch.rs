//! The manual light/dark switch (the default follows the device).

use leptos::prelude::*;

use crate::content::ui_text::theme as text;
use crate::model::settings::Theme;
use crate::stores::settings_store;

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let settings = settings_store();
    let current = settings.data.with_untracked(|s| s.theme);
    let choices = [
        (Theme::System, "system", text::SYSTEM),
        (Theme::Light, "light", text::LIGHT),
        (Theme::Dark, "dark", text::DARK),
    ];
    view! {
        <span class="theme-switch">
            <label for="theme">{text::LABEL}</label>
            " "
            <select
                id="theme"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    let theme = choices
                        .iter()
                        .find(|(_, code, _)| *code == value)
                        .map_or(Theme::System, |(theme, _, _)| *theme);
                    settings.update(|s| s.theme = theme);
                }
            >
                {choices
                    .iter()
                    .map(|(theme, code, words)| {
                        view! {
                            <option value=*code selected=current == *theme>
                                {*words}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </span>
    }
}
