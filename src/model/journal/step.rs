//! This week's step: one small thing to try with someone between one week
//! and the next, and, the week after, how it went. IPT's middle phase runs
//! on such steps; "not this time" is an answer like any other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::entry::Journal;
use super::week::{IsoWeek, WeekError};
use crate::model::problem_area::ProblemArea;

/// The longest step kept: one sentence.
pub const MAX_STEP_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyStep {
    pub what: String,
    /// Someone from the map it involves, by id.
    #[serde(default)]
    pub person: Option<u64>,
    /// The problem area it works on.
    #[serde(default)]
    pub focus: Option<ProblemArea>,
    /// Written the week after.
    #[serde(default)]
    pub review: Option<StepReview>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepReview {
    pub outcome: StepOutcome,
    /// What I learned, in the person's words.
    #[serde(default)]
    pub learned: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepOutcome {
    Done,
    Partly,
    NotThisTime,
}

impl StepOutcome {
    pub const ALL: [StepOutcome; 3] = [
        StepOutcome::Done,
        StepOutcome::Partly,
        StepOutcome::NotThisTime,
    ];

    /// A stable id for forms (the same as the saved name).
    pub fn id(self) -> &'static str {
        match self {
            StepOutcome::Done => "done",
            StepOutcome::Partly => "partly",
            StepOutcome::NotThisTime => "not-this-time",
        }
    }

    pub fn from_id(id: &str) -> Option<StepOutcome> {
        StepOutcome::ALL
            .into_iter()
            .find(|outcome| outcome.id() == id)
    }
}

/// What the person typed for this week's step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepDraft {
    pub what: String,
    pub person: Option<u64>,
    pub focus: Option<ProblemArea>,
}

impl Journal {
    /// Sets the step for `week`; an empty text removes it (with its review).
    /// A step is kept to [`MAX_STEP_CHARS`].
    pub fn set_step(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        draft: &StepDraft,
    ) -> Result<(), WeekError> {
        let what: String = draft.what.trim().chars().take(MAX_STEP_CHARS).collect();
        let entry = self.entry_mut(week, today)?;
        entry.step = if what.is_empty() {
            None
        } else {
            let review = entry.step.take().and_then(|step| step.review);
            Some(WeeklyStep {
                what,
                person: draft.person,
                focus: draft.focus,
                review,
            })
        };
        self.drop_if_empty(week);
        Ok(())
    }

    /// The step to look back on in `this_week`: the one set the week before
    /// (across a year's end: 2026-W53 is reviewed in 2027-W01).
    pub fn step_to_review(&self, this_week: IsoWeek) -> Option<(IsoWeek, &WeeklyStep)> {
        let set_in = this_week.previous();
        self.entry(set_in)
            .and_then(|entry| entry.step.as_ref())
            .map(|step| (set_in, step))
    }

    /// Records how the step set in `set_in` went. False if there is none.
    pub fn review_step(&mut self, set_in: IsoWeek, review: StepReview) -> bool {
        match self
            .entries
            .get_mut(&set_in)
            .and_then(|entry| entry.step.as_mut())
        {
            Some(step) => {
                step.review = Some(review);
                true
            }
            None => false,
        }
    }

    /// The latest `count` steps set up to `this_week`, newest first.
    pub fn recent_steps(&self, this_week: IsoWeek, count: usize) -> Vec<(IsoWeek, &WeeklyStep)> {
        self.entries
            .range(..=this_week)
            .rev()
            .filter_map(|(week, entry)| entry.step.as_ref().map(|step| (*week, step)))
            .take(count)
            .collect()
    }
}
