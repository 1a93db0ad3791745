//! Moving between weeks: previous and next (never past this week), back to
//! this week, and a list of the weeks already written about. The chosen
//! week goes into the link, so a reload or a shared bookmark keeps it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::content::journal_text as text;
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
    // Newest first: this week, the weeks with an entry, and the one shown.
    let weeks = Memo::new(move |_| {
        let mut weeks: Vec<IsoWeek> = store
            .data
            .with(|journal| journal.entries.keys().copied().collect());
        weeks.push(this_week);
        weeks.push(selected.get());
        weeks.retain(|week| *week <= this_week);
        weeks.sort_unstable_by(|a, b| b.cmp(a));
        weeks.dedup();
        weeks
    });
    let options = move || {
        weeks
            .get()
            .into_iter()
            .map(|week| {
                let label = if week == this_week {
                    format!("{} ({})", text::THIS_WEEK, text::week_days(week))
                } else {
                    text::week_of(week)
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
