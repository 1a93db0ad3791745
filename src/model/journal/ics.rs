//! A calendar file (RFC 5545) with a weekly reminder to write the journal,
//! for the person to import into their own calendar. The app sends
//! nothing anywhere: the reminder lives in their calendar.
//!
//! The start is in floating local time (no `Z`, no time zone), so the
//! reminder stays at, say, 19:00 on the person's clock across daylight
//! saving changes and travel.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

/// The event's title: the app's name, not a sentence, so it needs no
/// translation.
pub const REMINDER_SUMMARY: &str = "IPT Companion";
/// The reminder's UID, the same on every device, so importing a new file
/// updates the reminder instead of adding a second one.
pub const REMINDER_UID: &str = "weekly-checkin@ipt-companion";
/// How long the calendar blocks for writing.
pub const REMINDER_DURATION: &str = "PT15M";
/// Longest content line in octets, before the CRLF (RFC 5545 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The two-letter day RFC 5545 uses in `BYDAY`.
pub fn byday(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// Escapes a TEXT value: backslash, semicolon and comma get a backslash,
/// and any line break (CRLF, CR or LF) becomes `\n`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: at most 75 octets per line, continued lines
/// start with a space (which counts), and a UTF-8 character is never
/// split. Every line, the last included, ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Undoes `fold_line`: removes every CRLF followed by a space or tab.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The first date on or after `from` that falls on `weekday`.
fn first_on_or_after(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from.checked_add_days(Days::new(u64::from(ahead)))
        .unwrap_or(from)
}

/// A calendar with one weekly event on `weekday` at `hour`:`minute` local
/// time, starting on the first such day on or after `first` (RFC 5545 wants
/// the start to match the rule). An hour above 23 or minute above 59 is
/// clamped. `uid` should be stable for one device (so importing again
/// updates the reminder) and `stamp` is the creation time in UTC as
/// `YYYYMMDDTHHMMSSZ`; characters other than letters and digits are
/// dropped from it. The link is both the description and the URL.
pub fn weekly_reminder_ics(
    first: NaiveDate,
    weekday: Weekday,
    hour: u32,
    minute: u32,
    journal_url: &str,
    uid: &str,
    stamp: &str,
) -> String {
    let start_date = first_on_or_after(first, weekday);
    let time = NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0).unwrap_or(NaiveTime::MIN);
    let start = start_date.and_time(time);
    let stamp: String = stamp.chars().filter(char::is_ascii_alphanumeric).collect();
    // A URI value is not escaped, but must not break the line.
    let url: String = journal_url.chars().filter(|c| !c.is_control()).collect();

    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//IPT Companion//Journal reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")),
        format!("DURATION:{REMINDER_DURATION}"),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}", byday(weekday)),
        format!("SUMMARY:{}", escape_text(REMINDER_SUMMARY)),
        format!("DESCRIPTION:{}", escape_text(&url)),
        format!("URL:{url}"),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER:PT0M".to_string(),
        format!("DESCRIPTION:{}", escape_text(REMINDER_SUMMARY)),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| fold_line(line)).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn sample(url: &str) -> String {
        weekly_reminder_ics(
            date(2026, 11, 23),
            Weekday::Mon,
            19,
            0,
            url,
            "journal-1@ipt-companion",
            "20261120T100000Z",
        )
    }

    #[test]
    fn start_is_floating_local_time_on_the_chosen_day() {
        let ics = sample("https://example.org/journal");
        assert!(ics.contains("\r\nDTSTART:20261123T190000\r\n"));
        assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n"));
        assert!(ics.contains("\r\nDURATION:PT15M\r\n"));
        assert!(ics.contains("\r\nURL:https://example.org/journal\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        // A Monday start with a Thursday rule moves to that Thursday.
        let thursday = weekly_reminder_ics(
            date(2026, 11, 23),
            Weekday::Thu,
            7,
            5,
            "u",
            "id",
            "20261120T100000Z",
        );
        assert!(thursday.contains("DTSTART:20261126T070500\r\n"));
        assert!(thursday.contains("BYDAY=TH\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "é🌊a".repeat(40));
        let folded = fold_line(&line);
        for part in folded.split_terminator("\r\n") {
            assert!(part.len() <= MAX_LINE_OCTETS, "{} octets", part.len());
        }
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    proptest! {
        #[test]
        fn any_url_folds_and_unfolds(url in "\\PC{0,200}") {
            let ics = sample(&url);
            prop_assert!(ics.ends_with("\r\n"));
            for line in ics.split_terminator("\r\n") {
                prop_assert!(line.len() <= MAX_LINE_OCTETS);
                prop_assert!(!line.contains('\r') && !line.contains('\n'));
            }
            let unfolded = unfold(&ics);
            let expected_url = format!("\r\nURL:{}\r\n", url.chars().filter(|c| !c.is_control()).collect::<String>());
            prop_assert!(unfolded.contains(&expected_url));
        }
    }
}
