#![cfg(not(target_arch = "wasm32"))]
//! Every file the journal exports, read back by a well-kept parser: the two
//! CSV files by the `csv` crate and the calendar reminder by the
//! `icalendar` crate. The app writes both formats by hand (a few lines
//! each, nothing to download in the browser); these tests prove that
//! what it writes is what other programs read, field by field, for text
//! with commas, quotes, line breaks, emoji and right-to-left scripts, and
//! for any string proptest comes up with. A cell that starts like a
//! formula (`=1+2`, `@SUM(1)`) reads back as text behind a single quote,
//! so a spreadsheet shows it and runs nothing; a plain number (`-2`) is
//! left a number.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use icalendar::{CalendarDateTime, Component as _, DatePerhapsTime};
use ipt_companion::model::journal::csv::{
    events_csv, weeks_csv, BYTE_ORDER_MARK, MACHINE_WORDS, PEOPLE_SEPARATOR,
};
use ipt_companion::model::journal::ics::{
    byday, weekly_reminder_ics, REMINDER_DURATION, REMINDER_SUMMARY, REMINDER_UID,
};
use ipt_companion::model::journal::{band, EventInput, Feeling, IsoWeek, Journal, Phq9Answers};
use ipt_companion::model::problem_area::ProblemArea;
use proptest::prelude::*;

/// Text that breaks naive writers: separators, quotes, every kind of line
/// break, emoji (with joiners and variation selectors), Hebrew and Arabic
/// (right to left), bidirectional controls, a byte order mark in the middle,
/// tabs, backslashes and a NUL; and formulas a spreadsheet would run (the
/// examples of issue 23 and OWASP's CSV injection page), beside plain
/// numbers that must stay numbers.
const HOSTILE: [&str; 35] = [
    "plain",
    "a,b",
    ",",
    "ends with a comma,",
    "say \"hi\"",
    "\"",
    "\"\"",
    "\"quoted at both ends\"",
    "two\nlines",
    "cr\ronly",
    "crlf\r\nend",
    "\r\n",
    "\n\n",
    " leading and trailing spaces ",
    "emoji 🌊 👩‍👩‍👧 ❤️",
    "שלום, \"עולם\"\nשורה",
    "مرحبا، صديقي; كيف حالك؟",
    "mixed עברית and English, 123",
    "\u{202e}reversed\u{202c} and \u{2067}isolated\u{2069}",
    "\u{feff}a byte order mark",
    "tab\tseparated",
    "back\\slash\\",
    "semi;colon: and colon",
    "nul\0byte",
    "=1+2",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "=HYPERLINK(\"https://example.org\",\"click\")",
    "-2",
    "+3.5",
    "-.5e3",
    "\u{ff1d}1+2 (a full-width equals sign)",
];

/// The header of weeks.csv, column by column, as other programs read it:
/// written out here, not taken from the writer.
const WEEKS_COLUMNS: [&str; 7] = [
    "week",
    "monday",
    "mood",
    "phq9_score",
    "phq9_band",
    "events",
    "note",
];

/// The header of events.csv (as [`WEEKS_COLUMNS`]).
const EVENTS_COLUMNS: [&str; 5] = ["week", "description", "people", "feeling", "problem_area"];

/// The characters a spreadsheet may take as the start of a formula
/// (OWASP: = + - @ tab and carriage return; ASVS 1.2.10 adds NUL; the line
/// feed and the full-width forms too), written out here apart from the
/// writer's own list.
const FORMULA_FIRST: [char; 12] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
];

/// True when a spreadsheet reads `cell` as a plain number (which runs
/// nothing): Rust's float syntax, without its words (inf, NaN).
fn is_number(cell: &str) -> bool {
    cell.parse::<f64>().is_ok()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
}

