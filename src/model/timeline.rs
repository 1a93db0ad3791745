//! The mood and life-events timeline: life events (a day or just a month,
//! what happened, who was involved, what kind of event) and periods of low
//! mood, kept in time order, checked with clear reasons, and the "near"
//! relation that lets the app say "low mood started near a loss" as a clue,
//! never as a cause.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::problem_area::ProblemArea;

/// A date as exactly as the person remembers it: a day, or only a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApproxDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

/// Why a typed date was refused (each becomes a sentence in the UI text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not `YYYY-MM` or `YYYY-MM-DD`.
    Malformed,
    /// Shaped right, but no such day or month (2026-02-30, 2026-13).
    NoSuchDate,
}

/// The first year the timeline takes: a life, not history.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 9999;

impl ApproxDate {
    /// Reads `YYYY-MM` (a month) or `YYYY-MM-DD` (a day).
    pub fn parse(text: &str) -> Result<ApproxDate, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize| -> Result<u32, DateError> {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| DateError::Malformed)
            } else {
                Err(DateError::Malformed)
            }
        };
        let (year, month, day) = match parts.as_slice() {
            [year, month] => (number(year, 4)?, number(month, 2)?, None),
            [year, month, day] => (number(year, 4)?, number(month, 2)?, Some(number(day, 2)?)),
            _ => return Err(DateError::Malformed),
        };
        let year = year as i32;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return Err(DateError::NoSuchDate);
        }
        match day {
            None => Ok(ApproxDate::Month { year, month }),
            Some(day) => NaiveDate::from_ymd_opt(year, month, day)
                .map(ApproxDate::Day)
                .ok_or(DateError::NoSuchDate),
        }
    }

    /// The first day it may mean.
    pub fn earliest(self) -> NaiveDate {
        match self {
            ApproxDate::Day(day) => day,
            ApproxDate::Month { year, month } => {
                NaiveDate::from_ymd_opt(year, month, 1).expect("a checked month")
            }
        }
    }

    /// The last day it may mean.
    pub fn latest(self) -> NaiveDate {
        match self {
            ApproxDate::Day(day) => day,
            ApproxDate::Month { .. } => {
                let first = self.earliest();
                first + Months::new(1) - Days::new(1)
            }
        }
    }

    /// Whether it is only a month.
    pub fn is_approximate(self) -> bool {
        matches!(self, ApproxDate::Month { .. })
    }
}

impl fmt::Display for ApproxDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApproxDate::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
            ApproxDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

impl Serialize for ApproxDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ApproxDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ApproxDate::parse(&text).map_err(|error| {
            serde::de::Error::custom(format!("{text:?} is not a timeline date ({error:?})"))
        })
    }
}

/// In time order: by the first day meant, then the last (so "March" comes
/// before "12 March", which it may include but does not start after).
impl Ord for ApproxDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.earliest(), self.latest()).cmp(&(other.earliest(), other.latest()))
    }
}

impl PartialOrd for ApproxDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// What kind of life event it was; each but `Other` points to one or more
/// problem areas.
///
/// A death and a relationship that ended are two kinds, so a clue never
/// sends someone whose partner left to the Grief module (which in this app
/// is about a death only). Events saved before the split say `Loss`
/// ("someone died or left"): they are still read and shown, and their clue
/// names both possibilities, but the form no longer offers the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifeEventKind {
    /// Someone close died.
    Death,
    /// A relationship ended: a break-up, a divorce, someone left.
    RelationshipEnded,
    /// Saved before the split: a death or a relationship that ended.
    Loss,
    Conflict,
    RoleChange,
    Alone,
    Other,
}

impl LifeEventKind {
    /// Every kind, the one saved before the split among them.
    pub const ALL: [LifeEventKind; 7] = [
        LifeEventKind::Death,
        LifeEventKind::RelationshipEnded,
        LifeEventKind::Loss,
        LifeEventKind::Conflict,
        LifeEventKind::RoleChange,
        LifeEventKind::Alone,
        LifeEventKind::Other,
    ];

