//! The weekly journal: ISO weeks, entries with mood, events and people,
//! the PHQ-9, the insights drawn from them (the chart's frame, the year
//! at a glance and the progress check among them), and the CSV and calendar
//! exports. Pure data and logic: the interface passes in "today" (the
//! local date) and maps every enum to words; the only text here is the
//! PHQ-9's, which lives in `content::phq9`.

pub mod chart_frame;
pub mod csv;
pub mod entry;
pub mod ics;
pub mod insights;
pub mod phq9;
pub mod progress;
pub mod step;
pub mod week;
pub mod week_choices;
pub mod week_labels;
pub mod week_rows;
pub mod year_glance;

pub use entry::{
    mood_needs_safety_panel, parse_mood, Event, EventError, EventInput, Feeling, Journal,
    MoodError, WeekEntry,
};
pub use insights::{
    journal_weeks, mood_series, people_patterns, phase, MoodPoint, PersonPattern, Phase,
};
pub use phq9::{band, Band, Phq9Answers, Phq9Error, ScoreAdvice};
pub use progress::{progress_concern, ProgressConcern};
pub use step::{StepDraft, StepOutcome, StepReview, WeeklyStep};
pub use week::{weeks_between, IsoWeek, WeekError};
pub use week_rows::{week_rows, week_rows_in_range, WeekRow};
pub use year_glance::{year_weeks, GlanceWeek, MoodBand};
