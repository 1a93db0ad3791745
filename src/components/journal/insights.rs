//! "Your weeks so far": where the person is in a 12 to 16 week plan (and
//! its IPT phase), the mood chart with its switch (the last 12 weeks or
//! all) and its table, the year at a glance, and the people who come up
//! most. Worded as patterns, never causes.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::journal::chart::{remember_span, remembered_span, MoodChart, WeekTable};
use crate::components::journal::person_name;
use crate::components::journal::progress_notice::ProgressNotice;
use crate::components::journal::year_glance::YearGlance;
use crate::content::journal_text as text;
use crate::model::journal::chart_frame::{
    chart_weeks, default_span, more_than_recent, plan_phases, rows_in, ChartSpan,
};
use crate::model::journal::entry::{PLAN_WEEKS_MAX, PLAN_WEEKS_MIN};
use crate::model::journal::{
    journal_weeks, people_patterns, phase, week_rows, IsoWeek, PersonPattern,
};
use crate::stores::{journal_store, map_store};

/// How many people "People and your weeks" lists.
const TOP_PEOPLE: usize = 5;

/// Becomes true once the page it is made on has been painted: set in a
/// task after the next frame, so whatever waits for it is built after the
/// person already sees (and can use) the rest.
fn painted_once() -> ReadSignal<bool> {
    let painted = RwSignal::new(false);
    request_animation_frame(move || {
        // A page left before the frame has dropped the signal: try_set.
        set_timeout(move || _ = painted.try_set(true), Duration::ZERO);
    });
    painted.read_only()
}

