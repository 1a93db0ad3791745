//! What the journal shows over time: the mood line, the people who come up
//! most, and where the person is in a 12 to 16 week plan. Plain numbers;
//! the interface words them carefully (patterns, not causes).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::entry::{Journal, PLAN_WEEKS_MAX, PLAN_WEEKS_MIN};
use super::week::{weeks_between, IsoWeek};

/// One point of the mood chart: a week with an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoodPoint {
    pub week: IsoWeek,
    pub mood: Option<u8>,
    /// Only when a complete PHQ-9 was saved that week.
    pub phq9_score: Option<u8>,
    /// Events that felt hard or very hard.
    pub hard_events: usize,
}

/// Every week with an entry, oldest first. Weeks without an entry are
/// left out; the chart shows them as gaps (see `weeks_between`).
pub fn mood_series(journal: &Journal) -> Vec<MoodPoint> {
    journal
        .entries
        .values()
        .map(|entry| MoodPoint {
            week: entry.week,
            mood: entry.mood,
            phq9_score: entry.phq9_score(),
            hard_events: entry.hard_event_count(),
        })
        .collect()
}

/// How the weeks a person was part of compare with the other weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonPattern {
    pub person: u64,
    /// Weeks where the person is named in at least one event.
    pub weeks_with: usize,
    /// Of those, weeks where the person is in a hard or very hard event.
    pub weeks_with_hard_event: usize,
    /// Mean mood of the weeks with the person (weeks without a mood are
    /// left out); `None` when none has a mood.
    pub mean_mood_with: Option<f64>,
    /// Weeks with an entry where the person is not named in any event.
    pub weeks_without: usize,
    pub mean_mood_without: Option<f64>,
}

fn mean(values: &[u8]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        let total: f64 = values.iter().map(|&value| f64::from(value)).sum();
        Some(total / values.len() as f64)
    }
}

/// The `top_n` people named in events in the most weeks, most often first
/// (ties by smaller id, so the order is stable). People never named in an
/// event are not listed.
pub fn people_patterns(journal: &Journal, top_n: usize) -> Vec<PersonPattern> {
    // Weeks each person appears in, and those with a hard event.
    let mut appearances: BTreeMap<u64, (usize, usize)> = BTreeMap::new();
    for entry in journal.entries.values() {
        let mut seen: BTreeMap<u64, bool> = BTreeMap::new();
        for event in &entry.events {
            for &person in &event.people {
                *seen.entry(person).or_default() |= event.feeling.is_hard();
            }
        }
        for (person, hard) in seen {
            let counts = appearances.entry(person).or_default();
            counts.0 += 1;
            counts.1 += usize::from(hard);
        }
    }
    let mut ranked: Vec<(u64, usize, usize)> = appearances
        .into_iter()
        .map(|(person, (weeks, hard))| (person, weeks, hard))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(top_n);

    ranked
        .into_iter()
        .map(|(person, weeks_with, weeks_with_hard_event)| {
            let (with, without): (Vec<_>, Vec<_>) = journal
                .entries
                .values()
                .partition(|entry| entry.mentions(person));
            let moods = |entries: &[&super::entry::WeekEntry]| -> Vec<u8> {
                entries.iter().filter_map(|entry| entry.mood).collect()
            };
            PersonPattern {
                person,
                weeks_with,
                weeks_with_hard_event,
                mean_mood_with: mean(&moods(&with)),
                weeks_without: without.len(),
                mean_mood_without: mean(&moods(&without)),
            }
        })
        .collect()
}

/// The week number of `today_week` counting the first entry's week as
/// week 1; 0 when the journal is empty (or, which the journal prevents,
/// starts after `today_week`).
pub fn journal_weeks(journal: &Journal, today_week: IsoWeek) -> i64 {
    match journal.first_week() {
        Some(first) => (weeks_between(first, today_week) + 1).max(0),
        None => 0,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Initial,
    Middle,
    Final,
    /// After the planned weeks.
    Beyond,
}

/// Weeks in the initial phase (the inventory and choosing a focus).
pub const INITIAL_PHASE_WEEKS: i64 = 3;

/// Weeks in the final phase. The ending of IPT takes the last 3–4
/// sessions; the app uses 3 for plans of 12–13 weeks and 4 for plans of
/// 14–16, so a 12-week plan ends with weeks 10–12 and a 16-week plan with
/// weeks 13–16.
pub fn final_phase_weeks(plan_weeks: u8) -> i64 {
    if plan_weeks.clamp(PLAN_WEEKS_MIN, PLAN_WEEKS_MAX) >= 14 {
        4
    } else {
        3
    }
}

/// The phase of week `week_number` (1 = the first week) in a plan of
/// `plan_weeks` weeks, which is kept within 12 to 16. Weeks 1–3 are
/// initial, the last 3 or 4 (see `final_phase_weeks`) final, the ones in
/// between middle, and any week after the plan beyond. Week numbers below
/// 1 (not started) count as initial.
pub fn phase(week_number: i64, plan_weeks: u8) -> Phase {
    let plan = i64::from(plan_weeks.clamp(PLAN_WEEKS_MIN, PLAN_WEEKS_MAX));
    if week_number > plan {
        Phase::Beyond
    } else if week_number > plan - final_phase_weeks(plan_weeks) {
        Phase::Final
    } else if week_number > INITIAL_PHASE_WEEKS {
        Phase::Middle
    } else {
        Phase::Initial
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::journal::{EventInput, Feeling};
    use chrono::NaiveDate;

    fn week(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    #[test]
    fn phases_of_a_twelve_week_plan() {
        let phases: Vec<Phase> = (1..=13).map(|n| phase(n, 12)).collect();
        use Phase::*;
        assert_eq!(
            phases,
            [
                Initial, Initial, Initial, Middle, Middle, Middle, Middle, Middle, Middle, Final,
                Final, Final, Beyond
            ]
        );
        assert_eq!(phase(0, 12), Initial);
    }

    #[test]
    fn phases_of_a_sixteen_week_plan() {
        assert_eq!(phase(12, 16), Phase::Middle);
        assert_eq!(phase(13, 16), Phase::Final);
        assert_eq!(phase(16, 16), Phase::Final);
        assert_eq!(phase(17, 16), Phase::Beyond);
        assert_eq!(phase(10, 13), Phase::Middle);
        assert_eq!(phase(11, 13), Phase::Final);
        assert_eq!(phase(10, 14), Phase::Middle);
        assert_eq!(phase(11, 14), Phase::Final);
    }

    #[test]
    fn people_ranked_by_weeks_then_id() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut journal = Journal::default();
        for (w, people) in [(40, vec![2, 1]), (41, vec![1]), (42, vec![2, 3])] {
            journal
                .add_event(
                    week(2026, w),
                    today,
                    EventInput {
                        description: "x".into(),
                        people,
                        feeling: Feeling::Good,
                        problem_area: None,
                    },
                )
                .unwrap();
        }
        let ranked: Vec<u64> = people_patterns(&journal, 2)
            .iter()
            .map(|p| p.person)
            .collect();
        assert_eq!(ranked, vec![1, 2]);
        assert!(people_patterns(&journal, 0).is_empty());
    }

    #[test]
    fn journal_weeks_count_from_one() {
        let mut journal = Journal::default();
        assert_eq!(journal_weeks(&journal, week(2026, 48)), 0);
        journal
            .set_note(
                week(2026, 52),
                NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
                "start",
            )
            .unwrap();
        assert_eq!(journal_weeks(&journal, week(2026, 52)), 1);
        assert_eq!(journal_weeks(&journal, week(2027, 1)), 3);
    }
}
