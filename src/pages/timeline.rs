//! `/timeline`: life events and times of low mood, drawn on one line and
//! listed below (the list is the keyboard and screen-reader way in), with
//! the clues the two together may show. Forms keep what is typed across a
//! reload (drafts), and every refusal says which field and why.

use chrono::NaiveDate;
use leptos::html::Input;
use leptos::prelude::*;

use crate::components::field::Field;
use leptos_meta::Title;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::clock::local_today;
use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::components::timeline_drawing::TimelineDrawing;
use crate::content::practice_text::timeline as text;
use crate::content::ui_text;
use crate::hosting::href;
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

fn problems_view(problems: Vec<TimelineProblem>, id: String) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <ul class="form-problems" id=id role="alert">
                {problems.into_iter().map(|problem| view! { <li>{text::problem(problem)}</li> }).collect_view()}
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

/// What the two forms share: the draft (kept across a reload while a new
/// entry is typed), its problems, the entry being changed, and where focus
/// goes: the first field on opening or a refusal, back to the entry's
/// "Change" button (`{edit_button}-{id}`) on saving or cancelling.
struct DraftForm<D: Send + Sync + 'static> {
    draft: RwSignal<D>,
    problems: RwSignal<Vec<TimelineProblem>>,
    editing: RwSignal<Option<u64>>,
    first_field: NodeRef<Input>,
    draft_name: &'static str,
    edit_button: &'static str,
}

impl<D: Send + Sync + 'static> Clone for DraftForm<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Send + Sync + 'static> Copy for DraftForm<D> {}

impl<D> DraftForm<D>
where
    D: Clone + Default + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// The form's state; opening an entry to change it (`editing` set)
    /// fills the form with `find`'s draft of it and focuses the first field.
    fn new(
        draft_name: &'static str,
        edit_button: &'static str,
        editing: RwSignal<Option<u64>>,
        find: impl Fn(&Timeline, u64) -> Option<D> + 'static,
    ) -> DraftForm<D> {
        let form = DraftForm {
            draft: RwSignal::new(drafts::read::<D>(draft_name).unwrap_or_default()),
            problems: RwSignal::new(Vec::new()),
            editing,
            first_field: NodeRef::new(),
            draft_name,
            edit_button,
        };
        let timeline = store::<Timeline>();
        Effect::new(move |_| {
            let Some(id) = editing.get() else {
                return;
            };
            if let Some(found) = timeline.data.with_untracked(|t| find(t, id)) {
                form.draft.set(found);
                form.problems.set(Vec::new());
                form.focus_first_field();
            }
        });
        form
    }

    fn focus_first_field(self) {
        if let Some(input) = self.first_field.get_untracked() {
            let _ = input.focus();
        }
    }

    fn change(self, edit: &dyn Fn(&mut D)) {
        self.draft.update(|draft| edit(draft));
        if self.editing.get_untracked().is_none() {
            self.draft
                .with_untracked(|draft| drafts::keep(self.draft_name, draft));
        }
    }

    /// Empties the form; focus goes back to the "Change" button of the
    /// entry that was being changed.
    fn finish(self, changed: Option<u64>) {
        self.draft.set(D::default());
        drafts::keep(self.draft_name, &D::default());
        self.problems.set(Vec::new());
        self.editing.set(None);
        if let Some(id) = changed {
            focus_id(&format!("{}-{id}", self.edit_button));
        }
    }

    /// Adds or changes the entry with `save` (given the entry being
    /// changed, if any): the page says which was done, or the problems are
    /// shown, focus goes to the form and what was typed stays. If the entry
    /// was removed while it was being changed, the form goes on as a form
    /// to add it (its words kept as the draft).
    fn submit(
        self,
        status: RwSignal<Option<String>>,
        save: impl FnOnce(Option<u64>, &D) -> Result<u64, Vec<TimelineProblem>>,
    ) {
        let changing = self.editing.get_untracked();
        match save(changing, &self.draft.get_untracked()) {
            Ok(id) => {
                let done = if changing.is_some() {
                    text::CHANGED
                } else {
                    text::ADDED
                };
                status.set(Some(done.to_string()));
                self.finish(changing.map(|_| id));
            }
            Err(found) => {
                // An earlier "added" or "changed" is not left beside a
                // refusal (a removal's message stays, with its undo).
                status.update(|status| {
                    if matches!(status.as_deref(), Some(text::ADDED | text::CHANGED)) {
                        *status = None;
                    }
                });
                if found.iter().any(|problem| problem.entry_gone()) {
                    self.editing.set(None);
                    self.draft
                        .with_untracked(|draft| drafts::keep(self.draft_name, draft));
                }
                self.problems.set(found);
                self.focus_first_field();
            }
        }
    }

    fn cancel(self) {
        self.finish(self.editing.get_untracked());
    }

    /// The heading, the problems, the fields and the buttons.
    fn view(
        self,
        class: &'static str,
        headings: (&'static str, &'static str),
        buttons: (&'static str, &'static str),
        on_submit: impl Fn() + 'static,
        fields: AnyView,
    ) -> impl IntoView {
        // "edit-event" gives "event-problems" and "event-submit".
        let base = self.edit_button.trim_start_matches("edit-");
        let problems_id = format!("{base}-problems");
        let described_by = problems_id.clone();
        let submit_id = format!("{base}-submit");
        let editing = self.editing;
        let problems = self.problems;
        view! {
            <form
                class=class
                on:submit=move |event| {
                    event.prevent_default();
                    on_submit();
                }
                novalidate=true
                aria-describedby=move || { (!problems.with(Vec::is_empty)).then(|| described_by.clone()) }
            >
                <h3>{move || if editing.get().is_some() { headings.1 } else { headings.0 }}</h3>
                {move || problems_view(problems.get(), problems_id.clone())}
                {fields}
                <p class="actions">
                    <button type="submit" id=submit_id class="primary">
                        {move || if editing.get().is_some() { buttons.1 } else { buttons.0 }}
                    </button>
                    {move || {
                        editing
                            .get()
                            .is_some()
                            .then(|| {
                                view! {
                                    <button type="button" class="cancel-edit" on:click=move |_| self.cancel()>
                                        {text::CANCEL}
                                    </button>
                                }
                            })
                    }}
                </p>
            </form>
        }
    }
}

