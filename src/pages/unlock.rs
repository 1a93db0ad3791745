//! The unlock screen, shown on start while the passphrase lock is on. It is
//! outside the router: nothing else of the app exists until it is unlocked.
//! Crisis lines and abuse lines are on it too, since /help must never wait
//! for a passphrase.

use leptos::html::Input;
use leptos::prelude::*;

use crate::components::field::Field;
use leptos_meta::Title;

use crate::components::crisis_contacts::CrisisContactList;
use crate::components::download::download_text;
use crate::components::quick_exit::QuickExit;
use crate::content::crisis_contacts::ABUSE_CONTACTS;
use crate::content::ui_text::{self, help as help_text, lock as text};
use crate::storage::lock::{self, OpenedArea};

#[component]
pub fn UnlockPage(opened: RwSignal<Option<Vec<OpenedArea>>>) -> impl IntoView {
    let passphrase_input = NodeRef::<Input>::new();
    // Its value: whether the latest attempt was refused.
    let attempt = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            match lock::unlock(&typed).await {
                Ok(areas) => {
                    opened.set(Some(areas));
                    false
                }
                Err(_) => {
                    if let Some(input) = passphrase_input.get_untracked() {
                        input.select();
                    }
                    true
                }
            }
        }
    });
    let working = attempt.pending();
    let failed = move || !working.get() && attempt.value().get() == Some(true);
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if working.get_untracked() {
            return;
        }
        if let Some(input) = passphrase_input.get_untracked() {
            attempt.dispatch_local(input.value());
        }
    };
    let download_locked = move |_| {
        download_text(
            "ipt-companion-locked-data.json",
            "application/json",
            &lock::stored_as_is(),
        );
    };
    view! {
        <Title text=ui_text::document_title(text::UNLOCK_TITLE) />
        <QuickExit />
        <main id="main" class="unlock">
            <h1>{text::UNLOCK_TITLE}</h1>
            <p class="lead">{text::UNLOCK_INTRO}</p>
            <form class="unlock-form" on:submit=unlock>
                <Field id="unlock-passphrase" label=text::PASSPHRASE>
                    <input
                        id="unlock-passphrase"
                        type="password"
                        autocomplete="current-password"
                        required=true
                        autofocus=true
                        node_ref=passphrase_input
                        aria-describedby="unlock-failed"
                    />
                </Field>
                <p>
                    <button type="submit" class="primary unlock-button" prop:disabled=move || working.get()>
                        {text::UNLOCK}
                    </button>
                </p>
                <p role="status" class="unlock-working">
                    {move || working.get().then_some(text::WORKING)}
                </p>
                <p role="alert" id="unlock-failed" class="unlock-failed">
                    {move || failed().then_some(text::UNLOCK_FAILED)}
                </p>
            </form>
            <section aria-labelledby="unlock-help-heading">
                <h2 id="unlock-help-heading">{text::HELP_HEADING}</h2>
                <p>{text::HELP_INTRO}</p>
                <CrisisContactList />
            </section>
            <section class="abuse-lines" aria-labelledby="unlock-abuse-heading">
                <h2 id="unlock-abuse-heading">{help_text::ABUSE_HEADING}</h2>
                <p>{help_text::ABUSE_INTRO}</p>
                <CrisisContactList contacts=ABUSE_CONTACTS />
            </section>
            <section aria-labelledby="unlock-forgotten-heading">
                <h2 id="unlock-forgotten-heading">{text::FORGOTTEN_HEADING}</h2>
                <p>{text::FORGOTTEN}</p>
                <p>
                    <button type="button" class="download-locked" on:click=download_locked>
                        {text::DOWNLOAD_LOCKED}
                    </button>
                </p>
            </section>
        </main>
    }
}
