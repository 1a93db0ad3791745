//! ISO 8601 weeks (Monday to Sunday), the unit of the journal.
//!
//! A week is a set of calendar dates, never instants: the interface turns
//! "now" into the local date and passes it in, so time zones and daylight
//! saving changes cannot move an entry from one week to another.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One ISO week, written `2026-W53`. Always a week that exists, in the
/// years 1 to 9999 (so it always has a four-digit year). Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    year: i32,
    week: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekError {
    /// The text is not of the form `YYYY-Www`.
    Malformed,
    /// The year has no such week (such as `2027-W53`), or the year is
    /// outside 1 to 9999.
    NoSuchWeek,
    /// The week has not started yet; the journal refuses entries for it.
    Future,
}

impl fmt::Display for WeekError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            WeekError::Malformed => "not an ISO week of the form YYYY-Www",
            WeekError::NoSuchWeek => "no such ISO week",
            WeekError::Future => "the week is in the future",
        };
        f.write_str(text)
    }
}

impl std::error::Error for WeekError {}

const FIRST_YEAR: i32 = 1;
const LAST_YEAR: i32 = 9999;

impl IsoWeek {
    /// The first week that can be represented: 0001-W01 (from 0001-01-01).
    pub const MIN: IsoWeek = IsoWeek {
        year: FIRST_YEAR,
        week: 1,
    };
    /// The last week that can be represented: 9999-W52.
    pub const MAX: IsoWeek = IsoWeek {
        year: LAST_YEAR,
        week: 52,
    };

    /// The week `week` of the ISO year `year`, if it exists.
    pub fn new(year: i32, week: u32) -> Result<IsoWeek, WeekError> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(WeekError::NoSuchWeek);
        }
        match NaiveDate::from_isoywd_opt(year, week, Weekday::Mon) {
            Some(_) => Ok(IsoWeek { year, week }),
            None => Err(WeekError::NoSuchWeek),
        }
    }

    /// The ISO week holding `date`. Near 1 January the ISO year can differ
    /// from the calendar year: 2021-01-03 is in 2020-W53. Dates outside the
    /// years 1 to 9999 are clamped to `MIN` or `MAX`.
    pub fn from_date(date: NaiveDate) -> IsoWeek {
        let iso = date.iso_week();
        let week = IsoWeek {
            year: iso.year(),
            week: iso.week(),
        };
        week.clamp(IsoWeek::MIN, IsoWeek::MAX)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn week(self) -> u32 {
        self.week
    }

    pub fn monday(self) -> NaiveDate {
        self.day(Weekday::Mon)
    }

    pub fn sunday(self) -> NaiveDate {
        self.day(Weekday::Sun)
    }

    /// The date of `weekday` in this week.
    pub fn day(self, weekday: Weekday) -> NaiveDate {
        // Every IsoWeek is checked when made, and 9999-W52 ends on
        // 10000-01-02, well inside chrono's range.
        NaiveDate::from_isoywd_opt(self.year, self.week, weekday).expect("an IsoWeek always exists")
    }

    /// True when `date` falls in this week.
    pub fn contains(self, date: NaiveDate) -> bool {
        IsoWeek::from_date(date) == self
    }

    /// The following week (`MAX` stays `MAX`).
    pub fn next(self) -> IsoWeek {
        match self.monday().checked_add_days(Days::new(7)) {
            Some(date) => IsoWeek::from_date(date),
            None => IsoWeek::MAX,
        }
    }

    /// The week before (`MIN` stays `MIN`).
    pub fn previous(self) -> IsoWeek {
        match self.monday().checked_sub_days(Days::new(7)) {
            Some(date) => IsoWeek::from_date(date),
            None => IsoWeek::MIN,
        }
    }

    /// Reads `2027-W01`. The week number must have two digits and the year
    /// four, as ISO 8601 writes them; surrounding spaces are not accepted.
    pub fn parse(text: &str) -> Result<IsoWeek, WeekError> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 8
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && &bytes[4..6] == b"-W"
            && bytes[6..].iter().all(u8::is_ascii_digit);
        if !well_formed {
            return Err(WeekError::Malformed);
        }
        let year = text[..4].parse().map_err(|_| WeekError::Malformed)?;
        let week = text[6..].parse().map_err(|_| WeekError::Malformed)?;
        IsoWeek::new(year, week)
    }

    /// True when this week starts after the week holding `today` (the
    /// local date, as the interface sees it). The current week is not in
    /// the future.
    pub fn is_future(self, today: NaiveDate) -> bool {
        self > IsoWeek::from_date(today)
    }
}