#[component]
pub fn Insights(this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let has_entries = Memo::new(move |_| store.data.with(|journal| !journal.entries.is_empty()));
    // With years of data the insights are most of the page's work (the
    // chart, its table, the year, the people), and they sit below the
    // week's form: drawn first, they kept the form from the person for
    // as long again as the empty journal took to open (issue 26).
    let form_painted = painted_once();
    view! {
        <section class="insights" aria-labelledby="journal-insights-heading">
            <h2 id="journal-insights-heading">{text::INSIGHTS_HEADING}</h2>
            <Show
                when=move || form_painted.get() || !has_entries.get()
                fallback=|| view! { <p class="small">{text::INSIGHTS_DRAWING}</p> }
            >
                <Show when=move || has_entries.get() fallback=|| view! { <p>{text::INSIGHTS_EMPTY}</p> }>
                    <ProgressNotice this_week=this_week />
                    <Plan this_week=this_week />
                    <Trend this_week=this_week />
                    <YearGlance this_week=this_week />
                    <People />
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn Plan(this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let plan_weeks = Memo::new(move |_| store.data.with(|journal| journal.plan_weeks));
    let first_week = Memo::new(move |_| store.data.with(|journal| journal.first_week()));
    let week_number =
        Memo::new(move |_| store.data.with(|journal| journal_weeks(journal, this_week)));
    let summary = move || {
        let first = first_week.get().map(|week| text::started_on(week.monday()));
        let plan = plan_weeks.get();
        let number = week_number.get();
        let current = phase(number, plan);
        view! {
            <p>{first}" "{text::journal_week_number(number, plan)}</p>
            <p class="phase">
                <strong>{text::phase_name(current)}</strong>
                ": "
                {text::phase_text(current)}
            </p>
        }
    };
    let options = (PLAN_WEEKS_MIN..=PLAN_WEEKS_MAX)
        .map(|weeks| {
            view! {
                <option value=weeks.to_string() prop:selected=move || plan_weeks.get() == weeks>
                    {text::plan_weeks_option(weeks)}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="plan" aria-labelledby="journal-plan-heading">
            <h3 id="journal-plan-heading">{text::PLAN_HEADING}</h3>
            {summary}
            <Field id="journal-plan-weeks" label=text::PLAN_LABEL>
                <select
                    id="journal-plan-weeks"
                    aria-describedby="journal-plan-hint"
                    on:change=move |event| {
                        if let Ok(weeks) = event_target_value(&event).parse::<u8>() {
                            store.update(|journal| journal.set_plan_weeks(weeks));
                        }
                    }
                >
                    {options}
                </select>
                <p class="small" id="journal-plan-hint">
                    {text::PLAN_HINT}
                </p>
            </Field>
        </section>
    }
}

#[component]
fn Trend(this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let rows = Memo::new(move |_| store.data.with(week_rows));
    // A memo, not a derived signal: the chart redraws only when the phases
    // change, not on every key typed in the week's note (a derived signal
    // of the whole journal redrew it each time: 32 ms a key at CPU 4x).
    let phases = Memo::new(move |_| store.data.with(plan_phases));
    // The last 12 weeks at first when there are more, or what was chosen
    // earlier in this visit.
    let span = RwSignal::new(
        remembered_span()
            .unwrap_or_else(|| rows.with_untracked(|rows| default_span(rows, this_week))),
    );
    let choose = move |chosen: ChartSpan| {
        remember_span(chosen);
        span.set(chosen);
    };
    let offer_switch = move || rows.with(|rows| more_than_recent(rows, this_week));
    let all_weeks = move || {
        rows.with(|rows| chart_weeks(rows, this_week, ChartSpan::All).map_or(0, |all| all.count))
    };
    let showing_recent = move || span.get() == ChartSpan::Recent && offer_switch();
    let table_rows = Memo::new(move |_| {
        rows.with(|rows| {
            chart_weeks(rows, this_week, span.get())
                .map(|weeks| rows_in(rows, weeks))
                .unwrap_or_default()
        })
    });
    let switch = move || {
        offer_switch().then(|| {
            view! {
                <div class="chart-span" role="group" aria-label=text::CHART_SPAN_LABEL>
                    <button
                        type="button"
                        aria-pressed=move || (span.get() == ChartSpan::Recent).to_string()
                        on:click=move |_| choose(ChartSpan::Recent)
                    >
                        {text::CHART_SPAN_RECENT}
                    </button>
                    <button
                        type="button"
                        aria-pressed=move || (span.get() == ChartSpan::All).to_string()
                        on:click=move |_| choose(ChartSpan::All)
                    >
                        {move || text::chart_span_all(all_weeks())}
                    </button>
                </div>
            }
        })
    };
    view! {
        <section class="trend" aria-labelledby="journal-chart-heading">
            <h3 id="journal-chart-heading">{text::CHART_HEADING}</h3>
            <p class="small">{text::PATTERNS_NOT_CAUSES}</p>
            {switch}
            <MoodChart rows=rows this_week=this_week span=span phases=phases />
            <WeekTable rows=table_rows caption=Signal::derive(move || text::table_caption(showing_recent())) />
        </section>
    }
}

fn pattern_line(pattern: &PersonPattern, name: &str) -> String {
    text::person_pattern(
        name,
        pattern.weeks_with,
        pattern.weeks_with_hard_event,
        pattern.mean_mood_with,
        pattern.weeks_without,
        pattern.mean_mood_without,
    )
}

#[component]
fn People() -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    let patterns = Memo::new(move |_| {
        store
            .data
            .with(|journal| people_patterns(journal, TOP_PEOPLE))
    });
    let lines = move || {
        patterns.with(|patterns| {
            map.data.with(|map| {
                patterns
                    .iter()
                    .map(|pattern| {
                        let line = pattern_line(pattern, &person_name(map, pattern.person));
                        view! { <li data-person=pattern.person.to_string()>{line}</li> }
                    })
                    .collect_view()
            })
        })
    };
    move || {
        (!patterns.with(Vec::is_empty)).then(|| {
            view! {
                <section class="people-patterns" aria-labelledby="journal-people-heading">
                    <h3 id="journal-people-heading">{text::PEOPLE_HEADING}</h3>
                    <p class="small">{text::PATTERNS_NOT_CAUSES}</p>
                    <ul>{lines}</ul>
                </section>
            }
        })
    }
}
