#![cfg(not(target_arch = "wasm32"))]
//! The weekly journal model, used as the interface uses it: ISO weeks
//! across year ends and clock changes, PHQ-9 scoring and its safety rule,
//! mood input, insights on a small hand-made journal, the phases of a
//! plan, and the CSV and calendar exports read back.

use chrono::{NaiveDate, Weekday};
use ipt_companion::content::journal_text;
use ipt_companion::content::phq9 as phq9_text;
use ipt_companion::model::journal::csv::{events_csv, parse_csv, weeks_csv, MACHINE_WORDS};
use ipt_companion::model::journal::ics::{unfold, weekly_reminder_ics, MAX_LINE_OCTETS};
use ipt_companion::model::journal::WeeklyStep;
use ipt_companion::model::journal::{
    band, journal_weeks, mood_needs_safety_panel, mood_series, parse_mood, people_patterns, phase,
    weeks_between, Band, Event, EventInput, Feeling, IsoWeek, Journal, MoodError, MoodPoint, Phase,
    Phq9Answers, ScoreAdvice, WeekEntry, WeekError,
};
use ipt_companion::model::problem_area::ProblemArea;
use proptest::prelude::*;

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn week(year: i32, number: u32) -> IsoWeek {
    IsoWeek::new(year, number).unwrap()
}

fn all_answered(value: u8) -> Phq9Answers {
    Phq9Answers {
        items: [Some(value); 9],
        difficulty: None,
    }
}

/// Answers whose total is `score`, filling items from the first.
fn answers_with_score(score: u8) -> Phq9Answers {
    let mut left = score;
    let mut answers = all_answered(0);
    for item in answers.items.iter_mut() {
        let value = left.min(3);
        *item = Some(value);
        left -= value;
    }
    answers
}

// ISO weeks

#[test]
fn iso_weeks_cross_year_ends() {
    let w53 = week(2026, 53);
    assert_eq!(w53.monday(), date(2026, 12, 28));
    assert_eq!(w53.sunday(), date(2027, 1, 3));
    assert_eq!(w53.next(), week(2027, 1));
    assert_eq!(week(2027, 1).monday(), date(2027, 1, 4));
    assert_eq!(week(2027, 1).previous(), w53);
    assert_eq!(IsoWeek::from_date(date(2027, 1, 3)), w53);
    assert_eq!(IsoWeek::from_date(date(2027, 1, 4)), week(2027, 1));
    assert_eq!(IsoWeek::parse("2027-W01"), Ok(week(2027, 1)));
    assert_eq!(IsoWeek::parse("2027-W53"), Err(WeekError::NoSuchWeek));

    assert_eq!(IsoWeek::from_date(date(2021, 1, 3)), week(2020, 53));
    assert_eq!(week(2020, 53).monday(), date(2020, 12, 28));
    assert_eq!(week(2020, 53).next(), week(2021, 1));
    assert_eq!(IsoWeek::from_date(date(2021, 1, 4)), week(2021, 1));

    assert_eq!(weeks_between(week(2026, 52), week(2027, 1)), 2);
    assert_eq!(weeks_between(week(2020, 1), week(2021, 1)), 53);
    assert_eq!(weeks_between(week(2027, 1), week(2026, 1)), -53);
    assert!(week(2026, 53) < week(2027, 1));
    assert_eq!(w53.to_string(), "2026-W53");
}

#[test]
fn iso_weeks_ignore_daylight_saving_days() {
    for (sunday, number) in [
        (date(2026, 3, 29), 13),
        (date(2026, 10, 25), 43),
        (date(2026, 3, 8), 10),
        (date(2026, 11, 1), 44),
    ] {
        let this = week(2026, number);
        assert_eq!(IsoWeek::from_date(sunday), this);
        assert_eq!(this.sunday(), sunday);
        assert_eq!(this.next().monday(), sunday.succ_opt().unwrap());
        assert_eq!(this.next().previous(), this);
        assert!(!this.is_future(sunday));
        assert!(this.next().is_future(sunday));
    }
}

