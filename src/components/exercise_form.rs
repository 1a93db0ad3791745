//! One exercise as a small form that saves on the device as the person
//! types. What they type is only ever shown as text (values, not HTML).

use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::components::people_picker::PeoplePicker;
use crate::components::practice::MakeStepButton;
use crate::content::exercise_shape::chosen_option;
use crate::content::exercises::{Exercise, FieldKind};
use crate::content::ui_text::progress as text;
use crate::model::learn_progress::LearnProgress;
use crate::storage::area_store::AreaStore;

#[component]
pub fn ExerciseForm(exercise: &'static Exercise, store: AreaStore<LearnProgress>) -> impl IntoView {
    let exercise_id = exercise.id;
    let fields = exercise
        .fields
        .iter()
        .map(|field| {
            let field_id = field.id;
            let element_id = format!("exercise-{exercise_id}-{field_id}");
            // The starting value only: setting `value` while someone types
            // would move their cursor.
            let initial = store
                .data
                .with_untracked(|progress| progress.answer(exercise_id, field_id).to_string());
            match field.kind {
                FieldKind::Text => {
                    let textarea_ref = NodeRef::<leptos::html::Textarea>::new();
                    let save = move |typed: String| {
                        store.update(|progress| progress.set_answer(exercise_id, field_id, &typed));
                    };
                    let picker = (exercise.person_field == Some(field_id)).then(|| {
                        view! { <PeoplePicker textarea=textarea_ref on_change=save /> }
                    });
                    view! {
                        <Field id=element_id.clone() label=field.label>
                            <textarea
                                id=element_id
                                node_ref=textarea_ref
                                rows="3"
                                dir="auto"
                                prop:value=initial
                                on:input=move |event| save(event_target_value(&event))
                            ></textarea>
                            {picker}
                        </Field>
                    }
                    .into_any()
                }
                FieldKind::Choice(options) => {
                    // The option's id is stored; an answer stored before
                    // as the option's words is still found (`chosen_option`).
                    let chosen = chosen_option(options, &initial).map(|option| option.id);
                    let choices = options
                        .iter()
                        .enumerate()
                        .map(|(index, option)| {
                            let option_id = format!("{element_id}-{index}");
                            let checked = chosen == Some(option.id);
                            view! {
                                <Choice
                                    kind=ChoiceKind::Radio
                                    id=option_id
                                    name=element_id.clone()
                                    value=option.id
                                    checked=Signal::stored(checked)
                                    on_change=move |_: bool| {
                                        store
                                            .update(|progress| {
                                                progress.set_answer(exercise_id, field_id, option.id)
                                            });
                                    }
                                >
                                    {option.label}
                                </Choice>
                            }
                        })
                        .collect_view();
                    view! {
                        <ChoiceGroup class="field" legend=field.label>
                            {choices}
                        </ChoiceGroup>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    let done_id = format!("exercise-{exercise_id}-done");
    let done = move || store.data.with(|progress| progress.is_done(exercise_id));
    view! {
        <section class="exercise" aria-labelledby=format!("exercise-{exercise_id}")>
            <h3 id=format!("exercise-{exercise_id}")>{exercise.title}</h3>
            <p>{exercise.intro}</p>
            <p class="small">{text::SAVED_AS_YOU_TYPE}</p>
            {fields}
            <MakeStepButton exercise=exercise store=store />
            <Choice
                kind=ChoiceKind::Checkbox
                id=done_id
                checked=Signal::derive(done)
                on_change=move |checked: bool| { store.update(|progress| progress.set_done(exercise_id, checked)) }
            >
                {text::EXERCISE_DONE}
            </Choice>
        </section>
    }
}