    /// The kinds the form offers, in its order: all but the old `Loss`.
    pub const CHOICES: [LifeEventKind; 6] = [
        LifeEventKind::Death,
        LifeEventKind::RelationshipEnded,
        LifeEventKind::Conflict,
        LifeEventKind::RoleChange,
        LifeEventKind::Alone,
        LifeEventKind::Other,
    ];

    /// A stable id for forms (the saved data uses the serde name, the same).
    pub fn id(self) -> &'static str {
        match self {
            LifeEventKind::Death => "death",
            LifeEventKind::RelationshipEnded => "relationship-ended",
            LifeEventKind::Loss => "loss",
            LifeEventKind::Conflict => "conflict",
            LifeEventKind::RoleChange => "role-change",
            LifeEventKind::Alone => "alone",
            LifeEventKind::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<LifeEventKind> {
        LifeEventKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// The problem areas a clue near this kind of event points to. A
    /// relationship that ended is a big change (role transitions) or the
    /// last stage of a dispute (dissolution), never grief; an old `Loss`
    /// may have been either a death or an ending, so it names all three.
    pub fn problem_areas(self) -> &'static [ProblemArea] {
        match self {
            LifeEventKind::Death => &[ProblemArea::Grief],
            LifeEventKind::RelationshipEnded => {
                &[ProblemArea::RoleTransitions, ProblemArea::Disputes]
            }
            LifeEventKind::Loss => &[
                ProblemArea::Grief,
                ProblemArea::RoleTransitions,
                ProblemArea::Disputes,
            ],
            LifeEventKind::Conflict => &[ProblemArea::Disputes],
            LifeEventKind::RoleChange => &[ProblemArea::RoleTransitions],
            LifeEventKind::Alone => &[ProblemArea::Isolation],
            LifeEventKind::Other => &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LifeEvent {
    pub id: u64,
    pub when: ApproxDate,
    pub what: String,
    /// People from the map, by id.
    #[serde(default)]
    pub people: Vec<u64>,
    pub kind: LifeEventKind,
}

/// How low the mood was, as the person would put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lowness {
    ABitLow,
    Low,
    VeryLow,
}

impl Lowness {
    pub const ALL: [Lowness; 3] = [Lowness::ABitLow, Lowness::Low, Lowness::VeryLow];

    pub fn id(self) -> &'static str {
        match self {
            Lowness::ABitLow => "a-bit-low",
            Lowness::Low => "low",
            Lowness::VeryLow => "very-low",
        }
    }

    pub fn from_id(id: &str) -> Option<Lowness> {
        Lowness::ALL.into_iter().find(|lowness| lowness.id() == id)
    }

    /// 1 to 3, for the drawing's band height.
    pub fn depth(self) -> u8 {
        self as u8 + 1
    }
}

/// A stretch of low mood; `to` is None while it goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LowPeriod {
    pub id: u64,
    pub from: ApproxDate,
    #[serde(default)]
    pub to: Option<ApproxDate>,
    pub lowness: Lowness,
}

impl LowPeriod {
    /// The days it may cover, up to `today` while it goes on.
    pub fn span(&self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let end = self.to.map_or(today, ApproxDate::latest);
        (self.from.earliest(), end.max(self.from.earliest()))
    }
}

/// Two periods share at least one day (while one goes on, up to `today`).
pub fn periods_overlap(a: &LowPeriod, b: &LowPeriod, today: NaiveDate) -> bool {
    let (a_start, a_end) = a.span(today);
    let (b_start, b_end) = b.span(today);
    a_start <= b_end && b_start <= a_end
}

/// The whole timeline: one area of the app's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Timeline {
    /// In time order (kept so by every change).
    pub events: Vec<LifeEvent>,
    /// In time order of their start.
    pub low_periods: Vec<LowPeriod>,
    pub next_id: u64,
}

impl Default for Timeline {
    fn default() -> Timeline {
        Timeline {
            events: Vec::new(),
            low_periods: Vec::new(),
            next_id: 1,
        }
    }
}

/// A life event as typed in the form (kept as a draft across a reload).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LifeEventDraft {
    pub when: String,
    pub what: String,
    pub people: Vec<u64>,
    pub kind: Option<LifeEventKind>,
}

