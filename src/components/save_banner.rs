//! The persistent "Not saved" banner. It stays until a later save works, so
//! a failed save is never mistaken for a saved one.

use leptos::prelude::*;

use crate::app::href;
use crate::content::ui_text::saving as text;
use crate::routes;
use crate::storage::area_store::SaveStatus;
use crate::storage::SaveError;

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

#[component]
pub fn SaveBanner(status: RwSignal<SaveStatus>) -> impl IntoView {
    move || match status.get() {
        SaveStatus::NotSaved(error) => Some(view! {
            <div class="save-banner" role="alert">
                <p>
                    <strong>{text::NOT_SAVED}</strong>
                    " "
                    <a href=href(routes::DATA)>{text::BACKUP_LINK}</a>
                </p>
                <p>{reason(&error)}</p>
            </div>
        }),
        _ => None,
    }
}
