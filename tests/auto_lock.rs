//! The auto-lock rule under any sequence of use, hiding, showing and sleep,
//! checked as the app checks it: once a second while awake, and at once on
//! waking. It never locks before the chosen quiet time (or before a full
//! minute out of sight, when that is chosen), and, once awake, never stays
//! open more than a second past it.
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::model::auto_lock::{should_lock, Activity, AutoLock, QuietLimit};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Event {
    /// Time passes awake, in milliseconds (the app checks every second).
    Awake(u32),
    /// No check for this long (the device asleep, or a moment between
    /// checks), then one.
    Asleep(u32),
    /// A key, tap or scroll, here or in another tab of the app.
    Use,
    Hide,
    Show,
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        4 => (0..90_000u32).prop_map(Event::Awake),
        1 => (0..20_000_000u32).prop_map(Event::Asleep),
        2 => (0..5_000u32).prop_map(Event::Asleep),
        3 => Just(Event::Use),
        1 => Just(Event::Hide),
        1 => Just(Event::Show),
    ]
}

fn limit() -> impl Strategy<Value = QuietLimit> {
    prop::sample::select(QuietLimit::ALL.to_vec())
}

/// What the person actually did, kept apart from the rule's own state.
struct Truth {
    last_use: f64,
    /// Out of sight since, with no use since.
    away_since: Option<f64>,
}

impl Truth {
    /// The earliest instant a lock is allowed.
    fn allowed_from(&self, choice: AutoLock) -> f64 {
        // The limits as the setting's words promise them, written out
        // here rather than taken from the rule under test.
        let minutes = match choice.after {
            QuietLimit::OneMinute => 1.0,
            QuietLimit::FiveMinutes => 5.0,
            QuietLimit::FifteenMinutes => 15.0,
            QuietLimit::OneHour => 60.0,
            QuietLimit::Never => f64::INFINITY,
        };
        let quiet = self.last_use + minutes * 60_000.0;
        let away = match (choice.when_left, self.away_since) {
            (true, Some(since)) => since + 60_000.0,
            _ => f64::INFINITY,
        };
        quiet.min(away)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn never_early_and_never_more_than_a_second_late(
        after in limit(),
        when_left in any::<bool>(),
        events in proptest::collection::vec(event(), 1..80),
    ) {
        let choice = AutoLock { after, when_left };
        let mut now = 1_700_000_000_000.0;
        let mut activity = Activity::started(now);
        let mut truth = Truth { last_use: now, away_since: None };
        let check = |now: f64, activity: &Activity, truth: &Truth| -> Result<bool, TestCaseError> {
            let locks = should_lock(choice, *activity, now);
            let allowed = truth.allowed_from(choice);
            prop_assert!(!locks || now >= allowed, "locked at {}, allowed from {}", now, allowed);
            Ok(locks)
        };
        for event in events {
            match event {
                Event::Use => {
                    activity.used(now);
                    truth.last_use = now;
                    truth.away_since = None;
                }
                Event::Hide => {
                    activity.hidden(now);
                    truth.away_since.get_or_insert(now);
                }
                Event::Show => {
                    activity.shown();
                    truth.away_since = None;
                }
                Event::Asleep(ms) => {
                    now += f64::from(ms);
                    // On waking the app checks at once: if the time is
                    // past, it locks now (time asleep counts).
                    let due = truth.allowed_from(choice);
                    let locks = check(now, &activity, &truth)?;
                    prop_assert_eq!(locks, now >= due);
                    if locks {
                        return Ok(());
                    }
                }
                Event::Awake(ms) => {
                    let end = now + f64::from(ms);
                    while now < end {
                        now = (now + 1_000.0).min(end);
                        let due = truth.allowed_from(choice);
                        let locks = check(now, &activity, &truth)?;
                        // Checked each second: open past the due time by
                        // at most the one second between checks.
                        prop_assert!(locks || now < due + 1_000.0,
                            "still open at {}, due at {}", now, due);
                        if locks {
                            return Ok(());
                        }
                    }
                }
            }
        }
    }
}
