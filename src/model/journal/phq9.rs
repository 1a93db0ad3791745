//! Scoring of the PHQ-9 (Kroenke, Spitzer & Williams 2001). The words are
//! in `content::phq9`. A screening score is not a diagnosis: the interface
//! says so next to every score.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Number of scored items.
pub const ITEM_COUNT: usize = 9;
/// The highest answer to an item ("Nearly every day") and to the
/// follow-up question ("Extremely difficult").
pub const MAX_ANSWER: u8 = 3;
/// The highest total: nine items answered 3.
pub const MAX_SCORE: u8 = 27;
/// Index of item 9, the question about thoughts of death or self-harm.
pub const SELF_HARM_ITEM: usize = 8;

/// One filled-in (or partly filled-in) questionnaire. Values are 0 to 3;
/// use the setters, which refuse anything else. Data loaded from storage is
/// not checked on load, so `score` treats any out-of-range value as
/// unanswerable rather than trusting it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phq9Answers {
    /// The answers to items 1 to 9 (index 0 to 8), `None` if not answered.
    #[serde(default)]
    pub items: [Option<u8>; ITEM_COUNT],
    /// The answer to the follow-up question (not scored).
    #[serde(default)]
    pub difficulty: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phq9Error {
    /// There is no item with this index (items are 0 to 8).
    NoSuchItem(usize),
    /// An answer above 3.
    AnswerOutOfRange(u8),
}

impl fmt::Display for Phq9Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Phq9Error::NoSuchItem(index) => write!(f, "no PHQ-9 item with index {index}"),
            Phq9Error::AnswerOutOfRange(value) => write!(f, "PHQ-9 answer {value} is not 0 to 3"),
        }
    }
}

impl std::error::Error for Phq9Error {}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::Minimal,
        Band::Mild,
        Band::Moderate,
        Band::ModeratelySevere,
        Band::Severe,
    ];

    /// The band of a total score: 0–4 minimal, 5–9 mild, 10–14 moderate,
    /// 15–19 moderately severe, 20–27 severe. Totals above 27 cannot come
    /// from `Phq9Answers::score` and count as severe.
    pub fn from_score(score: u8) -> Band {
        match score {
            0..=4 => Band::Minimal,
            5..=9 => Band::Mild,
            10..=14 => Band::Moderate,
            15..=19 => Band::ModeratelySevere,
            _ => Band::Severe,
        }
    }

    /// The totals that fall in this band.
    pub fn scores(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Band::Minimal => 0..=4,
            Band::Mild => 5..=9,
            Band::Moderate => 10..=14,
            Band::ModeratelySevere => 15..=19,
            Band::Severe => 20..=MAX_SCORE,
        }
    }

    /// A stable machine word for exports (the same as the saved form).
    pub fn code(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately-severe",
            Band::Severe => "severe",
        }
    }
}

/// What the journal adds under a complete total, beside its band. Item 9
/// is a separate matter: any answer above "Not at all" opens the safety
/// panel whatever the total (see [`Phq9Answers::needs_safety_panel`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreAdvice {
    /// 0 to 9: the score and its band, nothing more.
    NothingMore,
    /// 10 to 14 (moderate): worth talking over with a doctor or therapist.
    TalkItOver,
    /// 15 to 19 (moderately severe): words of their own, firmer than for
    /// 10 to 14 (make an appointment) and softer than for 20 and up.
    MakeAnAppointment,
    /// 20 to 27 (severe): a firmer, different message, to contact a doctor
    /// soon, with the link to the crisis lines.
    ContactDoctorSoon,
}

/// The lowest total worth talking over with a professional.
pub const TALK_IT_OVER_FROM: u8 = 10;
/// The lowest total (moderately severe) that gets its own, firmer words.
pub const MAKE_AN_APPOINTMENT_FROM: u8 = 15;
/// The lowest total (the severe band) that gets the firmest message.
pub const CONTACT_DOCTOR_FROM: u8 = 20;
/// The lowest answer to item 9 ("More than half the days") that adds a
/// plea to contact a doctor or a crisis line today.
pub const CONTACT_TODAY_FROM: u8 = 2;

