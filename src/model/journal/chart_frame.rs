//! The mood chart's frame, as plain numbers: which weeks it draws (the
//! last 12 or all of them), where each week sits at a given width, which
//! weeks get a date under them, and where the plan's three phases fall.
//! The chart component only turns these numbers into SVG.
//!
//! One unit of the chart is one CSS pixel: the component measures the
//! width of its box and draws for that width (see
//! `components::journal::chart`), so the geometry here takes that width.

use chrono::Days;

use super::entry::Journal;
use super::insights::{phase, Phase};
use super::week::{weeks_between, IsoWeek};
use super::week_labels::{labelled_weeks, week_x};
use super::week_rows::WeekRow;

/// How many weeks "Last 12 weeks" shows: about one plan's length.
pub const RECENT_WEEKS: usize = 12;

/// The switch above the chart: the last 12 weeks or every week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartSpan {
    Recent,
    All,
}

/// The week `count` weeks after `week` (before it when negative), kept
/// within the weeks that can be represented.
pub fn add_weeks(week: IsoWeek, count: i64) -> IsoWeek {
    let monday = week.monday();
    let moved = if count >= 0 {
        monday.checked_add_days(Days::new(7 * count as u64))
    } else {
        monday.checked_sub_days(Days::new(7 * count.unsigned_abs()))
    };
    match moved {
        Some(date) => IsoWeek::from_date(date),
        None if count >= 0 => IsoWeek::MAX,
        None => IsoWeek::MIN,
    }
}

/// A run of consecutive weeks: the chart's, or a phase's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekSpan {
    pub first: IsoWeek,
    pub count: usize,
}

impl WeekSpan {
    /// The weeks from `first` to `last`, both included (none when `last`
    /// is before `first`).
    pub fn from_to(first: IsoWeek, last: IsoWeek) -> WeekSpan {
        let count = (weeks_between(first, last) + 1).max(0) as usize;
        WeekSpan { first, count }
    }

    pub fn last(&self) -> IsoWeek {
        add_weeks(self.first, self.count as i64 - 1)
    }

    /// The position of `week` in the span (0 = the first), if it is in it.
    pub fn index(&self, week: IsoWeek) -> Option<usize> {
        let index = weeks_between(self.first, week);
        (0..self.count as i64)
            .contains(&index)
            .then_some(index as usize)
    }

    pub fn week(&self, index: usize) -> IsoWeek {
        add_weeks(self.first, index as i64)
    }

    pub fn contains(&self, week: IsoWeek) -> bool {
        self.index(week).is_some()
    }

    /// The part of `other` inside this span, as this span's first and last
    /// index; `None` when they do not meet.
    pub fn overlap(&self, other: WeekSpan) -> Option<(usize, usize)> {
        if self.count == 0 || other.count == 0 {
            return None;
        }
        let start = weeks_between(self.first, other.first);
        let end = start + other.count as i64 - 1;
        let (first, last) = (start.max(0), end.min(self.count as i64 - 1));
        (first <= last).then_some((first as usize, last as usize))
    }
}

/// The weeks the chart draws: from the first week with an entry (or, for
/// `Recent`, 11 weeks before this week, if later) to this week (or the
/// newest entry, if later). `None` when there are no rows.
pub fn chart_weeks(rows: &[WeekRow], this_week: IsoWeek, span: ChartSpan) -> Option<WeekSpan> {
    let earliest = rows.first()?.week;
    let last = rows.last().map_or(this_week, |row| row.week.max(this_week));
    let first = match span {
        ChartSpan::All => earliest,
        ChartSpan::Recent => earliest.max(add_weeks(last, 1 - RECENT_WEEKS as i64)),
    };
    Some(WeekSpan::from_to(first, last))
}

/// Whether the switch is worth offering: all the weeks are more than the
/// last 12.
pub fn more_than_recent(rows: &[WeekRow], this_week: IsoWeek) -> bool {
    chart_weeks(rows, this_week, ChartSpan::All).is_some_and(|all| all.count > RECENT_WEEKS)
}

