//! Every phone number the app shows lives in one checked data file per
//! language, `src/content/crisis_lines.rs` and its Spanish twin. Apps have shipped wrong helpline
//! numbers when a number was copied into a second place and only one copy
//! was corrected, so this test reads every other file the app is built
//! from (the Rust sources and Markdown modules under `src/`, the pages the
//! build writes in `xtask/src/pages.rs` and `site.rs`, and
//! `index.html`) and fails on anything that looks like a phone number.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use ipt_companion::content::crisis_contacts::{Reach, ABUSE_CONTACTS, CRISIS_CONTACTS};

/// The files allowed to hold numbers: the lines of each language.
const DATA_FILES: [&str; 2] = [
    "src/content/crisis_lines.rs",
    "src/content/es/crisis_lines.rs",
];

/// Files outside `src/` that the build turns into pages.
const OTHER_FILES: [&str; 3] = ["xtask/src/pages.rs", "xtask/src/site.rs", "index.html"];

/// A run of digits as written in a text: groups of digits joined by one
/// space or hyphen ("0808 2000 247", "1-800-799-7233", "988").
#[derive(Debug)]
struct DigitRun<'a> {
    text: &'a str,
    digits: String,
}

/// The digit runs of `text` that stand on their own: not part of a word or
/// identifier (`sha256`, `x2`, `600_000`), a decimal or thousands
/// (`0.60`, `11,434`) or a colour (`#000`).
fn standalone_digit_runs(text: &str) -> Vec<DigitRun<'_>> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        let mut end = at;
        loop {
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            let joined = end + 1 < bytes.len()
                && matches!(bytes[end], b' ' | b'-')
                && bytes[end + 1].is_ascii_digit();
            if !joined {
                break;
            }
            end += 1;
        }
        at = end;
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let before_that = start.checked_sub(2).map(|i| bytes[i]);
        let after = bytes.get(end).copied();
        let after_that = bytes.get(end + 1).copied();
        let is_word_char =
            |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        let is_digit = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_digit());
        let embedded = is_word_char(before)
            || is_word_char(after)
            || before == Some(b'#')
            || (matches!(before, Some(b'.' | b',')) && is_digit(before_that))
            || (matches!(after, Some(b'.' | b',')) && is_digit(after_that));
        if embedded {
            continue;
        }
        let run = &text[start..end];
        runs.push(DigitRun {
            text: run,
            digits: run.chars().filter(char::is_ascii_digit).collect(),
        });
    }
    runs
}

/// A date (`2026-12-02`, `10000-01-02`) or a page range (`1134-1147`),
/// not a number to call.
fn is_date_or_range(run: &str) -> bool {
    let groups: Vec<&str> = run.split('-').collect();
    if run.contains(' ') {
        return false;
    }
    let is_date =
        groups.len() == 3 && groups[0].len() >= 4 && groups[1].len() == 2 && groups[2].len() == 2;
    let is_range = groups.len() == 2
        && groups[0].len() == groups[1].len()
        && groups[0].parse::<u64>().ok() < groups[1].parse::<u64>().ok();
    is_date || is_range
}

/// Written the way phone numbers are: digit groups joined by spaces or
/// hyphens, every group after the first at least two digits long (which
/// leaves out lists of small numbers such as an SVG `viewBox="0 0 1000
/// 1000"`).
fn is_grouped_like_a_phone_number(run: &str) -> bool {
    let groups: Vec<&str> = run.split([' ', '-']).collect();
    groups.len() > 1 && groups[1..].iter().all(|group| group.len() >= 2)
}

/// Every number the data files list for calling or texting, as digits:
/// this build's lists, and the other language's as its file writes them
/// (a build holds one language's lists).
fn listed_numbers() -> Vec<String> {
    let mut listed: Vec<String> = CRISIS_CONTACTS
        .iter()
        .chain(ABUSE_CONTACTS)
        .filter(|contact| contact.reach != Reach::Web)
        .map(|contact| contact.number_or_url.to_string())
        .collect();
    for file in DATA_FILES {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        // Every string of digits alone in the file is a number to call or
        // text (dates have hyphens).
        for (at, literal) in text.split('"').enumerate() {
            let is_digits = !literal.is_empty() && literal.chars().all(|c| c.is_ascii_digit());
            if at % 2 == 1 && is_digits && !listed.iter().any(|n| n == literal) {
                listed.push(literal.to_string());
            }
        }
    }
    listed
}

/// What in `text` looks like a phone number:
/// - any number the data file lists, standing on its own however it is
///   written ("988", "116 123", "9-8-8");
/// - any other run of seven or more digits written in groups, like a phone
///   number ("0800 123 4567"), that is not a date or a page range;
/// - any digits after `tel:` or `sms:`, and seven or more after `+`.
///
/// A long run of digits with no spaces, like `4000000000`, is left alone:
/// in this code base those are limits and test values, not numbers to call.
fn phone_like(text: &str) -> Vec<String> {
    let listed = listed_numbers();
    standalone_digit_runs(text)
        .into_iter()
        .filter(|run| {
            let start = run.text.as_ptr() as usize - text.as_ptr() as usize;
            let before = &text[..start];
            let prefixed = before.ends_with("tel:")
                || before.ends_with("sms:")
                || (before.ends_with('+') && run.digits.len() >= 7);
            listed.contains(&run.digits)
                || prefixed
                || (run.digits.len() >= 7
                    && is_grouped_like_a_phone_number(run.text)
                    && !is_date_or_range(run.text))
        })
        .map(|run| run.text.to_string())
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "md")
        {
            out.push(path);
        }
    }
}

#[test]
fn phone_numbers_appear_only_in_the_contacts_data_file() {
    let root = root();
    let mut files = Vec::new();
    files_under(&root.join("src"), &mut files);
    files.extend(OTHER_FILES.iter().map(|file| root.join(file)));
    let data_files: Vec<PathBuf> = DATA_FILES.iter().map(|file| root.join(file)).collect();
    assert!(data_files.iter().all(|file| file.is_file()));
    let mut found = Vec::new();
    let mut scanned = 0;
    for file in files.iter().filter(|file| !data_files.contains(file)) {
        let text = std::fs::read_to_string(file).unwrap();
        scanned += 1;
        for number in phone_like(&text) {
            found.push(format!(
                "{}: {number}",
                file.strip_prefix(&root).unwrap().display()
            ));
        }
    }
    assert!(scanned > 50, "only {scanned} files were read");
    assert!(
        found.is_empty(),
        "phone numbers outside {DATA_FILES:?}:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_numbers_however_they_are_written() {
    for text in [
        "call or text 988 now",
        "Samaritans on 116 123.",
        "Lifeline 13 11 14",
        "Canada: 9-8-8",
        "dial 000",
        "the hotline, 1-800-799-7233",
        "Refuge (0808 2000 247)",
        "a new line 0800 123 4567",
        "href=\"tel:0123456789\"",
        "+44 20 7946 0000",
    ] {
        assert!(!phone_like(text).is_empty(), "missed in {text:?}");
    }
    for text in [
        "12 to 16 weekly sessions",
        "11,434 participants and g = 0.60",
        "11.7% against 54.9%",
        "173(7):680-687 and 33(8):1134-1147",
        "checked on 2026-12-02",
        "600_000 iterations, sha256, #000",
        "at 6 months; 8-session groups",
        "viewBox=\"0 0 1000 1000\" and 4000000000",
        "NaiveDate 10000-01-02, schema N+1",
    ] {
        assert!(
            phone_like(text).is_empty(),
            "false alarm in {text:?}: {:?}",
            phone_like(text)
        );
    }
}
