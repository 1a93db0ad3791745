//! The journal as CSV files for a spreadsheet (RFC 4180: CRLF line ends,
//! fields with a comma, quote, CR or LF in double quotes, quotes doubled).
//!
//! A cell a spreadsheet would take for a formula is written as text (see
//! [`as_spreadsheet_text`]): a name typed as `=1+2` shows as `=1+2` and
//! runs nothing.
//!
//! The files speak the language of the page they are downloaded from: the
//! header's column names and the words in the enum columns come from that
//! language's [`CsvWords`] (`content::journal_text::CSV_WORDS`). English
//! keeps the stable machine words of the saved document ([`MACHINE_WORDS`]:
//! `very-hard`, `disputes`, `moderately-severe`), as it always has.

use super::entry::{Feeling, Journal};
use super::phq9::Band;
use crate::model::problem_area::ProblemArea;

pub const WEEKS_HEADER: [&str; 7] = [
    "week",
    "monday",
    "mood",
    "phq9_score",
    "phq9_band",
    "events",
    "note",
];

pub const EVENTS_HEADER: [&str; 5] = ["week", "description", "people", "feeling", "problem_area"];

/// The words of the two files in one language: the column names, and the
/// word for each value of an enum column.
#[derive(Debug, Clone, Copy)]
pub struct CsvWords {
    pub weeks_header: [&'static str; 7],
    pub events_header: [&'static str; 5],
    pub band: fn(Band) -> &'static str,
    pub feeling: fn(Feeling) -> &'static str,
    pub area: fn(ProblemArea) -> &'static str,
}

/// The saved document's own words.
pub const MACHINE_WORDS: CsvWords = CsvWords {
    weeks_header: WEEKS_HEADER,
    events_header: EVENTS_HEADER,
    band: Band::code,
    feeling: Feeling::code,
    area: ProblemArea::module_slug,
};

/// Separates the names in the `people` column.
pub const PEOPLE_SEPARATOR: &str = "; ";

/// Starts each downloaded file, so spreadsheet programs read it as UTF-8
/// (names and notes in any language). RFC 4180 readers skip it.
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

fn needs_quotes(field: &str) -> bool {
    field.contains([',', '"', '\r', '\n'])
}

/// The first characters that make a spreadsheet read a cell as a formula
/// (OWASP's CSV injection list: `=`, `+`, `-`, `@`, tab and carriage
/// return), with the line feed and NUL that ASVS 1.2.10 adds, and the
/// full-width forms some spreadsheets also take for them.
pub const FORMULA_STARTS: [char; 12] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// Marks a cell as text for a spreadsheet: it is shown without the mark.
pub const TEXT_MARK: char = '\'';

/// True for a plain decimal number, as a spreadsheet reads one: an
/// optional sign, digits with at most one decimal point, and an optional
/// exponent (`-2`, `+3.5`, `.5`, `1e-3`). Such a cell computes nothing, so
/// it is left alone and stays a number.
pub fn is_plain_number(field: &str) -> bool {
    let unsigned = field.strip_prefix(['+', '-']).unwrap_or(field);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|exponent| {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        !exponent.is_empty() && digits(exponent)
    });
    mantissa_ok && exponent_ok
}

/// The cell as a spreadsheet should show it: a cell starting with one of
/// [`FORMULA_STARTS`] gets [`TEXT_MARK`] in front (OWASP's advice), so it
/// is shown as the text typed and runs nothing; a plain number (`-2`)
/// and every other cell are kept as they are.
pub fn as_spreadsheet_text(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(FORMULA_STARTS) && !is_plain_number(field) {
        std::borrow::Cow::Owned(format!("{TEXT_MARK}{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

/// Appends one record, ending in CRLF; each field as spreadsheet text
/// ([`as_spreadsheet_text`]), then quoted if it needs it.
pub fn write_row<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let field = as_spreadsheet_text(field.as_ref());
        let field = field.as_ref();
        if needs_quotes(field) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

fn optional(value: Option<impl ToString>) -> String {
    value.map(|value| value.to_string()).unwrap_or_default()
}

/// One row per week with an entry, oldest first: week, Monday's date,
/// mood, PHQ-9 score and band (empty unless complete), number of events,
/// and the free note.
pub fn weeks_csv(journal: &Journal, words: &CsvWords) -> String {
    let mut out = String::new();
    write_row(&mut out, &words.weeks_header);
    for entry in journal.entries.values() {
        let score = entry.phq9_score();
        write_row(
            &mut out,
            &[
                entry.week.to_string(),
                entry.week.monday().format("%Y-%m-%d").to_string(),
                optional(entry.mood),
                optional(score),
                score
                    .map(|score| (words.band)(super::phq9::band(score)).to_string())
                    .unwrap_or_default(),
                entry.events.len().to_string(),
                entry.note.clone(),
            ],
        );
    }
    out
}

/// One row per event, in week order: week, description, the people's
/// names (from `person_name`, which also names people removed from the
/// map) joined with "; ", feeling and problem area.
pub fn events_csv(
    journal: &Journal,
    words: &CsvWords,
    person_name: impl Fn(u64) -> String,
) -> String {
    let mut out = String::new();
    write_row(&mut out, &words.events_header);
    for entry in journal.entries.values() {
        for event in &entry.events {
            let people: Vec<String> = event.people.iter().map(|&id| person_name(id)).collect();
            write_row(
                &mut out,
                &[
                    entry.week.to_string(),
                    event.description.clone(),
                    people.join(PEOPLE_SEPARATOR),
                    (words.feeling)(event.feeling).to_string(),
                    event
                        .problem_area
                        .map(|area| (words.area)(area).to_string())
                        .unwrap_or_default(),
                ],
            );
        }
    }
    out
}

/// Reads CSV back into records of fields. Accepts CRLF or LF line ends; a
/// final line end does not start another record, and an empty line is a
/// record with one empty field. Lenient with malformed quoting: a quote
/// inside an unquoted field is kept as text, and an unclosed quote runs to
/// the end of the text.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    // True right after a closing quote, and at the start of a field, where
    // a quote opens a quoted field.
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field_start => {
                in_quotes = true;
                field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                field_start = true;
            }
            other => {
                field.push(other);
                field_start = false;
            }
        }
    }
    if !field_start || !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn awkward_fields_are_quoted() {
        let mut out = String::new();
        write_row(
            &mut out,
            &["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""],
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\r\n"
        );
        assert_eq!(
            parse_csv(&out),
            vec![vec!["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""]]
        );
    }

    #[test]
    fn line_ends_and_empty_lines() {
        assert!(parse_csv("").is_empty());
        assert_eq!(parse_csv("a,b\nc,d"), vec![vec!["a", "b"], vec!["c", "d"]]);
        assert_eq!(parse_csv("\r\n"), vec![vec![""]]);
        assert_eq!(parse_csv("\"\""), vec![vec![""]]);
        assert_eq!(parse_csv("a,"), vec![vec!["a", ""]]);
    }

    #[test]
    fn formulas_are_written_as_text_and_numbers_stay_numbers() {
        let mut out = String::new();
        write_row(
            &mut out,
            &[
                "=1+2",
                "+SUM(1,2)",
                "-2+3",
                "@SUM(1)",
                "\tTab",
                "\rReturn",
                "-2",
                "+3.5",
                "-",
                "a=1",
            ],
        );
        assert_eq!(
            out,
            "'=1+2,\"'+SUM(1,2)\",'-2+3,'@SUM(1),'\tTab,\"'\rReturn\",-2,+3.5,'-,a=1\r\n"
        );
    }

    #[test]
    fn plain_numbers_are_what_a_spreadsheet_reads_as_one() {
        for number in [
            "0", "-2", "+3.5", ".5", "-.5", "1.", "1e5", "-1E-3", "+2e+2",
        ] {
            assert!(is_plain_number(number), "{number}");
        }
        for not_number in [
            "", "-", "+", ".", "-.", "1e", "e5", "-2+3", "1.2.3", "- 2", "-2 ", "--2", "-inf",
            "-NaN", "-0x10", "-1,5", "-١",
        ] {
            assert!(!is_plain_number(not_number), "{not_number:?}");
        }
    }

    /// True when `cell` is what was `typed`, or it with the text mark in
    /// front where it starts like a formula: readable either way.
    fn reads_as(cell: &str, typed: &str) -> bool {
        cell == typed
            || (typed.starts_with(FORMULA_STARTS) && cell.strip_prefix(TEXT_MARK) == Some(typed))
    }

    proptest! {
        #[test]
        fn any_cell_is_shown_as_typed_and_never_starts_a_formula(
            typed in prop_oneof![
                any::<String>(),
                "[=+\\-@\t\r\n\0\u{ff1d}\u{ff0b}\u{ff0d}\u{ff20}'][-+0-9.eE=@a ]{0,6}",
            ]
        ) {
            let cell = as_spreadsheet_text(&typed);
            prop_assert!(reads_as(&cell, &typed), "{:?} for {:?}", cell, typed);
            if cell.starts_with(FORMULA_STARTS) {
                prop_assert!(is_plain_number(&cell), "{:?}", cell);
            }
        }

        #[test]
        fn plain_numbers_are_left_alone(
            number in "[+-]?([0-9]{1,6}(\\.[0-9]{0,4})?|\\.[0-9]{1,4})([eE][+-]?[0-9]{1,3})?"
        ) {
            prop_assert!(is_plain_number(&number));
            let cell = as_spreadsheet_text(&number);
            prop_assert_eq!(cell.as_ref(), number.as_str());
        }

        #[test]
        fn any_strings_round_trip_through_rows(
            rows in proptest::collection::vec(
                proptest::collection::vec(any::<String>(), 1..6),
                0..5,
            )
        ) {
            let mut out = String::new();
            for row in &rows {
                write_row(&mut out, row);
            }
            let read = parse_csv(&out);
            prop_assert_eq!(read.len(), rows.len());
            for (read, typed) in read.iter().zip(&rows) {
                prop_assert_eq!(read.len(), typed.len());
                for (cell, typed) in read.iter().zip(typed) {
                    prop_assert!(reads_as(cell, typed), "{:?} for {:?}", cell, typed);
                }
            }
        }

        #[test]
        fn awkward_characters_round_trip(
            row in proptest::collection::vec("[a\",\r\n ]{0,8}", 1..6)
        ) {
            let mut out = String::new();
            write_row(&mut out, &row);
            let read = parse_csv(&out);
            prop_assert_eq!(read.len(), 1);
            prop_assert_eq!(read[0].len(), row.len());
            for (cell, typed) in read[0].iter().zip(&row) {
                prop_assert!(reads_as(cell, typed), "{:?} for {:?}", cell, typed);
            }
        }
    }
}
