//! Every language's words have the same keys. A build speaks one language
//! (the Cargo feature `es` compiles `src/content/es/` in place of the
//! English files), so a Spanish item the app uses but the Spanish file
//! lacks fails the Spanish build; this test also catches an item no code
//! uses yet, and a changed type or signature, in every build: it reads the
//! files side by side and compares what each declares.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

/// The files that have a twin in each other language, under `src/content/`.
const TRANSLATED_FILES: &[&str] = &[
    "ui_text.rs",
    "journal_text.rs",
    "map_text.rs",
    "practice_text.rs",
    "self_check.rs",
    "exercises.rs",
    "phq9.rs",
    "crisis_lines.rs",
];

/// The languages besides English, each a folder under `src/content/`.
use ipt_companion::routes::OTHER_LANGUAGES;

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/content")
}

/// `source` with comments removed and every string literal emptied, so
/// what is left is the code's shape.
fn without_comments_and_text(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '/' if chars.get(at + 1) == Some(&'/') => {
                while at < chars.len() && chars[at] != '\n' {
                    at += 1;
                }
            }
            '"' => {
                out.push_str("\"\"");
                at += 1;
                while at < chars.len() && chars[at] != '"' {
                    at += if chars[at] == '\\' { 2 } else { 1 };
                }
                at += 1;
            }
            // A char literal ('"' would otherwise open a string); a
            // lifetime ('a, 'static) has no closing quote two or three on.
            '\'' if chars.get(at + 2) == Some(&'\'') => {
                out.push_str("'_'");
                at += 3;
            }
            '\'' if chars.get(at + 1) == Some(&'\\') && chars.get(at + 3) == Some(&'\'') => {
                out.push_str("'_'");
                at += 4;
            }
            other => {
                out.push(other);
                at += 1;
            }
        }
    }
    out
}

/// What a file declares: each public item with the modules it is in, its
/// kind, and its type or signature (whitespace made single spaces), in
/// the file's order.
fn declarations(source: &str) -> Vec<String> {
    let code = without_comments_and_text(source);
    let mut found = Vec::new();
    // The modules open at each depth, to name an item by its path.
    let mut modules: Vec<(usize, String)> = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    let bytes = code.as_bytes();
    while at < code.len() {
        let rest = &code[at..];
        let at_line_start = at == 0 || bytes[at - 1] == b'\n' || bytes[at - 1] == b' ';
        if at_line_start && rest.starts_with("pub ") {
            // Up to its body or value: the first `{`, `;` or `=` outside
            // brackets and parentheses (`[&str; 2]` is a type).
            let mut nesting = 0i32;
            let declaration_end = rest
                .char_indices()
                .find(|(_, c)| {
                    match c {
                        '[' | '(' => nesting += 1,
                        ']' | ')' => nesting -= 1,
                        _ => {}
                    }
                    nesting == 0 && matches!(c, '{' | ';' | '=')
                })
                .map(|(end, _)| end)
                .expect("a declaration ends");
            let head = rest[..declaration_end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let path: Vec<&str> = modules.iter().map(|(_, name)| name.as_str()).collect();
            found.push(format!("{}: {head}", path.join("::")));
            if let Some(name) = head.strip_prefix("pub mod ") {
                modules.push((depth + 1, name.to_string()));
            }
        }
        match bytes[at] {
            b'{' => depth += 1,
            b'}' => {
                if modules.last().is_some_and(|(open, _)| *open == depth) {
                    modules.pop();
                }
                depth -= 1;
            }
            _ => {}
        }
        at += 1;
    }
    found
}

#[test]
fn every_language_declares_the_same_items_with_the_same_types() {
    for language in OTHER_LANGUAGES {
        for file in TRANSLATED_FILES {
            let english = std::fs::read_to_string(content_dir().join(file)).unwrap();
            let twin_path = content_dir().join(language).join(file);
            let twin = std::fs::read_to_string(&twin_path)
                .unwrap_or_else(|error| panic!("{}: {error}", twin_path.display()));
            let (english, twin) = (declarations(&english), declarations(&twin));
            assert!(english.len() > 2, "{file}: {english:?}");
            let missing: Vec<&String> = english.iter().filter(|d| !twin.contains(d)).collect();
            let extra: Vec<&String> = twin.iter().filter(|d| !english.contains(d)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language}/{file} differs from {file}:\n  missing: {missing:#?}\n  not in English: {extra:#?}"
            );
        }
    }
}

/// Ids are stored data (an exercise's answers are saved under its field
/// ids, a self-check answer under its question id): every language keeps
/// them, in the same order.
#[test]
fn every_language_keeps_the_stored_ids() {
    // The first string after `id:`, `text(` or `choice(`, however the
    // call is wrapped.
    let ids = |source: &str| -> Vec<String> {
        let mut found = Vec::new();
        for (at, mark) in source.match_indices(['(', ':']) {
            let before = &source[..at];
            let names_an_id = match mark {
                ":" => before.ends_with(" id"),
                _ => before.ends_with(" text") || before.ends_with(" choice"),
            };
            if !names_an_id {
                continue;
            }
            let rest = source[at + 1..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"') {
                found.push(quoted.split('"').next().unwrap_or_default().to_string());
            }
        }
        found
    };
    for language in OTHER_LANGUAGES {
        for file in ["exercises.rs", "self_check.rs"] {
            let english = std::fs::read_to_string(content_dir().join(file)).unwrap();
            let twin = std::fs::read_to_string(content_dir().join(language).join(file)).unwrap();
            assert!(ids(&english).len() > 5, "{file}");
            assert_eq!(ids(&english), ids(&twin), "{language}/{file}");
        }
    }
}

#[test]
fn the_check_sees_a_missing_item_and_a_changed_type() {
    let english = "pub mod home {\n    pub const TITLE: &str = \"Welcome\";\n    pub fn count(n: usize) -> String { format!(\"{n} people\") }\n}\npub const ROWS: [&str; 2] = [\"a\", \"b\"];\n";
    let same = "pub mod home {\n    // Spanish\n    pub const TITLE: &str = \"Bienvenida; {\";\n    pub fn count(n: usize) -> String { format!(\"{n} personas\") }\n}\npub const ROWS: [&str; 2] = [\"a\", \"b\"];\n";
    let missing = "pub mod home {\n    pub fn count(n: usize) -> String { String::new() }\n}\npub const ROWS: [&str; 2] = [\"a\", \"b\"];\n";
    let longer = "pub mod home {\n    pub const TITLE: &str = \"x\";\n    pub fn count(n: usize) -> String { String::new() }\n}\npub const ROWS: [&str; 3] = [\"a\", \"b\", \"c\"];\n";
    let outside = "pub mod home {\n    pub fn count(n: usize) -> String { String::new() }\n}\npub const TITLE: &str = \"x\";\npub const ROWS: [&str; 2] = [\"a\", \"b\"];\n";
    assert_eq!(declarations(english), declarations(same));
    assert_eq!(
        declarations(english),
        vec![
            ": pub mod home",
            "home: pub const TITLE: &str",
            "home: pub fn count(n: usize) -> String",
            ": pub const ROWS: [&str; 2]",
        ]
    );
    for other in [missing, longer, outside] {
        assert_ne!(declarations(english), declarations(other), "{other}");
    }
}