/// A low period as typed in the form; an empty `to` means it goes on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LowPeriodDraft {
    pub from: String,
    pub to: String,
    pub lowness: Option<Lowness>,
}

/// Why a draft was refused: every problem at once, each naming its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineProblem {
    When(DateError),
    WhenInFuture,
    EmptyDescription,
    NoKind,
    From(DateError),
    FromInFuture,
    To(DateError),
    ToInFuture,
    EndBeforeStart,
    NoLowness,
    /// The event being changed is no longer on the timeline (removed
    /// meanwhile): nothing was changed.
    EventGone,
    /// The time of low mood being changed is no longer on the timeline.
    PeriodGone,
}

impl TimelineProblem {
    /// True when the entry being changed is gone, so the draft can only
    /// be added anew.
    pub fn entry_gone(self) -> bool {
        matches!(
            self,
            TimelineProblem::EventGone | TimelineProblem::PeriodGone
        )
    }
}

/// The longest description kept (a sentence or two; the journal is for
/// more).
pub const MAX_DESCRIPTION_CHARS: usize = 300;

fn checked_date(
    text: &str,
    today: NaiveDate,
    malformed: fn(DateError) -> TimelineProblem,
    future: TimelineProblem,
    problems: &mut Vec<TimelineProblem>,
) -> Option<ApproxDate> {
    match ApproxDate::parse(text) {
        // A month that has begun is not in the future.
        Ok(date) if date.earliest() > today => {
            problems.push(future);
            None
        }
        Ok(date) => Some(date),
        Err(error) => {
            problems.push(malformed(error));
            None
        }
    }
}

impl LifeEventDraft {
    pub fn check(&self, today: NaiveDate) -> Result<LifeEvent, Vec<TimelineProblem>> {
        let mut problems = Vec::new();
        let when = checked_date(
            &self.when,
            today,
            TimelineProblem::When,
            TimelineProblem::WhenInFuture,
            &mut problems,
        );
        let what: String = self
            .what
            .trim()
            .chars()
            .take(MAX_DESCRIPTION_CHARS)
            .collect();
        if what.is_empty() {
            problems.push(TimelineProblem::EmptyDescription);
        }
        if self.kind.is_none() {
            problems.push(TimelineProblem::NoKind);
        }
        match (when, self.kind) {
            (Some(when), Some(kind)) if problems.is_empty() => Ok(LifeEvent {
                id: 0,
                when,
                what,
                people: self.people.clone(),
                kind,
            }),
            _ => Err(problems),
        }
    }

    pub fn from_event(event: &LifeEvent) -> LifeEventDraft {
        LifeEventDraft {
            when: event.when.to_string(),
            what: event.what.clone(),
            people: event.people.clone(),
            kind: Some(event.kind),
        }
    }
}

impl LowPeriodDraft {
    pub fn check(&self, today: NaiveDate) -> Result<LowPeriod, Vec<TimelineProblem>> {
        let mut problems = Vec::new();
        let from = checked_date(
            &self.from,
            today,
            TimelineProblem::From,
            TimelineProblem::FromInFuture,
            &mut problems,
        );
        let to = if self.to.trim().is_empty() {
            None
        } else {
            checked_date(
                &self.to,
                today,
                TimelineProblem::To,
                TimelineProblem::ToInFuture,
                &mut problems,
            )
        };
        if let (Some(from), Some(to)) = (from, to) {
            if to.latest() < from.earliest() {
                problems.push(TimelineProblem::EndBeforeStart);
            }
        }
        if self.lowness.is_none() {
            problems.push(TimelineProblem::NoLowness);
        }
        match (from, self.lowness) {
            (Some(from), Some(lowness)) if problems.is_empty() => Ok(LowPeriod {
                id: 0,
                from,
                to,
                lowness,
            }),
            _ => Err(problems),
        }
    }

    pub fn from_period(period: &LowPeriod) -> LowPeriodDraft {
        LowPeriodDraft {
            from: period.from.to_string(),
            to: period.to.map(|to| to.to_string()).unwrap_or_default(),
            lowness: Some(period.lowness),
        }
    }
}

