//! The progress check's notice, on the journal and the home page: when the
//! questionnaire scores have not fallen by the middle of the plan, or rose
//! over three check-ins (`model::journal::progress`), a kind word that this
//! is a reason to talk to a doctor or therapist, not a failure.

use leptos::prelude::*;

use crate::content::journal_text as text;
use crate::hosting::href;
use crate::model::journal::{progress_concern, IsoWeek};
use crate::routes::HELP;
use crate::stores::journal_store;

#[component]
pub fn ProgressNotice(this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let concern = Memo::new(move |_| {
        store
            .data
            .with(|journal| progress_concern(journal, this_week))
    });
    move || {
        concern.get().map(|concern| {
            view! {
                <div class="notice progress-notice" data-concern=concern.id()>
                    <p>{text::progress_concern(concern)}" "{text::PROGRESS_SCREENING}</p>
                    <p>
                        <a href=href(HELP)>{text::PROGRESS_HELP_LINK}</a>
                    </p>
                </div>
            }
        })
    }
}
