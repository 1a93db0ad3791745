//! `/`: a welcome on the first visit, then the person's own path through
//! IPT, in the order the therapy runs, with one clear next step.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::clock::local_today;
use crate::components::journal::check_in_banner::CheckInBanner;
use crate::components::journal::progress_notice::ProgressNotice;
use crate::components::practice::{RecentSteps, TimelineClue};
use crate::content::exercises::exercises_for;
use crate::content::map_text;
use crate::content::ui_text::{self, home as text};
use crate::hosting::href;
use crate::model::journal::insights::{journal_weeks, phase, Phase};
use crate::model::journal::IsoWeek;
use crate::model::journal::Journal;
use crate::model::path::{
    focus_module, next_basics_module, step_state, PathInputs, Step, StepState, ENDING_MODULE,
};
use crate::model::relationship_map::RelationshipMap;
use crate::pages::lazy::stored_parts;
use crate::routes;
use crate::storage::area_is_stored;
use crate::storage::areas::Area;
use crate::stores::{journal_store, learn_store, map_store, settings_store};

fn step_title(step: Step) -> &'static str {
    match step {
        Step::LearnBasics => text::STEP_LEARN,
        Step::BuildMap => text::STEP_MAP,
        Step::FindFocus => text::STEP_FOCUS,
        Step::WeeklyCheckIns => text::STEP_CHECK_INS,
        Step::PractiseSkills => text::STEP_PRACTISE,
        Step::FinishWell => text::STEP_FINISH,
    }
}

fn state_words(state: StepState) -> &'static str {
    match state {
        StepState::NotStarted => text::NOT_STARTED,
        StepState::InProgress => text::IN_PROGRESS,
        StepState::Done => text::DONE,
    }
}

fn phase_words(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => text::PHASE_INITIAL,
        Phase::Middle => text::PHASE_MIDDLE,
        Phase::Final => text::PHASE_FINAL,
        Phase::Beyond => text::PHASE_BEYOND,
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let settings = settings_store();
    let learn = learn_store();
    // The map and the journal are not read here: whether they hold
    // anything is whether they are stored (the dashboard reads them, in
    // its own chunk), so a first visit's main module has none of their code.
    let has_data = move || {
        learn.data.with(|l| l != &Default::default())
            || area_is_stored(RelationshipMap::NAME)
            || area_is_stored(Journal::NAME)
    };
    let show_welcome = Memo::new(move |_| !settings.data.with(|s| s.welcomed) && !has_data());
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        {move || {
            if show_welcome.get() {
                view! { <Welcome /> }.into_any()
            } else {
                Suspend::new(async move { (stored_parts().await.dashboard)() }).into_any()
            }
        }}
    }
}

/// The returning person's path, split out of the main module with the
/// stores it reads (the map's, the journal's, the timeline's):
/// `pages::lazy::StoredParts`.
pub(crate) fn dashboard() -> AnyView {
    view! { <Dashboard /> }.into_any()
}

