//! When the passphrase lock locks by itself: after a chosen quiet time
//! without the person's input, or once the app has been out of sight for a
//! minute. Times are wall-clock milliseconds (the browser's `Date.now()`),
//! so time a laptop or phone spent asleep counts on waking.
//!
//! "Use" is the person's input (a key, a tap, a scroll) in any open tab of
//! the app, never a timer of the app's own, so a long form being typed is
//! never locked in the middle of a word.

use serde::{Deserialize, Serialize};

/// How long without use before the app locks itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuietLimit {
    OneMinute,
    /// The default once the lock is on.
    #[default]
    FiveMinutes,
    FifteenMinutes,
    OneHour,
    Never,
}

impl QuietLimit {
    pub const ALL: [QuietLimit; 5] = [
        QuietLimit::OneMinute,
        QuietLimit::FiveMinutes,
        QuietLimit::FifteenMinutes,
        QuietLimit::OneHour,
        QuietLimit::Never,
    ];

    /// The quiet time in milliseconds; `None` for never.
    pub fn millis(self) -> Option<f64> {
        let minutes = match self {
            QuietLimit::OneMinute => 1.0,
            QuietLimit::FiveMinutes => 5.0,
            QuietLimit::FifteenMinutes => 15.0,
            QuietLimit::OneHour => 60.0,
            QuietLimit::Never => return None,
        };
        Some(minutes * MINUTE)
    }

    /// The stable id used as the form value (never the interface words).
    pub fn id(self) -> &'static str {
        match self {
            QuietLimit::OneMinute => "1",
            QuietLimit::FiveMinutes => "5",
            QuietLimit::FifteenMinutes => "15",
            QuietLimit::OneHour => "60",
            QuietLimit::Never => "never",
        }
    }

    pub fn from_id(id: &str) -> Option<QuietLimit> {
        QuietLimit::ALL.into_iter().find(|limit| limit.id() == id)
    }
}

/// The person's auto-lock choices, stored with the settings (and so in
/// backups).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoLock {
    #[serde(default)]
    pub after: QuietLimit,
    /// Also lock once the app has been out of sight (the page hidden,
    /// another tab or app in front) for [`LEFT_FOR`].
    #[serde(default)]
    pub when_left: bool,
}

const MINUTE: f64 = 60_000.0;

/// How long the app may be out of sight before "lock when I leave" locks.
pub const LEFT_FOR: f64 = MINUTE;

/// What the app knows of the person's use, in wall-clock milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Activity {
    /// The latest input, in this tab or (as told) another tab of the app.
    pub last_use: f64,
    /// Since when every tab of the app is out of sight; `None` while one
    /// is in view.
    pub hidden_since: Option<f64>,
}

impl Activity {
    /// The app opened (or unlocked) at `now`: that counts as use.
    pub fn started(now: f64) -> Activity {
        Activity {
            last_use: now,
            hidden_since: None,
        }
    }

    /// Input at `at`. Coming back into view is not use by itself, but any
    /// input means the person is here.
    pub fn used(&mut self, at: f64) {
        self.last_use = self.last_use.max(at);
        self.hidden_since = None;
    }

    /// The page went out of sight at `at`.
    pub fn hidden(&mut self, at: f64) {
        self.hidden_since.get_or_insert(at);
    }

    /// The page came back into view.
    pub fn shown(&mut self) {
        self.hidden_since = None;
    }
}

/// The instant the app is due to lock, if ever: the quiet limit after the
/// last use, or [`LEFT_FOR`] after it went out of sight, whichever comes
/// first.
pub fn lock_due_at(choice: AutoLock, activity: Activity) -> Option<f64> {
    let quiet = choice.after.millis().map(|limit| activity.last_use + limit);
    let left = activity
        .hidden_since
        .filter(|_| choice.when_left)
        .map(|since| since.max(activity.last_use) + LEFT_FOR);
    match (quiet, left) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether the app should lock at `now`.
pub fn should_lock(choice: AutoLock, activity: Activity, now: f64) -> bool {
    lock_due_at(choice, activity).is_some_and(|due| now >= due)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: f64 = 1_000.0;

    fn choice(after: QuietLimit, when_left: bool) -> AutoLock {
        AutoLock { after, when_left }
    }

    #[test]
    fn five_minutes_is_the_default() {
        assert_eq!(AutoLock::default().after, QuietLimit::FiveMinutes);
        assert!(!AutoLock::default().when_left);
    }

    #[test]
    fn locks_after_the_quiet_time_and_not_before() {
        let activity = Activity::started(0.0);
        let five = choice(QuietLimit::FiveMinutes, false);
        assert!(!should_lock(five, activity, 5.0 * MINUTE - 1.0));
        assert!(should_lock(five, activity, 5.0 * MINUTE));
    }

    #[test]
    fn use_keeps_it_open() {
        let mut activity = Activity::started(0.0);
        let one = choice(QuietLimit::OneMinute, false);
        activity.used(50.0 * SECOND);
        assert!(!should_lock(one, activity, 100.0 * SECOND));
        assert!(should_lock(one, activity, 110.0 * SECOND));
    }

    #[test]
    fn never_never_locks() {
        let activity = Activity::started(0.0);
        assert!(!should_lock(
            choice(QuietLimit::Never, false),
            activity,
            1e15
        ));
    }

    #[test]
    fn time_asleep_counts() {
        // The clock jumps on waking: the first check after it locks.
        let activity = Activity::started(0.0);
        assert!(should_lock(
            choice(QuietLimit::OneHour, false),
            activity,
            8.0 * 60.0 * MINUTE
        ));
    }

    #[test]
    fn leaving_for_a_minute_locks_when_chosen() {
        let mut activity = Activity::started(0.0);
        activity.hidden(10.0 * SECOND);
        let left = choice(QuietLimit::OneHour, true);
        assert!(!should_lock(left, activity, 69.0 * SECOND));
        assert!(should_lock(left, activity, 70.0 * SECOND));
        let stay = choice(QuietLimit::OneHour, false);
        assert!(!should_lock(stay, activity, 70.0 * SECOND));
        activity.shown();
        assert!(!should_lock(left, activity, 70.0 * SECOND));
    }

    #[test]
    fn use_in_another_tab_while_this_one_is_hidden_keeps_it_open() {
        let mut activity = Activity::started(0.0);
        activity.hidden(0.0);
        activity.used(50.0 * SECOND);
        assert!(!should_lock(
            choice(QuietLimit::OneHour, true),
            activity,
            70.0 * SECOND
        ));
    }

    #[test]
    fn ids_round_trip() {
        for limit in QuietLimit::ALL {
            assert_eq!(QuietLimit::from_id(limit.id()), Some(limit));
        }
        assert_eq!(QuietLimit::from_id("2"), None);
    }
}