#[test]
fn walking_week_by_week_visits_every_date_once() {
    let mut current = IsoWeek::from_date(date(2019, 12, 30));
    let mut day = date(2019, 12, 30);
    while day < date(2028, 1, 10) {
        assert_eq!(current.monday(), day);
        assert_eq!(IsoWeek::from_date(day + chrono::Days::new(6)), current);
        current = current.next();
        day = day + chrono::Days::new(7);
    }
}

// PHQ-9

#[test]
fn phq9_bands_at_every_edge() {
    let edges = [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::ModeratelySevere),
        (19, Band::ModeratelySevere),
        (20, Band::Severe),
        (27, Band::Severe),
    ];
    for (score, expected) in edges {
        assert_eq!(band(score), expected, "score {score}");
        let answers = answers_with_score(score);
        assert_eq!(answers.score(), Some(score));
        assert_eq!(answers.band(), Some(expected));
    }
}

/// Every total from 0 to 27: 20 and up gets the firmest "contact a doctor
/// soon" message, 15 to 19 words of their own (make an appointment), 10 to
/// 14 the gentlest, and no two share words.
#[test]
fn phq9_twenty_and_up_gets_the_severe_message_and_fifteen_to_nineteen_their_own() {
    let severe = journal_text::PHQ9_CONTACT_DOCTOR_SOON;
    let high = journal_text::PHQ9_MAKE_AN_APPOINTMENT;
    let gentle = journal_text::PHQ9_TALK_IT_OVER;
    assert!(severe.contains("contact a doctor soon"), "{severe}");
    assert!(high.contains("make an appointment"), "{high}");
    assert!(gentle.contains("if you can"), "{gentle}");
    assert!(
        !high.contains("if you can") && !high.contains("soon"),
        "{high}"
    );
    assert!(severe != high && high != gentle && severe != gentle);
    for score in 0..=27u8 {
        let advice = answers_with_score(score).advice().expect("complete");
        let message = journal_text::phq9_advice(advice);
        match score {
            20..=27 => {
                assert_eq!(advice, ScoreAdvice::ContactDoctorSoon, "{score}");
                assert_eq!(message, Some(severe), "{score}");
            }
            15..=19 => {
                assert_eq!(advice, ScoreAdvice::MakeAnAppointment, "{score}");
                assert_eq!(message, Some(high), "{score}");
            }
            10..=14 => {
                assert_eq!(advice, ScoreAdvice::TalkItOver, "{score}");
                assert_eq!(message, Some(journal_text::PHQ9_TALK_IT_OVER), "{score}");
            }
            _ => assert_eq!(message, None, "{score}"),
        }
    }
}

#[test]
fn phq9_scores_only_complete_questionnaires() {
    let mut answers = all_answered(2);
    assert_eq!(answers.score(), Some(18));
    answers.set_item(3, None).unwrap();
    assert_eq!(answers.score(), None);
    assert!(answers.set_item(3, Some(4)).is_err());
    assert_eq!(answers.items[3], None);
}

#[test]
fn phq9_item_nine_opens_the_safety_panel_whatever_the_total() {
    let mut answers = all_answered(0);
    answers.set_item(8, Some(1)).unwrap();
    assert_eq!(answers.score(), Some(1));
    assert_eq!(answers.band(), Some(Band::Minimal));
    assert!(answers.needs_safety_panel());

    let mut only_item_nine = Phq9Answers::default();
    only_item_nine.set_item(8, Some(2)).unwrap();
    assert!(only_item_nine.needs_safety_panel());

    let mut high_without = all_answered(3);
    high_without.set_item(8, Some(0)).unwrap();
    assert!(!high_without.needs_safety_panel());
}

