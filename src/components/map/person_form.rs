//! Add or edit a person. The draft keeps every field as typed; problems are
//! shown next to their field and nothing is thrown away.

use leptos::prelude::*;

use crate::components::field::Field;
use wasm_bindgen::JsCast;

use super::{Editor, MapState};
use crate::components::focus::focus_selector_after_render;
use crate::content::map_text as text;
use crate::model::problem_area::ProblemArea;
use crate::model::relationship_map::edit::{validate, FieldProblem, FieldWarning, PersonDraft};
use crate::model::relationship_map::{DisputeStage, Relationship, RelationshipKind, Ring};

/// What a rating holds when the browser could not read the number typed:
/// Firefox and Safari let letters into a number field (and every engine
/// "2e") and then report its value as empty, which would read as 0. The
/// model refuses this text, so the field's problem shows instead.
const NOT_A_NUMBER: &str = "not a number";

type ReadDraft = fn(&PersonDraft) -> String;
type WriteDraft = fn(&mut PersonDraft, String);

/// The inventory's free-text fields, in the form's order: (id, label, read,
/// write). A table, so it is laid out as one.
#[rustfmt::skip]
const WORDS_FIELDS: [(&str, &str, ReadDraft, WriteDraft); 5] = [
    ("person-good", text::FIELD_GOOD, |d| d.good.clone(), |d, v| d.good = v),
    ("person-hard", text::FIELD_HARD, |d| d.hard.clone(), |d, v| d.hard = v),
    ("person-my-expectations", text::FIELD_MY_EXPECTATIONS, |d| d.my_expectations.clone(), |d, v| d.my_expectations = v),
    ("person-their-expectations", text::FIELD_THEIR_EXPECTATIONS, |d| d.their_expectations.clone(), |d, v| d.their_expectations = v),
    ("person-change", text::FIELD_CHANGE, |d| d.change.clone(), |d, v| d.change = v),
];

