//! The frame around every page: skip link, header with the main navigation
//! and the always-visible "Get help now" link, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::theme_switch::ThemeSwitch;
use crate::content::ui_text;
use crate::hosting::{href, path_inside_base, router_base};
use crate::routes;
use crate::storage::language_choice;

#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            {ui_text::SKIP_TO_CONTENT}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let location = use_location();
    // `aria-current` tells screen-reader users which section they are in.
    let current = move |target: &'static str| {
        let path = location.pathname.get();
        let inside = path_inside_base(&path);
        let is_current = if target == routes::HOME {
            inside == routes::HOME
        } else {
            inside == target || inside.starts_with(&format!("{target}/"))
        };
        is_current.then_some("page")
    };
    let nav_link = move |target: &'static str, label: &'static str| {
        view! {
            <li>
                <a href=href(target) aria-current=move || current(target)>
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <a class="app-name" href=href(routes::HOME)>
                {ui_text::APP_NAME}
            </a>
            <LanguageSwitch />
            <a class="get-help" href=href(routes::HELP)>
                {ui_text::GET_HELP_NOW}
            </a>
            <nav aria-label=ui_text::NAV_LABEL>
                <ul>
                    {nav_link(routes::LEARN, ui_text::NAV_LEARN)} {nav_link(routes::MAP, ui_text::NAV_MAP)}
                    {nav_link(routes::JOURNAL, ui_text::NAV_JOURNAL)}
                    {nav_link(routes::TIMELINE, crate::content::practice_text::timeline::NAV)}
                    {nav_link(routes::DATA, ui_text::NAV_DATA)}
                </ul>
            </nav>
        </header>
    }
}

/// The page the person is on, in the other language: in the header and
/// the footer (on a phone, only the footer: the header's first row holds
/// the app's name and "Get help now", and nothing may push the help link
/// down). Each language is a
/// site of its own (its own build and words), so this is a whole page
/// load, not a route of this app: `rel="external"` keeps the router from
/// taking the click. What is stored stays (the sites share the origin),
/// and the choice is remembered for the home page.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let location = use_location();
    let twin = move || {
        let path = location.pathname.get();
        routes::twin_url(
            router_base(),
            crate::content::LANGUAGE,
            ui_text::OTHER_LANGUAGE,
            path_inside_base(&path),
        )
    };
    view! {
        <a
            class="language-switch"
            href=twin
            // Remembered for the home page (`storage::language_choice`);
            // if it cannot be stored, the link still works.
            on:click=|_| {
                let _ = language_choice::remember(ui_text::OTHER_LANGUAGE);
            }
            rel="external"
            hreflang=ui_text::OTHER_LANGUAGE
            lang=ui_text::OTHER_LANGUAGE
            aria-label=ui_text::OTHER_LANGUAGE_LABEL
        >
            {ui_text::OTHER_LANGUAGE_NAME}
        </a>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{ui_text::FOOTER_DISCLAIMER}</p>
            <p>
                <a class="go-link" href=href(routes::HELP)>
                    {ui_text::GET_HELP_NOW}
                </a>
            </p>
            <p>
                <LanguageSwitch />
            </p>
            <p>
                <ThemeSwitch />
            </p>
        </footer>
    }
}
