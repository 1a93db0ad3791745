//! The year at a glance: the last 52 weeks as four rows of 13 small
//! squares (a row is about three months, so it fits a phone's width), each
//! coloured by the week's mood band, with the week and the mood (or "no
//! entry") in its accessible name and a corner mark for a week with a hard
//! event, so colour is never the only cue. On `/journal` and in the
//! printable summary. The squares are pictures, not buttons.

use leptos::prelude::*;

use crate::content::journal_text as text;
use crate::model::journal::year_glance::{year_weeks, GlanceWeek, MoodBand, YEAR_WEEKS};
use crate::model::journal::IsoWeek;
use crate::stores::journal_store;

/// Squares in a row: a quarter of the year.
const ROW_WEEKS: usize = 13;

fn square(week: &GlanceWeek, this_week: IsoWeek) -> impl IntoView + use<> {
    let current = week.week == this_week;
    let label = text::year_square_label(week.week, week.entry, week.mood, week.hard, current);
    let band = week
        .band()
        .map_or_else(|| "none".to_string(), |band| band.number().to_string());
    view! {
        <li>
            <span
                class="year-week"
                role="img"
                aria-label=label.clone()
                title=label
                data-week=week.week.to_string()
                data-band=band
                data-hard=week.hard.then_some("true")
                data-current=current.then_some("true")
            ></span>
        </li>
    }
}

#[component]
pub fn YearGlance(this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let weeks = Memo::new(move |_| store.data.with(|journal| year_weeks(journal, this_week)));
    let rows = move || {
        weeks.with(|weeks| {
            weeks
                .chunks(ROW_WEEKS)
                .map(|row| {
                    let start = text::month_year(row[0].week.monday());
                    let squares = row
                        .iter()
                        .map(|week| square(week, this_week))
                        .collect_view();
                    view! {
                        <li class="year-row">
                            <span class="year-row-start">{start}</span>
                            <ol class="year-row-weeks">{squares}</ol>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let key = MoodBand::ALL
        .into_iter()
        .map(|band| {
            let (low, high) = band.moods();
            view! {
                <li>
                    <span class="year-week" data-band=band.number().to_string() aria-hidden="true"></span>
                    {text::mood_band_key(low, high)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="year-glance" aria-labelledby="year-glance-heading" data-weeks=YEAR_WEEKS>
            <h3 id="year-glance-heading">{text::YEAR_HEADING}</h3>
            <p class="small" id="year-glance-intro">
                {text::YEAR_INTRO}
            </p>
            <ol class="year-rows" aria-labelledby="year-glance-heading" aria-describedby="year-glance-intro">
                {rows}
            </ol>
            <ul class="year-key">
                {key} <li>
                    <span class="year-week" data-band="none" aria-hidden="true"></span>
                    {text::YEAR_NO_MOOD_KEY}
                </li> <li>
                    <span class="year-week" data-band="none" data-hard="true" aria-hidden="true"></span>
                    {text::YEAR_HARD_KEY}
                </li>
            </ul>
        </section>
    }
}
