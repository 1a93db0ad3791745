//! `/data/summary`: a print-friendly summary the person puts together for a
//! therapist or doctor. Nothing is included until it is ticked.

use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::print_button::PrintButton;
use leptos_meta::Title;

use crate::clock::local_today;
use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::components::journal::chart::{MoodChart, WeekTable};
use crate::components::journal::year_glance::YearGlance;
use crate::components::map::circle::StillCircle;
use crate::components::map::legend::MapLegend;
use crate::components::practice::{RecentSteps, TimelineSummary};
use crate::content::exercises::EXERCISES;
use crate::content::journal_text;
use crate::content::map_text;
use crate::content::self_check::why;
use crate::content::ui_text::{self, summary as text};
use crate::model::journal::chart_frame::{plan_phases, ChartSpan};
use crate::model::journal::{week_rows_in_range, IsoWeek};
use crate::model::settings::SummaryChoices;
use crate::stores::{journal_store, learn_store, map_store, settings_store};

/// The page as the build renders it (`pages::lazy`): its heading and
/// lead as drawn, then a line where the summary of the weeks will be.
pub fn opening() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1>{text::TITLE}</h1>
        <div class="summary-controls">
            <p class="lead">{text::INTRO}</p>
            <p class="small">{ui_text::OPENING_PAGE}</p>
        </div>
    }
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let (learn, map, journal) = (learn_store(), map_store(), journal_store());
    let this_week = IsoWeek::from_date(local_today());
    // The choices are saved with the settings, so the summary is still put
    // together after a reload.
    let settings = settings_store();
    let range_weeks = Memo::new(move |_| settings.data.with(|s| s.summary.weeks));
    let include_mood = Memo::new(move |_| settings.data.with(|s| s.summary.mood));
    let include_map = Memo::new(move |_| settings.data.with(|s| s.summary.map));
    let include_focus = Memo::new(move |_| settings.data.with(|s| s.summary.focus_area));
    let include_timeline = Memo::new(move |_| settings.data.with(|s| s.summary.timeline));
    let include_steps = Memo::new(move |_| settings.data.with(|s| s.summary.steps));
    let included_exercises =
        Memo::new(move |_| settings.data.with(|s| s.summary.exercises.clone()));

    let rows = Memo::new(move |_| {
        let weeks = range_weeks.get();
        journal
            .data
            .with(|j| week_rows_in_range(j, this_week, weeks))
    });
    let phases = Memo::new(move |_| journal.data.with(plan_phases));
    let started_exercises = move || {
        learn.data.with(|l| {
            EXERCISES
                .iter()
                .filter(|e| l.is_started(e.id))
                .collect::<Vec<_>>()
        })
    };
    type SetChoice = fn(&mut SummaryChoices, bool);
    // (id, label, whether ticked, how ticking changes the choices)
    let parts: [(&'static str, &'static str, Memo<bool>, SetChoice); 5] = [
        ("include-mood", text::INCLUDE_MOOD, include_mood, |s, on| {
            s.mood = on
        }),
        ("include-map", text::INCLUDE_MAP, include_map, |s, on| {
            s.map = on
        }),
        (
            "include-focus",
            text::INCLUDE_FOCUS,
            include_focus,
            |s, on| s.focus_area = on,
        ),
        (
            "include-timeline",
            text::INCLUDE_TIMELINE,
            include_timeline,
            |s, on| s.timeline = on,
        ),
        (
            "include-steps",
            text::INCLUDE_STEPS,
            include_steps,
            |s, on| s.steps = on,
        ),
    ];
    let checkbox = move |id: &'static str, label: String, read: Memo<bool>, write: SetChoice| {
        view! {
            <Choice
                kind=ChoiceKind::Checkbox
                id=id
                checked=read
                on_change=move |on: bool| settings.update(|s| write(&mut s.summary, on))
            >
                {label}
            </Choice>
        }
    };
    let exercise_boxes = move || {
        started_exercises()
            .into_iter()
            .map(|exercise| {
                let id = format!("include-{}", exercise.id);
                view! {
                    <Choice
                        kind=ChoiceKind::Checkbox
                        id=id
                        checked=Signal::derive(move || {
                            included_exercises.with(|ids| ids.iter().any(|id| id == exercise.id))
                        })
                        on_change=move |on: bool| {
                            settings
                                .update(|s| {
                                    s.summary.exercises.retain(|id| id != exercise.id);
                                    if on {
                                        s.summary.exercises.push(exercise.id.to_string());
                                    }
                                });
                        }
                    >
                        {text::INCLUDE_EXERCISE}
                        " "
                        {exercise.title}
                    </Choice>
                }
            })
            .collect_view()
    };
    let nothing_ticked = move || {
        !include_mood.get()
            && !include_map.get()
            && !include_focus.get()
            && !include_timeline.get()
            && !include_steps.get()
            && included_exercises.with(Vec::is_empty)
    };
    let range_text = move || {
        text::RANGES
            .iter()
            .find(|(weeks, _)| *weeks == range_weeks.get())
            .map(|(_, words)| *words)
            .unwrap_or_default()
    };

    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1>{text::TITLE}</h1>
        <div class="summary-controls">
            <p class="lead">{text::INTRO}</p>
            <Field id="summary-range" label=text::RANGE>
                <select
                    id="summary-range"
                    on:change=move |event| {
                        if let Ok(weeks) = event_target_value(&event).parse() {
                            settings.update(|s| s.summary.weeks = weeks);
                        }
                    }
                >
                    {text::RANGES
                        .iter()
                        .map(|(weeks, words)| {
                            view! {
                                <option value=weeks.to_string() selected=*weeks == range_weeks.get_untracked()>
                                    {*words}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </Field>
            <ChoiceGroup class="field" legend=text::INCLUDE>
                {parts
                    .into_iter()
                    .map(|(id, label, read, write)| checkbox(id, label.to_string(), read, write))
                    .collect_view()}
                {exercise_boxes}
            </ChoiceGroup>
            <p>
                <PrintButton label=text::PRINT primary=true />
            </p>
        </div>
        {move || { nothing_ticked().then(|| view! { <p class="summary-empty">{text::NOTHING_YET}</p> }) }}
        <section class="summary-output" aria-labelledby="summary-output-heading">
            <h2 id="summary-output-heading">{text::OUTPUT_HEADING}</h2>
            <p>{text::MADE_ON}" "{local_today().to_string()}". "{text::WEEKS_SHOWN}" "{range_text}</p>
            {move || {
                include_mood
                    .get()
                    .then(|| {
                        view! {
                            <section class="summary-mood">
                                <h3>{text::MOOD_HEADING}</h3>
                                <MoodChart rows=rows this_week=this_week span=ChartSpan::All phases=phases />
                                <WeekTable rows=rows caption=journal_text::TABLE_CAPTION item9=true />
                                <YearGlance this_week=this_week />
                                <p class="small">{text::SCREENING_NOTE}</p>
                            </section>
                        }
                    })
            }}
            {move || {
                include_map
                    .get()
                    .then(|| {
                        let people = map.data.with(|m| m.people.clone());
                        view! {
                            <section class="summary-map">
                                <h3>{text::MAP_HEADING}</h3>
                                <StillCircle people=people label=text::MAP_HEADING.to_string() />
                                <MapLegend />
                            </section>
                        }
                    })
            }}
            {move || include_timeline.get().then(|| view! { <TimelineSummary /> })}
            {move || {
                include_steps
                    .get()
                    .then(|| {
                        view! {
                            <section class="summary-steps">
                                <RecentSteps count=6 />
                            </section>
                        }
                    })
            }}
            {move || {
                include_focus
                    .get()
                    .then(|| {
                        let area = learn.data.with(|l| l.focus_area);
                        view! {
                            <section class="summary-focus">
                                <h3>{text::FOCUS_HEADING}</h3>
                                {match area {
                                    Some(area) => {
                                        view! {
                                            <p>
                                                <strong>{map_text::area_name(area)}</strong>
                                                " "
                                                {why(area)}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    None => view! { <p>{ui_text::home::NO_FOCUS_YET}</p> }.into_any(),
                                }}
                            </section>
                        }
                    })
            }}
            {move || {
                let chosen = included_exercises.get();
                (!chosen.is_empty())
                    .then(|| {
                        let blocks = EXERCISES
                            .iter()
                            .filter(|e| chosen.iter().any(|id| id == e.id))
                            .map(|exercise| {
                                let answers = exercise
                                    .fields
                                    .iter()
                                    .filter_map(|field| {
                                        let answer = learn
                                            .data
                                            .with(|l| field.shown_answer(l.answer(exercise.id, field.id)).to_string());
                                        (!answer.is_empty())
                                            .then(|| {
                                                view! {
                                                    <dt>{field.label}</dt>
                                                    <dd class="user-text">{answer}</dd>
                                                }
                                            })
                                    })
                                    .collect_view();
                                view! {
                                    <h4>{exercise.title}</h4>
                                    <dl class="summary-answers">{answers}</dl>
                                }
                            })
                            .collect_view();
                        view! {
                            <section class="summary-exercises">
                                <h3>{text::EXERCISES_HEADING}</h3>
                                {blocks}
                            </section>
                        }
                    })
            }}
        </section>
    }
}
