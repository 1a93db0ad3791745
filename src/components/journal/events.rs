//! The week's interpersonal events: the list (change, remove with undo) and
//! the form to add or change one. An event needs a few words; people come
//! from the relationship map, and a new name can be added to the map from
//! here. Until the form is sent, what was typed stays in the form.

use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::components::focus::{focus_selector, focus_selector_after_render};
use crate::components::journal::{map_people, person_name};
use crate::content::journal_text as text;
use crate::model::journal::{Event, EventError, EventInput, Feeling, IsoWeek};
use crate::model::problem_area::ProblemArea;
use crate::model::relationship_map::edit::{validate, FieldProblem, PersonDraft};
use crate::model::relationship_map::PersonId;
use crate::storage::drafts;
use crate::stores::{journal_store, map_store};

/// Up to this many people, the event form lists everyone on the map; with
/// more, the people ticked and a button to list everyone.
const PEOPLE_LISTED_AT_ONCE: usize = 24;

/// What the list row needs to know to redraw an event after a change.
type EventKey = (u64, String, Vec<u64>, Feeling, Option<ProblemArea>);

fn event_key(event: &Event) -> EventKey {
    (
        event.id,
        event.description.clone(),
        event.people.clone(),
        event.feeling,
        event.problem_area,
    )
}

fn input_of(event: &Event) -> EventInput {
    EventInput {
        description: event.description.clone(),
        people: event.people.clone(),
        feeling: event.feeling,
        problem_area: event.problem_area,
    }
}

fn focus_heading(heading: NodeRef<html::H3>) {
    if let Some(heading) = heading.get_untracked() {
        let _ = heading.focus();
    }
}

#[component]
pub fn Events(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    let store = journal_store();
    let status = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Event>);
    let heading = NodeRef::<html::H3>::new();
    let events = Memo::new(move |_| {
        store.data.with(|journal| {
            journal
                .entry(week)
                .map(|entry| entry.events.clone())
                .unwrap_or_default()
        })
    });
    let empty = move || events.with(Vec::is_empty);
    let undo = move |_| {
        let Some(event) = removed.get_untracked() else {
            return;
        };
        let outcome = store.update(|journal| journal.add_event(week, today, input_of(&event)));
        removed.set(None);
        if outcome.is_ok() {
            status.set(Some(text::EVENT_RESTORED.to_string()));
        }
        focus_heading(heading);
    };
    view! {
        <section class="events" aria-labelledby="journal-events-heading">
            <h3 id="journal-events-heading" tabindex="-1" node_ref=heading>
                {text::EVENTS_HEADING}
            </h3>
            <p class="small">{text::EVENTS_INTRO}</p>
            {move || empty().then(|| view! { <p class="no-events">{text::NO_EVENTS}</p> })}
            <ul class="event-list">
                <For
                    each=move || events.get()
                    key=event_key
                    children=move |event| {
                        view! {
                            <EventRow week=week today=today event=event status=status removed=removed heading=heading />
                        }
                    }
                />
            </ul>
            <div class="event-status">
                <p role="status">{move || status.get()}</p>
                {move || {
                    removed
                        .with(Option::is_some)
                        .then(|| {
                            view! {
                                <button type="button" class="event-undo" on:click=undo>
                                    {text::UNDO}
                                </button>
                            }
                        })
                }}
            </div>
            <EventForm
                week=week
                today=today
                editing=None
                status=status
                on_done=Callback::new(move |_: ()| removed.set(None))
            />
        </section>
    }
}