impl ScoreAdvice {
    /// The advice for a total. Totals above 27 cannot come from
    /// `Phq9Answers::score` and get the firmest advice.
    pub fn for_score(score: u8) -> ScoreAdvice {
        match score {
            CONTACT_DOCTOR_FROM.. => ScoreAdvice::ContactDoctorSoon,
            MAKE_AN_APPOINTMENT_FROM.. => ScoreAdvice::MakeAnAppointment,
            TALK_IT_OVER_FROM.. => ScoreAdvice::TalkItOver,
            _ => ScoreAdvice::NothingMore,
        }
    }
}

/// Short name for `Band::from_score`.
pub fn band(score: u8) -> Band {
    Band::from_score(score)
}

fn check_answer(value: Option<u8>) -> Result<Option<u8>, Phq9Error> {
    match value {
        Some(value) if value > MAX_ANSWER => Err(Phq9Error::AnswerOutOfRange(value)),
        other => Ok(other),
    }
}

impl Phq9Answers {
    /// Sets (or, with `None`, clears) the answer to item `index` (0 to 8).
    pub fn set_item(&mut self, index: usize, value: Option<u8>) -> Result<(), Phq9Error> {
        let value = check_answer(value)?;
        let slot = self
            .items
            .get_mut(index)
            .ok_or(Phq9Error::NoSuchItem(index))?;
        *slot = value;
        Ok(())
    }

    pub fn set_difficulty(&mut self, value: Option<u8>) -> Result<(), Phq9Error> {
        self.difficulty = check_answer(value)?;
        Ok(())
    }

    /// Checks every stored value is 0 to 3 (for data read from storage).
    pub fn validate(&self) -> Result<(), Phq9Error> {
        for value in self.items.iter().chain([&self.difficulty]) {
            check_answer(*value)?;
        }
        Ok(())
    }

    pub fn answered_count(&self) -> usize {
        self.items.iter().filter(|item| item.is_some()).count()
    }

    pub fn is_complete(&self) -> bool {
        self.score().is_some()
    }

    /// The total, 0 to 27, only when all nine items are answered with
    /// valid values. A partial questionnaire has no score.
    pub fn score(&self) -> Option<u8> {
        self.items.iter().try_fold(0u8, |total, item| match item {
            Some(value) if *value <= MAX_ANSWER => Some(total + value),
            _ => None,
        })
    }

    pub fn band(&self) -> Option<Band> {
        self.score().map(Band::from_score)
    }

    /// The advice for the total, only when all nine items are answered.
    pub fn advice(&self) -> Option<ScoreAdvice> {
        self.score().map(ScoreAdvice::for_score)
    }

    /// True when item 9 is answered above "Not at all", whatever the total
    /// and whether or not the rest is answered. Out-of-range values count
    /// too: when in doubt, offer help.
    pub fn needs_safety_panel(&self) -> bool {
        self.items[SELF_HARM_ITEM].is_some_and(|value| value > 0)
    }

    /// True when item 9 is answered "More than half the days" or "Nearly
    /// every day": the safety panel then also asks the person to contact a
    /// doctor or a crisis line today. Out-of-range values count too.
    pub fn needs_contact_today(&self) -> bool {
        self.items[SELF_HARM_ITEM].is_some_and(|value| value >= CONTACT_TODAY_FROM)
    }

