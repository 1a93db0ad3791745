//! The floor plus leptos_i18n with its `dynamic_load` feature: the 40 UI
//! strings in locales/en.json and locales/es.json; build.rs generates the
//! code for every key and writes one JSON file per locale (out/i18n/), which
//! the app fetches at run time (`i18n/{locale}.json`) instead of compiling
//! the strings in. Every key shown with `t!`, and a button switching the
//! locale.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use i18n::*;

/// The one stored document, as small as a data area can be: some text
/// and a number, so serde's string and integer code is in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Note {
    text: String,
    edits: u32,
}

const KEY: &str = "ipt-floor.v1.note";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read_note() -> Note {
    storage()
        .and_then(|storage| storage.get_item(KEY).ok()?)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn write_note(note: &Note) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(note)) {
        let _ = storage.set_item(KEY, &text);
    }
}

/// The page that reads and writes the document.
#[component]
fn Home() -> impl IntoView {
    let note = RwSignal::new(read_note());
    let on_input = move |event| {
        let text = event_target_value(&event);
        note.update(|note| {
            note.text = text;
            note.edits += 1;
        });
        note.with_untracked(write_note);
    };
    view! {
        <Title text="Home" />
        <h1>"Home"</h1>
        <label for="note">"Note"</label>
        <textarea id="note" prop:value=note.with_untracked(|note| note.text.clone()) on:input=on_input></textarea>
        <p>{move || note.with(|note| note.edits)}" edits"</p>
    }
}

#[component]
fn Learn() -> impl IntoView {
    view! {
        <Title text="Learn" />
        <h1>"Learn"</h1>
    }
}

#[component]
fn Help() -> impl IntoView {
    view! {
        <Title text="Help" />
        <h1>"Help"</h1>
    }
}

/// Every UI string, as the app's pages would show them, and the switch.
#[component]
fn AllStrings() -> impl IntoView {
    let i18n = use_i18n();
    let switch = move |_| {
        let next = match i18n.get_locale() {
            Locale::en => Locale::es,
            Locale::es => Locale::en,
        };
        i18n.set_locale(next);
    };
    view! {
        <section>
            <button on:click=switch>{t!(i18n, switch_language)}</button>
            <ul>
                <li>{t!(i18n, app_title)}</li>
                <li>{t!(i18n, nav_home)}</li>
                <li>{t!(i18n, nav_learn)}</li>
                <li>{t!(i18n, nav_help)}</li>
                <li>{t!(i18n, nav_settings)}</li>
                <li>{t!(i18n, button_save)}</li>
                <li>{t!(i18n, button_cancel)}</li>
                <li>{t!(i18n, button_delete)}</li>
                <li>{t!(i18n, button_edit)}</li>
                <li>{t!(i18n, button_add_person)}</li>
                <li>{t!(i18n, button_next)}</li>
                <li>{t!(i18n, button_back)}</li>
                <li>{t!(i18n, button_close)}</li>
                <li>{t!(i18n, button_export)}</li>
                <li>{t!(i18n, button_import)}</li>
                <li>{t!(i18n, heading_welcome)}</li>
                <li>{t!(i18n, heading_map)}</li>
                <li>{t!(i18n, heading_timeline)}</li>
                <li>{t!(i18n, heading_check_in)}</li>
                <li>{t!(i18n, heading_modules)}</li>
                <li>{t!(i18n, notice_offline)}</li>
                <li>{t!(i18n, notice_private)}</li>
                <li>{t!(i18n, notice_not_therapy)}</li>
                <li>{t!(i18n, notice_crisis)}</li>
                <li>{t!(i18n, notice_saved)}</li>
                <li>{t!(i18n, notice_deleted)}</li>
                <li>{t!(i18n, confirm_delete)}</li>
                <li>{t!(i18n, label_name)}</li>
                <li>{t!(i18n, label_mood)}</li>
                <li>{t!(i18n, label_notes)}</li>
                <li>{t!(i18n, label_date)}</li>
                <li>{t!(i18n, label_closeness)}</li>
                <li>{t!(i18n, prompt_small_step)}</li>
                <li>{t!(i18n, empty_map)}</li>
                <li>{t!(i18n, empty_check_ins)}</li>
                <li>{t!(i18n, lock_title)}</li>
                <li>{t!(i18n, lock_hint)}</li>
                <li>{t!(i18n, error_passphrase)}</li>
                <li>{t!(i18n, label_language)}</li>
            </ul>
        </section>
    }
}

#[component]
fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nContextProvider>
            <Router>
                <nav>
                    <A href="/">"Home"</A>
                    <A href="/learn">"Learn"</A>
                    <A href="/help">"Help"</A>
                </nav>
                <main>
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/learn") view=Learn />
                        <Route path=path!("/help") view=Help />
                    </Routes>
                </main>
                <AllStrings />
            </Router>
        </I18nContextProvider>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
