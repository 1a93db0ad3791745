//! "Lock by itself after …" and "Also lock when I leave the app", beside
//! the lock on /data (shown while the lock is on). The choice is stored
//! with the settings, so backups carry it; `crate::auto_lock` applies it.

use leptos::prelude::*;

use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::content::ui_text::auto_lock as text;
use crate::model::auto_lock::QuietLimit;
use crate::stores::settings_store;

#[component]
pub fn AutoLockSettings() -> impl IntoView {
    let settings = settings_store();
    let chosen = move || settings.data.with(|s| s.auto_lock);
    let limits = QuietLimit::ALL
        .into_iter()
        .map(|limit| {
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=format!("auto-lock-{}", limit.id())
                    name="auto-lock-after"
                    value=limit.id()
                    checked=Signal::derive(move || chosen().after == limit)
                    on_change=move |on: bool| {
                        if on {
                            settings.update(|s| s.auto_lock.after = limit);
                        }
                    }
                >
                    {text::limit_words(limit)}
                </Choice>
            }
        })
        .collect_view();
    view! {
        <section class="auto-lock" aria-labelledby="auto-lock-heading">
            <h3 id="auto-lock-heading">{text::HEADING}</h3>
            <p class="small">{text::INTRO}</p>
            <ChoiceGroup class="auto-lock-after" legend=text::AFTER_LEGEND>
                {limits}
            </ChoiceGroup>
            <Choice
                kind=ChoiceKind::Checkbox
                id="auto-lock-when-left"
                checked=Signal::derive(move || chosen().when_left)
                on_change=move |on: bool| settings.update(|s| s.auto_lock.when_left = on)
            >
                {text::WHEN_LEFT}
            </Choice>
            <p class="small">{text::WHEN_LEFT_HINT}</p>
        </section>
    }
}

/// Shown at the top of the page when the app should have locked itself but
/// a change could not be stored first: it stays open rather than lose it.
#[component]
pub fn AutoLockBlockedNotice() -> impl IntoView {
    let blocked = use_context::<crate::auto_lock::AutoLockBlocked>();
    move || {
        blocked.filter(|blocked| blocked.0.get()).map(|_| {
            view! {
                <p class="save-banner auto-lock-blocked" role="alert">
                    {text::BLOCKED}
                </p>
            }
        })
    }
}
