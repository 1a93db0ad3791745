//! The guided path on the home page: the steps of IPT in the order the
//! therapy runs them, each with a state worked out from what the person has
//! done. No streaks and no scores: a missed week is simply still open.

use crate::model::journal::{insights, IsoWeek, Journal};
use crate::model::learn_progress::LearnProgress;
use crate::model::problem_area::ProblemArea;

/// The three modules of "Learn the basics".
pub const BASICS: [&str; 3] = ["what-is-ipt", "why-it-helps", "how-ipt-works"];
/// The module of the final phase, and its relapse-prevention exercise.
pub const ENDING_MODULE: &str = "ending-well";
pub const RELAPSE_PLAN_EXERCISE: &str = "relapse-prevention-plan";
/// People on the map at which the first sketch of the inventory counts as
/// done; the map can always grow later.
pub const MAP_DONE_AT: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    LearnBasics,
    BuildMap,
    FindFocus,
    WeeklyCheckIns,
    PractiseSkills,
    FinishWell,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::LearnBasics,
        Step::BuildMap,
        Step::FindFocus,
        Step::WeeklyCheckIns,
        Step::PractiseSkills,
        Step::FinishWell,
    ];

    /// A stable id for the page's markup (`data-step`) and the tests that
    /// find a step by it: never the Rust name, which may be renamed.
    pub fn id(self) -> &'static str {
        match self {
            Step::LearnBasics => "learn-basics",
            Step::BuildMap => "build-map",
            Step::FindFocus => "find-focus",
            Step::WeeklyCheckIns => "weekly-check-ins",
            Step::PractiseSkills => "practise-skills",
            Step::FinishWell => "finish-well",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    NotStarted,
    InProgress,
    Done,
}

impl StepState {
    /// A stable id for the page's markup (`data-state`), which the style
    /// sheet and the tests select by.
    pub fn id(self) -> &'static str {
        match self {
            StepState::NotStarted => "not-started",
            StepState::InProgress => "in-progress",
            StepState::Done => "done",
        }
    }
}

/// What the path is worked out from.
pub struct PathInputs<'a> {
    pub learn: &'a LearnProgress,
    pub people_on_map: usize,
    pub journal: &'a Journal,
    pub this_week: IsoWeek,
    /// The exercise ids of the focus area's module (from content).
    pub focus_exercises: &'a [&'a str],
}

fn state_from(done: bool, started: bool) -> StepState {
    if done {
        StepState::Done
    } else if started {
        StepState::InProgress
    } else {
        StepState::NotStarted
    }
}

pub fn step_state(step: Step, inputs: &PathInputs) -> StepState {
    let learn = inputs.learn;
    match step {
        Step::LearnBasics => {
            let read = BASICS.iter().filter(|slug| learn.is_read(slug)).count();
            state_from(read == BASICS.len(), read > 0)
        }
        Step::BuildMap => state_from(
            inputs.people_on_map >= MAP_DONE_AT,
            inputs.people_on_map > 0,
        ),
        Step::FindFocus => state_from(learn.focus_area.is_some(), !learn.self_check.is_empty()),
        Step::WeeklyCheckIns => {
            let weeks = insights::journal_weeks(inputs.journal, inputs.this_week);
            state_from(
                weeks >= i64::from(inputs.journal.plan_weeks),
                !inputs.journal.entries.is_empty(),
            )
        }
        Step::PractiseSkills => match learn.focus_area {
            None => StepState::NotStarted,
            Some(area) => {
                let exercises = inputs.focus_exercises;
                let all_done =
                    !exercises.is_empty() && exercises.iter().all(|id| learn.is_done(id));
                let started = learn.is_read(area.module_slug())
                    || exercises.iter().any(|id| learn.is_started(id));
                state_from(all_done, started)
            }
        },
        Step::FinishWell => state_from(
            learn.is_read(ENDING_MODULE) && learn.is_done(RELAPSE_PLAN_EXERCISE),
            learn.is_read(ENDING_MODULE) || learn.is_started(RELAPSE_PLAN_EXERCISE),
        ),
    }
}

/// The step to suggest next: the first one in IPT's order not yet done.
pub fn next_step(inputs: &PathInputs) -> Option<Step> {
    Step::ALL
        .into_iter()
        .find(|step| step_state(*step, inputs) != StepState::Done)
}

/// The first basics module not yet read, if any.
pub fn next_basics_module(learn: &LearnProgress) -> Option<&'static str> {
    BASICS.into_iter().find(|slug| !learn.is_read(slug))
}