    /// The answer to item 9, if given and valid (0 to 3), for the summary.
    pub fn self_harm_answer(&self) -> Option<u8> {
        self.items[SELF_HARM_ITEM].filter(|value| *value <= MAX_ANSWER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(items: [u8; ITEM_COUNT]) -> Phq9Answers {
        Phq9Answers {
            items: items.map(Some),
            difficulty: None,
        }
    }

    #[test]
    fn score_needs_all_nine_items() {
        let mut partial = answers([3; 9]);
        assert_eq!(partial.score(), Some(27));
        partial.items[4] = None;
        assert_eq!(partial.score(), None);
        assert_eq!(partial.band(), None);
        assert_eq!(Phq9Answers::default().score(), None);
    }

    #[test]
    fn setters_refuse_values_above_three() {
        let mut form = Phq9Answers::default();
        assert_eq!(
            form.set_item(0, Some(4)),
            Err(Phq9Error::AnswerOutOfRange(4))
        );
        assert_eq!(form.set_item(9, Some(1)), Err(Phq9Error::NoSuchItem(9)));
        assert_eq!(
            form.set_difficulty(Some(7)),
            Err(Phq9Error::AnswerOutOfRange(7))
        );
        assert_eq!(form, Phq9Answers::default());
        form.set_item(8, Some(3)).unwrap();
        form.set_difficulty(Some(0)).unwrap();
        assert_eq!(form.items[8], Some(3));
        assert!(form.validate().is_ok());
    }

    #[test]
    fn stored_out_of_range_values_are_not_scored() {
        let mut form = answers([1; 9]);
        form.items[2] = Some(9);
        assert_eq!(form.validate(), Err(Phq9Error::AnswerOutOfRange(9)));
        assert_eq!(form.score(), None);
    }

    #[test]
    fn bands_cover_every_score_once() {
        for score in 0..=MAX_SCORE {
            let matching: Vec<Band> = Band::ALL
                .into_iter()
                .filter(|band| band.scores().contains(&score))
                .collect();
            assert_eq!(matching, vec![band(score)], "score {score}");
        }
    }

    #[test]
    fn the_severe_band_and_only_it_gets_the_firmer_advice() {
        for score in 0..=MAX_SCORE {
            let firmer = ScoreAdvice::for_score(score) == ScoreAdvice::ContactDoctorSoon;
            assert_eq!(firmer, band(score) == Band::Severe, "score {score}");
        }
        assert_eq!(ScoreAdvice::for_score(9), ScoreAdvice::NothingMore);
        assert_eq!(ScoreAdvice::for_score(10), ScoreAdvice::TalkItOver);
        assert_eq!(ScoreAdvice::for_score(14), ScoreAdvice::TalkItOver);
        assert_eq!(ScoreAdvice::for_score(20), ScoreAdvice::ContactDoctorSoon);
        assert_eq!(
            answers([3; 9]).advice(),
            Some(ScoreAdvice::ContactDoctorSoon)
        );
        assert_eq!(Phq9Answers::default().advice(), None);
    }

    /// The moderately severe band, and only it, has words of its own
    /// between "talk it over" and "contact a doctor soon".
    #[test]
    fn fifteen_to_nineteen_get_their_own_advice() {
        for score in 0..=MAX_SCORE {
            let own = ScoreAdvice::for_score(score) == ScoreAdvice::MakeAnAppointment;
            assert_eq!(own, band(score) == Band::ModeratelySevere, "score {score}");
            assert_eq!(own, (15..=19).contains(&score), "score {score}");
        }
        assert_eq!(
            answers([2, 2, 2, 2, 2, 2, 2, 1, 0]).advice(),
            Some(ScoreAdvice::MakeAnAppointment)
        );
    }

    #[test]
    fn item_nine_on_more_than_half_the_days_asks_for_contact_today() {
        for (answer, today) in [(0, false), (1, false), (2, true), (3, true)] {
            let mut form = Phq9Answers::default();
            form.set_item(SELF_HARM_ITEM, Some(answer)).unwrap();
            assert_eq!(form.needs_contact_today(), today, "answer {answer}");
            assert_eq!(form.self_harm_answer(), Some(answer));
            // Whatever the total, and with nothing else answered.
            assert_eq!(form.needs_safety_panel(), answer > 0);
        }
        assert!(!Phq9Answers::default().needs_contact_today());
        let mut stored = Phq9Answers::default();
        stored.items[SELF_HARM_ITEM] = Some(7);
        assert!(stored.needs_contact_today(), "when in doubt, offer help");
        assert_eq!(stored.self_harm_answer(), None);
    }

    #[test]
    fn item_nine_alone_opens_the_safety_panel() {
        let mut form = Phq9Answers::default();
        assert!(!form.needs_safety_panel());
        form.set_item(SELF_HARM_ITEM, Some(0)).unwrap();
        assert!(!form.needs_safety_panel());
        form.set_item(SELF_HARM_ITEM, Some(1)).unwrap();
        assert!(form.needs_safety_panel());
        assert!(!answers([3, 3, 3, 3, 3, 3, 3, 3, 0]).needs_safety_panel());
    }

    #[test]
    fn older_documents_without_difficulty_still_load() {
        let form: Phq9Answers =
            serde_json::from_str(r#"{"items":[0,1,2,3,null,0,0,0,0]}"#).unwrap();
        assert_eq!(form.answered_count(), 8);
        assert_eq!(form.difficulty, None);
    }
}
