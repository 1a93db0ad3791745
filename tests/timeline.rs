//! The timeline and this week's step, as the pages use them: time order
//! with approximate dates, overlapping low periods, every refusal with its
//! reason, the "near" relation between a low mood's start and a life event
//! (property tests), and a step carried over to the next ISO week, also
//! across a year's end.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use ipt_companion::model::journal::{IsoWeek, Journal, StepDraft, StepOutcome, StepReview};
use ipt_companion::model::problem_area::ProblemArea;
use ipt_companion::model::timeline::{
    is_near, ApproxDate, DateError, LifeEventDraft, LifeEventKind, LowPeriodDraft, Lowness,
    Timeline, TimelineProblem, NEAR_AFTER_DAYS, NEAR_BEFORE_DAYS,
};
use proptest::prelude::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn event(when: &str, what: &str, kind: LifeEventKind) -> LifeEventDraft {
    LifeEventDraft {
        when: when.into(),
        what: what.into(),
        people: vec![],
        kind: Some(kind),
    }
}

fn period(from: &str, to: &str) -> LowPeriodDraft {
    LowPeriodDraft {
        from: from.into(),
        to: to.into(),
        lowness: Some(Lowness::Low),
    }
}

const TODAY: &str = "2026-12-02";

#[test]
fn events_stay_in_time_order_whatever_order_they_are_added_in() {
    let today = day(TODAY);
    let mut timeline = Timeline::default();
    for (when, what) in [
        ("2025-06-14", "Moved to Leeds"),
        ("2024-11", "Dad died"),
        ("2025-06", "New job"),
        ("2024-11-03", "Funeral"),
    ] {
        timeline
            .add_event(&event(when, what, LifeEventKind::Other), today)
            .unwrap();
    }
    let order: Vec<&str> = timeline.events.iter().map(|e| e.what.as_str()).collect();
    // A month starts with its first day: "2024-11" before the 3rd of it,
    // "2025-06" before the 14th.
    assert_eq!(order, ["Dad died", "Funeral", "New job", "Moved to Leeds"]);
    let ids: std::collections::BTreeSet<u64> = timeline.events.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), 4, "each event has its own id");

    // Moving an event by editing it re-sorts.
    let funeral = timeline.events[1].id;
    timeline
        .update_event(
            funeral,
            &event("2025-07", "Funeral", LifeEventKind::Other),
            today,
        )
        .unwrap();
    assert_eq!(timeline.events.last().unwrap().what, "Funeral");
    let removed = timeline.remove_event(funeral).unwrap();
    assert!(timeline.remove_event(funeral).is_none());
    // Changing a removed event is refused as such, and changes nothing.
    let before = timeline.clone();
    assert_eq!(
        timeline.update_event(
            funeral,
            &event("2025-08", "Wake", LifeEventKind::Loss),
            today
        ),
        Err(vec![TimelineProblem::EventGone])
    );
    assert_eq!(timeline, before);
    // Undo puts it back in its place in time, with its id.
    let moved = timeline.remove_event(timeline.events[0].id).unwrap();
    timeline.put_back_event(removed);
    timeline.put_back_event(moved);
    let order: Vec<&str> = timeline.events.iter().map(|e| e.what.as_str()).collect();
    assert_eq!(order, ["Dad died", "New job", "Moved to Leeds", "Funeral"]);
    assert!(timeline.events.iter().any(|e| e.id == funeral));
}

#[test]
fn overlapping_low_periods_are_found_including_one_that_goes_on() {
    let today = day(TODAY);
    let mut timeline = Timeline::default();
    let spring = timeline
        .add_low_period(&period("2024-03", "2024-05"), today)
        .unwrap();
    let may = timeline
        .add_low_period(&period("2024-05-20", "2024-07-01"), today)
        .unwrap();
    let autumn = timeline
        .add_low_period(&period("2024-09", "2024-10"), today)
        .unwrap();
    // Still going on: overlaps anything after its start.
    let now = timeline
        .add_low_period(&period("2024-10-15", ""), today)
        .unwrap();
    assert_eq!(
        timeline.overlapping_periods(today),
        [(spring, may), (autumn, now)]
    );
    let _ = timeline.remove_low_period(now);
    assert_eq!(timeline.overlapping_periods(today), [(spring, may)]);
    let before = timeline.clone();
    assert_eq!(
        timeline.update_low_period(now, &period("2024-10-20", ""), today),
        Err(vec![TimelineProblem::PeriodGone])
    );
    assert_eq!(timeline, before);
}

