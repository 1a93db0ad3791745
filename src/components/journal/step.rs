//! This week's step on the journal's week ("One step I will try this
//! week"), and, when the week before set one, how it went. Every field
//! saves as the person types or chooses; "not this time" gets a kind note,
//! never a mark against them.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::choice::{Choice, ChoiceKind};
use crate::content::journal_text::area_label;
use crate::content::practice_text::step as text;
use crate::model::journal::{IsoWeek, Journal, StepDraft, StepOutcome, StepReview, WeeklyStep};
use crate::model::problem_area::ProblemArea;
use crate::stores::{journal_store, map_store};

fn current_draft(journal: &Journal, week: IsoWeek) -> StepDraft {
    journal
        .entry(week)
        .and_then(|entry| entry.step.as_ref())
        .map(|step| StepDraft {
            what: step.what.clone(),
            person: step.person,
            focus: step.focus,
        })
        .unwrap_or_default()
}

#[component]
pub fn WeeklySteps(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    view! {
        <StepReviewForm week=week />
        <StepForm week=week today=today />
    }
}

#[component]
fn StepForm(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    let initial = store
        .data
        .with_untracked(|journal| current_draft(journal, week));
    let save = move |change: &dyn Fn(&mut StepDraft)| {
        store.update(|journal| {
            let mut draft = current_draft(journal, week);
            change(&mut draft);
            let _ = journal.set_step(week, today, &draft);
        });
    };
    let person_options = move || {
        map.data.with(|map| {
            map.people
                .iter()
                .map(|person| {
                    let id = person.id.0;
                    view! {
                        <option value=id.to_string() selected=initial.person == Some(id)>
                            {person.name.clone()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let focus_options = ProblemArea::ALL
        .into_iter()
        .map(|area| {
            view! {
                <option value=area.module_slug() selected=initial.focus == Some(area)>
                    {area_label(area)}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="weekly-step" aria-labelledby="step-heading">
            <h3 id="step-heading">{text::HEADING}</h3>
            <p class="small">{text::INTRO}</p>
            <Field id="step-what" label=text::WHAT_LABEL>
                <input
                    id="step-what"
                    type="text"
                    dir="auto"
                    autocomplete="off"
                    prop:value=initial.what.clone()
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        save(&|draft: &mut StepDraft| draft.what = typed.clone());
                    }
                />
            </Field>
            <Field id="step-person" label=text::PERSON_LABEL>
                <select
                    id="step-person"
                    on:change=move |event| {
                        let person = event_target_value(&event).parse::<u64>().ok();
                        save(&|draft: &mut StepDraft| draft.person = person);
                    }
                >
                    <option value="" selected=initial.person.is_none()>
                        {text::NOBODY}
                    </option>
                    {person_options}
                </select>
            </Field>
            <Field id="step-focus" label=text::FOCUS_LABEL>
                <select
                    id="step-focus"
                    on:change=move |event| {
                        let focus = ProblemArea::from_module_slug(&event_target_value(&event));
                        save(&|draft: &mut StepDraft| draft.focus = focus);
                    }
                >
                    <option value="" selected=initial.focus.is_none()>
                        {text::NO_FOCUS}
                    </option>
                    {focus_options}
                </select>
            </Field>
        </section>
    }
}

#[component]
fn StepReviewForm(week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let to_review = store.data.with_untracked(|journal| {
        journal
            .step_to_review(week)
            .map(|(set_in, step)| (set_in, step.clone()))
    });
    to_review.map(|(set_in, step)| view! { <ReviewOf set_in=set_in step=step /> })
}

#[component]
fn ReviewOf(set_in: IsoWeek, step: WeeklyStep) -> impl IntoView {
    let store = journal_store();
    let outcome = RwSignal::new(step.review.as_ref().map(|review| review.outcome));
    let learned = step
        .review
        .as_ref()
        .map(|review| review.learned.clone())
        .unwrap_or_default();
    let learned_now = StoredValue::new(learned.clone());
    let save = move || {
        if let Some(chosen) = outcome.get_untracked() {
            store.update(|journal| {
                journal.review_step(
                    set_in,
                    StepReview {
                        outcome: chosen,
                        learned: learned_now.get_value(),
                    },
                )
            });
        }
    };
    let choices = StepOutcome::ALL
        .into_iter()
        .map(|choice| {
            let id = format!("step-outcome-{}", choice.id());
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=id
                    name="step-outcome"
                    value=choice.id()
                    checked=Signal::derive(move || outcome.get() == Some(choice))
                    on_change=move |_| {
                        outcome.set(Some(choice));
                        save();
                    }
                >
                    {text::outcome_label(choice)}
                </Choice>
            }
        })
        .collect_view();
    view! {
        <section class="step-review" aria-labelledby="step-review-heading">
            <h3 id="step-review-heading">{text::REVIEW_HEADING}</h3>
            <p class="user-text step-reviewed">{step.what.clone()}</p>
            <fieldset class="field">
                <legend>{text::REVIEW_LEGEND}</legend>
                {choices}
            </fieldset>
            {move || {
                (outcome.get() == Some(StepOutcome::NotThisTime))
                    .then(|| {
                        view! { <p class="notice not-this-time">{text::NOT_THIS_TIME_NOTE}</p> }
                    })
            }}
            {move || {
                let learned = learned.clone();
                outcome
                    .get()
                    .is_some()
                    .then(|| {
                        view! {
                            <Field id="step-learned" label=text::LEARNED_LABEL>
                                <textarea
                                    id="step-learned"
                                    rows="3"
                                    dir="auto"
                                    prop:value=learned.clone()
                                    on:input=move |event| {
                                        learned_now.set_value(event_target_value(&event));
                                        save();
                                    }
                                ></textarea>
                            </Field>
                        }
                    })
            }}
        </section>
    }
}
