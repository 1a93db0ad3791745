//! The journal as two CSV files for a spreadsheet, made on the device. A
//! byte order mark starts each file so spreadsheet programs read it as
//! UTF-8 (names and notes in any language).

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::components::journal::person_name;
use crate::content::journal_text as text;
use crate::model::journal::csv::{events_csv, weeks_csv, BYTE_ORDER_MARK};
use crate::stores::{journal_store, map_store};

const CSV_TYPE: &str = "text/csv;charset=utf-8";

#[component]
pub fn Export() -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    let failed = RwSignal::new(false);
    let download_weeks = move |_| {
        let csv = store
            .data
            .with_untracked(|journal| weeks_csv(journal, &text::CSV_WORDS));
        let saved = download_text(
            text::WEEKS_FILE,
            CSV_TYPE,
            &format!("{BYTE_ORDER_MARK}{csv}"),
        );
        failed.set(!saved);
    };
    let download_events = move |_| {
        let csv = map.data.with_untracked(|map| {
            store.data.with_untracked(|journal| {
                events_csv(journal, &text::CSV_WORDS, |id| person_name(map, id))
            })
        });
        let saved = download_text(
            text::EVENTS_FILE,
            CSV_TYPE,
            &format!("{BYTE_ORDER_MARK}{csv}"),
        );
        failed.set(!saved);
    };
    view! {
        <section class="export" aria-labelledby="journal-export-heading">
            <h2 id="journal-export-heading">{text::EXPORT_HEADING}</h2>
            <p>{text::EXPORT_INTRO}</p>
            <div class="button-row">
                <button type="button" class="download-weeks" on:click=download_weeks>
                    {text::DOWNLOAD_WEEKS}
                </button>
                <button type="button" class="download-events" on:click=download_events>
                    {text::DOWNLOAD_EVENTS}
                </button>
            </div>
            <p class="field-error" role="status">
                {move || failed.get().then_some(text::DOWNLOAD_FAILED)}
            </p>
        </section>
    }
}