#[test]
fn every_refusal_names_its_reason() {
    let today = day(TODAY);
    let mut timeline = Timeline::default();
    let empty = LifeEventDraft::default();
    assert_eq!(
        timeline.add_event(&empty, today),
        Err(vec![
            TimelineProblem::When(DateError::Empty),
            TimelineProblem::EmptyDescription,
            TimelineProblem::NoKind,
        ])
    );
    let future = event("2027-01", "   ", LifeEventKind::Loss);
    assert_eq!(
        timeline.add_event(&future, today),
        Err(vec![
            TimelineProblem::WhenInFuture,
            TimelineProblem::EmptyDescription
        ])
    );
    // This month has begun: not the future.
    assert!(timeline
        .add_event(&event("2026-12", "Snow", LifeEventKind::Other), today)
        .is_ok());
    assert_eq!(
        timeline.add_low_period(&period("2025-05", "2025-03-31"), today),
        Err(vec![TimelineProblem::EndBeforeStart])
    );
    // Ending in the month it started is fine.
    assert!(timeline
        .add_low_period(&period("2025-05-20", "2025-05"), today)
        .is_ok());
    assert_eq!(
        timeline.add_low_period(&period("2025-5", "2026-12-25"), today),
        Err(vec![
            TimelineProblem::From(DateError::Malformed),
            TimelineProblem::ToInFuture
        ])
    );
    let no_lowness = LowPeriodDraft {
        lowness: None,
        ..period("2025-01", "")
    };
    assert_eq!(
        timeline.add_low_period(&no_lowness, today),
        Err(vec![TimelineProblem::NoLowness])
    );
    assert_eq!(timeline.events.len(), 1, "nothing refused was added");
    assert_eq!(timeline.low_periods.len(), 1);
}

#[test]
fn low_mood_starting_near_a_death_is_a_grief_clue() {
    let today = day(TODAY);
    let mut timeline = Timeline::default();
    timeline
        .add_event(&event("2025-01", "Mum died", LifeEventKind::Death), today)
        .unwrap();
    timeline
        .add_event(
            &event("2023-06-01", "Row with Sam", LifeEventKind::Conflict),
            today,
        )
        .unwrap();
    timeline
        .add_event(
            &event("2025-02-10", "Started a course", LifeEventKind::Other),
            today,
        )
        .unwrap();
    timeline
        .add_low_period(&period("2025-03", ""), today)
        .unwrap();
    assert_eq!(timeline.clue_areas(), [ProblemArea::Grief]);
    assert_eq!(timeline.clues().len(), 1, "the course is no area's clue");
}

/// A partner who left is not a death: the clue points to role transitions
/// and disputes (its ending stage), never to the Grief module.
#[test]
fn a_relationship_that_ended_never_points_to_grief() {
    let today = day(TODAY);
    let mut timeline = Timeline::default();
    timeline
        .add_event(
            &event(
                "2025-01",
                "Alex moved out",
                LifeEventKind::RelationshipEnded,
            ),
            today,
        )
        .unwrap();
    timeline
        .add_low_period(&period("2025-03", ""), today)
        .unwrap();
    let clues = timeline.clues();
    assert_eq!(clues.len(), 1);
    assert_eq!(
        clues[0].areas,
        [ProblemArea::RoleTransitions, ProblemArea::Disputes]
    );
    assert!(!timeline.clue_areas().contains(&ProblemArea::Grief));
    for kind in LifeEventKind::CHOICES {
        let grief = kind.problem_areas().contains(&ProblemArea::Grief);
        assert_eq!(grief, kind == LifeEventKind::Death, "{kind:?}");
    }
    let summary = ipt_companion::content::practice_text::timeline::clue_summary(
        LifeEventKind::RelationshipEnded,
    );
    assert!(!summary.contains("Grief"), "{summary}");
    assert!(summary.contains("Role transitions") && summary.contains("Disputes"));
}