/// What the chart shows first: the last 12 weeks when there are more, and
/// at least one of them has an entry (someone back after a long pause sees
/// their story, not an empty frame); otherwise every week.
pub fn default_span(rows: &[WeekRow], this_week: IsoWeek) -> ChartSpan {
    let recent = chart_weeks(rows, this_week, ChartSpan::Recent);
    let recent_has_entry =
        recent.is_some_and(|recent| rows.iter().any(|row| recent.contains(row.week)));
    if more_than_recent(rows, this_week) && recent_has_entry {
        ChartSpan::Recent
    } else {
        ChartSpan::All
    }
}

/// The rows inside `weeks`, oldest first: what the table lists beside the
/// chart.
pub fn rows_in(rows: &[WeekRow], weeks: WeekSpan) -> Vec<WeekRow> {
    rows.iter()
        .filter(|row| weeks.contains(row.week))
        .cloned()
        .collect()
}

/// One of the plan's phases (the beginning, the middle or the ending) as a
/// run of weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseRange {
    pub phase: Phase,
    pub weeks: WeekSpan,
    /// The first and last week numbers of the plan in this phase (1 = the
    /// plan's first week).
    pub numbers: (i64, i64),
}

/// The beginning, middle and ending phases of a plan of `plan_weeks`
/// weeks starting in `start` (the first week of the journal), as
/// `insights::phase` numbers them.
pub fn phase_ranges(start: IsoWeek, plan_weeks: u8) -> Vec<PhaseRange> {
    let mut ranges: Vec<PhaseRange> = Vec::new();
    for number in 1..=i64::from(plan_weeks) {
        let current = phase(number, plan_weeks);
        if current == Phase::Beyond {
            break;
        }
        match ranges.last_mut() {
            Some(range) if range.phase == current => {
                range.weeks.count += 1;
                range.numbers.1 = number;
            }
            _ => ranges.push(PhaseRange {
                phase: current,
                weeks: WeekSpan {
                    first: add_weeks(start, number - 1),
                    count: 1,
                },
                numbers: (number, number),
            }),
        }
    }
    ranges
}

/// The phases of the journal's plan, which starts with its first week.
pub fn plan_phases(journal: &Journal) -> Vec<PhaseRange> {
    journal
        .first_week()
        .map(|start| phase_ranges(start, journal.plan_weeks))
        .unwrap_or_default()
}

/// The chart's margins and plot height, in CSS pixels. The left margin
/// holds the mood scale, the right one the PHQ-9 scale when there is one
/// (and is narrower without it); all are wider than half a week label, so
/// the first and last labels stay inside.
pub const LEFT: f64 = 44.0;
pub const RIGHT_WITH_PHQ9: f64 = 44.0;
pub const RIGHT_PLAIN: f64 = 28.0;
pub const TOP: f64 = 34.0;
pub const PLOT_HEIGHT: f64 = 180.0;
/// Under the plot: the event marks, a date and, where the year changes,
/// the year.
pub const BOTTOM: f64 = 64.0;
/// The chart's type size: never smaller than this on any screen, because
/// one unit is one CSS pixel.
pub const LABEL_FONT_PX: f64 = 11.0;
/// The room one week label needs, gap included: the widest date ("30
/// Nov", or a year under it) at 11px in a wide system font is about 40px.
pub const WEEK_LABEL_WIDTH: f64 = 48.0;
/// The narrowest the chart is drawn (a phone of 320px less the page's
/// margins is wider); a narrower box scales it down rather than overflow.
pub const MIN_WIDTH: f64 = 240.0;
/// The width the chart is drawn for before its box is measured.
pub const FALLBACK_WIDTH: f64 = 640.0;

/// Where the weeks of the chart sit when it is `width` CSS pixels wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub weeks: usize,
    /// Whether the PHQ-9's scale takes the right margin.
    pub phq9: bool,
}

impl ChartLayout {
    pub fn new(width: f64, weeks: usize, phq9: bool) -> ChartLayout {
        let width = if width.is_finite() { width } else { 0.0 };
        ChartLayout {
            width: width.max(MIN_WIDTH),
            weeks: weeks.max(1),
            phq9,
        }
    }

    pub fn height(&self) -> f64 {
        TOP + PLOT_HEIGHT + BOTTOM
    }

    pub fn plot_left(&self) -> f64 {
        LEFT
    }

