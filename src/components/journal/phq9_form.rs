//! The optional PHQ-9, word for word (`content::phq9`), folded away unless
//! this week already has answers. Suggested gently every four weeks, never
//! required. The score is shown with its band and, in the same sentence
//! group, that it is a screening score and not a diagnosis.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::content::journal_text as text;
use crate::content::phq9::{
    band_label, ANSWER_OPTIONS, CREDIT, DIFFICULTY_OPTIONS, DIFFICULTY_QUESTION, ITEMS, STEM,
};
use crate::hosting::href;
use crate::model::journal::{Band, IsoWeek, Phq9Answers, ScoreAdvice};
use crate::routes::HELP;
use crate::stores::journal_store;

/// The line under a complete score (`model::journal::ScoreAdvice` decides
/// which): nothing below 10, a suggestion for 10 to 19, and from 20 a
/// firmer message with the link to /help.
fn advice_view(advice: ScoreAdvice) -> Option<AnyView> {
    let message = text::phq9_advice(advice)?;
    Some(match advice {
        ScoreAdvice::ContactDoctorSoon => view! {
            <p class="phq9-severe">
                <strong>{message}</strong>
            </p>
            <p>
                <a class="phq9-help-link" href=href(HELP)>
                    {text::PHQ9_SEVERE_HELP_LINK}
                </a>
            </p>
        }
        .into_any(),
        _ => view! { <p class="phq9-advice">{message}</p> }.into_any(),
    })
}

#[component]
pub fn Phq9Form(week: IsoWeek, today: NaiveDate, this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let answers = Memo::new(move |_| {
        store
            .data
            .with(|journal| journal.entry(week).and_then(|entry| entry.phq9.clone()))
    });
    // The gentle suggestion, only on this week's page: `None` when a
    // questionnaire was completed in the last four weeks.
    let suggestion = Memo::new(move |_| {
        if week != this_week {
            return None;
        }
        store.data.with(|journal| {
            journal.phq9_due(this_week).then(|| {
                let done_before = journal
                    .entries
                    .values()
                    .any(|entry| entry.phq9_score().is_some());
                if done_before {
                    text::PHQ9_DUE
                } else {
                    text::PHQ9_FIRST
                }
            })
        })
    });
    let open_at_start = answers.with_untracked(Option::is_some);

    let change = move |edit: &dyn Fn(&mut Phq9Answers)| {
        store.update(|journal| {
            let mut answers = journal
                .entry(week)
                .and_then(|entry| entry.phq9.clone())
                .unwrap_or_default();
            edit(&mut answers);
            let _ = journal.set_phq9(week, today, Some(answers));
        });
    };

    let items = ITEMS
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let choices = ANSWER_OPTIONS
                .iter()
                .enumerate()
                .map(|(value, label)| {
                    let value = value as u8;
                    let input_id = format!("phq9-item-{index}-{value}");
                    let checked = move || {
                        answers.with(|answers| {
                            answers.as_ref().and_then(|answers| answers.items[index]) == Some(value)
                        })
                    };
                    view! {
                        <Choice
                            kind=ChoiceKind::Radio
                            id=input_id
                            name=format!("phq9-item-{index}")
                            value=value.to_string()
                            checked=Signal::derive(checked)
                            on_change=move |_: bool| {
                                change(
                                    &|answers| {
                                        let _ = answers.set_item(index, Some(value));
                                    },
                                )
                            }
                        >
                            {*label}
                        </Choice>
                    }
                })
                .collect_view();
            view! {
                <ChoiceGroup class="question phq9-item" legend=format!("{}. {item}", index + 1) in_a_row=true>
                    {choices}
                </ChoiceGroup>
            }
        })
        .collect_view();

    let difficulty = DIFFICULTY_OPTIONS
        .iter()
        .enumerate()
        .map(|(value, label)| {
            let value = value as u8;
            let input_id = format!("phq9-difficulty-{value}");
            let checked = move || {
                answers.with(|answers| {
                    answers.as_ref().and_then(|answers| answers.difficulty) == Some(value)
                })
            };
            view! {
                <Choice
                    kind=ChoiceKind::Radio
                    id=input_id
                    name="phq9-difficulty"
                    value=value.to_string()
                    checked=Signal::derive(checked)
                    on_change=move |_: bool| {
                        change(
                            &|answers| {
                                let _ = answers.set_difficulty(Some(value));
                            },
                        )
                    }
                >
                    {*label}
                </Choice>
            }
        })
        .collect_view();

    let score = move || {
        answers.with(|answers| {
            let answers = answers.as_ref()?;
            Some(match answers.score() {
                Some(score) => {
                    let band = band_label(Band::from_score(score));
                    view! {
                        <p>
                            <strong class="phq9-total">{text::phq9_score(score, band)}</strong>
                            " "
                            {text::PHQ9_NOT_DIAGNOSIS}
                        </p>
                        {advice_view(ScoreAdvice::for_score(score))}
                    }
                    .into_any()
                }
                None => view! { <p>{text::phq9_answered(answers.answered_count())} " " {text::PHQ9_PARTIAL}</p> }
                .into_any(),
            })
        })
    };
    let clear = move || {
        answers.with(Option::is_some).then(|| {
            view! {
                <button
                    type="button"
                    class="phq9-clear"
                    on:click=move |_| {
                        store
                            .update(|journal| {
                                let _ = journal.set_phq9(week, today, None);
                            })
                    }
                >
                    {text::PHQ9_CLEAR}
                </button>
            }
        })
    };

    view! {
        <section class="phq9-section" aria-labelledby="journal-phq9-heading">
            <h3 id="journal-phq9-heading">{text::PHQ9_HEADING}</h3>
            <p class="small">{text::PHQ9_INTRO}</p>
            {move || suggestion.get().map(|line| view! { <p class="phq9-due">{line}</p> })}
            <details class="phq9" open=open_at_start>
                <summary>{text::PHQ9_SHOW}</summary>
                <p class="phq9-stem">
                    <strong>{STEM}</strong>
                </p>
                {items}
                <ChoiceGroup class="question phq9-difficulty" legend=DIFFICULTY_QUESTION in_a_row=true>
                    {difficulty}
                </ChoiceGroup>
                <p class="small phq9-credit">{CREDIT}</p>
                <div class="phq9-score" id="phq9-score" aria-live="polite">
                    {score}
                </div>
                {clear}
            </details>
        </section>
    }
}
