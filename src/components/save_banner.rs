//! The persistent "Not saved" banner. It names every area whose change on
//! this page is not stored, says why, and stays until that area is stored,
//! so a failed save is never mistaken for a saved one. When another tab
//! changed the same area, the person chooses which version to keep.

use leptos::prelude::*;

use crate::content::ui_text::saving as text;
use crate::hosting::href;
use crate::routes;
use crate::storage::save_state::SaveState;
use crate::storage::SaveError;
use crate::stores::{stores_read_so_far, AnyStore};

fn reason(error: &SaveError) -> &'static str {
    match error {
        SaveError::Unavailable(_) => text::UNAVAILABLE,
        SaveError::Refused(_) => text::REFUSED,
        SaveError::NotReadBack => text::NOT_READ_BACK,
        SaveError::ChangedElsewhere => text::CHANGED_ELSEWHERE,
        SaveError::KeptUnreadable => text::KEPT_UNREADABLE,
        SaveError::EncryptFailed => text::ENCRYPT_FAILED,
    }
}

fn area_not_saved(store: AnyStore, error: SaveError) -> impl IntoView {
    let area = store.area();
    let choices = (error == SaveError::ChangedElsewhere).then(|| {
        let (keep, other) = (store.clone(), store.clone());
        view! {
            <span class="save-choices">
                <button type="button" data-choice="keep-mine" on:click=move |_| keep.keep_this_version()>
                    {text::KEEP_THIS_VERSION}
                </button>
                <button type="button" data-choice="use-other" on:click=move |_| other.use_stored_version()>
                    {text::USE_OTHER_VERSION}
                </button>
            </span>
        }
    });
    view! {
        <li data-area=area>
            <strong>{text::area_name(area)}</strong>
            " "
            {reason(&error)}
            {choices}
        </li>
    }
}

#[component]
pub fn SaveBanner() -> impl IntoView {
    let not_saved = move || -> Vec<(AnyStore, SaveError)> {
        stores_read_so_far()
            .into_iter()
            .filter_map(|store| match store.save_state() {
                SaveState::NotSaved(error) => Some((store, error)),
                _ => None,
            })
            .collect()
    };
    move || {
        let areas = not_saved();
        (!areas.is_empty()).then(|| {
            view! {
                <div class="save-banner" role="alert">
                    <p>
                        <strong>{text::NOT_SAVED}</strong>
                        " "
                        <a href=href(routes::DATA)>{text::BACKUP_LINK}</a>
                    </p>
                    <ul>{areas.into_iter().map(|(store, error)| area_not_saved(store, error)).collect_view()}</ul>
                </div>
            }
        })
    }
}