    pub fn plot_right(&self) -> f64 {
        self.width
            - if self.phq9 {
                RIGHT_WITH_PHQ9
            } else {
                RIGHT_PLAIN
            }
    }

    pub fn plot_width(&self) -> f64 {
        self.plot_right() - self.plot_left()
    }

    pub fn baseline(&self) -> f64 {
        TOP + PLOT_HEIGHT
    }

    /// The width of one week's column.
    pub fn step(&self) -> f64 {
        self.plot_width() / self.weeks as f64
    }

    /// The x of the centre of week `index`.
    pub fn x(&self, index: usize) -> f64 {
        LEFT + week_x(index, self.weeks, self.plot_width())
    }

    /// The left edge of week `index`'s column.
    pub fn column_left(&self, index: usize) -> f64 {
        LEFT + self.step() * index as f64
    }

    /// The weeks that get a date under them (see `week_labels`).
    pub fn labelled(&self) -> Vec<usize> {
        labelled_weeks(self.weeks, self.plot_width(), WEEK_LABEL_WIDTH)
    }

    /// The radius of a mood point: smaller when the weeks are packed
    /// tight, so a long line stays a line.
    pub fn point_radius(&self) -> f64 {
        (self.step() / 2.0).clamp(1.5, 5.0)
    }
}

pub fn y_mood(mood: u8) -> f64 {
    TOP + PLOT_HEIGHT * (1.0 - f64::from(mood.min(10)) / 10.0)
}

