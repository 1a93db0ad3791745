//! The floor plus leptos-fluent: the 40 UI strings as Fluent messages in
//! locales/en/main.ftl and locales/es/main.ftl, compiled in by the
//! `leptos_fluent!` macro (fluent-templates' static loader); every message
//! shown with `move_tr!`, and a button switching the language at run time.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, move_tr, I18n};
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

/// Provides the translations: the book's minimal CSR setup.
#[component]
fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "en",
    }
}

/// Every UI string, as the app's pages would show them, and the switch.
#[component]
fn AllStrings() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let switch = move |_| {
        let current = i18n.language.get_untracked();
        if let Some(next) = i18n.languages.iter().find(|lang| **lang != current) {
            i18n.language.set(next);
        }
    };
    view! {
        <section>
            <button on:click=switch>{move_tr!("switch-language")}</button>
            <ul>
                <li>{move_tr!("app-title")}</li>
                <li>{move_tr!("nav-home")}</li>
                <li>{move_tr!("nav-learn")}</li>
                <li>{move_tr!("nav-help")}</li>
                <li>{move_tr!("nav-settings")}</li>
                <li>{move_tr!("button-save")}</li>
                <li>{move_tr!("button-cancel")}</li>
                <li>{move_tr!("button-delete")}</li>
                <li>{move_tr!("button-edit")}</li>
                <li>{move_tr!("button-add-person")}</li>
                <li>{move_tr!("button-next")}</li>
                <li>{move_tr!("button-back")}</li>
                <li>{move_tr!("button-close")}</li>
                <li>{move_tr!("button-export")}</li>
                <li>{move_tr!("button-import")}</li>
                <li>{move_tr!("heading-welcome")}</li>
                <li>{move_tr!("heading-map")}</li>
                <li>{move_tr!("heading-timeline")}</li>
                <li>{move_tr!("heading-check-in")}</li>
                <li>{move_tr!("heading-modules")}</li>
                <li>{move_tr!("notice-offline")}</li>
                <li>{move_tr!("notice-private")}</li>
                <li>{move_tr!("notice-not-therapy")}</li>
                <li>{move_tr!("notice-crisis")}</li>
                <li>{move_tr!("notice-saved")}</li>
                <li>{move_tr!("notice-deleted")}</li>
                <li>{move_tr!("confirm-delete")}</li>
                <li>{move_tr!("label-name")}</li>
                <li>{move_tr!("label-mood")}</li>
                <li>{move_tr!("label-notes")}</li>
                <li>{move_tr!("label-date")}</li>
                <li>{move_tr!("label-closeness")}</li>
                <li>{move_tr!("prompt-small-step")}</li>
                <li>{move_tr!("empty-map")}</li>
                <li>{move_tr!("empty-check-ins")}</li>
                <li>{move_tr!("lock-title")}</li>
                <li>{move_tr!("lock-hint")}</li>
                <li>{move_tr!("error-passphrase")}</li>
                <li>{move_tr!("label-language")}</li>
            </ul>
        </section>
    }
}

#[component]
fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nProvider>
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
        </I18nProvider>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