/// A labelled one-line text field bound to a part of the draft.
fn text_field<D>(
    form: DraftForm<D>,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    node_ref: Option<NodeRef<Input>>,
    get: fn(&D) -> String,
    set: fn(&mut D, String),
) -> impl IntoView
where
    D: Clone + Default + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let node_ref = node_ref.unwrap_or_default();
    view! {
        <Field id=id label=label>
            <input
                id=id
                type="text"
                dir="auto"
                autocomplete="off"
                aria-describedby=hint.map(|_| format!("{id}-hint"))
                node_ref=node_ref
                prop:value=move || form.draft.with(get)
                on:input=move |event| {
                    let value = event_target_value(&event);
                    form.change(&|draft: &mut D| set(draft, value.clone()));
                }
            />
            {hint
                .map(|hint| {
                    view! {
                        <p class="small" id=format!("{id}-hint")>
                            {hint}
                        </p>
                    }
                })}
        </Field>
    }
}

#[component]
fn EventForm(
    today: NaiveDate,
    editing: RwSignal<Option<u64>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let timeline = store::<Timeline>();
    let map = map_store();
    let form = DraftForm::new(EVENT_DRAFT, "edit-event", editing, |t: &Timeline, id| {
        t.events
            .iter()
            .find(|e| e.id == id)
            .map(LifeEventDraft::from_event)
    });
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
                    view! {
                        <Choice
                            kind=ChoiceKind::Checkbox
                            id=format!("timeline-person-{id}")
                            value=id.to_string()
                            checked=Signal::derive(move || { form.draft.with(|d| d.people.contains(&id)) })
                            on_change=move |on: bool| {
                                form.change(
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
    // The old "loss" is not offered; an event saved with it keeps it until
    // another kind is chosen.
    let kinds = LifeEventKind::CHOICES
        .into_iter()
        .map(|kind| {
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=format!("timeline-kind-{}", kind.id())
                    name="timeline-kind"
                    value=kind.id()
                    checked=Signal::derive(move || form.draft.with(|d| d.kind == Some(kind)))
                    on_change=move |_| form.change(&|d: &mut LifeEventDraft| d.kind = Some(kind))
                >
                    {text::kind_label(kind)}
                </Choice>
            }
        })
        .collect_view();
    let fields = view! {
        {text_field(
            form,
            "event-when",
            text::WHEN_LABEL,
            Some(text::WHEN_HINT),
            Some(form.first_field),
            |d| d.when.clone(),
            |d, v| d.when = v,
        )}
        {text_field(form, "event-what", text::WHAT_LABEL, None, None, |d| d.what.clone(), |d, v| d.what = v)}
        <ChoiceGroup class="field" legend=text::KIND_LEGEND>
            {kinds}
        </ChoiceGroup>
        <ChoiceGroup class="field people-choices" legend=text::PEOPLE_LEGEND>
            {people}
        </ChoiceGroup>
    }
    .into_any();
    let save = move || {
        form.submit(status, |changing, typed| match changing {
            Some(id) => timeline
                .update(|t| t.update_event(id, typed, today))
                .map(|()| id),
            None => timeline.update(|t| t.add_event(typed, today)),
        })
    };
    form.view(
        "timeline-event-form",
        (text::ADD_EVENT_HEADING, text::EDIT_EVENT_HEADING),
        (text::ADD_EVENT, text::SAVE),
        save,
        fields,
    )
}

#[component]
fn PeriodForm(
    today: NaiveDate,
    editing: RwSignal<Option<u64>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let timeline = store::<Timeline>();
    let form = DraftForm::new(PERIOD_DRAFT, "edit-period", editing, |t: &Timeline, id| {
        t.low_periods
            .iter()
            .find(|p| p.id == id)
            .map(LowPeriodDraft::from_period)
    });
    let lowness = Lowness::ALL
        .into_iter()
        .map(|level| {
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=format!("timeline-lowness-{}", level.id())
                    name="timeline-lowness"
                    value=level.id()
                    checked=Signal::derive(move || form.draft.with(|d| d.lowness == Some(level)))
                    on_change=move |_| { form.change(&|d: &mut LowPeriodDraft| d.lowness = Some(level)) }
                >
                    {text::lowness_label(level)}
                </Choice>
            }
        })
        .collect_view();
    let fields = view! {
        {text_field(
            form,
            "period-from",
            text::FROM_LABEL,
            None,
            Some(form.first_field),
            |d| d.from.clone(),
            |d, v| d.from = v,
        )}
        {text_field(form, "period-to", text::TO_LABEL, Some(text::WHEN_HINT), None, |d| d.to.clone(), |d, v| d.to = v)}
        <ChoiceGroup class="field" legend=text::LOWNESS_LEGEND>
            {lowness}
        </ChoiceGroup>
    }
    .into_any();
    let save = move || {
        form.submit(status, |changing, typed| match changing {
            Some(id) => timeline
                .update(|t| t.update_low_period(id, typed, today))
                .map(|()| id),
            None => timeline.update(|t| t.add_low_period(typed, today)),
        })
    };
    form.view(
        "timeline-period-form",
        (text::ADD_PERIOD_HEADING, text::EDIT_PERIOD_HEADING),
        (text::ADD_PERIOD, text::SAVE),
        save,
        fields,
    )
}

/// The top of the page, which does not depend on the date or the data.
#[component]
fn TimelineTop() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <p>{text::CLUE_NOT_CAUSE}</p>
    }
}