#[component]
fn Welcome() -> impl IntoView {
    let settings = settings_store();
    view! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{text::HEADING}</h1>
            <p class="lead">{text::INTRO}</p>
            <p>{text::NOT_THERAPY}</p>
            <p>{text::PRIVATE}</p>
            <p class="self-help-limits">
                {text::SELF_HELP_LIMITS}" " <a href=href(routes::SELF_HELP_LIMITS)>{ui_text::SELF_HELP_LIMITS_LINK}</a>
            </p>
            <p>
                <button type="button" class="primary start" on:click=move |_| settings.update(|s| s.welcomed = true)>
                    {text::START}
                </button>
            </p>
        </section>
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let (learn, map, journal) = (learn_store(), map_store(), journal_store());
    let this_week = IsoWeek::from_date(local_today());
    let states = Memo::new(move |_| {
        learn.data.with(|learn| {
            journal.data.with(|journal| {
                let focus_exercises: Vec<&str> = focus_module(learn)
                    .map(|slug| exercises_for(slug).map(|e| e.id).collect())
                    .unwrap_or_default();
                let inputs = PathInputs {
                    learn,
                    people_on_map: map.data.with(|m| m.people.len()),
                    journal,
                    this_week,
                    focus_exercises: &focus_exercises,
                };
                Step::ALL.map(|step| (step, step_state(step, &inputs)))
            })
        })
    });
    let next = move || {
        states.with(|all| {
            all.iter()
                .find(|(_, s)| *s != StepState::Done)
                .map(|(step, _)| *step)
        })
    };

    // The one action for each step, as a link.
    let action = move |step: Step| -> (String, &'static str) {
        match step {
            Step::LearnBasics => match learn.data.with(next_basics_module) {
                Some(slug) => (routes::learn_path(slug), text::ACTION_LEARN),
                None => (routes::LEARN.to_string(), text::ACTION_LEARN_DONE),
            },
            Step::BuildMap => (routes::MAP.to_string(), text::ACTION_MAP),
            Step::FindFocus => (
                routes::learn_path(routes::SELF_CHECK_SLUG),
                text::ACTION_FOCUS,
            ),
            Step::WeeklyCheckIns => (routes::JOURNAL.to_string(), text::ACTION_CHECK_IN),
            Step::PractiseSkills => match learn.data.with(focus_module) {
                Some(slug) => (routes::learn_path(slug), text::ACTION_PRACTISE),
                None => (
                    routes::learn_path(routes::SELF_CHECK_SLUG),
                    text::ACTION_PRACTISE_NO_FOCUS,
                ),
            },
            Step::FinishWell => (routes::learn_path(ENDING_MODULE), text::ACTION_FINISH),
        }
    };
    let detail = move |step: Step| -> Option<AnyView> {
        match step {
            Step::BuildMap => {
                let count = map.data.with(|m| m.people.len());
                Some(view! { <p class="step-detail">{text::people_so_far(count)}</p> }.into_any())
            }
            Step::FindFocus => Some(match learn.data.with(|l| l.focus_area) {
                Some(area) => view! { <p class="step-detail">{text::FOCUS_IS}" "{map_text::area_name(area)}</p> }.into_any(),
                None => view! {
                    <p class="step-detail">{text::NO_FOCUS_YET}</p>
                    <TimelineClue />
                    <p class="step-detail">
                        <a href=href(routes::TIMELINE)>{crate::content::practice_text::timeline::HOME_LINK}</a>
                    </p>
                }.into_any(),
            }),
            Step::PractiseSkills => Some(view! { <RecentSteps /> }.into_any()),
            Step::WeeklyCheckIns => Some(view! { <CheckInDetail this_week=this_week /> }.into_any()),
            _ => None,
        }
    };
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let state = move || {
                states.with(|all| {
                    all.iter()
                        .find(|(s, _)| *s == step)
                        .map(|(_, s)| *s)
                        .unwrap_or(StepState::NotStarted)
                })
            };
            let is_next = move || next() == Some(step);
            view! {
                <li class="path-step" class:next=is_next data-step=step.id() data-state=move || state().id()>
                    <h2>{step_title(step)}</h2>
                    <p class="step-state">
                        <span class="badge">{move || state_words(state())}</span>
                    </p>
                    {move || detail(step)}
                    {move || {
                        let (path, words) = action(step);
                        view! {
                            <p>
                                <a class="go-link" href=href(&path)>
                                    {words}
                                </a>
                            </p>
                        }
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{text::DASHBOARD_TITLE}</h1>
        <CheckInBanner />
        <ProgressNotice this_week=this_week />
        <p class="lead">{text::DASHBOARD_INTRO}</p>
        {move || {
            next()
                .map(|step| {
                    let (path, words) = action(step);
                    view! {
                        <p class="next-step">
                            <strong>{text::NEXT_STEP}</strong>
                            " "
                            {step_title(step)}
                            ". "
                            <a class="button" href=href(&path)>
                                {words}
                            </a>
                        </p>
                    }
                })
        }}
        <ol class="path">{steps}</ol>
        <p>
            <a class="go-link" href=href(routes::SUMMARY)>
                {text::SUMMARY_LINK}
            </a>
        </p>
        <p class="small">{text::NOT_THERAPY}" "{text::PRIVATE}</p>
    }
}

#[component]
fn CheckInDetail(this_week: IsoWeek) -> impl IntoView {
    let journal = journal_store();
    let week_done = move || {
        journal
            .data
            .with(|j| j.entry(this_week).and_then(|e| e.mood).is_some())
    };
    let weeks = move || journal.data.with(|j| journal_weeks(j, this_week));
    let plan = move || journal.data.with(|j| j.plan_weeks);
    let plan_choices = (12u8..=16)
        .map(|weeks| {
            view! {
                <option value=weeks.to_string() selected=move || plan() == weeks>
                    {weeks}
                </option>
            }
        })
        .collect_view();
    view! {
        <p class="step-detail">{move || if week_done() { text::THIS_WEEK_DONE } else { text::THIS_WEEK_OPEN }}</p>
        {move || {
            (weeks() > 0)
                .then(|| {
                    view! {
                        <p class="step-detail">
                            {text::WEEKS_SO_FAR}" "{weeks()}" / "{plan()}". " {text::YOU_ARE_IN}" "
                            {phase_words(phase(weeks(), plan()))}"."
                        </p>
                    }
                })
        }}
        <div class="field inline">
            <label for="plan-length">{text::PLAN_LENGTH}</label>
            <select
                id="plan-length"
                on:change=move |event| {
                    if let Ok(weeks) = event_target_value(&event).parse::<u8>() {
                        journal.update(|j| j.set_plan_weeks(weeks));
                    }
                }
            >
                {plan_choices}
            </select>
            " "
            {text::WEEKS}
        </div>
    }
}
