//! The recovery view: stored data that could not be read is never written
//! over. The person can download it exactly as stored, then start that part
//! afresh, or keep it untouched (saves to it stay refused).

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::content::ui_text::recovery as text;
use crate::storage::Unreadable;
use crate::stores::{stores_read_so_far, AnyStore};

#[component]
fn AreaRecovery(store: AnyStore) -> impl IntoView {
    let downloaded = RwSignal::new(false);
    let dismissed = RwSignal::new(false);
    move || {
        let reason = store.unreadable()?;
        if dismissed.get() {
            return None;
        }
        let area = store.area();
        let explanation = match reason {
            Unreadable::NewerSchema(_) => text::NEWER,
            _ => text::KEPT,
        };
        Some(view! {
            <section class="recovery" data-area=area aria-labelledby=format!("recovery-{area}")>
                // Not a heading: it sits above the page's own h1.
                <p class="recovery-heading" id=format!("recovery-{area}")>
                    <strong>{text::HEADING}": "{text::area_name(area)}</strong>
                </p>
                <p>{explanation}</p>
                <p class="small">{reason.to_string()}</p>
                <p class="actions">
                    <button
                        type="button"
                        class="recovery-download"
                        on:click={
                            let store = store.clone();
                            move |_| {
                                if let Some(raw) = store.stored_text() {
                                    downloaded
                                        .set(
                                            download_text(
                                                &format!("ipt-companion-{area}-as-stored.txt"),
                                                "text/plain",
                                                &raw,
                                            ),
                                        );
                                }
                            }
                        }
                    >
                        {text::DOWNLOAD}
                    </button>
                    <button
                        type="button"
                        class="recovery-afresh"
                        prop:disabled=move || !downloaded.get()
                        aria-describedby=format!("recovery-{area}-hint")
                        on:click={
                            let store = store.clone();
                            move |_| {
                                let _ = store.delete();
                            }
                        }
                    >
                        {text::START_AFRESH}
                    </button>
                    <button type="button" class="recovery-keep" on:click=move |_| dismissed.set(true)>
                        {text::KEEP}
                    </button>
                </p>
                <p class="small" id=format!("recovery-{area}-hint")>
                    {text::START_AFRESH_HINT}
                </p>
            </section>
        })
    }
}

/// Every area read so far that could not be read, one recovery view each.
#[component]
pub fn RecoveryViews() -> impl IntoView {
    // An area no page has read yet cannot be known to be unreadable: its
    // view appears when the first page that needs it reads it. Keyed by
    // area, so a view keeps its state when another area is read.
    view! {
        <For each=stores_read_so_far key=|store| store.area() let:store>
            <AreaRecovery store=store />
        </For>
    }
}