#[test]
fn phq9_words_are_the_validated_wording() {
    assert_eq!(
        phq9_text::STEM,
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    );
    assert_eq!(
        phq9_text::ANSWER_OPTIONS,
        [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day"
        ]
    );
    assert_eq!(
        phq9_text::ITEMS[0],
        "Little interest or pleasure in doing things"
    );
    assert_eq!(
        phq9_text::ITEMS[5],
        "Feeling bad about yourself \u{2014} or that you are a failure or have let yourself or \
         your family down"
    );
    assert_eq!(
        phq9_text::ITEMS[7],
        "Moving or speaking so slowly that other people could have noticed? Or the opposite \
         \u{2014} being so fidgety or restless that you have been moving around a lot more \
         than usual"
    );
    assert_eq!(
        phq9_text::ITEMS[8],
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    );
    assert_eq!(
        phq9_text::DIFFICULTY_QUESTION,
        "If you checked off any problems, how difficult have these problems made it for you to \
         do your work, take care of things at home, or get along with other people?"
    );
    assert_eq!(
        phq9_text::DIFFICULTY_OPTIONS,
        [
            "Not difficult at all",
            "Somewhat difficult",
            "Very difficult",
            "Extremely difficult"
        ]
    );
    assert_eq!(
        phq9_text::CREDIT,
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, \
         with an educational grant from Pfizer Inc. No permission required to reproduce, \
         translate, display or distribute."
    );
    for text in phq9_text::ITEMS.iter().chain([
        &phq9_text::STEM,
        &phq9_text::DIFFICULTY_QUESTION,
        &phq9_text::CREDIT,
    ]) {
        assert!(!text.contains("  ") && !text.contains('\n'), "{text:?}");
    }
    for band in Band::ALL {
        assert!(!phq9_text::band_label(band).is_empty());
    }
}

// Mood

#[test]
fn mood_text_validation() {
    assert_eq!(parse_mood(" 7 "), Ok(Some(7)));
    assert_eq!(parse_mood(""), Ok(None));
    assert_eq!(parse_mood("11"), Err(MoodError::OutOfRange));
    assert_eq!(parse_mood("-1"), Err(MoodError::OutOfRange));
    assert_eq!(parse_mood("seven"), Err(MoodError::NotANumber));
    assert_eq!(parse_mood("7.5"), Err(MoodError::NotANumber));

    let today = date(2026, 11, 26);
    let this_week = IsoWeek::from_date(today);
    let mut journal = Journal::default();
    assert_eq!(
        journal.set_mood_from_text(this_week, today, " 7 "),
        Ok(Some(7))
    );
    for bad in ["11", "-1", "seven", "7.5"] {
        assert!(journal.set_mood_from_text(this_week, today, bad).is_err());
        assert_eq!(journal.entry(this_week).unwrap().mood, Some(7), "{bad}");
    }
    assert_eq!(journal.set_mood_from_text(this_week, today, "  "), Ok(None));
}

#[test]
fn mood_zero_and_one_open_the_safety_panel() {
    let panel: Vec<u8> = (0..=10)
        .filter(|&mood| mood_needs_safety_panel(mood))
        .collect();
    assert_eq!(panel, vec![0, 1]);
}

#[test]
fn future_weeks_are_refused() {
    let today = date(2026, 12, 31);
    let mut journal = Journal::default();
    assert_eq!(
        journal.entry_mut(week(2027, 1), today).err(),
        Some(WeekError::Future)
    );
    assert_eq!(
        journal.set_mood_from_text(week(2027, 1), today, "5"),
        Err(MoodError::Week(WeekError::Future))
    );
    assert!(journal.entries.is_empty());
    // The week holding today (2026-W53, ending in 2027) is open.
    assert!(journal
        .set_mood_from_text(week(2026, 53), today, "5")
        .is_ok());
}

// Insights

