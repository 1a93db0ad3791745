//! The timeline and the weekly step where other pages speak of them: the
//! timeline's clue on the home page and the self-check, recent steps on the
//! home page and in the summary, the timeline in the summary, and the
//! button that turns an exercise's answer into this week's step.

use leptos::prelude::*;

use crate::clock::local_today;
use crate::components::timeline_drawing::TimelineDrawing;
use crate::content::exercises::Exercise;
use crate::content::practice_text::{step as step_text, timeline as timeline_text};
use crate::hosting::href;
use crate::model::journal::{IsoWeek, StepDraft};
use crate::model::learn_progress::LearnProgress;
use crate::model::problem_area::ProblemArea;
use crate::model::timeline::Timeline;
use crate::pages::lazy::stored_parts;
use crate::routes;
use crate::storage::area_store::AreaStore;
use crate::stores::{journal_store, store};

/// One line when the timeline shows low mood starting near a life event
/// that points to a problem area, with the way to the timeline.
#[component]
pub fn TimelineClue() -> impl IntoView {
    let timeline = store::<Timeline>();
    move || {
        timeline.data.with(|timeline| {
            let clue = timeline.clues().into_iter().next()?;
            let event = timeline.events.iter().find(|e| e.id == clue.event)?;
            let sentence = timeline_text::clue_summary(event.kind);
            Some(view! { <p class="timeline-clue">{sentence}" "<a href=href(routes::TIMELINE)>{timeline_text::TITLE}</a></p> })
        })
    }
}

/// The latest steps, newest first, each with how it went if looked back on.
#[component]
pub fn RecentSteps(#[prop(default = 3)] count: usize) -> impl IntoView {
    let journal = journal_store();
    let this_week = IsoWeek::from_date(local_today());
    move || {
        journal.data.with(|journal| {
            let steps = journal.recent_steps(this_week, count);
            (!steps.is_empty()).then(|| {
                let items = steps
                    .into_iter()
                    .map(|(week, step)| {
                        let how = step
                            .review
                            .as_ref()
                            .map_or(step_text::NOT_REVIEWED, |review| {
                                step_text::outcome_label(review.outcome)
                            });
                        view! {
                            <li>
                                <span class="small">{week.to_string()}": "</span>
                                <span class="user-text">{step.what.clone()}</span>
                                <span class="small">" ("{how}")"</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="recent-steps">
                        <h3>{step_text::RECENT_HEADING}</h3>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    }
}

/// The timeline as the summary prints it: the drawing and the events.
#[component]
pub fn TimelineSummary() -> impl IntoView {
    let timeline = store::<Timeline>();
    let data = Signal::derive(move || timeline.data.get());
    let events = move || {
        timeline.data.with(|timeline| {
            timeline
                .events
                .iter()
                .map(|event| {
                    view! {
                        <li>
                            <span class="timeline-when">{event.when.to_string()}</span>
                            " "
                            <span class="user-text">{event.what.clone()}</span>
                            <span class="small">" · "{timeline_text::kind_label(event.kind)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="summary-timeline">
            <h3>{timeline_text::TITLE}</h3>
            <TimelineDrawing timeline=data today=local_today() />
            <ul class="timeline-list">{events}</ul>
        </section>
    }
}

/// "Make this my step for this week", under an exercise whose answer can
/// be a step (`Exercise::step_field`), once that answer is written.
#[component]
pub fn MakeStepButton(
    exercise: &'static Exercise,
    store: AreaStore<LearnProgress>,
) -> impl IntoView {
    // The answer that was made the step: the message stands only while the
    // answer is still that text (after more typing, the step is the older
    // words, and the button makes the new ones the step).
    let made = RwSignal::new(None::<String>);
    let field = exercise.step_field;
    // The journal is read only when the button is pressed (a Learn page
    // need not parse the journal, nor hold its code), under this
    // component's owner.
    let owner = Owner::current().expect("a component's owner");
    let answer = move || {
        field.and_then(|field| {
            store.data.with(|progress| {
                let answer = progress.answer(exercise.id, field).trim().to_string();
                (!answer.is_empty()).then_some(answer)
            })
        })
    };
    let make = move |_| {
        let Some(what) = answer() else {
            return;
        };
        let draft = StepDraft {
            what: what.clone(),
            person: None,
            focus: ProblemArea::from_module_slug(exercise.module_slug),
        };
        let owner = owner.clone();
        leptos::task::spawn_local(async move {
            let done = (stored_parts().await.make_this_weeks_step)(owner, draft);
            // (The page may have been left while the journal's code loaded.)
            let _ = made.try_set(done.then_some(what));
        });
    };
    move || {
        let make = make.clone();
        answer().map(|_| {
            view! {
                <p class="make-step">
                    <button type="button" class="make-step-button" on:click=make>
                        {step_text::MAKE_STEP}
                    </button>
                    <span role="status">
                        {move || {
                            made.get()
                                .is_some_and(|made| Some(made) == answer())
                                .then(|| {
                                    view! {
                                        " "
                                        {step_text::MADE_STEP}
                                        " "
                                        <a href=href(routes::JOURNAL)>{step_text::OPEN_JOURNAL}</a>
                                    }
                                })
                        }}
                    </span>
                </p>
            }
        })
    }
}

/// Makes `draft` this week's step in the journal. Split out of the main
/// module, with the journal's code, which a Learn page needs only when
/// its button is pressed (`pages::lazy::StoredParts`).
pub(crate) fn make_this_weeks_step(owner: Owner, draft: StepDraft) -> bool {
    let today = local_today();
    owner.with(journal_store).update(|journal| {
        journal
            .set_step(IsoWeek::from_date(today), today, &draft)
            .is_ok()
    })
}