/// The cell the file must hold for `typed`: the text as typed, behind a
/// single quote if it starts like a formula and is not a plain number.
fn as_text(typed: &str) -> String {
    if typed.starts_with(FORMULA_FIRST) && !is_number(typed) {
        format!("'{typed}")
    } else {
        typed.to_string()
    }
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// Every record of a CSV file, read by the `csv` crate: no header handling
/// (the header is compared as a record) and not flexible, so every record
/// must have as many fields as the first.
fn read_csv(file: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(file.as_bytes())
        .records()
        .map(|record| {
            record
                .unwrap_or_else(|error| panic!("the csv crate refused the file: {error}\n{file:?}"))
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// The two files as the app downloads them (see components/journal/export.rs).
fn weeks_file(journal: &Journal) -> String {
    format!("{BYTE_ORDER_MARK}{}", weeks_csv(journal, &MACHINE_WORDS))
}

fn events_file(journal: &Journal, names: &BTreeMap<u64, String>) -> String {
    format!(
        "{BYTE_ORDER_MARK}{}",
        events_csv(journal, &MACHINE_WORDS, |id| person_name(names, id))
    )
}

fn person_name(names: &BTreeMap<u64, String>, id: u64) -> String {
    names
        .get(&id)
        .cloned()
        .unwrap_or_else(|| "(removed)".to_string())
}

/// What each record of weeks.csv must hold, from the journal itself.
fn expected_weeks(journal: &Journal) -> Vec<Vec<String>> {
    let mut rows = vec![WEEKS_COLUMNS.map(String::from).to_vec()];
    for entry in journal.entries.values() {
        let score = entry.phq9_score();
        rows.push(vec![
            entry.week.to_string(),
            entry.week.monday().to_string(),
            entry.mood.map(|mood| mood.to_string()).unwrap_or_default(),
            score.map(|score| score.to_string()).unwrap_or_default(),
            score
                .map(|score| band(score).code().to_string())
                .unwrap_or_default(),
            entry.events.len().to_string(),
            as_text(&entry.note),
        ]);
    }
    rows
}

/// What each record of events.csv must hold, from the journal itself.
fn expected_events(journal: &Journal, names: &BTreeMap<u64, String>) -> Vec<Vec<String>> {
    let mut rows = vec![EVENTS_COLUMNS.map(String::from).to_vec()];
    for entry in journal.entries.values() {
        for event in &entry.events {
            let people: Vec<String> = event
                .people
                .iter()
                .map(|&id| person_name(names, id))
                .collect();
            rows.push(vec![
                entry.week.to_string(),
                as_text(&event.description),
                as_text(&people.join(PEOPLE_SEPARATOR)),
                event.feeling.code().to_string(),
                event
                    .problem_area
                    .map(|area| area.module_slug().to_string())
                    .unwrap_or_default(),
            ]);
        }
    }
    rows
}

/// No cell of `records` would start a formula in a spreadsheet.
fn assert_no_formula(records: &[Vec<String>]) {
    for cell in records.iter().flatten() {
        assert!(
            !cell.starts_with(FORMULA_FIRST) || is_number(cell),
            "a spreadsheet would run {cell:?}"
        );
    }
}

fn assert_csv_reads_back(journal: &Journal, names: &BTreeMap<u64, String>) {
    let weeks = read_csv(&weeks_file(journal));
    assert_no_formula(&weeks);
    let expected = expected_weeks(journal);
    assert_eq!(weeks.len(), expected.len(), "weeks.csv records");
    for (read, expected) in weeks.iter().zip(&expected) {
        assert_eq!(read, expected);
    }
    let events = read_csv(&events_file(journal, names));
    assert_no_formula(&events);
    let expected = expected_events(journal, names);
    assert_eq!(events.len(), expected.len(), "events.csv records");
    for (read, expected) in events.iter().zip(&expected) {
        assert_eq!(read, expected);
    }
}

/// A journal with every hostile string as a note, an event description
/// and a person's name, spread over consecutive weeks.
fn hostile_journal() -> (Journal, BTreeMap<u64, String>) {
    let today = date(2027, 6, 1);
    let mut journal = Journal::default();
    let names: BTreeMap<u64, String> = HOSTILE
        .iter()
        .enumerate()
        .map(|(index, name)| (index as u64, name.to_string()))
        .collect();
    let mut week = IsoWeek::from_date(date(2026, 1, 5));
    for (index, text) in HOSTILE.iter().enumerate() {
        journal
            .set_mood_from_text(week, today, &(index % 11).to_string())
            .unwrap();
        journal.set_note(week, today, text).unwrap();
        let answers = Phq9Answers {
            items: [Some((index % 4) as u8); 9],
            difficulty: None,
        };
        journal.set_phq9(week, today, Some(answers)).unwrap();
        let description = if text.trim().is_empty() {
            format!("blank {index}")
        } else {
            text.to_string()
        };
        journal
            .add_event(
                week,
                today,
                EventInput {
                    description,
                    // This person, the next, and someone no longer on the map.
                    people: vec![index as u64, (index as u64 + 1) % HOSTILE.len() as u64, 999],
                    feeling: Feeling::ALL[index % Feeling::ALL.len()],
                    problem_area: ProblemArea::ALL.get(index % 5).copied(),
                },
            )
            .unwrap();
        week = week.next();
    }
    (journal, names)
}

#[test]
fn the_csv_crate_reads_back_every_field_of_hostile_text() {
    let (journal, names) = hostile_journal();
    assert_eq!(journal.entries.len(), HOSTILE.len());
    assert_csv_reads_back(&journal, &names);
    // The byte order mark is there for spreadsheets, and is not read as
    // part of the first header.
    assert!(weeks_file(&journal).starts_with("\u{feff}week,"));
    assert_eq!(read_csv(&weeks_file(&journal))[0][0], "week");
}

#[test]
fn formulas_read_back_as_text_behind_a_quote_and_numbers_as_numbers() {
    // (typed as a note, an event and a name; the cell the csv crate reads)
    let cases = [
        ("=1+2", "'=1+2"),
        ("+SUM(1,2)", "'+SUM(1,2)"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tTab first", "'\tTab first"),
        ("\rReturn first", "'\rReturn first"),
        ("-2", "-2"),
        ("+3.5", "+3.5"),
        ("1+2", "1+2"),
        ("Sam = Jo", "Sam = Jo"),
    ];
    let today = date(2027, 6, 1);
    let mut journal = Journal::default();
    let mut names = BTreeMap::new();
    let mut week = IsoWeek::from_date(date(2026, 1, 5));
    for (index, (typed, _)) in cases.iter().enumerate() {
        names.insert(index as u64, typed.to_string());
        journal.set_note(week, today, typed).unwrap();
        let input = EventInput {
            description: typed.to_string(),
            people: vec![index as u64],
            feeling: Feeling::ALL[0],
            problem_area: None,
        };
        journal.add_event(week, today, input).unwrap();
        week = week.next();
    }
    let weeks = read_csv(&weeks_file(&journal));
    let events = read_csv(&events_file(&journal, &names));
    for (index, (typed, cell)) in cases.iter().enumerate() {
        assert_eq!(events[index + 1][2], *cell, "name {typed:?}");
        assert_eq!(weeks[index + 1][6], *cell, "note {typed:?}");
        // The journal trims an event's words: a tab or return first is gone
        // before any export.
        let description = &journal.entries.values().nth(index).unwrap().events[0].description;
        if description == typed {
            assert_eq!(events[index + 1][1], *cell, "description {typed:?}");
        } else {
            assert_eq!(events[index + 1][1], typed.trim());
        }
    }
}

#[test]
fn the_csv_crate_reads_back_an_empty_journal_as_the_headers() {
    let journal = Journal::default();
    assert_eq!(read_csv(&weeks_file(&journal)), [WEEKS_COLUMNS.to_vec()]);
    assert_eq!(
        read_csv(&events_file(&journal, &BTreeMap::new())),
        [EVENTS_COLUMNS.to_vec()]
    );
}

/// A string to break writers: anything at all, or pieces of the hostile
/// list glued together, or a short run of the awkward characters.
fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(proptest::sample::select(HOSTILE.to_vec()), 0..4)
            .prop_map(|pieces| pieces.concat()),
        "[a,;\"\\\\\r\n \t🌊ש\u{202e}\u{feff}]{0,12}",
    ]
}

/// What one week of a random journal holds.
#[derive(Debug, Clone)]
struct WeekPlan {
    mood: Option<u8>,
    note: String,
    phq9: Option<[u8; 9]>,
    events: Vec<(String, Vec<u64>, usize, Option<usize>)>,
}

fn week_plan() -> impl Strategy<Value = WeekPlan> {
    (
        proptest::option::of(0u8..=10),
        hostile_string(),
        proptest::option::of(proptest::array::uniform9(0u8..=3)),
        proptest::collection::vec(
            (
                hostile_string(),
                proptest::collection::vec(0u64..8, 0..4),
                0..Feeling::ALL.len(),
                proptest::option::of(0..ProblemArea::ALL.len()),
            ),
            0..3,
        ),
    )
        .prop_map(|(mood, note, phq9, events)| WeekPlan {
            mood,
            note,
            phq9,
            events,
        })
}

fn journal_from(plans: &[WeekPlan]) -> Journal {
    let today = date(2027, 6, 1);
    let mut journal = Journal::default();
    let mut week = IsoWeek::from_date(date(2026, 12, 28));
    for plan in plans {
        if let Some(mood) = plan.mood {
            journal
                .set_mood_from_text(week, today, &mood.to_string())
                .unwrap();
        }
        journal.set_note(week, today, &plan.note).unwrap();
        if let Some(items) = plan.phq9 {
            let answers = Phq9Answers {
                items: items.map(Some),
                difficulty: None,
            };
            journal.set_phq9(week, today, Some(answers)).unwrap();
        }
        for (description, people, feeling, area) in &plan.events {
            // A blank description is refused by the model, as in the form.
            let _ = journal.add_event(
                week,
                today,
                EventInput {
                    description: description.clone(),
                    people: people.clone(),
                    feeling: Feeling::ALL[*feeling],
                    problem_area: area.map(|area| ProblemArea::ALL[area]),
                },
            );
        }
        week = week.next();
    }
    journal
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_csv_crate_reads_back_any_journal(
        plans in proptest::collection::vec(week_plan(), 0..6),
        names in proptest::collection::btree_map(0u64..6, hostile_string(), 0..6),
    ) {
        let journal = journal_from(&plans);
        assert_csv_reads_back(&journal, &names);
    }
}

// The calendar reminder

fn property<'a>(component: &'a icalendar::parser::Component<'_>, name: &str) -> &'a str {
    component
        .find_prop(name)
        .unwrap_or_else(|| panic!("no {name} in {}", component.name.as_str()))
        .val
        .as_str()
}

/// How a TEXT value reads back: as given, except that any line break is a
/// newline and other control characters (not allowed in TEXT) are gone.
fn as_text_value(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect()
}

/// True when a TEXT value keeps RFC 5545's rules (3.3.11): a backslash,
/// semicolon or comma only as `\\`, `\;` or `\,`, and a line break only as
/// `\n` (or `\N`).
fn is_escaped_text(value: &str) -> bool {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if !matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')) => return false,
            ';' | ',' => return false,
            _ => {}
        }
    }
    true
}

/// Checks one reminder file, read by both of `icalendar`'s layers: the
/// parser's component tree (structure, every property) and the typed
/// `Calendar` (the start as a floating local time, the stamp as UTC).
fn assert_reminder_reads_back(
    first: NaiveDate,
    weekday: Weekday,
    hour: u32,
    minute: u32,
    url: &str,
    uid: &str,
    stamp: NaiveDateTime,
) {
    let ics = weekly_reminder_ics(
        first,
        weekday,
        hour,
        minute,
        url,
        uid,
        &stamp.format("%Y%m%dT%H%M%SZ").to_string(),
    );
    let plain_url: String = url.chars().filter(|c| !c.is_control()).collect();
    let start_date = (0..7)
        .map(|days| first + Duration::days(days))
        .find(|day| day.weekday() == weekday)
        .unwrap();
    let start =
        start_date.and_time(NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0).unwrap());

    // icalendar is lenient where RFC 5545 is not: it reads a bare line feed
    // inside a value, an unescaped comma or semicolon, and keeps an unknown
    // escape such as `\s` as it is. So those rules are checked on the raw
    // file first.
    assert!(
        !ics.replace("\r\n", "").contains(['\r', '\n']),
        "a line break other than CRLF: {ics:?}"
    );
    for line in icalendar::parser::unfold(&ics).split_terminator("\r\n") {
        let text_value = ["UID:", "SUMMARY:", "DESCRIPTION:"]
            .iter()
            .find_map(|name| line.strip_prefix(name));
        if let Some(value) = text_value {
            assert!(is_escaped_text(value), "a bad escape: {line:?}");
        }
    }

    // The parser's component tree of the unfolded file.
    let unfolded = icalendar::parser::unfold(&ics);
    let roots = icalendar::parser::read_calendar_simple(&unfolded)
        .unwrap_or_else(|error| panic!("icalendar refused the file: {error:?}\n{ics:?}"));
    assert_eq!(roots.len(), 1, "one calendar");
    let calendar = &roots[0];
    assert_eq!(calendar.name.as_str(), "VCALENDAR");
    assert_eq!(property(calendar, "VERSION"), "2.0");
    assert_eq!(property(calendar, "CALSCALE"), "GREGORIAN");
    assert_eq!(property(calendar, "METHOD"), "PUBLISH");
    assert!(!property(calendar, "PRODID").is_empty());
    assert_eq!(calendar.components.len(), 1, "one event");
    let event = &calendar.components[0];
    assert_eq!(event.name.as_str(), "VEVENT");
    let names: Vec<&str> = event.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "UID",
            "DTSTAMP",
            "DTSTART",
            "DURATION",
            "RRULE",
            "SUMMARY",
            "DESCRIPTION",
            "URL"
        ]
    );
    assert_eq!(property(event, "UID"), as_text_value(uid));
    assert_eq!(
        property(event, "DTSTART"),
        start.format("%Y%m%dT%H%M%S").to_string()
    );
    assert_eq!(property(event, "DURATION"), REMINDER_DURATION);
    assert_eq!(
        property(event, "RRULE"),
        format!("FREQ=WEEKLY;BYDAY={}", byday(weekday))
    );
    assert_eq!(property(event, "SUMMARY"), REMINDER_SUMMARY);
    assert_eq!(property(event, "DESCRIPTION"), as_text_value(&plain_url));
    assert_eq!(property(event, "URL"), plain_url);
    assert_eq!(event.components.len(), 1, "one alarm");
    let alarm = &event.components[0];
    assert_eq!(alarm.name.as_str(), "VALARM");
    assert_eq!(property(alarm, "ACTION"), "DISPLAY");
    assert_eq!(property(alarm, "TRIGGER"), "PT0M");
    assert_eq!(property(alarm, "DESCRIPTION"), REMINDER_SUMMARY);

    let typed = icalendar::Calendar::from_str(&ics).expect("icalendar reads the calendar");
    let events: Vec<&icalendar::Event> = typed
        .components
        .iter()
        .filter_map(|component| component.as_event())
        .collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert_eq!(
        event.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(start)))
    );
    assert_eq!(event.get_timestamp(), Some(Utc.from_utc_datetime(&stamp)));
    assert_eq!(event.get_uid(), Some(as_text_value(uid).as_str()));
    assert_eq!(event.get_summary(), Some(REMINDER_SUMMARY));
    assert_eq!(
        event.get_description(),
        Some(as_text_value(&plain_url).as_str())
    );
    assert_eq!(event.get_url(), Some(plain_url.as_str()));
}