#[component]
fn EventRow(
    week: IsoWeek,
    today: NaiveDate,
    event: Event,
    status: RwSignal<Option<String>>,
    removed: RwSignal<Option<Event>>,
    heading: NodeRef<html::H3>,
) -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    let editing = RwSignal::new(false);
    let id = event.id;
    let view_event = event.clone();
    // Back to the "Change" button that opened the form. The row is drawn
    // anew (its key holds the words), so it is found by the event's id; if
    // the event is gone, the list's heading.
    let done_editing = Callback::new(move |_: ()| {
        editing.set(false);
        let opener = format!("li.event[data-event-id='{id}'] button.event-edit");
        request_animation_frame(move || {
            if !focus_selector(&opener) {
                focus_heading(heading);
            }
        });
    });
    let shown = move || {
        if editing.get() {
            return view! { <EventForm week=week today=today editing=Some(view_event.clone()) status=status on_done=done_editing /> }
            .into_any();
        }
        let event = view_event.clone();
        let people = {
            let ids = event.people.clone();
            move || {
                map.data.with(|map| {
                    ids.iter()
                        .map(|&id| person_name(map, id))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            }
        };
        let feeling_class = if event.feeling.is_hard() {
            "event-feeling hard"
        } else {
            "event-feeling"
        };
        let remove = move |_| {
            let taken = store.update(|journal| journal.remove_event(id).ok());
            if let Some(taken) = taken {
                removed.set(Some(taken));
                status.set(Some(text::EVENT_REMOVED.to_string()));
            }
            focus_heading(heading);
        };
        view! {
            <p class="event-description">{event.description.clone()}</p>
            <p class="event-meta">
                <span class=feeling_class>{text::FELT}" "{text::feeling_label(event.feeling)}</span>
                {(!event.people.is_empty())
                    .then(|| {
                        view! { <span class="event-people">{text::WITH}" "{people}</span> }
                    })}
                {event
                    .problem_area
                    .map(|area| {
                        view! { <span class="event-area">{text::AREA}" "{text::area_label(area)}</span> }
                    })}
            </p>
            <div class="event-actions">
                <button
                    type="button"
                    class="event-edit"
                    aria-label=text::edit_event_label(&event.description)
                    on:click=move |_| editing.set(true)
                >
                    {text::EDIT}
                </button>
                <button
                    type="button"
                    class="event-remove"
                    aria-label=text::remove_event_label(&event.description)
                    on:click=remove
                >
                    {text::REMOVE}
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <li class="event" data-event-id=id.to_string()>
            {shown}
        </li>
    }
}

/// The form to add an event (`editing` is `None`) or change one.
#[component]
fn EventForm(
    week: IsoWeek,
    today: NaiveDate,
    editing: Option<Event>,
    status: RwSignal<Option<String>>,
    on_done: Callback<()>,
) -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    let editing_id = editing.as_ref().map(|event| event.id);
    let prefix = match editing_id {
        Some(id) => format!("event-{id}"),
        None => "event-new".to_string(),
    };
    // A new event half written before a reload comes back as it was.
    let draft_name = format!("journal-event-{week}");
    let start = match &editing {
        Some(event) => input_of(event),
        None => drafts::read::<EventInput>(&draft_name).unwrap_or_default(),
    };
    // People in the event whom the map no longer has: listed so they can
    // be kept or unticked, named as someone removed.
    let removed_people: Vec<u64> = map.data.with_untracked(|map| {
        start
            .people
            .iter()
            .copied()
            .filter(|&id| map.person(PersonId(id)).is_none())
            .collect()
    });
    let removed_people_count = removed_people.len();
    let description = RwSignal::new(start.description.clone());
    let people = RwSignal::new(start.people.clone());
    let feeling = RwSignal::new(start.feeling);
    let area = RwSignal::new(start.problem_area);
    let new_name = RwSignal::new(String::new());
    let description_missing = RwSignal::new(false);
    let name_message = RwSignal::new(None::<(bool, String)>);
    let description_input = NodeRef::<html::Input>::new();
    if editing_id.is_none() {
        Effect::new(move |_| {
            let draft = EventInput {
                description: description.get(),
                people: people.get(),
                feeling: feeling.get(),
                problem_area: area.get(),
            };
            drafts::keep(&draft_name, &draft);
        });
    }

    let tick = move |id: u64| {
        people.update(|people| {
            if !people.contains(&id) {
                people.push(id);
            }
        })
    };
    let add_to_map = move || {
        let typed = new_name.get_untracked();
        let name = typed.trim().to_string();
        let draft = PersonDraft {
            name: name.clone(),
            ..PersonDraft::default()
        };
        let validation = map.data.with_untracked(|map| validate(&draft, map, None));
        // A name the map already has (the map's own rule: case and spaces
        // aside) ticks that person rather than adding a second one.
        if let Some(id) = validation.same_name_as() {
            let existing_name = map
                .data
                .with_untracked(|map| map.person(id).map(|person| person.name.clone()))
                .unwrap_or_default();
            tick(id.0);
            new_name.set(String::new());
            name_message.set(Some((false, text::already_on_map(&existing_name))));
            return;
        }
        if let Some(problem) = validation.problems.first() {
            let message = match problem {
                FieldProblem::NameTooLong { .. } => text::NAME_TOO_LONG,
                _ => text::NAME_MISSING,
            };
            name_message.set(Some((true, message.to_string())));
            return;
        }
        let added = map.update(|map| map.add_person(&draft).ok());
        if let Some(id) = added {
            tick(id.0);
            new_name.set(String::new());
            name_message.set(Some((false, text::added_to_map(&name))));
        }
    };

    // A refusal does not leave an earlier "added" or "saved" standing
    // beside it (a removal's message stays, with its undo).
    let clear_done = move || {
        status.update(|status| {
            if matches!(
                status.as_deref(),
                Some(text::EVENT_ADDED | text::EVENT_SAVED)
            ) {
                *status = None;
            }
        });
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let input = EventInput {
            description: description.get_untracked(),
            people: people.get_untracked(),
            feeling: feeling.get_untracked(),
            problem_area: area.get_untracked(),
        };
        if input.description.trim().is_empty() {
            clear_done();
            description_missing.set(true);
            if let Some(field) = description_input.get_untracked() {
                let _ = field.focus();
            }
            return;
        }
        let outcome = match editing_id {
            Some(id) => store.update(|journal| journal.update_event(id, input)),
            None => store.update(|journal| journal.add_event(week, today, input).map(|_| ())),
        };
        match outcome {
            Ok(()) => {
                description_missing.set(false);
                if editing_id.is_none() {
                    description.set(String::new());
                    people.set(Vec::new());
                    feeling.set(Feeling::default());
                    area.set(None);
                    name_message.set(None);
                }
                let message = if editing_id.is_some() {
                    text::EVENT_SAVED
                } else {
                    text::EVENT_ADDED
                };
                status.set(Some(message.to_string()));
                on_done.run(());
            }
            Err(EventError::EmptyDescription) => {
                clear_done();
                description_missing.set(true);
            }
            Err(EventError::NoSuchEvent(_)) => {
                status.set(Some(text::EVENT_GONE.to_string()));
                on_done.run(());
            }
            // The page never opens a week that has not started.
            Err(EventError::Week(_)) => status.set(Some(text::MOOD_WEEK_NOT_STARTED.to_string())),
        }
    };

    let description_id = format!("{prefix}-description");
    let description_error_id = format!("{prefix}-description-error");
    let new_person_id = format!("{prefix}-new-person");
    let new_person_message_id = format!("{prefix}-new-person-message");
    let area_id = format!("{prefix}-area");

    // A long map lists at first only the people ticked, with a button for
    // everyone: 150 checkboxes drawn each time the page opened made the
    // journal of a long map slow to open (issue 26).
    let listing_everyone = RwSignal::new(false);
    let person_count = move || map.data.with(|map| map.people.len()) + removed_people_count;
    let is_long = move || person_count() > PEOPLE_LISTED_AT_ONCE;
    let person_choices = {
        let prefix = prefix.clone();
        move || {
            let mut choices = map.data.with(map_people);
            choices.extend(
                removed_people
                    .iter()
                    .map(|&id| (id, text::REMOVED_PERSON.to_string())),
            );
            if choices.is_empty() {
                return view! { <p class="small">{text::NO_PEOPLE_ON_MAP}</p> }.into_any();
            }
            if choices.len() > PEOPLE_LISTED_AT_ONCE && !listing_everyone.get() {
                let ticked = people.get();
                choices.retain(|(id, _)| ticked.contains(id));
            }
            choices
                .into_iter()
                .map(|(id, name)| {
                    let input_id = format!("{prefix}-person-{id}");
                    view! {
                        <Choice
                            kind=ChoiceKind::Checkbox
                            id=input_id
                            value=id.to_string()
                            checked=Signal::derive(move || { people.with(|people| people.contains(&id)) })
                            on_change=move |on: bool| {
                                if on {
                                    tick(id);
                                } else {
                                    people.update(|people| people.retain(|&p| p != id));
                                }
                            }
                        >
                            {name}
                        </Choice>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    let list_everyone = move || {
        is_long().then(|| {
            view! {
                <button
                    type="button"
                    class="list-everyone"
                    aria-expanded=move || listing_everyone.get().to_string()
                    on:click=move |_| listing_everyone.update(|on| *on = !*on)
                >
                    {move || {
                        if listing_everyone.get() {
                            text::LIST_TICKED_PEOPLE.to_string()
                        } else {
                            text::list_everyone(person_count())
                        }
                    }}
                </button>
            }
        })
    };

    let feelings = Feeling::ALL
        .into_iter()
        .map(|choice| {
            let input_id = format!("{prefix}-feeling-{}", choice.code());
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=input_id
                    name=format!("{prefix}-feeling")
                    value=choice.code()
                    checked=Signal::derive(move || feeling.get() == choice)
                    on_change=move |_: bool| feeling.set(choice)
                >
                    {text::feeling_label(choice)}
                </Choice>
            }
        })
        .collect_view();

    let areas = ProblemArea::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <option value=choice.module_slug() prop:selected=move || area.get() == Some(choice)>
                    {text::area_label(choice)}
                </option>
            }
        })
        .collect_view();

    if editing_id.is_some() {
        // Opened by the event's "Change" button: the focus moves to the
        // words. (The add form is always there and takes no focus.)
        focus_selector_after_render(format!("#{description_id}"));
    }
    let heading = if editing_id.is_some() {
        text::EDIT_EVENT_HEADING
    } else {
        text::ADD_EVENT_HEADING
    };
    let heading_id = format!("{prefix}-form-heading");
    let labelled_by = heading_id.clone();
    let cancel = editing_id.map(|_| {
        view! {
            <button type="button" class="event-cancel" on:click=move |_| on_done.run(())>
                {text::CANCEL}
            </button>
        }
    });
    let submit_label = if editing_id.is_some() {
        text::SAVE_EVENT
    } else {
        text::ADD_EVENT
    };

    view! {
        <form class="event-form" id=format!("{prefix}-form") novalidate aria-labelledby=labelled_by on:submit=submit>
            <h4 id=heading_id>{heading}</h4>
            <Field id=description_id.clone() label=text::DESCRIPTION_LABEL>
                <input
                    type="text"
                    id=description_id
                    node_ref=description_input
                    autocomplete="off"
                    aria-describedby=description_error_id.clone()
                    aria-invalid=move || description_missing.get().to_string()
                    prop:value=move || description.get()
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        if !typed.trim().is_empty() {
                            description_missing.set(false);
                        }
                        description.set(typed);
                    }
                />
                <p class="field-error" id=description_error_id aria-live="polite">
                    {move || description_missing.get().then_some(text::DESCRIPTION_MISSING)}
                </p>
            </Field>
            <fieldset class="field people-choices">
                <legend>{text::PEOPLE_LEGEND}</legend>
                <div class="answers">{person_choices}</div>
                {list_everyone}
                <div class="new-person">
                    <label for=new_person_id.clone()>{text::NEW_PERSON_LABEL}</label>
                    <div class="new-person-row">
                        <input
                            type="text"
                            id=new_person_id
                            autocomplete="off"
                            aria-describedby=new_person_message_id.clone()
                            prop:value=move || new_name.get()
                            on:input=move |event| new_name.set(event_target_value(&event))
                            // Enter adds the name, rather than sending the
                            // whole event form half-filled.
                            on:keydown=move |event: leptos::ev::KeyboardEvent| {
                                if event.key() == "Enter" {
                                    event.prevent_default();
                                    add_to_map();
                                }
                            }
                        />
                        <button type="button" class="add-person" on:click=move |_| add_to_map()>
                            {text::ADD_TO_MAP}
                        </button>
                    </div>
                    <p
                        id=new_person_message_id
                        aria-live="polite"
                        class=move || {
                            if name_message.with(|m| m.as_ref().is_some_and(|(error, _)| *error)) {
                                "field-error"
                            } else {
                                "small"
                            }
                        }
                    >
                        {move || name_message.get().map(|(_, message)| message)}
                    </p>
                </div>
            </fieldset>
            <ChoiceGroup class="field" legend=text::FEELING_LEGEND in_a_row=true>
                {feelings}
            </ChoiceGroup>
            <Field id=area_id.clone() label=text::AREA_LABEL>
                <select
                    id=area_id
                    on:change=move |event| {
                        area.set(ProblemArea::from_module_slug(&event_target_value(&event)));
                    }
                >
                    <option value="" prop:selected=move || area.get().is_none()>
                        {text::AREA_NONE}
                    </option>
                    {areas}
                </select>
            </Field>
            <div class="button-row">
                <button type="submit" class="event-submit">
                    {submit_label}
                </button>
                {cancel}
            </div>
        </form>
    }
}