pub fn y_phq9(score: u8) -> f64 {
    TOP + PLOT_HEIGHT * (1.0 - f64::from(score.min(27)) / 27.0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn week(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    fn row(week: IsoWeek, mood: u8) -> WeekRow {
        WeekRow {
            week,
            mood: Some(mood),
            phq9: None,
            phq9_item9: None,
            events: 0,
            hard_events: 0,
        }
    }

    #[test]
    fn recent_is_the_last_twelve_weeks_up_to_this_week() {
        let this_week = week(2026, 49);
        let rows: Vec<WeekRow> = (20..=49).map(|w| row(week(2026, w), 5)).collect();
        let recent = chart_weeks(&rows, this_week, ChartSpan::Recent).unwrap();
        assert_eq!(recent.first, week(2026, 38));
        assert_eq!(recent.count, 12);
        assert_eq!(recent.last(), this_week);
        let all = chart_weeks(&rows, this_week, ChartSpan::All).unwrap();
        assert_eq!((all.first, all.count), (week(2026, 20), 30));
        assert_eq!(rows_in(&rows, recent).len(), 12);
        assert_eq!(default_span(&rows, this_week), ChartSpan::Recent);
        assert!(more_than_recent(&rows, this_week));
    }

    #[test]
    fn a_short_journal_shows_all_its_weeks_and_no_switch() {
        let this_week = week(2026, 2);
        let rows = vec![row(week(2025, 51), 4), row(week(2026, 1), 6)];
        let recent = chart_weeks(&rows, this_week, ChartSpan::Recent).unwrap();
        assert_eq!((recent.first, recent.count), (week(2025, 51), 4));
        assert_eq!(
            recent,
            chart_weeks(&rows, this_week, ChartSpan::All).unwrap()
        );
        assert!(!more_than_recent(&rows, this_week));
        assert_eq!(default_span(&rows, this_week), ChartSpan::All);
        assert_eq!(chart_weeks(&[], this_week, ChartSpan::Recent), None);
    }

    #[test]
    fn after_a_long_pause_the_chart_opens_on_every_week() {
        let rows = vec![row(week(2024, 10), 4)];
        assert_eq!(default_span(&rows, week(2026, 49)), ChartSpan::All);
    }

    #[test]
    fn phases_of_a_twelve_and_a_sixteen_week_plan() {
        let start = week(2026, 1);
        let ranges = phase_ranges(start, 12);
        let seen: Vec<(Phase, IsoWeek, IsoWeek, (i64, i64))> = ranges
            .iter()
            .map(|range| {
                (
                    range.phase,
                    range.weeks.first,
                    range.weeks.last(),
                    range.numbers,
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (Phase::Initial, week(2026, 1), week(2026, 3), (1, 3)),
                (Phase::Middle, week(2026, 4), week(2026, 9), (4, 9)),
                (Phase::Final, week(2026, 10), week(2026, 12), (10, 12)),
            ]
        );
        let sixteen = phase_ranges(week(2026, 50), 16);
        assert_eq!(sixteen[2].phase, Phase::Final);
        assert_eq!(sixteen[2].numbers, (13, 16));
        assert_eq!(sixteen[2].weeks.first, week(2027, 9));
        assert_eq!(sixteen[2].weeks.last(), week(2027, 12));
    }

    #[test]
    fn a_phase_is_cut_to_the_weeks_drawn() {
        let chart = WeekSpan::from_to(week(2026, 10), week(2026, 21));
        let phase = |first, last| WeekSpan::from_to(week(2026, first), week(2026, last));
        assert_eq!(chart.overlap(phase(8, 12)), Some((0, 2)));
        assert_eq!(chart.overlap(phase(13, 18)), Some((3, 8)));
        assert_eq!(chart.overlap(phase(20, 30)), Some((10, 11)));
        assert_eq!(chart.overlap(phase(1, 9)), None);
        assert_eq!(chart.overlap(phase(22, 25)), None);
        assert_eq!(chart.overlap(phase(1, 40)), Some((0, 11)));
    }

    #[test]
    fn weeks_move_across_years() {
        assert_eq!(add_weeks(week(2026, 52), 1), week(2026, 53));
        assert_eq!(add_weeks(week(2026, 53), 1), week(2027, 1));
        assert_eq!(add_weeks(week(2027, 1), -2), week(2026, 52));
        assert_eq!(add_weeks(IsoWeek::MAX, 3), IsoWeek::MAX);
        assert_eq!(add_weeks(IsoWeek::MIN, -3), IsoWeek::MIN);
    }

    proptest! {
        /// The labels the chart draws, each as wide as the widest label it
        /// can show, never touch and stay inside the chart, for 1 to 520
        /// weeks in a box of 320 to 1280 CSS pixels.
        #[test]
        fn drawn_week_labels_never_overlap_and_stay_inside(
            weeks in 1usize..=520,
            width in 320.0f64..=1280.0,
            phq9 in any::<bool>(),
        ) {
            let layout = ChartLayout::new(width, weeks, phq9);
            let labelled = layout.labelled();
            prop_assert!(!labelled.is_empty());
            prop_assert_eq!(labelled.last().copied(), Some(weeks - 1));
            let boxes: Vec<(f64, f64)> = labelled
                .iter()
                .map(|index| {
                    let x = layout.x(*index);
                    (x - WEEK_LABEL_WIDTH / 2.0, x + WEEK_LABEL_WIDTH / 2.0)
                })
                .collect();
            for pair in boxes.windows(2) {
                prop_assert!(pair[0].1 <= pair[1].0 + 1e-9, "{:?}", pair);
            }
            for (left, right) in &boxes {
                prop_assert!(*left >= 0.0 && *right <= layout.width, "{} {}", left, right);
            }
        }

        #[test]
        fn the_recent_span_is_at_most_twelve_weeks_and_ends_this_week(
            ages in prop::collection::vec(0i64..300, 1..40),
        ) {
            let this_week = week(2026, 49);
            let mut rows: Vec<WeekRow> =
                ages.iter().map(|age| row(add_weeks(this_week, -age), 5)).collect();
            rows.sort_by_key(|row| row.week);
            rows.dedup_by_key(|row| row.week);
            let recent = chart_weeks(&rows, this_week, ChartSpan::Recent).unwrap();
            let all = chart_weeks(&rows, this_week, ChartSpan::All).unwrap();
            prop_assert!(recent.count <= RECENT_WEEKS && recent.count >= 1);
            prop_assert_eq!(recent.last(), this_week);
            prop_assert_eq!(all.last(), this_week);
            prop_assert_eq!(all.first, rows[0].week);
            for row in &rows {
                let age = weeks_between(row.week, this_week);
                prop_assert_eq!(recent.contains(row.week), age < RECENT_WEEKS as i64);
                prop_assert!(all.contains(row.week));
            }
        }
    }
}