fn sample_stamp() -> NaiveDateTime {
    date(2026, 11, 20).and_hms_opt(10, 0, 0).unwrap()
}

#[test]
fn icalendar_reads_back_the_reminder_the_app_writes_on_every_day() {
    let weekdays = std::iter::successors(Some(Weekday::Mon), |day| Some(day.succ())).take(7);
    for weekday in weekdays {
        for (hour, minute) in [(0, 0), (7, 5), (19, 0), (23, 59)] {
            assert_reminder_reads_back(
                date(2026, 12, 30),
                weekday,
                hour,
                minute,
                "https://example.org/journal",
                REMINDER_UID,
                sample_stamp(),
            );
        }
    }
}

#[test]
fn icalendar_reads_back_hostile_links_and_ids() {
    for text in HOSTILE {
        let url = format!("https://example.org/ipt/{text}/journal");
        assert_reminder_reads_back(
            date(2026, 11, 20),
            Weekday::Sun,
            19,
            0,
            &url,
            text,
            sample_stamp(),
        );
    }
    // Long enough to fold, with multi-byte characters on the fold.
    let long = format!("https://example.org/{}", "é🌊ש,;\\".repeat(30));
    assert_reminder_reads_back(
        date(2026, 11, 20),
        Weekday::Mon,
        19,
        0,
        &long,
        &long,
        sample_stamp(),
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn icalendar_reads_back_any_reminder(
        days_from_2000 in 0i64..40_000,
        weekday in 0u8..7,
        hour in 0u32..30,
        minute in 0u32..70,
        url in hostile_string(),
        uid in hostile_string(),
        stamp_seconds in 946_684_800i64..4_102_444_800,
    ) {
        let first = date(2000, 1, 1) + Duration::days(days_from_2000);
        let weekday = Weekday::try_from(weekday).unwrap();
        let stamp = chrono::DateTime::from_timestamp(stamp_seconds, 0).unwrap().naive_utc();
        assert_reminder_reads_back(first, weekday, hour, minute, &url, &uid, stamp);
    }
}
