//! `/timeline`: life events and times of low mood, drawn on one line and
//! listed below (the list is the keyboard and screen-reader way in), with
//! the clues the two together may show. Forms keep what is typed across a
//! reload (drafts), and every refusal says which field and why.

use chrono::NaiveDate;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::clock::local_today;
use crate::components::choice::{Choice, ChoiceKind};
use crate::components::timeline_drawing::TimelineDrawing;
use crate::content::practice_text::timeline as text;
use crate::content::ui_text;
use crate::model::relationship_map::RelationshipMap;
use crate::model::timeline::{
    LifeEvent, LifeEventDraft, LifeEventKind, LowPeriod, LowPeriodDraft, Lowness, Timeline,
    TimelineProblem,
};
use crate::routes;
use crate::storage::drafts;
use crate::stores::{map_store, store};

const EVENT_DRAFT: &str = "timeline-event";
const PERIOD_DRAFT: &str = "timeline-period";

/// Something removed, kept so it can be put back.
#[derive(Clone)]
enum Removed {
    Event(LifeEvent),
    Period(LowPeriod),
}

fn problems_view(problems: Vec<TimelineProblem>, id: &'static str) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <ul class="form-problems" id=id role="alert">
                {problems
                    .into_iter()
                    .map(|problem| view! { <li>{text::problem(problem)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

/// Moves keyboard focus to the element with `id`, if it is there.
fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

fn people_names(map: &RelationshipMap, ids: &[u64]) -> String {
    ids.iter()
        .filter_map(|id| map.people.iter().find(|person| person.id.0 == *id))
        .map(|person| person.name.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn EventForm(
    today: NaiveDate,
    editing: RwSignal<Option<u64>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let timeline = store::<Timeline>();
    let map = map_store();
    let draft = RwSignal::new(drafts::read::<LifeEventDraft>(EVENT_DRAFT).unwrap_or_default());
    let problems = RwSignal::new(Vec::<TimelineProblem>::new());
    let when_input = NodeRef::<Input>::new();
    // Opening an event to change it fills the form and moves focus to it.
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = timeline.data.with_untracked(|t| {
                t.events
                    .iter()
                    .find(|e| e.id == id)
                    .map(LifeEventDraft::from_event)
            });
            if let Some(found) = found {
                draft.set(found);
                problems.set(Vec::new());
                if let Some(input) = when_input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    });
    let change = move |edit: &dyn Fn(&mut LifeEventDraft)| {
        draft.update(|draft| edit(draft));
        if editing.get_untracked().is_none() {
            draft.with_untracked(|draft| drafts::keep(EVENT_DRAFT, draft));
        }
    };
    let finish = move |focus_after: Option<String>| {
        draft.set(LifeEventDraft::default());
        drafts::keep(EVENT_DRAFT, &LifeEventDraft::default());
        problems.set(Vec::new());
        editing.set(None);
        if let Some(id) = focus_after {
            focus_id(&id);
        }
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = draft.get_untracked();
        let result = match editing.get_untracked() {
            Some(id) => timeline
                .update(|t| t.update_event(id, &typed, today))
                .map(|_| id),
            None => timeline.update(|t| t.add_event(&typed, today)),
        };
        match result {
            Ok(id) => {
                status.set(Some(text::ADDED.to_string()));
                let back_to = editing.get_untracked().map(|_| format!("edit-event-{id}"));
                finish(back_to);
            }
            Err(found) => {
                problems.set(found);
                if let Some(input) = when_input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    };
    let cancel = move |_| {
        let back_to = editing.get_untracked().map(|id| format!("edit-event-{id}"));
        finish(back_to);
    };
    let people = move || {
        map.data.with(|map| {
            if map.people.is_empty() {
                return view! { <p class="small">{text::NO_PEOPLE}</p> }.into_any();
            }
            map.people
                .iter()
                .map(|person| {
                    let id = person.id.0;
                    let name = person.name.clone();
                    let input_id = format!("timeline-person-{id}");
                    view! {
                        <Choice
                            kind=ChoiceKind::Checkbox
                            id=input_id
                            value=id.to_string()
                            checked=Signal::derive(move || draft.with(|d| d.people.contains(&id)))
                            on_change=move |on: bool| {
                                change(
                                    &|d: &mut LifeEventDraft| {
                                        d.people.retain(|p| *p != id);
                                        if on {
                                            d.people.push(id);
                                        }
                                    },
                                );
                            }
                        >
                            <span class="user-text">{name}</span>
                        </Choice>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let kinds = LifeEventKind::ALL
        .into_iter()
        .map(|kind| {
            let input_id = format!("timeline-kind-{}", kind.id());
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=input_id
                    name="timeline-kind"
                    value=kind.id()
                    checked=Signal::derive(move || draft.with(|d| d.kind == Some(kind)))
                    on_change=move |_| change(&|d: &mut LifeEventDraft| d.kind = Some(kind))
                >
                    {text::kind_label(kind)}
                </Choice>
            }
        })
        .collect_view();
    view! {
        <form
            class="timeline-event-form"
            on:submit=submit
            novalidate=true
            aria-describedby=move || (!problems.with(Vec::is_empty)).then_some("event-problems")
        >
            <h3>
                {move || {
                    if editing.get().is_some() {
                        text::EDIT_EVENT_HEADING
                    } else {
                        text::ADD_EVENT_HEADING
                    }
                }}
            </h3>
            {move || problems_view(problems.get(), "event-problems")}
            <div class="field">
                <label for="event-when">{text::WHEN_LABEL}</label>
                <input
                    id="event-when"
                    type="text"
                    autocomplete="off"
                    aria-describedby="event-when-hint"
                    node_ref=when_input
                    prop:value=move || draft.with(|d| d.when.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        change(&|d: &mut LifeEventDraft| d.when = value.clone());
                    }
                />
                <p class="small" id="event-when-hint">
                    {text::WHEN_HINT}
                </p>
            </div>
            <div class="field">
                <label for="event-what">{text::WHAT_LABEL}</label>
                <input
                    id="event-what"
                    type="text"
                    dir="auto"
                    autocomplete="off"
                    prop:value=move || draft.with(|d| d.what.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        change(&|d: &mut LifeEventDraft| d.what = value.clone());
                    }
                />
            </div>
            <fieldset class="field">
                <legend>{text::KIND_LEGEND}</legend>
                {kinds}
            </fieldset>
            <fieldset class="field people-choices">
                <legend>{text::PEOPLE_LEGEND}</legend>
                {people}
            </fieldset>
            <p class="actions">
                <button type="submit" id="event-submit" class="primary">
                    {move || if editing.get().is_some() { text::SAVE } else { text::ADD_EVENT }}
                </button>
                {move || {
                    editing
                        .get()
                        .is_some()
                        .then(|| {
                            view! {
                                <button type="button" class="cancel-edit" on:click=cancel>
                                    {text::CANCEL}
                                </button>
                            }
                        })
                }}
            </p>
        </form>
    }
}

#[component]
fn PeriodForm(
    today: NaiveDate,
    editing: RwSignal<Option<u64>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let timeline = store::<Timeline>();
    let draft = RwSignal::new(drafts::read::<LowPeriodDraft>(PERIOD_DRAFT).unwrap_or_default());
    let problems = RwSignal::new(Vec::<TimelineProblem>::new());
    let from_input = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = timeline.data.with_untracked(|t| {
                t.low_periods
                    .iter()
                    .find(|p| p.id == id)
                    .map(LowPeriodDraft::from_period)
            });
            if let Some(found) = found {
                draft.set(found);
                problems.set(Vec::new());
                if let Some(input) = from_input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    });
    let change = move |edit: &dyn Fn(&mut LowPeriodDraft)| {
        draft.update(|draft| edit(draft));
        if editing.get_untracked().is_none() {
            draft.with_untracked(|draft| drafts::keep(PERIOD_DRAFT, draft));
        }
    };
    let finish = move |focus_after: Option<String>| {
        draft.set(LowPeriodDraft::default());
        drafts::keep(PERIOD_DRAFT, &LowPeriodDraft::default());
        problems.set(Vec::new());
        editing.set(None);
        if let Some(id) = focus_after {
            focus_id(&id);
        }
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = draft.get_untracked();
        let result = match editing.get_untracked() {
            Some(id) => timeline
                .update(|t| t.update_low_period(id, &typed, today))
                .map(|_| id),
            None => timeline.update(|t| t.add_low_period(&typed, today)),
        };
        match result {
            Ok(id) => {
                status.set(Some(text::ADDED.to_string()));
                let back_to = editing.get_untracked().map(|_| format!("edit-period-{id}"));
                finish(back_to);
            }
            Err(found) => {
                problems.set(found);
                if let Some(input) = from_input.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    };
    let cancel = move |_| {
        let back_to = editing
            .get_untracked()
            .map(|id| format!("edit-period-{id}"));
        finish(back_to);
    };
    let lowness = Lowness::ALL
        .into_iter()
        .map(|level| {
            let input_id = format!("timeline-lowness-{}", level.id());
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=input_id
                    name="timeline-lowness"
                    value=level.id()
                    checked=Signal::derive(move || draft.with(|d| d.lowness == Some(level)))
                    on_change=move |_| change(&|d: &mut LowPeriodDraft| d.lowness = Some(level))
                >
                    {text::lowness_label(level)}
                </Choice>
            }
        })
        .collect_view();
    view! {
        <form
            class="timeline-period-form"
            on:submit=submit
            novalidate=true
            aria-describedby=move || (!problems.with(Vec::is_empty)).then_some("period-problems")
        >
            <h3>
                {move || {
                    if editing.get().is_some() {
                        text::EDIT_PERIOD_HEADING
                    } else {
                        text::ADD_PERIOD_HEADING
                    }
                }}
            </h3>
            {move || problems_view(problems.get(), "period-problems")}
            <div class="field">
                <label for="period-from">{text::FROM_LABEL}</label>
                <input
                    id="period-from"
                    type="text"
                    autocomplete="off"
                    aria-describedby="period-when-hint"
                    node_ref=from_input
                    prop:value=move || draft.with(|d| d.from.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        change(&|d: &mut LowPeriodDraft| d.from = value.clone());
                    }
                />
            </div>
            <div class="field">
                <label for="period-to">{text::TO_LABEL}</label>
                <input
                    id="period-to"
                    type="text"
                    autocomplete="off"
                    aria-describedby="period-when-hint"
                    prop:value=move || draft.with(|d| d.to.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        change(&|d: &mut LowPeriodDraft| d.to = value.clone());
                    }
                />
                <p class="small" id="period-when-hint">
                    {text::WHEN_HINT}
                </p>
            </div>
            <fieldset class="field">
                <legend>{text::LOWNESS_LEGEND}</legend>
                {lowness}
            </fieldset>
            <p class="actions">
                <button type="submit" id="period-submit" class="primary">
                    {move || if editing.get().is_some() { text::SAVE } else { text::ADD_PERIOD }}
                </button>
                {move || {
                    editing
                        .get()
                        .is_some()
                        .then(|| {
                            view! {
                                <button type="button" class="cancel-edit" on:click=cancel>
                                    {text::CANCEL}
                                </button>
                            }
                        })
                }}
            </p>
        </form>
    }
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let today = local_today();
    let timeline = store::<Timeline>();
    let map = map_store();
    let editing_event = RwSignal::new(None::<u64>);
    let editing_period = RwSignal::new(None::<u64>);
    let status = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Removed>);
    let data = Signal::derive(move || timeline.data.get());

    let remove_event = move |id: u64| {
        if let Some(event) = timeline.update(|t| t.remove_event(id)) {
            removed.set(Some(Removed::Event(event)));
            status.set(Some(text::REMOVED.to_string()));
        }
    };
    let remove_period = move |id: u64| {
        if let Some(period) = timeline.update(|t| t.remove_low_period(id)) {
            removed.set(Some(Removed::Period(period)));
            status.set(Some(text::REMOVED.to_string()));
        }
    };
    let undo = move |_| {
        let Some(item) = removed.get_untracked() else {
            return;
        };
        timeline.update(|t| match item {
            Removed::Event(event) => {
                t.events.push(event);
                t.events.sort_by_key(|e| e.when);
            }
            Removed::Period(period) => {
                t.low_periods.push(period);
                t.low_periods.sort_by_key(|p| p.from);
            }
        });
        removed.set(None);
        status.set(None);
    };

    let event_list = move || {
        timeline.data.with(|t| {
            if t.events.is_empty() {
                return view! { <p class="small">{text::NO_EVENTS}</p> }.into_any();
            }
            let items = t
                .events
                .iter()
                .map(|event| {
                    let id = event.id;
                    let who = map.data.with(|m| people_names(m, &event.people));
                    let what = event.what.clone();
                    view! {
                        <li class="timeline-item" data-event=id.to_string()>
                            <span class="timeline-when">{event.when.to_string()}</span>
                            " "
                            <span class="user-text timeline-what">{what.clone()}</span>
                            <span class="small">
                                " · "{text::kind_label(event.kind)}
                                {(!who.is_empty()).then(|| format!(" · {who}"))}
                            </span>
                            <span class="actions">
                                <button
                                    type="button"
                                    id=format!("edit-event-{id}")
                                    aria-label=format!("{}: {what}", text::EDIT)
                                    on:click=move |_| editing_event.set(Some(id))
                                >
                                    {text::EDIT}
                                </button>
                                <button
                                    type="button"
                                    aria-label=format!("{}: {what}", text::REMOVE)
                                    on:click=move |_| remove_event(id)
                                >
                                    {text::REMOVE}
                                </button>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="timeline-list events">{items}</ul> }.into_any()
        })
    };
    let period_list = move || {
        timeline.data.with(|t| {
            if t.low_periods.is_empty() {
                return view! { <p class="small">{text::NO_PERIODS}</p> }.into_any();
            }
            let items = t
                .low_periods
                .iter()
                .map(|period| {
                    let id = period.id;
                    let span = format!(
                        "{} – {}",
                        period.from,
                        period
                            .to
                            .map_or(text::GOES_ON.to_string(), |to| to.to_string())
                    );
                    view! {
                        <li class="timeline-item" data-period=id.to_string()>
                            <span class="timeline-when">{span.clone()}</span>
                            " "
                            <span>{text::lowness_label(period.lowness)}</span>
                            <span class="actions">
                                <button
                                    type="button"
                                    id=format!("edit-period-{id}")
                                    aria-label=format!("{}: {span}", text::EDIT)
                                    on:click=move |_| editing_period.set(Some(id))
                                >
                                    {text::EDIT}
                                </button>
                                <button
                                    type="button"
                                    aria-label=format!("{}: {span}", text::REMOVE)
                                    on:click=move |_| remove_period(id)
                                >
                                    {text::REMOVE}
                                </button>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="timeline-list periods">{items}</ul> }.into_any()
        })
    };
    let overlap_note = move || {
        timeline
            .data
            .with(|t| !t.overlapping_periods(today).is_empty())
            .then(|| view! { <p class="notice">{text::OVERLAP_NOTE}</p> })
    };
    let clues = move || {
        timeline.data.with(|t| {
            let clues = t.clues();
            if clues.is_empty() {
                return view! { <p class="small">{text::CLUES_NONE}</p> }.into_any();
            }
            let items = clues
                .iter()
                .filter_map(|clue| {
                    let event = t.events.iter().find(|e| e.id == clue.event)?;
                    let period = t.low_periods.iter().find(|p| p.id == clue.period)?;
                    let sentence = text::clue(event.kind, &event.what, &period.from.to_string());
                    let module = href(&routes::learn_path(clue.area.module_slug()));
                    Some(view! { <li>{sentence}" "<a href=module>{crate::content::map_text::area_name(clue.area)}</a></li> })
                })
                .collect_view();
            view! { <ul class="timeline-clues">{items}</ul> }.into_any()
        })
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <div class="timeline-page">
            <h1>{text::TITLE}</h1>
            <p class="lead">{text::INTRO}</p>
            <p>{text::CLUE_NOT_CAUSE}</p>
            <p class="small no-print">{text::SAVED}</p>
            <section aria-labelledby="timeline-drawing-heading">
                <h2 id="timeline-drawing-heading">{text::DRAWING_HEADING}</h2>
                {move || {
                    timeline
                        .data
                        .with(Timeline::is_empty)
                        .then(|| view! { <p class="notice">{text::EMPTY}</p> })
                }}
                <TimelineDrawing timeline=data today=today />
                <p class="small no-print">{text::DRAWING_SCROLL_HINT}</p>
                <p class="small timeline-legend">{text::LEGEND_LOW}". "{text::LEGEND_EVENT}"."</p>
                <p class="no-print">
                    <button type="button" class="print-timeline" on:click=print>
                        {text::PRINT}
                    </button>
                </p>
            </section>
            <p role="status" class="timeline-status">
                {move || status.get()}
                {move || {
                    removed
                        .with(Option::is_some)
                        .then(|| {
                            view! {
                                " "
                                <button type="button" class="undo-remove" on:click=undo>
                                    {crate::content::journal_text::UNDO}
                                </button>
                            }
                        })
                }}
            </p>
            <section aria-labelledby="timeline-clues-heading">
                <h2 id="timeline-clues-heading">{text::CLUES_HEADING}</h2>
                {clues}
            </section>
            <section aria-labelledby="timeline-events-heading">
                <h2 id="timeline-events-heading">{text::EVENTS_HEADING}</h2>
                {event_list}
                <div class="no-print">
                    <EventForm today=today editing=editing_event status=status />
                </div>
            </section>
            <section aria-labelledby="timeline-periods-heading">
                <h2 id="timeline-periods-heading">{text::PERIODS_HEADING}</h2>
                {overlap_note}
                {period_list}
                <div class="no-print">
                    <PeriodForm today=today editing=editing_period status=status />
                </div>
            </section>
            <p class="no-print">
                <a href=href(routes::TIMELINE_HOW_TO)>{text::LEARN_MORE}</a>
            </p>
        </div>
    }
}
