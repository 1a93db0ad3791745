//! The year at a glance: the last 52 weeks, one square each, coloured by
//! the week's mood in five bands. The last 52 weeks rather than the
//! calendar year, so the picture is always a full year ending with this
//! week (in January a calendar year would be nearly empty), and always
//! the same 13 × 4 grid.

use super::chart_frame::{add_weeks, WeekSpan};
use super::entry::Journal;
use super::week::IsoWeek;

/// How many weeks the picture shows.
pub const YEAR_WEEKS: usize = 52;

/// A mood (0 to 10) in one of five bands, for colour: low (0–1), lowish
/// (2–3), middle (4–6), fair (7–8) and good (9–10). Symmetric around 5,
/// so the middle band is the widest, and 0 and 10 each share a band with
/// one neighbour only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MoodBand {
    Low,
    Lowish,
    Middle,
    Fair,
    Good,
}

impl MoodBand {
    pub const ALL: [MoodBand; 5] = [
        MoodBand::Low,
        MoodBand::Lowish,
        MoodBand::Middle,
        MoodBand::Fair,
        MoodBand::Good,
    ];

    pub fn from_mood(mood: u8) -> MoodBand {
        match mood {
            0..=1 => MoodBand::Low,
            2..=3 => MoodBand::Lowish,
            4..=6 => MoodBand::Middle,
            7..=8 => MoodBand::Fair,
            _ => MoodBand::Good,
        }
    }

    /// 1 (low) to 5 (good): the `--mood-N` colour and the `data-band` the
    /// tests select by.
    pub fn number(self) -> u8 {
        match self {
            MoodBand::Low => 1,
            MoodBand::Lowish => 2,
            MoodBand::Middle => 3,
            MoodBand::Fair => 4,
            MoodBand::Good => 5,
        }
    }

    /// The lowest and highest mood in the band.
    pub fn moods(self) -> (u8, u8) {
        match self {
            MoodBand::Low => (0, 1),
            MoodBand::Lowish => (2, 3),
            MoodBand::Middle => (4, 6),
            MoodBand::Fair => (7, 8),
            MoodBand::Good => (9, 10),
        }
    }
}

/// One square of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlanceWeek {
    pub week: IsoWeek,
    /// Whether the journal has an entry for the week.
    pub entry: bool,
    pub mood: Option<u8>,
    /// The week has an event that felt hard or very hard.
    pub hard: bool,
}

impl GlanceWeek {
    pub fn band(&self) -> Option<MoodBand> {
        self.mood.map(MoodBand::from_mood)
    }
}

/// The 52 weeks ending with `this_week`, oldest first, each with its mood
/// if noted.
pub fn year_weeks(journal: &Journal, this_week: IsoWeek) -> Vec<GlanceWeek> {
    let span = WeekSpan::from_to(add_weeks(this_week, 1 - YEAR_WEEKS as i64), this_week);
    (0..span.count)
        .map(|index| {
            let week = span.week(index);
            let entry = journal.entry(week);
            GlanceWeek {
                week,
                entry: entry.is_some(),
                mood: entry.and_then(|entry| entry.mood),
                hard: entry.is_some_and(|entry| entry.hard_event_count() > 0),
            }
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::journal::{EventInput, Feeling};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    #[test]
    fn every_mood_has_the_band_its_range_says() {
        let bands: Vec<u8> = (0..=10)
            .map(|mood| MoodBand::from_mood(mood).number())
            .collect();
        assert_eq!(bands, [1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
        for band in MoodBand::ALL {
            let (low, high) = band.moods();
            assert_eq!(MoodBand::from_mood(low), band);
            assert_eq!(MoodBand::from_mood(high), band);
        }
        assert_eq!(MoodBand::from_mood(200), MoodBand::Good);
    }

    #[test]
    fn the_year_ends_with_this_week_and_marks_hard_weeks() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let this_week = IsoWeek::from_date(today);
        let mut journal = Journal::default();
        journal.set_mood_from_text(this_week, today, "7").unwrap();
        let a_year_ago = add_weeks(this_week, -51);
        journal
            .add_event(
                a_year_ago,
                today,
                EventInput {
                    description: "Moved out".into(),
                    feeling: Feeling::VeryHard,
                    ..EventInput::default()
                },
            )
            .unwrap();
        journal
            .set_mood_from_text(add_weeks(this_week, -52), today, "2")
            .unwrap();
        let year = year_weeks(&journal, this_week);
        assert_eq!(year.len(), YEAR_WEEKS);
        assert_eq!(year[0].week, a_year_ago);
        assert!(year[0].entry && year[0].hard && year[0].mood.is_none());
        assert_eq!(year[51].week, this_week);
        assert_eq!(year[51].band(), Some(MoodBand::Fair));
        assert!(!year[51].hard);
        assert_eq!(year.iter().filter(|week| week.entry).count(), 2);
        assert!(year
            .windows(2)
            .all(|pair| add_weeks(pair[0].week, 1) == pair[1].week));
    }

    proptest! {
        #[test]
        fn bands_rise_with_the_mood(a in 0u8..=10, b in 0u8..=10) {
            if a <= b {
                prop_assert!(MoodBand::from_mood(a) <= MoodBand::from_mood(b));
            }
            let band = MoodBand::from_mood(a);
            let (low, high) = band.moods();
            prop_assert!((low..=high).contains(&a));
        }
    }
}
