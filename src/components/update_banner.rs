//! "A new version is ready": a quiet banner; the new version takes over
//! only when the person says so, and never over an unsaved change.

use leptos::prelude::*;

use crate::content::ui_text::update as text;
use crate::offline::accept_update;
use crate::stores::Saves;

#[component]
pub fn UpdateBanner(update_ready: RwSignal<bool>) -> impl IntoView {
    // Every area's waiting change is saved first, and an encrypted save
    // under way is waited for; any change still not stored keeps the page.
    let saves = Saves::from_context();
    let accept = Action::new_local(move |_: &()| async move {
        if saves.settle().await.is_empty() {
            accept_update();
            false
        } else {
            true
        }
    });
    let blocked = move || accept.value().get() == Some(true);
    let on_accept = move |_| {
        accept.dispatch(());
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
                    {move || blocked().then(|| view! { <p>{text::UNSAVED_FIRST}</p> })}
                </div>
            }
        })
    }
}