/// Four weeks: person 1 comes up in hard weeks with lower moods, person 2
/// in better ones. Today is in 2026-W49.
fn hand_made_journal() -> (Journal, NaiveDate) {
    let today = date(2026, 12, 2);
    let mut journal = Journal::default();
    let event = |description: &str, people: Vec<u64>, feeling| EventInput {
        description: description.to_string(),
        people,
        feeling,
        problem_area: Some(ProblemArea::Disputes),
    };
    journal
        .set_mood_from_text(week(2026, 45), today, "3")
        .unwrap();
    journal
        .add_event(
            week(2026, 45),
            today,
            event("Argument, again", vec![1], Feeling::VeryHard),
        )
        .unwrap();
    journal
        .add_event(
            week(2026, 45),
            today,
            event("Coffee", vec![2], Feeling::Good),
        )
        .unwrap();
    journal
        .set_phq9(week(2026, 45), today, Some(all_answered(2)))
        .unwrap();
    journal
        .set_mood_from_text(week(2026, 46), today, "5")
        .unwrap();
    journal
        .add_event(week(2026, 46), today, event("Call", vec![1], Feeling::Hard))
        .unwrap();
    journal
        .set_mood_from_text(week(2026, 47), today, "7")
        .unwrap();
    journal
        .add_event(
            week(2026, 47),
            today,
            event("Walk", vec![2], Feeling::VeryGood),
        )
        .unwrap();
    journal
        .set_note(week(2026, 48), today, "Tired, \"flat\"\nbut ok")
        .unwrap();
    journal
        .add_event(
            week(2026, 48),
            today,
            event("Dinner", vec![1, 2, 9], Feeling::Mixed),
        )
        .unwrap();
    (journal, today)
}

#[test]
fn insights_on_a_hand_made_journal() {
    let (journal, today) = hand_made_journal();
    let today_week = IsoWeek::from_date(today);

    assert_eq!(
        mood_series(&journal),
        vec![
            MoodPoint {
                week: week(2026, 45),
                mood: Some(3),
                phq9_score: Some(18),
                hard_events: 1
            },
            MoodPoint {
                week: week(2026, 46),
                mood: Some(5),
                phq9_score: None,
                hard_events: 1
            },
            MoodPoint {
                week: week(2026, 47),
                mood: Some(7),
                phq9_score: None,
                hard_events: 0
            },
            MoodPoint {
                week: week(2026, 48),
                mood: None,
                phq9_score: None,
                hard_events: 0
            },
        ]
    );

    let patterns = people_patterns(&journal, 2);
    assert_eq!(patterns.len(), 2);
    let first = &patterns[0];
    assert_eq!(first.person, 1);
    assert_eq!(first.weeks_with, 3);
    assert_eq!(first.weeks_with_hard_event, 2);
    assert_eq!(first.mean_mood_with, Some(4.0));
    assert_eq!(first.weeks_without, 1);
    assert_eq!(first.mean_mood_without, Some(7.0));
    let second = &patterns[1];
    assert_eq!(second.person, 2);
    assert_eq!(second.weeks_with, 3);
    assert_eq!(second.weeks_with_hard_event, 0);
    assert_eq!(second.mean_mood_with, Some(5.0));
    assert_eq!(second.mean_mood_without, Some(5.0));
    // Person 9 is in one week only, so the top three ends with them.
    assert_eq!(people_patterns(&journal, 3)[2].person, 9);
    assert_eq!(people_patterns(&journal, 3)[2].mean_mood_with, None);

    assert_eq!(journal_weeks(&journal, today_week), 5);
    assert_eq!(journal_weeks(&Journal::default(), today_week), 0);

    // The PHQ-9 of week 45 covers weeks 45 to 48; week 49 may suggest one.
    assert!(!journal.phq9_due(week(2026, 48)));
    assert!(journal.phq9_due(today_week));
}

