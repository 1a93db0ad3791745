//! The person's local date, from the browser's clock and time zone. The
//! model takes "today" as an argument, so it stays testable natively.

use chrono::NaiveDate;

/// Today's date in the browser's local time zone.
pub fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}
