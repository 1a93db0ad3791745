//! The passphrase lock's part of `/data`: turn it on (after saying plainly
//! that a forgotten passphrase cannot be recovered), lock now, change the
//! passphrase, turn it off. Passphrases are read from their fields when a
//! button is pressed and never kept in app state.

use leptos::html::Input;
use leptos::prelude::*;

use crate::content::ui_text::lock as text;
use crate::storage::drafts;
use crate::storage::lock::{self, LockChangeError};
use crate::storage::lock_format::check_new_passphrase;
use crate::stores::Stores;

fn change_error(error: &LockChangeError) -> &'static str {
    match error {
        LockChangeError::WrongPassphrase => text::WRONG_PASSPHRASE,
        LockChangeError::Crypto | LockChangeError::NotSaved(_) => text::FAILED,
    }
}

fn take_value(input: NodeRef<Input>) -> String {
    input
        .get_untracked()
        .map(|field| {
            let value = field.value();
            field.set_value("");
            value
        })
        .unwrap_or_default()
}

/// A password field with its label.
#[component]
fn PassphraseField(
    id: &'static str,
    label: &'static str,
    input: NodeRef<Input>,
    #[prop(default = "new-password")] autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="password" autocomplete=autocomplete node_ref=input/>
        </div>
    }
}

#[component]
pub fn LockSettings(lock_on: RwSignal<bool>) -> impl IntoView {
    let stores = Stores::from_context();
    let message = RwSignal::new(None::<&'static str>);
    let working = RwSignal::new(false);
    let (new_input, repeat_input) = (NodeRef::<Input>::new(), NodeRef::<Input>::new());
    let current_input = NodeRef::<Input>::new();
    let off_input = NodeRef::<Input>::new();
    let understood = RwSignal::new(false);

    // Checks the new passphrase; Some(it) when it may be used.
    let new_passphrase = move || {
        let (new, repeated) = (take_value(new_input), take_value(repeat_input));
        match check_new_passphrase(&new, &repeated, understood.get_untracked()) {
            Ok(()) => Some(new),
            Err(problem) => {
                message.set(Some(text::passphrase_problem(problem)));
                None
            }
        }
    };
    let run = move |task: std::pin::Pin<Box<dyn std::future::Future<Output = &'static str>>>| {
        working.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            let outcome = task.await;
            message.set(Some(outcome));
            working.set(false);
        });
    };

    let turn_on = move |_| {
        if stores.any_unreadable() {
            message.set(Some(text::UNREADABLE_FIRST));
            return;
        }
        let Some(passphrase) = new_passphrase() else {
            return;
        };
        run(Box::pin(async move {
            if let Err(error) = lock::turn_on(&passphrase).await {
                return change_error(&error);
            }
            let encrypted = stores.resave_all().await;
            understood.set(false);
            lock_on.set(true);
            // The not-saved banner says which write failed; the rest is
            // encrypted at its next save or the next unlock.
            if encrypted.is_ok() {
                text::TURNED_ON
            } else {
                text::TURNED_ON_PARTLY
            }
        }));
    };
    let change = move |_| {
        let current = take_value(current_input);
        let Some(new) = new_passphrase() else {
            return;
        };
        run(Box::pin(async move {
            match lock::change_passphrase(&current, &new).await {
                Ok(()) => {
                    understood.set(false);
                    text::CHANGED
                }
                Err(error) => change_error(&error),
            }
        }));
    };
    let turn_off = move |_| {
        let current = take_value(off_input);
        run(Box::pin(async move {
            let previous = match lock::begin_turning_off(&current).await {
                Ok(previous) => previous,
                Err(error) => return change_error(&error),
            };
            match stores
                .resave_all()
                .await
                .and_then(|()| lock::remove_lock_record())
            {
                Ok(()) => {
                    lock_on.set(false);
                    text::TURNED_OFF
                }
                Err(_) => {
                    lock::cancel_turning_off(previous);
                    text::FAILED
                }
            }
        }));
    };
    let lock_now = move |_| {
        // Never while a change is not stored: reloading would lose it.
        if stores.has_unsaved_change() {
            message.set(Some(text::LOCK_NOW_UNSAVED));
            return;
        }
        drafts::clear_all();
        // The key lives only in this page's memory: reloading forgets it.
        let _ = window().location().reload();
    };

    let new_passphrase_fields = move || {
        view! {
            <p class="notice lock-warning"><strong>{text::WARNING}</strong></p>
            <PassphraseField id="lock-new" label=text::NEW_PASSPHRASE input=new_input/>
            <PassphraseField id="lock-repeat" label=text::REPEAT input=repeat_input/>
            <div class="choice">
                <input type="checkbox" id="lock-understood" prop:checked=move || understood.get()
                    on:change=move |event| understood.set(event_target_checked(&event))/>
                <label for="lock-understood">{text::UNDERSTOOD}</label>
            </div>
        }
    };
    let when_off = move || {
        view! {
            <p>{text::OFF_INTRO}</p>
            {new_passphrase_fields()}
            <p><button type="button" class="primary lock-turn-on" prop:disabled=move || working.get() on:click=turn_on>{text::TURN_ON}</button></p>
        }
    };
    let when_on = move || {
        view! {
            <p class="lock-status">{text::ON_STATUS}</p>
            <p><button type="button" class="primary lock-now" on:click=lock_now aria-describedby="lock-now-hint">{text::LOCK_NOW}</button></p>
            <p class="small" id="lock-now-hint">{text::LOCK_NOW_HINT}</p>
            <h3>{text::CHANGE_HEADING}</h3>
            <p class="small">{text::CHANGE_HINT}</p>
            <PassphraseField id="lock-current" label=text::CURRENT input=current_input autocomplete="current-password"/>
            {new_passphrase_fields()}
            <p><button type="button" class="lock-change" prop:disabled=move || working.get() on:click=change>{text::CHANGE}</button></p>
            <h3>{text::OFF_HEADING}</h3>
            <p>{text::OFF_HINT}</p>
            <PassphraseField id="lock-off-current" label=text::CURRENT input=off_input autocomplete="current-password"/>
            <p><button type="button" class="lock-turn-off" prop:disabled=move || working.get() on:click=turn_off>{text::TURN_OFF}</button></p>
        }
    };
    let is_on = Memo::new(move |_| lock_on.get());
    view! {
        <section aria-labelledby="lock-heading" class="lock-settings">
            <h2 id="lock-heading">{text::HEADING}</h2>
            {move || if is_on.get() { when_on().into_any() } else { when_off().into_any() }}
            <p role="status" class="lock-message">{move || message.get()}</p>
        </section>
    }
}