impl Timeline {
    fn take_id(&mut self) -> u64 {
        let used = self
            .events
            .iter()
            .map(|event| event.id)
            .chain(self.low_periods.iter().map(|period| period.id))
            .max()
            .map_or(1, |id| id + 1);
        let id = self.next_id.max(used);
        self.next_id = id + 1;
        id
    }

    fn sort(&mut self) {
        // Stable: events on the same date keep the order they were added.
        self.events.sort_by_key(|event| event.when);
        self.low_periods.sort_by_key(|period| period.from);
    }

    /// Adds a checked event; returns its id.
    pub fn add_event(
        &mut self,
        draft: &LifeEventDraft,
        today: NaiveDate,
    ) -> Result<u64, Vec<TimelineProblem>> {
        let mut event = draft.check(today)?;
        event.id = self.take_id();
        let id = event.id;
        self.events.push(event);
        self.sort();
        Ok(id)
    }

    /// Replaces event `id` with a checked draft; refused with
    /// [`TimelineProblem::EventGone`] alone if there is no such event.
    pub fn update_event(
        &mut self,
        id: u64,
        draft: &LifeEventDraft,
        today: NaiveDate,
    ) -> Result<(), Vec<TimelineProblem>> {
        if !self.events.iter().any(|event| event.id == id) {
            return Err(vec![TimelineProblem::EventGone]);
        }
        let mut event = draft.check(today)?;
        event.id = id;
        if let Some(slot) = self.events.iter_mut().find(|event| event.id == id) {
            *slot = event;
        }
        self.sort();
        Ok(())
    }

    pub fn remove_event(&mut self, id: u64) -> Option<LifeEvent> {
        let index = self.events.iter().position(|event| event.id == id)?;
        Some(self.events.remove(index))
    }

    pub fn add_low_period(
        &mut self,
        draft: &LowPeriodDraft,
        today: NaiveDate,
    ) -> Result<u64, Vec<TimelineProblem>> {
        let mut period = draft.check(today)?;
        period.id = self.take_id();
        let id = period.id;
        self.low_periods.push(period);
        self.sort();
        Ok(id)
    }

    /// Replaces period `id` with a checked draft; refused with
    /// [`TimelineProblem::PeriodGone`] alone if there is no such period.
    pub fn update_low_period(
        &mut self,
        id: u64,
        draft: &LowPeriodDraft,
        today: NaiveDate,
    ) -> Result<(), Vec<TimelineProblem>> {
        if !self.low_periods.iter().any(|period| period.id == id) {
            return Err(vec![TimelineProblem::PeriodGone]);
        }
        let mut period = draft.check(today)?;
        period.id = id;
        if let Some(slot) = self.low_periods.iter_mut().find(|period| period.id == id) {
            *slot = period;
        }
        self.sort();
        Ok(())
    }

    pub fn remove_low_period(&mut self, id: u64) -> Option<LowPeriod> {
        let index = self.low_periods.iter().position(|period| period.id == id)?;
        Some(self.low_periods.remove(index))
    }

    /// Brings in what `other` has and this one lacks (an event with the
    /// same date, words and kind, or a period with the same dates and
    /// lowness, counts as had), with fresh ids; `person` maps `other`'s
    /// person ids to this side's (for people merged as copies).
    pub fn take_in(&mut self, other: &Timeline, person: impl Fn(u64) -> u64) {
        for event in &other.events {
            let had = self.events.iter().any(|mine| {
                mine.when == event.when && mine.what == event.what && mine.kind == event.kind
            });
            if !had {
                let mut copy = event.clone();
                copy.people = copy.people.iter().map(|id| person(*id)).collect();
                copy.id = self.take_id();
                self.events.push(copy);
            }
        }
        for period in &other.low_periods {
            let had = self.low_periods.iter().any(|mine| {
                mine.from == period.from && mine.to == period.to && mine.lowness == period.lowness
            });
            if !had {
                let mut copy = period.clone();
                copy.id = self.take_id();
                self.low_periods.push(copy);
            }
        }
        self.sort();
    }

    /// Puts back an event removed a moment ago (Undo), in its place in
    /// time and with its id.
    pub fn put_back_event(&mut self, event: LifeEvent) {
        self.events.push(event);
        self.sort();
    }