#[component]
pub fn PersonForm(state: MapState) -> impl IntoView {
    let editor = state.editor;
    let draft = move || editor.with(|e| e.as_ref().map(|e| e.draft.clone()).unwrap_or_default());
    // Starting values, read without tracking: the form is drawn once per
    // opening, not once per keystroke (which would steal the focus).
    let draft_untracked =
        move || editor.with_untracked(|e| e.as_ref().map(|e| e.draft.clone()).unwrap_or_default());
    let opened_for = Memo::new(move |_| editor.with(|e| e.as_ref().map(|e| e.editing)));
    let update = move |change: Box<dyn FnOnce(&mut PersonDraft)>| {
        editor.update(|e| {
            if let Some(e) = e {
                change(&mut e.draft);
                // Warnings (a duplicate name) show while typing; problems
                // wait for "Save", so nobody is scolded mid-word.
                let editing = e.editing;
                e.warnings = state
                    .store
                    .data
                    .with_untracked(|map| validate(&e.draft, map, editing).warnings);
            }
        })
    };
    let problem_for = move |field: &'static str| {
        move || {
            editor.with(|e| {
                e.as_ref().and_then(|e| {
                    e.problems
                        .iter()
                        .find(|problem| problem.field() == field)
                        .map(|problem| text::problem_message(*problem))
                })
            })
        }
    };
    let has_warning = move || {
        editor.with(|e| {
            e.as_ref().is_some_and(|e| {
                e.warnings
                    .iter()
                    .any(|w| matches!(w, FieldWarning::DuplicateName { .. }))
            })
        })
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(current) = editor.get_untracked() else {
            return;
        };
        let Editor { editing, draft, .. } = current;
        let mut outcome: Result<_, Vec<FieldProblem>> = Ok(None);
        let changed = state.edit(|map| match editing {
            Some(id) => match map.update_person(id, &draft) {
                Ok(()) => {
                    outcome = Ok(Some(id));
                    true
                }
                Err(problems) => {
                    outcome = Err(problems);
                    false
                }
            },
            None => match map.add_person(&draft) {
                Ok(id) => {
                    outcome = Ok(Some(id));
                    true
                }
                Err(problems) => {
                    outcome = Err(problems);
                    false
                }
            },
        });
        match outcome {
            Ok(id) => {
                state.close_editor();
                if changed || id.is_some() {
                    state.selected.set(id);
                }
                if let Some(person) =
                    id.and_then(|id| state.store.data.with_untracked(|m| m.person(id).cloned()))
                {
                    state.announcement.set(format!(
                        "{}: {}",
                        person.name,
                        text::ring_name(person.ring)
                    ));
                }
            }
            Err(problems) => {
                // Someone removed while being changed can only be added
                // again: the form goes on as the add form, with the draft.
                let gone = problems.contains(&FieldProblem::UnknownPerson);
                editor.update(|e| {
                    if let Some(e) = e {
                        e.problems = problems;
                        if gone {
                            e.editing = None;
                        }
                    }
                });
                if let Some(input) = crate::browser::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("person-name"))
                {
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }
    };

    let text_field = move |id: &'static str,
                           label: &'static str,
                           read: fn(&PersonDraft) -> String,
                           write: fn(&mut PersonDraft, String)| {
        let initial = read(&draft_untracked());
        view! {
            <Field id=id label=label>
                <textarea
                    id=id
                    rows="2"
                    prop:value=initial
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        update(Box::new(move |d| write(d, value)));
                    }
                ></textarea>
            </Field>
        }
    };

    // Support and conflict: a whole number from 0 to 4, with its problem.
    let rating_field = move |id: &'static str,
                             label: &'static str,
                             field: &'static str,
                             read: fn(&PersonDraft) -> String,
                             write: fn(&mut PersonDraft, String)| {
        let initial = read(&draft_untracked());
        let problem = problem_for(field);
        let problem_id = format!("{id}-problem");
        view! {
            <Field id=id label=label>
                <input
                    id=id
                    type="number"
                    min="0"
                    max="4"
                    step="1"
                    inputmode="numeric"
                    prop:value=initial
                    aria-invalid=move || problem().is_some().to_string()
                    aria-describedby=problem_id.clone()
                    on:input=move |event| {
                        let input = event_target::<web_sys::HtmlInputElement>(&event);
                        let value = if input.validity().bad_input() { NOT_A_NUMBER.to_string() } else { input.value() };
                        update(Box::new(move |d| write(d, value)));
                    }
                />
                <p id=problem_id class="field-problem">
                    {problem}
                </p>
            </Field>
        }
    };

    move || {
        opened_for.get().map(|_| {
            let initial = draft_untracked();
            let heading =
                if editor.with_untracked(|e| e.as_ref().is_some_and(|e| e.editing.is_some())) {
                    text::FORM_EDIT_HEADING
                } else {
                    text::FORM_ADD_HEADING
                };
            let name_problem = problem_for("name");
            let other_words = match &initial.relationship {
                Relationship::Other(words) => words.clone(),
                _ => String::new(),
            };
            let is_other = move || matches!(draft().relationship, Relationship::Other(_));
            let is_dispute = move || draft().problem_area == Some(ProblemArea::Disputes);
            // Drawn once per opening: the focus moves to the first field.
            focus_selector_after_render("#person-name".to_string());
            view! {
                <form class="person-form" aria-labelledby="person-form-heading" on:submit=save novalidate>
                    <h2 id="person-form-heading">{heading}</h2>
                    {move || {
                        editor
                            .with(|e| e.as_ref().is_some_and(|e| !e.problems.is_empty()))
                            .then(|| {
                                let gone = editor
                                    .with(|e| {
                                        e.as_ref().is_some_and(|e| e.problems.contains(&FieldProblem::UnknownPerson))
                                    });
                                let message = if gone {
                                    format!(
                                        "{} {}",
                                        text::problem_message(FieldProblem::UnknownPerson),
                                        text::SAVE_ADDS_AGAIN,
                                    )
                                } else {
                                    text::FIX_BEFORE_SAVING.to_string()
                                };
                                view! {
                                    <p class="form-problem" role="alert">
                                        {message}
                                    </p>
                                }
                            })
                    }}
                    <Field id="person-name" label=text::FIELD_NAME>
                        <input
                            id="person-name"
                            type="text"
                            autocomplete="off"
                            dir="auto"
                            prop:value=initial.name.clone()
                            aria-invalid=move || name_problem().is_some().to_string()
                            aria-describedby="person-name-problem person-name-warning"
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                update(Box::new(move |d| d.name = value));
                            }
                        />
                        <p id="person-name-problem" class="field-problem">
                            {name_problem}
                        </p>
                        <p id="person-name-warning" class="field-warning">
                            {move || has_warning().then_some(text::DUPLICATE_NAME)}
                        </p>
                    </Field>
                    <Field id="person-relationship" label=text::FIELD_RELATIONSHIP>
                        <select
                            id="person-relationship"
                            on:change=move |event| {
                                let kind = RelationshipKind::from_id(&event_target_value(&event))
                                    .unwrap_or(RelationshipKind::Other);
                                update(
                                    Box::new(move |d| {
                                        let words = match &d.relationship {
                                            Relationship::Other(w) => w.clone(),
                                            _ => String::new(),
                                        };
                                        d.relationship = Relationship::of_kind(kind, &words);
                                    }),
                                );
                            }
                        >
                            {RelationshipKind::ALL
                                .into_iter()
                                .map(|kind| {
                                    view! {
                                        <option value=kind.id() selected=initial.relationship.kind() == kind>
                                            {text::relationship_kind_name(kind)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </Field>
                    <div class="field" class:hidden=move || !is_other()>
                        <label for="person-relationship-other">{text::FIELD_RELATIONSHIP_OTHER}</label>
                        <input
                            id="person-relationship-other"
                            type="text"
                            dir="auto"
                            prop:value=other_words
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                update(Box::new(move |d| d.relationship = Relationship::Other(value)));
                            }
                        />
                    </div>
                    <Field id="person-ring" label=text::FIELD_RING>
                        <select
                            id="person-ring"
                            on:change=move |event| {
                                let ring = Ring::from_id(&event_target_value(&event)).unwrap_or(Ring::Close);
                                update(Box::new(move |d| d.ring = ring));
                            }
                        >
                            {Ring::ALL
                                .into_iter()
                                .map(|ring| {
                                    view! {
                                        <option value=ring.id() selected=initial.ring == ring>
                                            {text::ring_name(ring)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </Field>
                    {text_field(
                        "person-contact",
                        text::FIELD_CONTACT,
                        |d| d.contact_frequency.clone(),
                        |d, v| d.contact_frequency = v,
                    )}
                    {rating_field(
                        "person-support",
                        text::FIELD_SUPPORT,
                        "support",
                        |d| d.support.clone(),
                        |d, v| d.support = v,
                    )}
                    {rating_field(
                        "person-conflict",
                        text::FIELD_CONFLICT,
                        "conflict",
                        |d| d.conflict.clone(),
                        |d, v| d.conflict = v,
                    )}
                    {WORDS_FIELDS
                        .into_iter()
                        .map(|(id, label, read, write)| text_field(id, label, read, write))
                        .collect_view()}
                    <Field id="person-area" label=text::FIELD_AREA>
                        <select
                            id="person-area"
                            on:change=move |event| {
                                let value = event_target_value(&event);
                                let area = ProblemArea::ALL.into_iter().find(|a| a.module_slug() == value);
                                update(Box::new(move |d| d.problem_area = area));
                            }
                        >
                            <option value="" selected=initial.problem_area.is_none()>
                                {text::NONE}
                            </option>
                            {ProblemArea::ALL
                                .iter()
                                .map(|area| {
                                    view! {
                                        <option value=area.module_slug() selected=initial.problem_area == Some(*area)>
                                            {text::area_name(*area)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </Field>
                    <div class="field" class:hidden=move || !is_dispute()>
                        <label for="person-stage">{text::FIELD_STAGE}</label>
                        <select
                            id="person-stage"
                            on:change=move |event| {
                                let stage = DisputeStage::from_id(&event_target_value(&event));
                                update(Box::new(move |d| d.dispute_stage = stage));
                            }
                        >
                            <option value="" selected=initial.dispute_stage.is_none()>
                                {text::NONE}
                            </option>
                            {DisputeStage::ALL
                                .into_iter()
                                .map(|stage| {
                                    view! {
                                        <option value=stage.id() selected=initial.dispute_stage == Some(stage)>
                                            {text::stage_name(stage)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <p class="actions">
                        <button type="submit" class="primary">
                            {text::SAVE}
                        </button>
                        <button type="button" on:click=move |_| state.close_editor()>
                            {text::CANCEL}
                        </button>
                    </p>
                </form>
            }
        })
    }
}