/// Whole weeks from `a` to `b`: positive when `b` is later, 0 when equal.
pub fn weeks_between(a: IsoWeek, b: IsoWeek) -> i64 {
    (b.monday() - a.monday()).num_weeks()
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

impl FromStr for IsoWeek {
    type Err = WeekError;

    fn from_str(text: &str) -> Result<IsoWeek, WeekError> {
        IsoWeek::parse(text)
    }
}

// Saved as the string "2026-W53", so a journal's weeks can be the keys of a
// JSON object and read well in a backup file.
impl Serialize for IsoWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoWeek {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IsoWeek, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoWeek::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn week(year: i32, week: u32) -> IsoWeek {
        IsoWeek::new(year, week).unwrap()
    }

    #[test]
    fn week_53_of_2026_spans_the_new_year() {
        let w53 = week(2026, 53);
        assert_eq!(w53.monday(), date(2026, 12, 28));
        assert_eq!(w53.sunday(), date(2027, 1, 3));
        assert_eq!(IsoWeek::from_date(date(2027, 1, 1)), w53);
        assert_eq!(w53.next(), week(2027, 1));
        assert_eq!(week(2027, 1).monday(), date(2027, 1, 4));
        assert_eq!(week(2027, 1).previous(), w53);
        assert_eq!(IsoWeek::new(2027, 53), Err(WeekError::NoSuchWeek));
        assert_eq!(IsoWeek::new(2026, 0), Err(WeekError::NoSuchWeek));
    }

    #[test]
    fn text_form_round_trips_and_rejects_other_shapes() {
        assert_eq!(week(2026, 53).to_string(), "2026-W53");
        assert_eq!(week(2027, 1).to_string(), "2027-W01");
        assert_eq!(IsoWeek::parse("2027-W01"), Ok(week(2027, 1)));
        assert_eq!("2020-W53".parse::<IsoWeek>(), Ok(week(2020, 53)));
        for bad in [
            "",
            "2027-W1",
            "2027W01",
            " 2027-W01",
            "2027-w01",
            "27-W01",
            "2027-W+1",
        ] {
            assert_eq!(IsoWeek::parse(bad), Err(WeekError::Malformed), "{bad:?}");
        }
        assert_eq!(IsoWeek::parse("2027-W53"), Err(WeekError::NoSuchWeek));
        assert_eq!(IsoWeek::parse("0000-W10"), Err(WeekError::NoSuchWeek));
    }

    #[test]
    fn serde_uses_the_text_form_even_as_a_map_key() {
        let json = serde_json::to_string(&week(2026, 53)).unwrap();
        assert_eq!(json, "\"2026-W53\"");
        let map: std::collections::BTreeMap<IsoWeek, u8> =
            serde_json::from_str(r#"{"2027-W01": 1, "2026-W53": 2}"#).unwrap();
        assert_eq!(map.keys().next(), Some(&week(2026, 53)));
        assert!(serde_json::from_str::<IsoWeek>("\"2027-W53\"").is_err());
    }

    #[test]
    fn the_ends_of_the_range_saturate() {
        assert_eq!(IsoWeek::MAX.next(), IsoWeek::MAX);
        assert_eq!(IsoWeek::MIN.previous(), IsoWeek::MIN);
        assert_eq!(IsoWeek::MIN.monday(), date(1, 1, 1));
        assert_eq!(IsoWeek::from_date(date(10_500, 6, 1)), IsoWeek::MAX);
        assert_eq!(IsoWeek::new(9999, 53), Err(WeekError::NoSuchWeek));
    }

    #[test]
    fn future_means_after_the_current_week() {
        let today = date(2026, 12, 31); // a Thursday in 2026-W53
        assert!(!week(2026, 53).is_future(today));
        assert!(!week(2026, 52).is_future(today));
        assert!(week(2027, 1).is_future(today));
    }

    #[test]
    fn daylight_saving_days_stay_in_their_week() {
        // Clocks change on these Sundays in Europe (March, October) and
        // North America (March, November); a date has no clock, so the
        // Sunday closes its week and the Monday after opens the next.
        for (sunday, number) in [
            (date(2026, 3, 29), 13),
            (date(2026, 10, 25), 43),
            (date(2026, 3, 8), 10),
            (date(2026, 11, 1), 44),
        ] {
            let this = IsoWeek::from_date(sunday);
            assert_eq!(this, week(2026, number));
            assert_eq!(this.sunday(), sunday);
            assert_eq!(IsoWeek::from_date(sunday.succ_opt().unwrap()), this.next());
            assert_eq!(weeks_between(this, this.next()), 1);
        }
    }

    #[test]
    fn weeks_between_is_signed() {
        assert_eq!(weeks_between(week(2026, 52), week(2027, 2)), 3);
        assert_eq!(weeks_between(week(2027, 2), week(2026, 52)), -3);
        assert_eq!(weeks_between(week(2026, 1), week(2026, 1)), 0);
    }
}
