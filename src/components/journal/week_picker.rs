//! Moving between weeks: previous and next (never past this week), back to
//! this week, and a list of the weeks already written about (those of the
//! year shown, and each other year, which opens its latest week). The chosen
//! week goes into the link, so a reload or a shared bookmark keeps it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::content::journal_text as text;
use crate::model::journal::week_choices::{week_choices, WeekChoice};
use crate::model::journal::IsoWeek;
use crate::routes::JOURNAL;
use crate::stores::journal_store;

#[component]
pub fn WeekPicker(selected: Memo<IsoWeek>, this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let navigate = use_navigate();
    let go_to = move |week: IsoWeek| {
        // Future weeks cannot be opened; the page checks again on arrival.
        let week = week.min(this_week);
        let path = if week == this_week {
            JOURNAL.to_string()
        } else {
            format!("{JOURNAL}?week={week}")
        };
        navigate(
            &path,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    // Newest first: this week, the shown week's year's weeks with an entry,
    // and one choice for each other year (see `week_choices`).
    let choices = Memo::new(move |_| {
        let shown = selected.get();
        store
            .data
            .with(|journal| week_choices(journal.entries.keys().copied(), this_week, shown))
    });
    let options = move || {
        choices
            .get()
            .into_iter()
            .map(|choice| {
                let week = choice.week();
                let label = match choice {
                    WeekChoice::Week(week) if week == this_week => {
                        format!("{} ({})", text::THIS_WEEK, text::week_days(week))
                    }
                    WeekChoice::Week(week) => text::week_of(week),
                    WeekChoice::Year { year, weeks, .. } => text::year_of_weeks(year, weeks),
                };
                view! {
                    // Chosen once when drawn; the select's `value` follows
                    // later changes (one effect, not one per week).
                    <option value=week.to_string() selected=selected.get_untracked() == week>
                        {label}
                    </option>
                }
            })
            .collect_view()
    };
    let at_this_week = move || selected.get() >= this_week;
    let previous = {
        let go_to = go_to.clone();
        move |_| go_to(selected.get_untracked().previous())
    };
    let next = {
        let go_to = go_to.clone();
        move |_| {
            let next = selected.get_untracked().next();
            if next <= this_week {
                go_to(next);
            }
        }
    };
    let back = {
        let go_to = go_to.clone();
        move |_| go_to(this_week)
    };
    let choose = move |event| {
        if let Ok(week) = IsoWeek::parse(&event_target_value(&event)) {
            go_to(week);
        }
    };
    view! {
        <nav class="week-picker" aria-label=text::WEEK_PICKER_LABEL>
            <div class="week-steps">
                <button type="button" class="week-previous" on:click=previous>
                    <span aria-hidden="true">"← "</span>
                    {text::PREVIOUS_WEEK}
                </button>
                <button type="button" class="week-next" disabled=at_this_week on:click=next>
                    {text::NEXT_WEEK}
                    <span aria-hidden="true">" →"</span>
                </button>
                {move || {
                    (!at_this_week())
                        .then(|| {
                            let back = back.clone();
                            view! {
                                <button type="button" class="week-today" on:click=back>
                                    {text::BACK_TO_THIS_WEEK}
                                </button>
                            }
                        })
                }}
            </div>
            <div class="field week-select">
                <label for="journal-week-select">{text::WEEK_SELECT_LABEL}</label>
                <select id="journal-week-select" on:change=choose prop:value=move || selected.get().to_string()>
                    {options}
                </select>
            </div>
        </nav>
    }
}