/// Events saved before the split say "loss" (someone died or left): they
/// still read, keep their kind when saved again, are no longer offered in
/// the form, and their clue names both a death and an ending.
#[test]
fn an_event_stored_as_a_loss_before_the_split_still_reads() {
    let stored = r#"{"events":[{"id":3,"when":"2025-01","what":"Lost Dad, or Sam left","people":[],"kind":"loss"}],"low_periods":[{"id":4,"from":"2025-02","lowness":"low"}],"next_id":5}"#;
    let timeline: Timeline = serde_json::from_str(stored).expect("an old timeline reads");
    assert_eq!(timeline.events[0].kind, LifeEventKind::Loss);
    let again = serde_json::to_value(&timeline).unwrap();
    assert_eq!(again["events"][0]["kind"], "loss");
    assert_eq!(LifeEventKind::from_id("loss"), Some(LifeEventKind::Loss));
    assert!(!LifeEventKind::CHOICES.contains(&LifeEventKind::Loss));
    let clue = timeline.clues();
    assert_eq!(clue.len(), 1, "{clue:?}");
    assert_eq!(
        clue[0].areas,
        [
            ProblemArea::Grief,
            ProblemArea::RoleTransitions,
            ProblemArea::Disputes
        ]
    );
    use ipt_companion::content::practice_text::timeline as text;
    let summary = text::clue_summary(LifeEventKind::Loss);
    assert!(summary.contains("If someone died") && summary.contains("If a relationship ended"));
    assert!(text::kind_label(LifeEventKind::Loss).contains("a relationship that ended"));
}

fn any_date() -> impl Strategy<Value = ApproxDate> {
    (1950i32..2030, 1u32..=12, 0u32..=28).prop_map(|(year, month, day)| {
        if day == 0 {
            ApproxDate::Month { year, month }
        } else {
            ApproxDate::Day(NaiveDate::from_ymd_opt(year, month, day).unwrap())
        }
    })
}

proptest! {
    #[test]
    fn a_date_reads_back_as_written(date in any_date()) {
        prop_assert_eq!(ApproxDate::parse(&date.to_string()), Ok(date));
        let json = serde_json::to_string(&date).unwrap();
        prop_assert_eq!(serde_json::from_str::<ApproxDate>(&json).unwrap(), date);
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,12}") {
        let _ = ApproxDate::parse(&text);
    }

    #[test]
    fn an_event_overlapping_the_onset_is_near(onset in any_date(), offset in 0u64..28) {
        // A day within the onset (a month has at least 28 days).
        let days = (onset.latest() - onset.earliest()).num_days() as u64;
        let inside = ApproxDate::Day(onset.earliest() + Days::new(offset.min(days)));
        prop_assert!(is_near(onset, inside));
        prop_assert!(is_near(onset, onset));
    }

    #[test]
    fn an_event_far_from_the_onset_is_not_near(onset in any_date(), extra in 1u64..4000) {
        let long_before = ApproxDate::Day(onset.earliest() - Days::new(NEAR_BEFORE_DAYS + extra));
        let long_after = ApproxDate::Day(onset.latest() + Days::new(NEAR_AFTER_DAYS + extra));
        prop_assert!(!is_near(onset, long_before));
        prop_assert!(!is_near(onset, long_after));
    }

    #[test]
    fn nearer_is_never_less_near(onset in any_date(), before in 0u64..400, closer in 0u64..400) {
        let far = ApproxDate::Day(onset.earliest() - Days::new(before + closer));
        let near = ApproxDate::Day(onset.earliest() - Days::new(before));
        if is_near(onset, far) {
            prop_assert!(is_near(onset, near));
        }
    }

    #[test]
    fn a_timeline_round_trips_through_json(whens in prop::collection::vec(any_date(), 0..12)) {
        let mut timeline = Timeline::default();
        for (index, when) in whens.iter().enumerate() {
            let draft = event(&when.to_string(), &format!("event {index}"), LifeEventKind::Loss);
            timeline.add_event(&draft, NaiveDate::from_ymd_opt(2031, 1, 1).unwrap()).unwrap();
        }
        prop_assert!(timeline.events.windows(2).all(|pair| pair[0].when <= pair[1].when));
        let json = serde_json::to_string(&timeline).unwrap();
        prop_assert_eq!(serde_json::from_str::<Timeline>(&json).unwrap(), timeline);
    }
}

fn step(what: &str) -> StepDraft {
    StepDraft {
        what: what.into(),
        person: Some(2),
        focus: Some(ProblemArea::Isolation),
    }
}

