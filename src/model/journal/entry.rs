//! The weekly journal: one entry per ISO week with a mood, events with the
//! people in them, notes about people, a free note and, now and then, a
//! PHQ-9. Saved on the device as one document.
//!
//! Entries are refused for weeks that have not started, and every change
//! that leaves an entry blank removes it, so "the first entry" is always
//! a week where something was written.

use std::collections::BTreeMap;
use std::fmt;
use std::num::IntErrorKind;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::phq9::Phq9Answers;
use super::week::{weeks_between, IsoWeek, WeekError};
use crate::model::problem_area::ProblemArea;

/// The highest mood on the 0–10 scale.
pub const MOOD_MAX: u8 = 10;
/// Moods at or below this open the safety panel (0 and 1).
pub const MOOD_SAFETY_AT_OR_BELOW: u8 = 1;
/// IPT is usually 12 to 16 weekly sessions.
pub const PLAN_WEEKS_DEFAULT: u8 = 12;
pub const PLAN_WEEKS_MIN: u8 = 12;
pub const PLAN_WEEKS_MAX: u8 = 16;
/// The PHQ-9 is suggested (never forced) once in this many weeks.
pub const PHQ9_INTERVAL_WEEKS: i64 = 4;

/// How an event felt, from very hard to very good.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Feeling {
    VeryHard,
    Hard,
    #[default]
    Mixed,
    Good,
    VeryGood,
}

impl Feeling {
    pub const ALL: [Feeling; 5] = [
        Feeling::VeryHard,
        Feeling::Hard,
        Feeling::Mixed,
        Feeling::Good,
        Feeling::VeryGood,
    ];

    /// Very hard and hard events are the ones the insights count.
    pub fn is_hard(self) -> bool {
        matches!(self, Feeling::VeryHard | Feeling::Hard)
    }

    /// A stable machine word for exports (the same as the saved form).
    pub fn code(self) -> &'static str {
        match self {
            Feeling::VeryHard => "very-hard",
            Feeling::Hard => "hard",
            Feeling::Mixed => "mixed",
            Feeling::Good => "good",
            Feeling::VeryGood => "very-good",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Unique in the whole journal, never reused.
    pub id: u64,
    #[serde(default)]
    pub description: String,
    /// Ids of people on the map. A person removed from the map keeps their
    /// id here; the interface shows them as someone removed.
    #[serde(default)]
    pub people: Vec<u64>,
    #[serde(default)]
    pub feeling: Feeling,
    #[serde(default)]
    pub problem_area: Option<ProblemArea>,
}

/// What the event form sends: an event without its id. (Also what a
/// half-written new event is kept as across a reload.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventInput {
    pub description: String,
    pub people: Vec<u64>,
    pub feeling: Feeling,
    pub problem_area: Option<ProblemArea>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekEntry {
    pub week: IsoWeek,
    /// 0 to 10; a journal aid, not a validated measure.
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// A note about a person this week, by person id.
    #[serde(default)]
    pub person_notes: BTreeMap<u64, String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub phq9: Option<Phq9Answers>,
    /// This week's step (see `step.rs`); left out of the stored text when
    /// there is none, as before steps existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<super::step::WeeklyStep>,
}

impl WeekEntry {
    pub fn new(week: IsoWeek) -> WeekEntry {
        WeekEntry {
            week,
            mood: None,
            events: Vec::new(),
            person_notes: BTreeMap::new(),
            note: String::new(),
            phq9: None,
            step: None,
        }
    }

    /// True when nothing has been written for the week.
    pub fn is_empty(&self) -> bool {
        self.note.is_empty() && self.has_nothing_but_the_note()
    }

    /// True when nothing but (perhaps) the free note has been written.
    fn has_nothing_but_the_note(&self) -> bool {
        self.mood.is_none()
            && self.events.is_empty()
            && self.person_notes.is_empty()
            && self.phq9.is_none()
            && self.step.is_none()
    }

