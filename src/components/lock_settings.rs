//! The passphrase lock's part of `/data`: turn it on (after saying plainly
//! that a forgotten passphrase cannot be recovered), lock now, change the
//! passphrase, turn it off. Passphrases are read from their fields (which
//! are emptied) when a button is pressed, and kept only while the task that
//! needs them runs.

use leptos::html::Input;
use leptos::prelude::*;

use crate::components::auto_lock_settings::AutoLockSettings;
use crate::components::field::Field;

use crate::content::ui_text::lock as text;
use crate::model::passphrase::check_new_passphrase;
use crate::storage::drafts;
use crate::storage::lock::{self, LockChangeError};
use crate::stores::{Saves, Stores};

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
        <Field id=id label=label>
            <input id=id type="password" autocomplete=autocomplete node_ref=input />
        </Field>
    }
}

/// What the person asked of the lock, with the passphrases it needs.
#[derive(Clone)]
enum LockTask {
    TurnOn(NewPassphrase),
    Change { current: String, new: NewPassphrase },
    TurnOff { current: String },
    LockNow,
}

/// A new passphrase as typed twice, and whether the warning was ticked.
#[derive(Clone)]
struct NewPassphrase {
    typed: String,
    repeated: String,
    understood: bool,
}

impl NewPassphrase {
    /// The passphrase if it may be used, else the sentence that says why.
    fn checked(self) -> Result<String, &'static str> {
        check_new_passphrase(&self.typed, &self.repeated, self.understood)
            .map(|()| self.typed)
            .map_err(text::passphrase_problem)
    }
}

/// Runs one lock task; returns the sentence to show (none when the page
/// reloads to lock).
async fn run_lock_task(
    stores: Stores,
    saves: Saves,
    task: LockTask,
    lock_on: RwSignal<bool>,
    understood: RwSignal<bool>,
) -> Option<&'static str> {
    Some(match task {
        LockTask::TurnOn(new) => {
            if stores.any_unreadable() {
                return Some(text::UNREADABLE_FIRST);
            }
            let passphrase = match new.checked() {
                Ok(passphrase) => passphrase,
                Err(problem) => return Some(problem),
            };
            if let Err(error) = lock::turn_on(&passphrase).await {
                return Some(change_error(&error));
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
        }
        LockTask::Change { current, new } => {
            let new = match new.checked() {
                Ok(passphrase) => passphrase,
                Err(problem) => return Some(problem),
            };
            match lock::change_passphrase(&current, &new).await {
                Ok(()) => {
                    understood.set(false);
                    text::CHANGED
                }
                Err(error) => change_error(&error),
            }
        }
        LockTask::TurnOff { current } => {
            let previous = match lock::begin_turning_off(&current).await {
                Ok(previous) => previous,
                Err(error) => return Some(change_error(&error)),
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
        }
        LockTask::LockNow => {
            // Never while a change is not stored: reloading would lose it.
            // Waiting changes are saved first, encrypted ones waited for.
            if !saves.settle().await.is_empty() {
                return Some(text::LOCK_NOW_UNSAVED);
            }
            drafts::clear_all();
            // The key lives only in this page's memory: reloading forgets it.
            let _ = window().location().reload();
            return None;
        }
    })
}

#[component]
pub fn LockSettings(lock_on: RwSignal<bool>) -> impl IntoView {
    let stores = Stores::from_context();
    let (new_input, repeat_input) = (NodeRef::<Input>::new(), NodeRef::<Input>::new());
    let current_input = NodeRef::<Input>::new();
    let off_input = NodeRef::<Input>::new();
    let understood = RwSignal::new(false);
    let saves = Saves::from_context();
    let task = Action::new_local(move |task: &LockTask| {
        run_lock_task(stores, saves, task.clone(), lock_on, understood)
    });
    let working = task.pending();
    let message = move || task.value().get().flatten();

    let new_passphrase = move || NewPassphrase {
        typed: take_value(new_input),
        repeated: take_value(repeat_input),
        understood: understood.get_untracked(),
    };
    let turn_on = move |_| {
        task.dispatch_local(LockTask::TurnOn(new_passphrase()));
    };
    let change = move |_| {
        let current = take_value(current_input);
        task.dispatch_local(LockTask::Change {
            current,
            new: new_passphrase(),
        });
    };
    let turn_off = move |_| {
        task.dispatch_local(LockTask::TurnOff {
            current: take_value(off_input),
        });
    };
    let lock_now = move |_| {
        task.dispatch_local(LockTask::LockNow);
    };

    let new_passphrase_fields = move || {
        view! {
            <p class="notice lock-warning">
                <strong>{text::WARNING}</strong>
            </p>
            <PassphraseField id="lock-new" label=text::NEW_PASSPHRASE input=new_input />
            <PassphraseField id="lock-repeat" label=text::REPEAT input=repeat_input />
            <div class="choice">
                <input
                    type="checkbox"
                    id="lock-understood"
                    prop:checked=move || understood.get()
                    on:change=move |event| understood.set(event_target_checked(&event))
                />
                <label for="lock-understood">{text::UNDERSTOOD}</label>
            </div>
        }
    };
    let when_off = move || {
        view! {
            <p>{text::OFF_INTRO}</p>
            {new_passphrase_fields()}
            <p>
                <button type="button" class="primary lock-turn-on" prop:disabled=move || working.get() on:click=turn_on>
                    {text::TURN_ON}
                </button>
            </p>
        }
    };
    let when_on = move || {
        view! {
            <p class="lock-status">{text::ON_STATUS}</p>
            <p>
                <button type="button" class="primary lock-now" on:click=lock_now aria-describedby="lock-now-hint">
                    {text::LOCK_NOW}
                </button>
            </p>
            <p class="small" id="lock-now-hint">
                {text::LOCK_NOW_HINT}
            </p>
            <AutoLockSettings />
            <h3>{text::CHANGE_HEADING}</h3>
            <p class="small">{text::CHANGE_HINT}</p>
            <PassphraseField
                id="lock-current"
                label=text::CURRENT
                input=current_input
                autocomplete="current-password"
            />
            {new_passphrase_fields()}
            <p>
                <button type="button" class="lock-change" prop:disabled=move || working.get() on:click=change>
                    {text::CHANGE}
                </button>
            </p>
            <h3>{text::OFF_HEADING}</h3>
            <p>{text::OFF_HINT}</p>
            <PassphraseField
                id="lock-off-current"
                label=text::CURRENT
                input=off_input
                autocomplete="current-password"
            />
            <p>
                <button type="button" class="lock-turn-off" prop:disabled=move || working.get() on:click=turn_off>
                    {text::TURN_OFF}
                </button>
            </p>
        }
    };
    let is_on = Memo::new(move |_| lock_on.get());
    view! {
        <section aria-labelledby="lock-heading" class="lock-settings">
            <h2 id="lock-heading">{text::HEADING}</h2>
            {move || if is_on.get() { when_on().into_any() } else { when_off().into_any() }}
            <p role="status" class="lock-message">
                {message}
            </p>
        </section>
    }
}
