//! "Exit this page", after the GOV.UK Design System's component of that
//! name: on every page in the same place (the unlock screen too). One press,
//! or the Shift key pressed three times in a row, blanks the screen at
//! once, saves what was typed, drops the lock's key from memory and
//! replaces the page with an ordinary website, so Back does not return to
//! the app (`storage::exit_mark`). No single key does it.

use leptos::prelude::*;

use crate::content::ui_text::quick_exit as text;
use crate::storage::{exit_mark, lock};
use crate::stores::Saves;

/// How many Shift presses in a row, each within this long of the last,
/// leave the page.
const SHIFT_PRESSES: u32 = 3;
const SHIFT_WITHIN_MS: f64 = 1_000.0;

#[component]
pub fn QuickExit() -> impl IntoView {
    let saves = Saves::try_from_context();
    let presses = StoredValue::new((0u32, f64::NEG_INFINITY));
    let on_key = window_event_listener(leptos::ev::keydown, move |event| {
        if event.repeat() {
            return;
        }
        if event.key() != "Shift" {
            // Shift as part of typing (a capital letter) does not count.
            presses.set_value((0, f64::NEG_INFINITY));
            return;
        }
        let now = js_sys::Date::now();
        let (count, last) = presses.get_value();
        let count = if now - last <= SHIFT_WITHIN_MS {
            count + 1
        } else {
            1
        };
        presses.set_value((count, now));
        if count >= SHIFT_PRESSES {
            exit_now(saves);
        }
    });
    on_cleanup(move || on_key.remove());
    view! {
        <aside class="quick-exit-bar" aria-label=text::LANDMARK>
            // A link, so it leaves even before the app runs (or without
            // JavaScript); once the app runs, it first keeps what was typed.
            <a
                href=text::NEUTRAL_SITE
                rel="noreferrer"
                class="quick-exit"
                aria-describedby="quick-exit-hint"
                on:click=move |event| {
                    event.prevent_default();
                    exit_now(saves);
                }
            >
                {text::EXIT}
            </a>
            <span id="quick-exit-hint" class="visually-hidden">
                {text::SHORTCUT_HINT}
            </span>
        </aside>
    }
}

/// Leaves now: blank, save, forget the key, go.
pub fn exit_now(saves: Option<Saves>) {
    let document = document();
    // Nothing of the app stays on screen, in the title (which the browser's
    // history keeps) or in a back-forward cache's copy of the page.
    if let Some(body) = document.body() {
        body.set_text_content(None);
    }
    document.set_title("");
    exit_mark::mark();
    match saves {
        // Encrypted saves need a moment; wait at most one second for them.
        Some(saves) if lock::data_key().is_some() => {
            saves.save_waiting();
            leptos::task::spawn_local(async move {
                saves.settle_within(std::time::Duration::from_secs(1)).await;
                leave();
            });
        }
        Some(saves) => {
            // A plain save is done when this returns.
            saves.save_waiting();
            leave();
        }
        None => leave(),
    }
}

fn leave() {
    lock::forget_key();
    let window = window();
    let target = if window.navigator().on_line() {
        text::NEUTRAL_SITE
    } else {
        text::OFFLINE_PAGE
    };
    // Replace, not push: this page leaves the tab's history.
    let _ = window.location().replace(target);
}
