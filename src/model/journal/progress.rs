//! The progress check: IPT reviews symptoms every week, and when the
//! questionnaire scores have not fallen by about the middle of the plan, or
//! keep rising, that is a reason to talk to a doctor or therapist (never a
//! failure; the interface words it kindly). This decides when; the words
//! are in `content::journal_text`.
//!
//! Only complete PHQ-9 totals count: the 0 to 10 mood is a journal aid,
//! not a measure.

use super::entry::{Journal, PHQ9_INTERVAL_WEEKS};
use super::phq9::TALK_IT_OVER_FROM;
use super::week::{weeks_between, IsoWeek};

/// Why the journal and the home page suggest talking to a professional.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressConcern {
    /// The last three questionnaires rose each time (and the last is above
    /// the minimal band).
    RisingOverThreeCheckIns,
    /// By the middle of the plan (week 6 on), the latest total is no lower
    /// than the first, and still 10 or more.
    NotFallenByMidPlan,
}

impl ProgressConcern {
    /// A stable id for `data-` attributes and tests.
    pub fn id(self) -> &'static str {
        match self {
            ProgressConcern::RisingOverThreeCheckIns => "rising",
            ProgressConcern::NotFallenByMidPlan => "not-fallen",
        }
    }
}

/// The first plan week counted as the middle of the plan (weeks 6 to 8),
/// by which scores are expected to have started to fall.
pub const MID_PLAN_FROM_WEEK: i64 = 6;

/// A rise counts once the latest total is above the minimal band (0 to 4):
/// 1, 2, 3 is not a reason for concern.
pub const RISING_FROM_SCORE: u8 = 5;

/// How many weeks a questionnaire stays recent enough to speak of: two of
/// the journal's suggested four-week gaps. An older score says nothing
/// about how things are now.
pub const RECENT_WEEKS: i64 = 2 * PHQ9_INTERVAL_WEEKS;

/// The concern, if any, about the questionnaires up to `today_week`. A
/// rise over three check-ins comes first; otherwise scores that have not
/// fallen by the middle of the plan. Nothing when the latest score is older
/// than [`RECENT_WEEKS`].
pub fn progress_concern(journal: &Journal, today_week: IsoWeek) -> Option<ProgressConcern> {
    let first_week = journal.first_week()?;
    let scores: Vec<(IsoWeek, u8)> = journal
        .entries
        .range(..=today_week)
        .filter_map(|(week, entry)| Some((*week, entry.phq9_score()?)))
        .collect();
    let &(latest_week, latest) = scores.last()?;
    if weeks_between(latest_week, today_week) >= RECENT_WEEKS {
        return None;
    }
    if let [.., (_, a), (_, b), (_, c)] = scores.as_slice() {
        if a < b && b < c && *c >= RISING_FROM_SCORE {
            return Some(ProgressConcern::RisingOverThreeCheckIns);
        }
    }
    let plan_week = weeks_between(first_week, latest_week) + 1;
    let (_, baseline) = scores[0];
    let not_fallen = scores.len() >= 2
        && plan_week >= MID_PLAN_FROM_WEEK
        && latest >= baseline
        && latest >= TALK_IT_OVER_FROM;
    not_fallen.then_some(ProgressConcern::NotFallenByMidPlan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journal::Phq9Answers;
    use chrono::NaiveDate;

    fn week(number: u32) -> IsoWeek {
        IsoWeek::new(2026, number).unwrap()
    }

    /// A questionnaire with this total: items answered from the first.
    fn answers(total: u8) -> Phq9Answers {
        let mut items = [Some(0); 9];
        let mut left = total;
        for item in items.iter_mut() {
            let value = left.min(3);
            *item = Some(value);
            left -= value;
        }
        Phq9Answers {
            items,
            difficulty: None,
        }
    }

    /// A journal starting in week 10 of 2026 (plan week 1), with these
    /// totals in these plan weeks.
    fn journal(scores: &[(u32, u8)]) -> Journal {
        let today = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
        let mut journal = Journal::default();
        journal.set_note(week(10), today, "start").unwrap();
        for &(plan_week, total) in scores {
            journal
                .set_phq9(week(9 + plan_week), today, Some(answers(total)))
                .unwrap();
        }
        journal
    }

    fn at(plan_week: u32) -> IsoWeek {
        week(9 + plan_week)
    }

    #[test]
    fn scores_that_have_not_fallen_by_week_six_are_a_reason_to_talk() {
        let same = journal(&[(1, 16), (6, 16)]);
        assert_eq!(
            progress_concern(&same, at(6)),
            Some(ProgressConcern::NotFallenByMidPlan)
        );
        assert_eq!(
            progress_concern(&journal(&[(1, 14), (7, 15)]), at(8)),
            Some(ProgressConcern::NotFallenByMidPlan)
        );
        // Before the middle of the plan it is too early to say.
        assert_eq!(progress_concern(&journal(&[(1, 16), (5, 16)]), at(5)), None);
        // A fall, even a small one, is not flagged.
        assert_eq!(progress_concern(&journal(&[(1, 16), (6, 15)]), at(6)), None);
        // Low scores are not a concern.
        assert_eq!(progress_concern(&journal(&[(1, 8), (6, 9)]), at(6)), None);
        // One questionnaire has nothing to compare with.
        assert_eq!(progress_concern(&journal(&[(6, 20)]), at(6)), None);
    }

    #[test]
    fn three_rising_scores_are_a_reason_to_talk_even_early() {
        let rising = journal(&[(1, 4), (2, 6), (3, 9)]);
        assert_eq!(
            progress_concern(&rising, at(3)),
            Some(ProgressConcern::RisingOverThreeCheckIns)
        );
        // The rise is the later news, so it wins over "not fallen".
        assert_eq!(
            progress_concern(&journal(&[(1, 12), (5, 11), (6, 13), (7, 14)]), at(7)),
            Some(ProgressConcern::RisingOverThreeCheckIns)
        );
        // Not rising each time.
        assert_eq!(
            progress_concern(&journal(&[(1, 4), (2, 9), (3, 9)]), at(3)),
            None
        );
        assert_eq!(
            progress_concern(&journal(&[(1, 9), (2, 6), (3, 8)]), at(3)),
            None
        );
        // Rising within the minimal band.
        assert_eq!(
            progress_concern(&journal(&[(1, 1), (2, 2), (3, 4)]), at(3)),
            None
        );
        // Two scores are not three.
        assert_eq!(progress_concern(&journal(&[(2, 6), (3, 9)]), at(3)), None);
    }

    #[test]
    fn an_old_score_says_nothing_about_now_and_later_weeks_are_not_counted() {
        let stuck = journal(&[(1, 16), (6, 16)]);
        assert!(progress_concern(&stuck, at(13)).is_some());
        assert_eq!(progress_concern(&stuck, at(14)), None);
        // Looking at an earlier week sees only the scores up to it.
        let later_fall = journal(&[(1, 16), (6, 16), (8, 9)]);
        assert_eq!(progress_concern(&later_fall, at(8)), None);
        assert_eq!(
            progress_concern(&later_fall, at(7)),
            Some(ProgressConcern::NotFallenByMidPlan)
        );
        assert_eq!(progress_concern(&Journal::default(), at(7)), None);
    }
}