/// The focus area's module, for "Practise skills".
pub fn focus_module(learn: &LearnProgress) -> Option<&'static str> {
    learn.focus_area.map(ProblemArea::module_slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn step_and_state_ids_are_pinned_and_unique() {
        let steps: Vec<&str> = Step::ALL.iter().map(|step| step.id()).collect();
        assert_eq!(
            steps,
            [
                "learn-basics",
                "build-map",
                "find-focus",
                "weekly-check-ins",
                "practise-skills",
                "finish-well"
            ]
        );
        let states: Vec<&str> = [
            StepState::NotStarted,
            StepState::InProgress,
            StepState::Done,
        ]
        .iter()
        .map(|state| state.id())
        .collect();
        assert_eq!(states, ["not-started", "in-progress", "done"]);
        for ids in [&steps, &states] {
            let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{ids:?}");
        }
    }

    fn week(date: &str) -> IsoWeek {
        IsoWeek::from_date(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap())
    }

    fn inputs<'a>(learn: &'a LearnProgress, people: usize, journal: &'a Journal) -> PathInputs<'a> {
        PathInputs {
            learn,
            people_on_map: people,
            journal,
            this_week: week("2026-11-23"),
            focus_exercises: &["dispute-stage-check", "dispute-expectations"],
        }
    }

    #[test]
    fn a_first_visit_has_every_step_not_started_and_starts_with_learning() {
        let (learn, journal) = (LearnProgress::default(), Journal::default());
        let path = inputs(&learn, 0, &journal);
        for step in Step::ALL {
            assert_eq!(step_state(step, &path), StepState::NotStarted, "{step:?}");
        }
        assert_eq!(next_step(&path), Some(Step::LearnBasics));
        assert_eq!(next_basics_module(&learn), Some("what-is-ipt"));
    }

    #[test]
    fn reading_mapping_and_checking_in_move_the_path_on() {
        let mut learn = LearnProgress::default();
        learn.set_read("what-is-ipt", true);
        let mut journal = Journal::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        journal
            .set_mood_from_text(week("2026-11-23"), today, "6")
            .unwrap();
        let path = inputs(&learn, 1, &journal);
        assert_eq!(step_state(Step::LearnBasics, &path), StepState::InProgress);
        assert_eq!(step_state(Step::BuildMap, &path), StepState::InProgress);
        assert_eq!(
            step_state(Step::WeeklyCheckIns, &path),
            StepState::InProgress
        );
        assert_eq!(next_step(&path), Some(Step::LearnBasics));
        assert_eq!(next_basics_module(&learn), Some("why-it-helps"));

        for slug in BASICS {
            learn.set_read(slug, true);
        }
        let path = inputs(&learn, MAP_DONE_AT, &journal);
        assert_eq!(step_state(Step::LearnBasics, &path), StepState::Done);
        assert_eq!(step_state(Step::BuildMap, &path), StepState::Done);
        assert_eq!(next_step(&path), Some(Step::FindFocus));
    }

    #[test]
    fn practising_needs_a_focus_area_and_its_exercises() {
        let mut learn = LearnProgress::default();
        let journal = Journal::default();
        assert_eq!(
            step_state(Step::PractiseSkills, &inputs(&learn, 0, &journal)),
            StepState::NotStarted
        );
        learn.focus_area = Some(ProblemArea::Disputes);
        assert_eq!(
            step_state(Step::FindFocus, &inputs(&learn, 0, &journal)),
            StepState::Done
        );
        learn.set_answer("dispute-stage-check", "stage", "x");
        assert_eq!(
            step_state(Step::PractiseSkills, &inputs(&learn, 0, &journal)),
            StepState::InProgress
        );
        learn.set_done("dispute-stage-check", true);
        learn.set_done("dispute-expectations", true);
        assert_eq!(
            step_state(Step::PractiseSkills, &inputs(&learn, 0, &journal)),
            StepState::Done
        );
        assert_eq!(focus_module(&learn), Some("disputes"));
    }

    #[test]
    fn finishing_well_needs_the_module_and_the_plan() {
        let mut learn = LearnProgress::default();
        let journal = Journal::default();
        learn.set_read(ENDING_MODULE, true);
        assert_eq!(
            step_state(Step::FinishWell, &inputs(&learn, 0, &journal)),
            StepState::InProgress
        );
        learn.set_done(RELAPSE_PLAN_EXERCISE, true);
        assert_eq!(
            step_state(Step::FinishWell, &inputs(&learn, 0, &journal)),
            StepState::Done
        );
    }

    #[test]
    fn a_missed_week_is_not_a_failure_the_count_simply_goes_on() {
        let learn = LearnProgress::default();
        let mut journal = Journal::default();
        let first = NaiveDate::from_ymd_opt(2026, 10, 12).unwrap();
        journal
            .set_mood_from_text(IsoWeek::from_date(first), first, "5")
            .unwrap();
        // Weeks went by with no entries: still in progress, never "failed".
        let path = inputs(&learn, 0, &journal);
        assert_eq!(
            step_state(Step::WeeklyCheckIns, &path),
            StepState::InProgress
        );
    }
}
