//! The floor plus the 40 UI strings translated by hand: a `Strings`
//! struct with one `const` per language, one language compiled into each
//! build (src/strings.rs), every string shown below. Switching language
//! means loading the other language's build, so the switch is a link.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use serde::{Deserialize, Serialize};

mod strings;

use strings::T;

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

/// Every UI string, as the app's pages would show them.
#[component]
fn AllStrings() -> impl IntoView {
    view! {
        <section>
            <a href="/es/" rel="external">{T.switch_language}</a>
            <ul>
                <li>{T.app_title}</li>
                <li>{T.nav_home}</li>
                <li>{T.nav_learn}</li>
                <li>{T.nav_help}</li>
                <li>{T.nav_settings}</li>
                <li>{T.button_save}</li>
                <li>{T.button_cancel}</li>
                <li>{T.button_delete}</li>
                <li>{T.button_edit}</li>
                <li>{T.button_add_person}</li>
                <li>{T.button_next}</li>
                <li>{T.button_back}</li>
                <li>{T.button_close}</li>
                <li>{T.button_export}</li>
                <li>{T.button_import}</li>
                <li>{T.heading_welcome}</li>
                <li>{T.heading_map}</li>
                <li>{T.heading_timeline}</li>
                <li>{T.heading_check_in}</li>
                <li>{T.heading_modules}</li>
                <li>{T.notice_offline}</li>
                <li>{T.notice_private}</li>
                <li>{T.notice_not_therapy}</li>
                <li>{T.notice_crisis}</li>
                <li>{T.notice_saved}</li>
                <li>{T.notice_deleted}</li>
                <li>{T.confirm_delete}</li>
                <li>{T.label_name}</li>
                <li>{T.label_mood}</li>
                <li>{T.label_notes}</li>
                <li>{T.label_date}</li>
                <li>{T.label_closeness}</li>
                <li>{T.prompt_small_step}</li>
                <li>{T.empty_map}</li>
                <li>{T.empty_check_ins}</li>
                <li>{T.lock_title}</li>
                <li>{T.lock_hint}</li>
                <li>{T.error_passphrase}</li>
                <li>{T.label_language}</li>
            </ul>
        </section>
    }
}

#[component]
fn App() -> impl IntoView {
    provide_meta_context();
    view! {
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
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
