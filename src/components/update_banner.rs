//! "A new version is ready": a quiet banner; the new version takes over
//! only when the person says so, and never over an unsaved change.

use leptos::prelude::*;

use crate::content::ui_text::update as text;
use crate::offline::accept_update;
use crate::storage::area_store::SaveStatus;

#[component]
pub fn UpdateBanner(
    update_ready: RwSignal<bool>,
    save_status: RwSignal<SaveStatus>,
) -> impl IntoView {
    let blocked = RwSignal::new(false);
    let on_accept = move |_| {
        if matches!(save_status.get_untracked(), SaveStatus::NotSaved(_)) {
            blocked.set(true);
        } else {
            accept_update();
        }
    };
    move || {
        update_ready.get().then(|| {
            view! {
                <div class="update-banner" role="status">
                    <p>
                        {text::READY}" " <button type="button" class="update-button" on:click=on_accept>
                            {text::RELOAD}
                        </button>
                    </p>
                    {move || blocked.get().then(|| view! { <p>{text::UNSAVED_FIRST}</p> })}
                </div>
            }
        })
    }
}
