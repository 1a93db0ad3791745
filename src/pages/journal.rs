//! `/journal`: the weekly journal. One entry per ISO week (Monday to
//! Sunday, in the person's own time zone); the week shown is in the link
//! (`/journal?week=2026-W47`), so a reload stays on it, and without one it
//! is this week. Below the entry: the insights, the CSV export and the
//! calendar reminder.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::clock::local_today;
use crate::components::journal::export::Export;
use crate::components::journal::insights::Insights;
use crate::components::journal::reminder::Reminder;
use crate::components::journal::step::WeeklySteps;
use crate::components::journal::week_entry::WeekEntry;
use crate::components::journal::week_picker::WeekPicker;
use crate::content::journal_text as text;
use crate::content::ui_text;
use crate::model::journal::IsoWeek;
use crate::stores::journal_store;

/// The week the link asks for, or this week with a note saying why the
/// one asked for cannot be opened (not started yet, or unreadable).
fn week_from_link(
    asked: Option<&str>,
    this_week: IsoWeek,
    today: chrono::NaiveDate,
) -> (IsoWeek, Option<&'static str>) {
    match asked.map(IsoWeek::parse) {
        None => (this_week, None),
        Some(Ok(week)) if week.is_future(today) => (this_week, Some(text::FUTURE_WEEK_NOTICE)),
        Some(Ok(week)) => (week, None),
        Some(Err(_)) => (this_week, Some(text::BAD_WEEK_NOTICE)),
    }
}

/// The top of the page, which does not depend on the date or the data.
#[component]
fn JournalTop() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
    }
}

/// The page as the build renders it (`pages::lazy`): its top as drawn, then
/// a line where the week's check-in will be.
pub fn opening() -> impl IntoView {
    view! {
        <div class="journal">
            <JournalTop />
            <p class="small">{ui_text::OPENING_PAGE}</p>
        </div>
    }
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let store = journal_store();
    let today = local_today();
    let this_week = IsoWeek::from_date(today);
    let query = use_query_map();
    let choice = Memo::new(move |_| {
        query.with(|query| week_from_link(query.get_str("week"), this_week, today))
    });
    let selected = Memo::new(move |_| choice.get().0);
    let link_notice = move || {
        choice.get().1.map(|notice| {
            view! {
                <p class="notice" role="status">
                    {notice}
                </p>
            }
        })
    };
    let unreadable_notice = move || {
        store.unreadable.with(Option::is_some).then(|| {
            view! {
                <p class="notice" role="status">
                    {text::UNREADABLE_NOTICE}
                </p>
            }
        })
    };
    view! {
        <div class="journal">
            <JournalTop />
            <p class="small">{text::SAVED_AS_YOU_TYPE}</p>
            {unreadable_notice}
            {link_notice}
            <WeekPicker selected=selected this_week=this_week />
            // Rebuilt only when the week changes, so each form starts from
            // that week's saved values and is never reset while typing.
            {move || {
                let week = selected.get();
                view! {
                    <WeekEntry week=week today=today this_week=this_week />
                    <WeeklySteps week=week today=today />
                }
            }}
            <Insights this_week=this_week />
            <Export />
            <Reminder today=today />
        </div>
    }
}