#[test]
fn phases_of_twelve_and_sixteen_week_plans() {
    let twelve: Vec<Phase> = (1..=14).map(|n| phase(n, 12)).collect();
    let sixteen: Vec<Phase> = (1..=18).map(|n| phase(n, 16)).collect();
    let expand = |runs: &[(Phase, usize)]| -> Vec<Phase> {
        runs.iter()
            .flat_map(|&(phase, count)| std::iter::repeat_n(phase, count))
            .collect()
    };
    assert_eq!(
        twelve,
        expand(&[
            (Phase::Initial, 3),
            (Phase::Middle, 6),
            (Phase::Final, 3),
            (Phase::Beyond, 2)
        ])
    );
    assert_eq!(
        sixteen,
        expand(&[
            (Phase::Initial, 3),
            (Phase::Middle, 9),
            (Phase::Final, 4),
            (Phase::Beyond, 2)
        ])
    );
}

// CSV

#[test]
fn csv_quotes_commas_quotes_and_newlines_and_reads_back() {
    let (journal, _) = hand_made_journal();
    let name = |id: u64| match id {
        1 => "Sam, my brother".to_string(),
        2 => "Jo \"JJ\"".to_string(),
        _ => "(removed)".to_string(),
    };

    let weeks = weeks_csv(&journal, &MACHINE_WORDS);
    assert!(weeks.ends_with("\r\n"));
    assert!(weeks.contains("\"Tired, \"\"flat\"\"\nbut ok\""));
    let rows = parse_csv(&weeks);
    assert_eq!(rows.len(), 5);
    // The header other programs read by: pinned as a line.
    assert_eq!(
        rows[0].join(","),
        "week,monday,mood,phq9_score,phq9_band,events,note"
    );
    assert_eq!(
        rows[1],
        [
            "2026-W45",
            "2026-11-02",
            "3",
            "18",
            "moderately-severe",
            "2",
            ""
        ]
    );
    assert_eq!(
        rows[4],
        [
            "2026-W48",
            "2026-11-23",
            "",
            "",
            "",
            "1",
            "Tired, \"flat\"\nbut ok"
        ]
    );

    let events = parse_csv(&events_csv(&journal, &MACHINE_WORDS, name));
    assert_eq!(events.len(), 6);
    assert_eq!(
        events[0],
        ["week", "description", "people", "feeling", "problem_area"]
    );
    assert_eq!(
        events[1],
        [
            "2026-W45",
            "Argument, again",
            "Sam, my brother",
            "very-hard",
            "disputes"
        ]
    );
    assert_eq!(
        events[5],
        [
            "2026-W48",
            "Dinner",
            "Sam, my brother; Jo \"JJ\"; (removed)",
            "mixed",
            "disputes"
        ]
    );
    // Each of the six records ends in CRLF.
    let record_ends = events_csv(&journal, &MACHINE_WORDS, name)
        .matches("\r\n")
        .count();
    assert_eq!(record_ends, 6);
}

// Calendar

#[test]
fn ics_has_a_valid_weekly_rule_and_folds_long_lines() {
    let url = format!(
        "https://example.org/ipt/journal?from=calendar&x={}",
        "é".repeat(60)
    );
    let ics = weekly_reminder_ics(
        date(2026, 11, 20),
        Weekday::Mon,
        19,
        0,
        &url,
        "a,b;c\\d",
        "20261120T100000Z",
    );
    // Every line ends in CRLF and is at most 75 octets.
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains(['\r', '\n']));
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
    }
    let unfolded = unfold(&ics);
    let lines: Vec<&str> = unfolded.split_terminator("\r\n").collect();
    assert!(
        lines.iter().any(|line| line.len() > MAX_LINE_OCTETS),
        "the URL was folded"
    );

    // The rule: weekly, on Mondays, matching the start (a Monday).
    let rrule = lines
        .iter()
        .find(|line| line.starts_with("RRULE:"))
        .unwrap();
    let parts: Vec<&str> = rrule["RRULE:".len()..].split(';').collect();
    assert_eq!(parts, ["FREQ=WEEKLY", "BYDAY=MO"]);
    assert!(lines.contains(&"DTSTART:20261123T190000"));
    assert!(lines.contains(&"DURATION:PT15M"));
    assert_eq!(
        lines.iter().filter(|line| **line == "BEGIN:VEVENT").count(),
        1
    );
    assert!(lines.contains(&format!("URL:{url}").as_str()));
    assert!(lines.contains(&format!("DESCRIPTION:{url}").as_str()));
    assert!(lines.contains(&"UID:a\\,b\\;c\\\\d"));
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
}

