//! The weeks the mood chart and its table show: one row per week with an
//! entry, with its mood, PHQ-9 score and how many events (and hard ones).

use super::entry::Journal;
use super::week::{weeks_between, IsoWeek};

/// One week with an entry, as the chart and the table show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekRow {
    pub week: IsoWeek,
    pub mood: Option<u8>,
    /// Only when a complete PHQ-9 was saved that week.
    pub phq9: Option<u8>,
    /// The answer to PHQ-9 item 9 (thoughts of death or self-harm), 0 to 3,
    /// when it was given that week, so the summary can show it beside the
    /// total.
    pub phq9_item9: Option<u8>,
    pub events: usize,
    /// Events that felt hard or very hard.
    pub hard_events: usize,
}

/// Every week with an entry, oldest first. Weeks without an entry are left
/// out; the chart shows them as gaps.
pub fn week_rows(journal: &Journal) -> Vec<WeekRow> {
    journal
        .entries
        .values()
        .map(|entry| WeekRow {
            week: entry.week,
            mood: entry.mood,
            phq9: entry.phq9_score(),
            phq9_item9: entry
                .phq9
                .as_ref()
                .and_then(|answers| answers.self_harm_answer()),
            events: entry.events.len(),
            hard_events: entry.hard_event_count(),
        })
        .collect()
}

/// The rows of the last `weeks` weeks up to `this_week` (this week being
/// the first of them), oldest first; `weeks` 0 means every row.
pub fn week_rows_in_range(journal: &Journal, this_week: IsoWeek, weeks: u32) -> Vec<WeekRow> {
    week_rows(journal)
        .into_iter()
        .filter(|row| weeks == 0 || weeks_between(row.week, this_week) < i64::from(weeks))
        .collect()
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::journal::{EventInput, Feeling};
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;

    fn week(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    fn event(feeling: Feeling) -> EventInput {
        EventInput {
            description: "Talked".to_string(),
            feeling,
            ..EventInput::default()
        }
    }

    #[test]
    fn a_row_per_week_with_an_entry_with_its_counts() {
        let mut journal = Journal::default();
        journal
            .set_mood_from_text(week(2026, 40), today(), "6")
            .unwrap();
        journal
            .add_event(week(2026, 38), today(), event(Feeling::Hard))
            .unwrap();
        journal
            .add_event(week(2026, 38), today(), event(Feeling::Good))
            .unwrap();
        assert_eq!(
            week_rows(&journal),
            [
                WeekRow {
                    week: week(2026, 38),
                    mood: None,
                    phq9: None,
                    phq9_item9: None,
                    events: 2,
                    hard_events: 1
                },
                WeekRow {
                    week: week(2026, 40),
                    mood: Some(6),
                    phq9: None,
                    phq9_item9: None,
                    events: 0,
                    hard_events: 0
                },
            ]
        );
    }

    /// The summary shows item 9's answer beside the total, also when the
    /// rest of the questionnaire was left unanswered.
    #[test]
    fn rows_carry_the_answer_to_item_nine() {
        use crate::model::journal::Phq9Answers;
        let mut journal = Journal::default();
        let mut partial = Phq9Answers::default();
        partial.set_item(8, Some(2)).unwrap();
        journal
            .set_phq9(week(2026, 40), today(), Some(partial))
            .unwrap();
        let complete = Phq9Answers {
            items: [Some(1); 9],
            difficulty: None,
        };
        journal
            .set_phq9(week(2026, 41), today(), Some(complete))
            .unwrap();
        let rows = week_rows(&journal);
        assert_eq!((rows[0].phq9, rows[0].phq9_item9), (None, Some(2)));
        assert_eq!((rows[1].phq9, rows[1].phq9_item9), (Some(9), Some(1)));
    }

    #[test]
    fn the_range_counts_this_week_as_the_first() {
        let mut journal = Journal::default();
        for w in [45, 46, 49] {
            journal
                .set_mood_from_text(week(2026, w), today(), "5")
                .unwrap();
        }
        let weeks_of = |weeks| -> Vec<u32> {
            week_rows_in_range(&journal, week(2026, 49), weeks)
                .iter()
                .map(|row| row.week.week())
                .collect()
        };
        assert_eq!(weeks_of(0), [45, 46, 49]);
        assert_eq!(weeks_of(1), [49]);
        assert_eq!(weeks_of(4), [46, 49]);
        assert_eq!(weeks_of(5), [45, 46, 49]);
    }

    proptest! {
        #[test]
        fn rows_are_sorted_one_per_entry_and_the_range_keeps_only_its_weeks(
            days_back in prop::collection::vec(0u64..800, 0..30),
            range in 0u32..=30,
        ) {
            let mut journal = Journal::default();
            for days in &days_back {
                let date = today().checked_sub_days(Days::new(*days)).unwrap();
                journal.set_mood_from_text(IsoWeek::from_date(date), today(), "3").unwrap();
            }
            let rows = week_rows(&journal);
            prop_assert_eq!(rows.len(), journal.entries.len());
            prop_assert!(rows.windows(2).all(|pair| pair[0].week < pair[1].week));
            let this_week = IsoWeek::from_date(today());
            let in_range = week_rows_in_range(&journal, this_week, range);
            for row in &rows {
                let age = weeks_between(row.week, this_week);
                let kept = range == 0 || age < i64::from(range);
                prop_assert_eq!(in_range.contains(row), kept);
            }
            prop_assert!(in_range.windows(2).all(|pair| pair[0].week < pair[1].week));
        }
    }
}
