//! The lock locking by itself (the rule is `model::auto_lock`): this
//! watches the person's input and the page's visibility, checks the rule
//! once a second and on coming back into view, and locks every open tab of
//! the app together through a `BroadcastChannel`. Locking first stores
//! every change (encrypted); if one cannot be stored, the app says so and
//! stays open rather than lose it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::model::auto_lock::{should_lock, Activity, AutoLock};
use crate::storage::drafts;
use crate::storage::lock;
use crate::stores::Saves;

/// The channel every tab of the app listens on (same origin only).
const CHANNEL: &str = "ipt-companion-lock";
/// What a tab says on the channel.
const LOCK: &str = "lock";
const USED_PREFIX: &str = "used:";
/// A tab tells the others of its use at most this often; they count it as
/// use up to this much later, so no tab locks early for the delay.
const USED_EVERY_MS: f64 = 1_000.0;

fn now() -> f64 {
    js_sys::Date::now()
}

/// Whether a lock attempt found a change it could not store (reactive: a
/// banner says so, and the app stays open).
#[derive(Clone, Copy)]
pub struct AutoLockBlocked(pub RwSignal<bool>);

/// Starts watching. `choice` is read at each check (the settings store),
/// so a change on /data applies at once; nothing happens while the lock is
/// off.
pub fn watch(choice: impl Fn() -> AutoLock + 'static) {
    let blocked = RwSignal::new(false);
    provide_context(AutoLockBlocked(blocked));
    let saves = Saves::from_context();
    let activity = Rc::new(RefCell::new(Activity::started(now())));
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok().map(Rc::new);
    let last_told = Rc::new(RefCell::new(f64::NEG_INFINITY));
    let locking = Rc::new(RefCell::new(false));

    let lock_this_tab = {
        let locking = locking.clone();
        move || {
            if *locking.borrow() || lock::data_key().is_none() {
                return;
            }
            *locking.borrow_mut() = true;
            let locking = locking.clone();
            leptos::task::spawn_local(async move {
                let unsaved = saves.settle().await;
                *locking.borrow_mut() = false;
                if !unsaved.is_empty() {
                    blocked.set(true);
                    return;
                }
                drafts::clear_all();
                // The key lives only in this page's memory: reloading
                // forgets it and opens the unlock screen on the same page.
                let _ = window().location().reload();
            });
        }
    };

    // The person's input, in this tab.
    let on_use = {
        let (activity, channel, last_told) = (activity.clone(), channel.clone(), last_told.clone());
        move || {
            let at = now();
            activity.borrow_mut().used(at);
            // Runs on every key and scroll: notify the notice only when it
            // is showing, not once per event.
            if blocked.get_untracked() {
                blocked.set(false);
            }
            if at - *last_told.borrow() >= USED_EVERY_MS {
                *last_told.borrow_mut() = at;
                if let Some(channel) = &channel {
                    let _ = channel.post_message(&format!("{USED_PREFIX}{at}").into());
                }
            }
        }
    };
    let mut listeners = Vec::new();
    for kind in [
        "keydown",
        "pointerdown",
        "wheel",
        "touchstart",
        "input",
        "scroll",
    ] {
        let on_use = on_use.clone();
        listeners.push(window_event_listener_untyped(kind, move |_| on_use()));
    }

    let check = {
        let (activity, lock_this_tab, channel) =
            (activity.clone(), lock_this_tab.clone(), channel.clone());
        move || {
            if lock::data_key().is_none() {
                return;
            }
            if should_lock(choice(), *activity.borrow(), now()) {
                if let Some(channel) = &channel {
                    let _ = channel.post_message(&LOCK.into());
                }
                lock_this_tab();
            }
        }
    };
    let check = Rc::new(check);

    let visibility = {
        let (activity, check) = (activity.clone(), check.clone());
        window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                activity.borrow_mut().hidden(now());
            } else {
                activity.borrow_mut().shown();
                // Waking or coming back: time away counts at once.
                check();
            }
        })
    };
    if document().hidden() {
        activity.borrow_mut().hidden(now());
    }

    // Other tabs: their use counts here; their lock locks this tab too.
    let on_message = channel.as_ref().map(|channel| {
        let (activity, lock_this_tab) = (activity.clone(), lock_this_tab.clone());
        let handler =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let Some(message) = event.data().as_string() else {
                    return;
                };
                if message == LOCK {
                    lock_this_tab();
                } else if let Some(at) = message
                    .strip_prefix(USED_PREFIX)
                    .and_then(|at| at.parse::<f64>().ok())
                {
                    activity.borrow_mut().used(at + USED_EVERY_MS);
                }
            });
        channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler
    });

    let ticker = set_interval_with_handle(move || check(), std::time::Duration::from_secs(1)).ok();
    // The app lives as long as the page (locking reloads it), so these
    // stay for the page's life.
    std::mem::forget((listeners, visibility, on_message, ticker, channel));
}
