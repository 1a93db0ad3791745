//! The home page's quiet "This week's check-in is open" line, shown while
//! the current week has no mood yet.

use leptos::prelude::*;

use crate::clock::local_today;
use crate::content::journal_text as text;
use crate::hosting::href;
use crate::model::journal::IsoWeek;
use crate::routes::JOURNAL;
use crate::stores::journal_store;

#[component]
pub fn CheckInBanner() -> impl IntoView {
    let store = journal_store();
    let this_week = IsoWeek::from_date(local_today());
    let open = Memo::new(move |_| {
        store.data.with(|journal| {
            journal
                .entry(this_week)
                .and_then(|entry| entry.mood)
                .is_none()
        })
    });
    move || {
        open.get().then(|| {
            view! { <p class="check-in-banner">{text::CHECK_IN_OPEN} " " <a href=href(JOURNAL)>{text::CHECK_IN_LINK}</a></p> }
        })
    }
}
