//! `/learn/which-area`: the problem-area self-check. Answers are saved on
//! the device as they are given; the result updates at once.

use leptos::prelude::*;

use crate::components::page_top::PageTop;

use crate::components::choice::{Choice, ChoiceGroup, ChoiceKind};
use crate::components::practice::TimelineClue;
use crate::content::module_by_slug;
use crate::content::self_check::{self as text, ANSWER_LABELS, SELF_CHECK_QUESTIONS};
use crate::content::ui_text::{self, learn};
use crate::hosting::href;
use crate::model::problem_area::ProblemArea;
use crate::model::self_check::{evaluate, Outcome};
use crate::routes;
use crate::stores::learn_store;

#[component]
pub fn SelfCheckPage() -> impl IntoView {
    let store = learn_store();
    let questions = SELF_CHECK_QUESTIONS
        .iter()
        .enumerate()
        .map(|(number, question)| {
            let choices = ANSWER_LABELS
                .iter()
                .map(|(answer, label)| {
                    let answer = *answer;
                    let input_id = format!("self-check-{}-{}", question.id, answer.id());
                    let checked = move || {
                        store
                            .data
                            .with(|progress| progress.self_check.get(question.id) == Some(&answer))
                    };
                    view! {
                        <Choice
                            kind=ChoiceKind::Radio
                            id=input_id
                            name=format!("self-check-{}", question.id)
                            checked=Signal::derive(checked)
                            on_change=move |_: bool| {
                                store
                                    .update(|progress| {
                                        progress.self_check.insert(question.id.to_string(), answer);
                                    })
                            }
                        >
                            {*label}
                        </Choice>
                    }
                })
                .collect_view();
            view! {
                <ChoiceGroup class="question" legend=format!("{}. {}", number + 1, question.text) in_a_row=true>
                    {choices}
                </ChoiceGroup>
            }
        })
        .collect_view();

    let outcome = Memo::new(move |_| {
        store.data.with(|progress| {
            let answers: Vec<_> = SELF_CHECK_QUESTIONS
                .iter()
                .map(|question| (question.area, progress.self_check.get(question.id).copied()))
                .collect();
            evaluate(&answers).0
        })
    });
    let focus = move || store.data.with(|progress| progress.focus_area);
    let area_result = move |area: ProblemArea| {
        let module = module_by_slug(area.module_slug()).expect("every area has a module");
        let is_focus = move || focus() == Some(area);
        view! {
            <li class="area-result">
                <a class="go-link" href=href(&routes::learn_path(module.slug))>
                    {module.title}
                </a>
                <p>{text::why(area)}</p>
                {text::safety_caveat(area)
                    .map(|caveat| {
                        view! {
                            <p class="area-caveat">
                                {caveat}" "<a href=href(routes::ABUSE_LINES)>{text::SAFETY_LINK}</a>
                            </p>
                        }
                    })}
                <button
                    type="button"
                    aria-pressed=move || is_focus().to_string()
                    on:click=move |_| store.update(|progress| progress.focus_area = Some(area))
                >
                    {text::SET_AS_FOCUS}
                </button>
                {move || is_focus().then(|| view! { <p class="small">{text::FOCUS_SAVED}</p> })}
            </li>
        }
    };
    let result = move || {
        match outcome.get() {
        Outcome::NotEnoughAnswers => view! { <p>{text::NOT_ENOUGH_ANSWERS}</p> }.into_any(),
        Outcome::NoClearFit => view! { <p>{text::NO_CLEAR_FIT}</p> }.into_any(),
        Outcome::Fits(areas) => view! { <ul class="area-results">{areas.into_iter().map(area_result).collect_view()}</ul> }
        .into_any(),
    }
    };

    view! {
        <PageTop title=text::TITLE lead=text::INTRO />
        <p class="notice">{text::NOT_A_DIAGNOSIS}</p>
        <form class="self-check" on:submit=|event| event.prevent_default()>
            {questions}
        </form>
        <section aria-labelledby="result" class="result">
            <h2 id="result">{learn::SELF_CHECK_RESULT}</h2>
            <div role="status">{result}</div>
            <TimelineClue />
            <p class="small">{text::NOT_A_DIAGNOSIS}</p>
            <p class="self-help-limits">
                {text::SELF_HELP_LIMITS}" " <a href=href(routes::SELF_HELP_LIMITS)>{ui_text::SELF_HELP_LIMITS_LINK}</a>
            </p>
        </section>
        <p>
            <a class="go-link" href=href(routes::LEARN)>
                {learn::ALL_MODULES}
            </a>
        </p>
    }
}