#[test]
fn a_step_is_reviewed_the_week_after_also_across_a_year_end() {
    let mut journal = Journal::default();
    let last_week_of_2026 = IsoWeek::parse("2026-W53").unwrap();
    let today = last_week_of_2026.monday();
    journal
        .set_step(last_week_of_2026, today, &step("Call Ann on Sunday"))
        .unwrap();
    let first_week_of_2027 = IsoWeek::parse("2027-W01").unwrap();
    assert_eq!(last_week_of_2026.next(), first_week_of_2027);
    let (set_in, to_review) = journal.step_to_review(first_week_of_2027).unwrap();
    assert_eq!(set_in, last_week_of_2026);
    assert_eq!(to_review.what, "Call Ann on Sunday");
    assert!(journal.step_to_review(last_week_of_2026).is_none());
    assert!(journal.step_to_review(first_week_of_2027.next()).is_none());

    assert!(journal.review_step(
        set_in,
        StepReview {
            outcome: StepOutcome::NotThisTime,
            learned: "Sunday was too busy".into(),
        }
    ));
    // Changing the words keeps the review; an empty step removes both.
    journal
        .set_step(last_week_of_2026, today, &step("Call Ann on Saturday"))
        .unwrap();
    let kept = journal.step_to_review(first_week_of_2027).unwrap().1;
    assert_eq!(
        kept.review.as_ref().unwrap().outcome,
        StepOutcome::NotThisTime
    );
    journal
        .set_step(last_week_of_2026, today, &step("  "))
        .unwrap();
    assert!(journal.step_to_review(first_week_of_2027).is_none());
    assert!(journal.entries.is_empty(), "an empty week is not kept");
    assert!(!journal.review_step(
        set_in,
        StepReview {
            outcome: StepOutcome::Done,
            learned: String::new(),
        }
    ));
}

#[test]
fn steps_are_refused_for_future_weeks_and_listed_newest_first() {
    let mut journal = Journal::default();
    let this_week = IsoWeek::parse("2026-W49").unwrap();
    let today = this_week.monday();
    assert!(journal
        .set_step(this_week.next(), today, &step("Too early"))
        .is_err());
    let mut week = IsoWeek::parse("2026-W45").unwrap();
    for number in 0..5 {
        journal
            .set_step(week, today, &step(&format!("Step {number}")))
            .unwrap();
        week = week.next();
    }
    let recent: Vec<&str> = journal
        .recent_steps(this_week, 3)
        .iter()
        .map(|(_, step)| step.what.as_str())
        .collect();
    assert_eq!(recent, ["Step 4", "Step 3", "Step 2"]);
    let long = "x".repeat(500);
    journal.set_step(this_week, today, &step(&long)).unwrap();
    assert_eq!(
        journal
            .entry(this_week)
            .unwrap()
            .step
            .as_ref()
            .unwrap()
            .what
            .len(),
        ipt_companion::model::journal::step::MAX_STEP_CHARS
    );
}

#[test]
fn kinds_and_outcomes_have_stable_ids() {
    let kinds: Vec<&str> = LifeEventKind::ALL.iter().map(|kind| kind.id()).collect();
    assert_eq!(
        kinds,
        [
            "death",
            "relationship-ended",
            "loss",
            "conflict",
            "role-change",
            "alone",
            "other"
        ]
    );
    for kind in LifeEventKind::ALL {
        assert_eq!(LifeEventKind::from_id(kind.id()), Some(kind));
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.id());
    }
    for outcome in StepOutcome::ALL {
        assert_eq!(StepOutcome::from_id(outcome.id()), Some(outcome));
        assert_eq!(serde_json::to_value(outcome).unwrap(), outcome.id());
    }
    for lowness in Lowness::ALL {
        assert_eq!(Lowness::from_id(lowness.id()), Some(lowness));
        assert_eq!(serde_json::to_value(lowness).unwrap(), lowness.id());
    }
}

/// `/timeline` is a public page, linked from the two modules that tell the
/// reader to draw a timeline; its "why" link is a real section.
#[test]
fn the_timeline_is_a_known_page_linked_from_the_modules() {
    use ipt_companion::content::module_by_slug;
    use ipt_companion::routes::{fragment, is_known_path, TIMELINE, TIMELINE_HOW_TO};
    assert!(is_known_path(TIMELINE));
    assert!(is_known_path(TIMELINE_HOW_TO));
    let techniques = module_by_slug("techniques").unwrap();
    let section = fragment(TIMELINE_HOW_TO).unwrap();
    assert!(techniques.sections.iter().any(|s| s.id == section));
    for slug in ["techniques", "interpersonal-inventory"] {
        let module = module_by_slug(slug).unwrap();
        assert!(
            module.internal_links.contains(&TIMELINE),
            "{slug} does not link to {TIMELINE}"
        );
    }
}