/// The page as the build renders it (`pages::lazy`): its top as drawn, then
/// a line where the timeline will be.
pub fn opening() -> impl IntoView {
    view! {
        <div class="timeline-page">
            <TimelineTop />
            <p class="small">{ui_text::OPENING_PAGE}</p>
        </div>
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
            Removed::Event(event) => t.put_back_event(event),
            Removed::Period(period) => t.put_back_low_period(period),
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
                                " · "{text::kind_label(event.kind)} {(!who.is_empty()).then(|| format!(" · {who}"))}
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
                    // One link per area the event points to: "Role transitions
                    // or Disputes" after a relationship ended.
                    let links = clue
                        .areas
                        .iter()
                        .enumerate()
                        .map(|(index, area)| {
                            let module = href(&routes::learn_path(area.module_slug()));
                            view! {
                                {(index > 0).then_some(text::OR)}
                                <a href=module>{crate::content::map_text::area_name(*area)}</a>
                            }
                        })
                        .collect_view();
                    Some(view! { <li>{sentence}" "{links}</li> })
                })
                .collect_view();
            view! { <ul class="timeline-clues">{items}</ul> }.into_any()
        })
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <div class="timeline-page">
            <TimelineTop />
            <p class="small no-print">{text::SAVED}</p>
            <section aria-labelledby="timeline-drawing-heading">
                <h2 id="timeline-drawing-heading">{text::DRAWING_HEADING}</h2>
                {move || {
                    timeline.data.with(Timeline::is_empty).then(|| view! { <p class="notice">{text::EMPTY}</p> })
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