// Saving

fn event_strategy() -> impl Strategy<Value = Event> {
    (
        any::<u64>(),
        "\\PC{0,30}",
        proptest::collection::vec(any::<u64>(), 0..4),
        proptest::sample::select(Feeling::ALL.to_vec()),
        proptest::option::of(proptest::sample::select(ProblemArea::ALL.to_vec())),
    )
        .prop_map(|(id, description, people, feeling, problem_area)| Event {
            id,
            description,
            people,
            feeling,
            problem_area,
        })
}

fn phq9_strategy() -> impl Strategy<Value = Phq9Answers> {
    (
        proptest::array::uniform9(proptest::option::of(0u8..=3)),
        proptest::option::of(0u8..=3),
    )
        .prop_map(|(items, difficulty)| Phq9Answers { items, difficulty })
}

fn entry_strategy() -> impl Strategy<Value = WeekEntry> {
    (
        (1900i32..2100, 1u32..=53),
        proptest::option::of(0u8..=10),
        proptest::collection::vec(event_strategy(), 0..3),
        proptest::collection::btree_map(any::<u64>(), "\\PC{0,20}", 0..3),
        "\\PC{0,40}",
        proptest::option::of(phq9_strategy()),
        proptest::option::of(("\\PC{1,30}", proptest::option::of(0u64..5))),
    )
        .prop_map(
            |((year, number), mood, events, person_notes, note, phq9, step)| {
                // Week 53 exists only in some years; fall back to week 52.
                let week = IsoWeek::new(year, number).unwrap_or_else(|_| week(year, 52));
                WeekEntry {
                    week,
                    mood,
                    events,
                    person_notes,
                    note,
                    phq9,
                    step: step.map(|(what, person)| WeeklyStep {
                        what,
                        person,
                        focus: None,
                        review: None,
                    }),
                }
            },
        )
}

proptest! {
    #[test]
    fn journal_round_trips_through_json(
        entries in proptest::collection::vec(entry_strategy(), 0..6),
        next_event_id in any::<u64>(),
        plan_weeks in 12u8..=16,
    ) {
        let journal = Journal {
            entries: entries.into_iter().map(|entry| (entry.week, entry)).collect(),
            next_event_id,
            plan_weeks,
        };
        let text = serde_json::to_string(&journal).unwrap();
        let back: Journal = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, journal);
    }

    #[test]
    fn phq9_advice_follows_the_total_of_any_complete_questionnaire(
        items in proptest::array::uniform9(0u8..=3),
    ) {
        let answers = Phq9Answers { items: items.map(Some), difficulty: None };
        let total: u8 = items.iter().sum();
        let advice = answers.advice().expect("complete");
        prop_assert_eq!(advice == ScoreAdvice::ContactDoctorSoon, total >= 20);
        prop_assert_eq!(advice == ScoreAdvice::MakeAnAppointment, (15..=19).contains(&total));
        prop_assert_eq!(advice == ScoreAdvice::TalkItOver, (10..=14).contains(&total));
        // Item 9 keeps its own rules, whatever the advice.
        prop_assert_eq!(answers.needs_safety_panel(), items[8] > 0);
        prop_assert_eq!(answers.needs_contact_today(), items[8] >= 2);
    }

    #[test]
    fn any_date_lies_in_its_week(days in 0i64..200_000) {
        let day = date(1900, 1, 1) + chrono::Duration::days(days);
        let this = IsoWeek::from_date(day);
        prop_assert!(this.monday() <= day && day <= this.sunday());
        prop_assert_eq!(IsoWeek::parse(&this.to_string()), Ok(this));
    }
}
