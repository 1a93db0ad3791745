//! The framework floor: the smallest app with what every page of IPT
//! Companion needs before it shows anything of its own. Leptos' CSR
//! runtime, the router with three routes and links, leptos_meta's title,
//! and one document read from localStorage and written back as JSON with
//! serde. `cargo xtask bench` builds it as the app ships (release profile,
//! `erase_components`, wasm-bindgen, wasm-opt -Oz) and prints the app's
//! first loads beside it (BENCHMARKS.md, issue 26).

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use serde::{Deserialize, Serialize};

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
        </Router>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