    pub fn hard_event_count(&self) -> usize {
        self.events
            .iter()
            .filter(|event| event.feeling.is_hard())
            .count()
    }

    /// The PHQ-9 total, when one was completed this week.
    pub fn phq9_score(&self) -> Option<u8> {
        self.phq9.as_ref().and_then(Phq9Answers::score)
    }

    /// True when `person` is named in any event of the week.
    pub fn mentions(&self, person: u64) -> bool {
        self.events
            .iter()
            .any(|event| event.people.contains(&person))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoodError {
    /// Not a whole number, such as "seven" or "7.5".
    NotANumber,
    /// A whole number outside 0 to 10.
    OutOfRange,
    Week(WeekError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventError {
    /// The description is empty or only spaces.
    EmptyDescription,
    NoSuchEvent(u64),
    Week(WeekError),
}

impl From<WeekError> for MoodError {
    fn from(error: WeekError) -> MoodError {
        MoodError::Week(error)
    }
}

impl From<WeekError> for EventError {
    fn from(error: WeekError) -> EventError {
        EventError::Week(error)
    }
}

impl fmt::Display for MoodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoodError::NotANumber => f.write_str("mood is not a whole number"),
            MoodError::OutOfRange => f.write_str("mood is outside 0 to 10"),
            MoodError::Week(error) => error.fmt(f),
        }
    }
}

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventError::EmptyDescription => f.write_str("event description is empty"),
            EventError::NoSuchEvent(id) => write!(f, "no event with id {id}"),
            EventError::Week(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for MoodError {}
impl std::error::Error for EventError {}

/// Reads a typed mood. Spaces around it are ignored; an empty field means
/// "no mood" (`Ok(None)`).
pub fn parse_mood(text: &str) -> Result<Option<u8>, MoodError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value: i64 = text
        .parse()
        .map_err(|error: std::num::ParseIntError| match error.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => MoodError::OutOfRange,
            _ => MoodError::NotANumber,
        })?;
    match u8::try_from(value) {
        Ok(mood) if mood <= MOOD_MAX => Ok(Some(mood)),
        _ => Err(MoodError::OutOfRange),
    }
}

/// True for a mood of 0 or 1, which opens the safety panel.
pub fn mood_needs_safety_panel(mood: u8) -> bool {
    mood <= MOOD_SAFETY_AT_OR_BELOW
}

/// Trims the description and drops repeated people, keeping their order.
fn clean_input(input: EventInput) -> Result<EventInput, EventError> {
    let description = input.description.trim();
    if description.is_empty() {
        return Err(EventError::EmptyDescription);
    }
    let mut people: Vec<u64> = Vec::with_capacity(input.people.len());
    for person in input.people {
        if !people.contains(&person) {
            people.push(person);
        }
    }
    Ok(EventInput {
        description: description.to_string(),
        people,
        ..input
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journal {
    pub entries: BTreeMap<IsoWeek, WeekEntry>,
    /// The id the next event gets.
    pub next_event_id: u64,
    /// The planned length of the work in weeks, 12 to 16.
    pub plan_weeks: u8,
}

impl Default for Journal {
    fn default() -> Journal {
        Journal {
            entries: BTreeMap::new(),
            next_event_id: 1,
            plan_weeks: PLAN_WEEKS_DEFAULT,
        }
    }
}

impl Journal {
    pub fn entry(&self, week: IsoWeek) -> Option<&WeekEntry> {
        self.entries.get(&week)
    }

    /// The entry for `week`, made if missing. Refused for a week after the
    /// one holding `today` (the local date).
    pub fn entry_mut(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
    ) -> Result<&mut WeekEntry, WeekError> {
        if week.is_future(today) {
            return Err(WeekError::Future);
        }
        Ok(self
            .entries
            .entry(week)
            .or_insert_with(|| WeekEntry::new(week)))
    }

    /// The earliest week with an entry.
    pub fn first_week(&self) -> Option<IsoWeek> {
        self.entries.keys().next().copied()
    }

    pub(super) fn drop_if_empty(&mut self, week: IsoWeek) {
        if self.entries.get(&week).is_some_and(WeekEntry::is_empty) {
            self.entries.remove(&week);
        }
    }

    /// Sets the mood from what was typed (see `parse_mood`) and returns the
    /// stored value. On an error the stored mood is left as it was.
    pub fn set_mood_from_text(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        text: &str,
    ) -> Result<Option<u8>, MoodError> {
        if week.is_future(today) {
            return Err(MoodError::Week(WeekError::Future));
        }
        let mood = parse_mood(text)?;
        self.entry_mut(week, today)?.mood = mood;
        self.drop_if_empty(week);
        Ok(mood)
    }

    /// Whether setting the week's free note to `text` changes that text
    /// alone: the week's entry is there and stays. (A note in a week without
    /// an entry makes one; emptying the note of a week with nothing else
    /// removes it.) Nothing derived from the journal but the note itself
    /// changes then, so the page can take such a key without re-deriving
    /// what it shows from every week (see `AreaStore::update_text`).
    pub fn note_edit_is_text_only(&self, week: IsoWeek, text: &str) -> bool {
        self.entry(week)
            .is_some_and(|entry| !text.is_empty() || !entry.has_nothing_but_the_note())
    }

    /// Stores the week's free note exactly as typed.
    pub fn set_note(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        text: &str,
    ) -> Result<(), WeekError> {
        self.entry_mut(week, today)?.note = text.to_string();
        self.drop_if_empty(week);
        Ok(())
    }

    /// Stores a note about a person for the week; a blank note removes it.
    pub fn set_person_note(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        person: u64,
        text: &str,
    ) -> Result<(), WeekError> {
        let entry = self.entry_mut(week, today)?;
        if text.trim().is_empty() {
            entry.person_notes.remove(&person);
        } else {
            entry.person_notes.insert(person, text.to_string());
        }
        self.drop_if_empty(week);
        Ok(())
    }

    /// Stores (or with `None` removes) the week's PHQ-9. The answers are
    /// checked by `Phq9Answers`' own setters.
    pub fn set_phq9(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        answers: Option<Phq9Answers>,
    ) -> Result<(), WeekError> {
        self.entry_mut(week, today)?.phq9 = answers;
        self.drop_if_empty(week);
        Ok(())
    }

    fn take_event_id(&mut self) -> u64 {
        // Guards against a hand-edited or damaged document whose counter
        // fell behind the ids already used.
        let highest = self
            .entries
            .values()
            .flat_map(|entry| &entry.events)
            .map(|event| event.id)
            .max();
        let id = match highest {
            Some(highest) => self.next_event_id.max(highest.saturating_add(1)),
            None => self.next_event_id,
        };
        self.next_event_id = id.saturating_add(1);
        id
    }

    /// Adds an event to `week` and returns its id. The description is
    /// stored trimmed and must not be empty.
    pub fn add_event(
        &mut self,
        week: IsoWeek,
        today: NaiveDate,
        input: EventInput,
    ) -> Result<u64, EventError> {
        if week.is_future(today) {
            return Err(EventError::Week(WeekError::Future));
        }
        let input = clean_input(input)?;
        let id = self.take_event_id();
        self.entry_mut(week, today)?.events.push(Event {
            id,
            description: input.description,
            people: input.people,
            feeling: input.feeling,
            problem_area: input.problem_area,
        });
        Ok(id)
    }

    /// The event with `id` and the week it belongs to.
    pub fn event(&self, id: u64) -> Option<(IsoWeek, &Event)> {
        self.entries.values().find_map(|entry| {
            entry
                .events
                .iter()
                .find(|event| event.id == id)
                .map(|event| (entry.week, event))
        })
    }

    fn event_mut(&mut self, id: u64) -> Option<&mut Event> {
        self.entries
            .values_mut()
            .flat_map(|entry| entry.events.iter_mut())
            .find(|event| event.id == id)
    }

    /// Replaces an event's contents, keeping its id and week.
    pub fn update_event(&mut self, id: u64, input: EventInput) -> Result<(), EventError> {
        let input = clean_input(input)?;
        let event = self.event_mut(id).ok_or(EventError::NoSuchEvent(id))?;
        event.description = input.description;
        event.people = input.people;
        event.feeling = input.feeling;
        event.problem_area = input.problem_area;
        Ok(())
    }

    /// Removes an event and returns it (so the interface can offer undo).
    pub fn remove_event(&mut self, id: u64) -> Result<Event, EventError> {
        let (week, _) = self.event(id).ok_or(EventError::NoSuchEvent(id))?;
        let entry = self
            .entries
            .get_mut(&week)
            .ok_or(EventError::NoSuchEvent(id))?;
        let index = entry
            .events
            .iter()
            .position(|event| event.id == id)
            .ok_or(EventError::NoSuchEvent(id))?;
        let event = entry.events.remove(index);
        self.drop_if_empty(week);
        Ok(event)
    }

    /// Sets the planned length, kept within 12 to 16 weeks.
    pub fn set_plan_weeks(&mut self, weeks: u8) {
        self.plan_weeks = weeks.clamp(PLAN_WEEKS_MIN, PLAN_WEEKS_MAX);
    }

    /// True when no complete PHQ-9 was saved in the four weeks up to and
    /// including `today_week`, so the journal may suggest one. It is only
    /// a suggestion: nothing requires it.
    pub fn phq9_due(&self, today_week: IsoWeek) -> bool {
        let recent_complete = self
            .entries
            .range(..=today_week)
            .rev()
            .take_while(|(week, _)| weeks_between(**week, today_week) < PHQ9_INTERVAL_WEEKS)
            .any(|(_, entry)| entry.phq9_score().is_some());
        !recent_complete
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn week(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    fn input(description: &str) -> EventInput {
        EventInput {
            description: description.to_string(),
            ..Default::default()
        }
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 26); // Thursday of 2026-W48

    fn today() -> NaiveDate {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn mood_text_is_trimmed_and_checked() {
        assert_eq!(parse_mood(" 7 "), Ok(Some(7)));
        assert_eq!(parse_mood("0"), Ok(Some(0)));
        assert_eq!(parse_mood("10"), Ok(Some(10)));
        assert_eq!(parse_mood("   "), Ok(None));
        assert_eq!(parse_mood("11"), Err(MoodError::OutOfRange));
        assert_eq!(parse_mood("-1"), Err(MoodError::OutOfRange));
        assert_eq!(
            parse_mood("99999999999999999999999"),
            Err(MoodError::OutOfRange)
        );
        assert_eq!(parse_mood("seven"), Err(MoodError::NotANumber));
        assert_eq!(parse_mood("7.5"), Err(MoodError::NotANumber));
    }

    #[test]
    fn a_bad_mood_leaves_the_stored_one_and_an_empty_one_clears_it() {
        let mut journal = Journal::default();
        let w = week(2026, 48);
        assert_eq!(journal.set_mood_from_text(w, today(), "6"), Ok(Some(6)));
        assert_eq!(
            journal.set_mood_from_text(w, today(), "11"),
            Err(MoodError::OutOfRange)
        );
        assert_eq!(journal.entry(w).unwrap().mood, Some(6));
        assert_eq!(journal.set_mood_from_text(w, today(), ""), Ok(None));
        assert!(journal.entry(w).is_none(), "a blank entry is removed");
    }

    #[test]
    fn future_weeks_are_refused_and_not_created() {
        let mut journal = Journal::default();
        let next = week(2026, 49);
        assert_eq!(
            journal.entry_mut(next, today()).err(),
            Some(WeekError::Future)
        );
        assert_eq!(
            journal.set_mood_from_text(next, today(), "5"),
            Err(MoodError::Week(WeekError::Future))
        );
        assert_eq!(
            journal.add_event(next, today(), input("Lunch")),
            Err(EventError::Week(WeekError::Future))
        );
        assert_eq!(journal.set_note(next, today(), "x"), Err(WeekError::Future));
        assert!(journal.entries.is_empty());
        assert!(journal.entry_mut(week(2026, 48), today()).is_ok());
    }

    #[test]
    fn events_need_a_description_and_keep_their_ids() {
        let mut journal = Journal::default();
        let w = week(2026, 47);
        assert_eq!(
            journal.add_event(w, today(), input("  \n ")),
            Err(EventError::EmptyDescription)
        );
        assert!(journal.entries.is_empty());
        let first = journal
            .add_event(
                w,
                today(),
                EventInput {
                    description: "  Argued with Sam ".into(),
                    people: vec![3, 4, 3],
                    feeling: Feeling::Hard,
                    problem_area: Some(ProblemArea::Disputes),
                },
            )
            .unwrap();
        let second = journal.add_event(w, today(), input("Walk")).unwrap();
        assert_ne!(first, second);
        let (found_week, event) = journal.event(first).unwrap();
        assert_eq!(found_week, w);
        assert_eq!(event.description, "Argued with Sam");
        assert_eq!(event.people, vec![3, 4]);

        assert_eq!(
            journal.update_event(first, input(" ")),
            Err(EventError::EmptyDescription)
        );
        assert_eq!(
            journal.update_event(99, input("x")),
            Err(EventError::NoSuchEvent(99))
        );
        journal
            .update_event(first, input("Made up with Sam"))
            .unwrap();
        assert_eq!(
            journal.event(first).unwrap().1.description,
            "Made up with Sam"
        );

        journal.remove_event(first).unwrap();
        assert_eq!(
            journal.remove_event(first),
            Err(EventError::NoSuchEvent(first))
        );
        journal.remove_event(second).unwrap();
        assert!(journal.entries.is_empty());
        // Ids are never reused.
        assert!(journal.add_event(w, today(), input("Again")).unwrap() > second);
    }

    #[test]
    fn a_stale_counter_does_not_reuse_ids() {
        let mut journal = Journal::default();
        journal
            .add_event(week(2026, 40), today(), input("a"))
            .unwrap();
        journal
            .add_event(week(2026, 40), today(), input("b"))
            .unwrap();
        journal.next_event_id = 1;
        let id = journal
            .add_event(week(2026, 41), today(), input("c"))
            .unwrap();
        assert_eq!(id, 3);
    }

    #[test]
    fn mood_safety_panel_is_for_zero_and_one() {
        assert!(mood_needs_safety_panel(0));
        assert!(mood_needs_safety_panel(1));
        assert!(!mood_needs_safety_panel(2));
        assert!(!mood_needs_safety_panel(10));
    }

    #[test]
    fn phq9_is_suggested_every_four_weeks() {
        let mut journal = Journal::default();
        let done = Phq9Answers {
            items: [Some(1); 9],
            difficulty: None,
        };
        assert!(journal.phq9_due(week(2026, 48)));
        journal
            .set_phq9(week(2026, 44), today(), Some(done.clone()))
            .unwrap();
        assert!(!journal.phq9_due(week(2026, 44)));
        assert!(!journal.phq9_due(week(2026, 47)));
        assert!(journal.phq9_due(week(2026, 48)));
        // A partial questionnaire does not count as done.
        journal
            .set_phq9(week(2026, 48), today(), Some(Phq9Answers::default()))
            .unwrap();
        assert!(journal.phq9_due(week(2026, 48)));
    }

    #[test]
    fn person_notes_are_kept_as_typed_and_blank_ones_removed() {
        let mut journal = Journal::default();
        let w = week(2026, 48);
        journal
            .set_person_note(w, today(), 7, " Called me ")
            .unwrap();
        assert_eq!(journal.entry(w).unwrap().person_notes[&7], " Called me ");
        journal.set_person_note(w, today(), 7, "  ").unwrap();
        assert!(journal.entry(w).is_none());
    }

    #[test]
    fn a_note_edit_is_text_only_while_the_weeks_entry_is_there_and_stays() {
        let mut journal = Journal::default();
        let w = week(2026, 48);
        // No entry yet: the first key makes one.
        assert!(!journal.note_edit_is_text_only(w, "a"));
        journal.set_note(w, today(), "a").unwrap();
        assert!(journal.note_edit_is_text_only(w, "ab"));
        // Emptying the note of a week with nothing else removes the entry.
        assert!(!journal.note_edit_is_text_only(w, ""));
        journal.set_mood_from_text(w, today(), "4").unwrap();
        assert!(journal.note_edit_is_text_only(w, ""));
    }

    proptest! {
        /// Whatever the week holds and whatever is typed: a note edit
        /// called text-only leaves every week's entry in place and changes
        /// nothing but that note; otherwise an entry came or went.
        #[test]
        fn a_text_only_note_edit_changes_the_note_alone(
            mood in proptest::option::of(0u8..=10),
            before in "[a-z ]{0,3}",
            typed in "[a-z ]{0,3}",
        ) {
            let w = week(2026, 48);
            let mut journal = Journal::default();
            if let Some(mood) = mood {
                journal.set_mood_from_text(w, today(), &mood.to_string()).unwrap();
            }
            journal.set_note(w, today(), &before).unwrap();
            let text_only = journal.note_edit_is_text_only(w, &typed);
            let mut changed = journal.clone();
            changed.set_note(w, today(), &typed).unwrap();
            let weeks = |j: &Journal| j.entries.keys().copied().collect::<Vec<_>>();
            prop_assert_eq!(text_only, weeks(&journal) == weeks(&changed) && journal.entry(w).is_some());
            if text_only {
                let mut expected = journal.clone();
                expected.entries.get_mut(&w).unwrap().note = typed.clone();
                prop_assert_eq!(changed, expected);
            }
        }
    }

    #[test]
    fn plan_length_stays_within_twelve_to_sixteen() {
        let mut journal = Journal::default();
        assert_eq!(journal.plan_weeks, 12);
        journal.set_plan_weeks(20);
        assert_eq!(journal.plan_weeks, 16);
        journal.set_plan_weeks(3);
        assert_eq!(journal.plan_weeks, 12);
    }

    #[test]
    fn older_documents_load_with_defaults() {
        let journal: Journal = serde_json::from_str("{}").unwrap();
        assert_eq!(journal, Journal::default());
        let journal: Journal = serde_json::from_str(
            r#"{"entries":{"2026-W53":{"week":"2026-W53","events":[{"id":4,"description":"x","people":[99]}]}}}"#,
        )
        .unwrap();
        let entry = journal.entry(week(2026, 53)).unwrap();
        assert_eq!(entry.events[0].feeling, Feeling::Mixed);
        assert_eq!(entry.events[0].people, vec![99]);
        assert_eq!(journal.plan_weeks, 12);
    }

    proptest! {
        #[test]
        fn any_typed_mood_is_either_stored_or_refused_without_change(text in "\\PC{0,6}") {
            let mut journal = Journal::default();
            let w = week(2026, 48);
            journal.set_mood_from_text(w, today(), "5").unwrap();
            match journal.set_mood_from_text(w, today(), &text) {
                Ok(mood) => {
                    prop_assert_eq!(journal.entry(w).and_then(|e| e.mood), mood);
                    prop_assert!(mood.is_none_or(|m| m <= MOOD_MAX));
                }
                Err(_) => prop_assert_eq!(journal.entry(w).unwrap().mood, Some(5)),
            }
        }
    }
}