    /// Puts back a low period removed a moment ago (Undo).
    pub fn put_back_low_period(&mut self, period: LowPeriod) {
        self.low_periods.push(period);
        self.sort();
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.low_periods.is_empty()
    }

    /// Low periods that share days with another (the page says so: two
    /// entries for one stretch may be one).
    pub fn overlapping_periods(&self, today: NaiveDate) -> Vec<(u64, u64)> {
        let mut pairs = Vec::new();
        for (index, a) in self.low_periods.iter().enumerate() {
            for b in &self.low_periods[index + 1..] {
                if periods_overlap(a, b, today) {
                    pairs.push((a.id, b.id));
                }
            }
        }
        pairs
    }

    /// Each low period's onset with the events near it that point to a
    /// problem area: clues for choosing a focus, never causes.
    pub fn clues(&self) -> Vec<Clue> {
        self.low_periods
            .iter()
            .flat_map(|period| {
                self.events.iter().filter_map(move |event| {
                    let areas = event.kind.problem_areas();
                    (!areas.is_empty() && is_near(period.from, event.when)).then_some(Clue {
                        period: period.id,
                        event: event.id,
                        areas,
                    })
                })
            })
            .collect()
    }

    /// The problem areas the clues point to, most clues first (ties in the
    /// areas' usual order).
    pub fn clue_areas(&self) -> Vec<ProblemArea> {
        let clues = self.clues();
        let mut areas: Vec<(ProblemArea, usize)> = ProblemArea::ALL
            .into_iter()
            .map(|area| {
                let count = clues
                    .iter()
                    .filter(|clue| clue.areas.contains(&area))
                    .count();
                (area, count)
            })
            .filter(|(_, count)| *count > 0)
            .collect();
        areas.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        areas.into_iter().map(|(area, _)| area).collect()
    }
}

/// A life event near the start of a low period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clue {
    pub period: u64,
    pub event: u64,
    /// The areas the event points to, most likely first.
    pub areas: &'static [ProblemArea],
}

/// How far before a low mood's onset an event still counts as near it:
/// low mood often follows a loss or a change by weeks to a few months.
pub const NEAR_BEFORE_DAYS: u64 = 92;
/// How far after the onset: an onset remembered a little early.
pub const NEAR_AFTER_DAYS: u64 = 31;

/// Whether an event could have happened near the start of a low mood: some
/// day it may mean lies from [`NEAR_BEFORE_DAYS`] before the earliest day
/// the onset may mean to [`NEAR_AFTER_DAYS`] after its latest.
pub fn is_near(onset: ApproxDate, event: ApproxDate) -> bool {
    let window_start = onset.earliest() - Days::new(NEAR_BEFORE_DAYS);
    let window_end = onset.latest() + Days::new(NEAR_AFTER_DAYS);
    event.earliest() <= window_end && event.latest() >= window_start
}

/// Where dates fall across the drawing: the months from the earliest entry
/// to today (or the latest entry), [`PX_PER_MONTH`] each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub start: NaiveDate,
    pub months: u32,
}

/// The width of one month in the drawing, in SVG units (CSS pixels): wide
/// enough for a short label, so a phone scrolls through years sideways.
pub const PX_PER_MONTH: f64 = 56.0;

impl Scale {
    pub fn new(timeline: &Timeline, today: NaiveDate) -> Scale {
        let (start, months) = months_spanned(timeline, today);
        Scale { start, months }
    }

    pub fn width(self) -> f64 {
        f64::from(self.months) * PX_PER_MONTH
    }

    /// The x of the start of `date`: each month gets the same width, and a
    /// day its share of its month.
    pub fn x(self, date: NaiveDate) -> f64 {
        let months = (date.year() - self.start.year()) * 12 + date.month() as i32
            - self.start.month() as i32;
        let first = date.with_day(1).expect("day 1 exists");
        let days_in_month = ((first + Months::new(1)) - first).num_days() as f64;
        let within = f64::from(date.day() - 1) / days_in_month;
        (f64::from(months) + within) * PX_PER_MONTH
    }

    /// The x just after `date` (the end of a span that includes it).
    pub fn x_after(self, date: NaiveDate) -> f64 {
        self.x(date + Days::new(1))
    }

    /// Each month's first day and its x, for ticks and year labels.
    pub fn month_starts(self) -> Vec<(NaiveDate, f64)> {
        (0..self.months)
            .map(|month| {
                let date = self.start + Months::new(month);
                (date, self.x(date))
            })
            .collect()
    }
}

/// Labels in the drawing longer than this are cut with an ellipsis (the
/// full words are in the mark's title and in the list).
pub const LABEL_CHARS: usize = 16;

/// An event's words cut to fit under its mark.
pub fn short_label(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        text.to_string()
    } else {
        let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The months the drawing spans: from the month of the earliest entry to
/// the month of `today` (or the latest entry, if later), at least one.
pub fn months_spanned(timeline: &Timeline, today: NaiveDate) -> (NaiveDate, u32) {
    let dates = timeline
        .events
        .iter()
        .map(|event| (event.when.earliest(), event.when.latest()))
        .chain(timeline.low_periods.iter().map(|period| period.span(today)));
    let (mut first, mut last) = (today, today);
    for (start, end) in dates {
        first = first.min(start);
        last = last.max(end);
    }
    let start = first.with_day(1).expect("day 1 exists");
    let months = (last.year() - start.year()) * 12 + last.month() as i32 - start.month() as i32;
    (start, months as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_parse_as_a_day_or_a_month_and_say_why_not() {
        assert_eq!(
            ApproxDate::parse(" 2025-03 "),
            Ok(ApproxDate::Month {
                year: 2025,
                month: 3
            })
        );
        assert_eq!(
            ApproxDate::parse("2025-03-09"),
            Ok(ApproxDate::Day(day("2025-03-09")))
        );
        assert_eq!(ApproxDate::parse(""), Err(DateError::Empty));
        for malformed in [
            "March",
            "2025",
            "2025-3",
            "25-03",
            "2025-03-9",
            "2025-03-09-x",
        ] {
            assert_eq!(
                ApproxDate::parse(malformed),
                Err(DateError::Malformed),
                "{malformed}"
            );
        }
        for impossible in ["2025-13", "2025-00", "2025-02-30", "1899-12"] {
            assert_eq!(
                ApproxDate::parse(impossible),
                Err(DateError::NoSuchDate),
                "{impossible}"
            );
        }
    }

    #[test]
    fn the_scale_gives_each_month_the_same_width_and_keeps_order() {
        let mut timeline = Timeline::default();
        let today = day("2026-12-02");
        let draft = LifeEventDraft {
            when: "2026-10-15".into(),
            what: "Moved".into(),
            people: vec![],
            kind: Some(LifeEventKind::RoleChange),
        };
        timeline.add_event(&draft, today).unwrap();
        let scale = Scale::new(&timeline, today);
        assert_eq!((scale.start, scale.months), (day("2026-10-01"), 3));
        assert_eq!(scale.x(day("2026-10-01")), 0.0);
        assert_eq!(scale.x(day("2026-11-01")), PX_PER_MONTH);
        assert_eq!(scale.x_after(day("2026-12-31")), 3.0 * PX_PER_MONTH);
        assert!(scale.x(day("2026-10-15")) < scale.x(day("2026-10-16")));
        assert_eq!(scale.month_starts().len(), 3);
        assert_eq!(scale.width(), 3.0 * PX_PER_MONTH);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(short_label("Mum died"), "Mum died");
        let long = short_label("Moved to a new city far away");
        assert_eq!(long, "Moved to a new …".replace(" …", "…"));
        assert!(long.chars().count() <= LABEL_CHARS);
        assert_eq!(
            short_label("😀".repeat(30).as_str()).chars().count(),
            LABEL_CHARS
        );
    }

    #[test]
    fn a_month_covers_its_days() {
        let february = ApproxDate::parse("2024-02").unwrap();
        assert_eq!(february.earliest(), day("2024-02-01"));
        assert_eq!(february.latest(), day("2024-02-29"));
        assert!(february < ApproxDate::parse("2024-02-12").unwrap());
        assert!(ApproxDate::parse("2024-02-01").unwrap() < february);
        assert!(ApproxDate::parse("2024-01-31").unwrap() < february);
    }
}
