//! The design tokens are the only place a colour, a corner or a text size is
//! written: the stylesheets and the Rust views use `var(--…)`, so light,
//! dark and `prefers-contrast: more` change the whole app from one block at
//! the top of style/main.css. This finds any literal that slipped past it,
//! and any `var(--…)` that names a token nobody defines.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

const STYLESHEETS: [&str; 4] = ["main.css", "journal.css", "map.css", "timeline.css"];

fn stylesheet(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("style")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("an unclosed comment") + start + 2;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The token blocks: every `:root { … }` rule of main.css (the tokens, and
/// their `prefers-contrast: more` values), with the rest of the text.
fn split_tokens(css: &str) -> (String, String) {
    let mut tokens = String::new();
    let mut rest = String::new();
    let mut text = css;
    while let Some(start) = text.find(":root {") {
        rest.push_str(&text[..start]);
        let end = text[start..].find('}').expect("an unclosed :root rule") + start + 1;
        tokens.push_str(&text[start..end]);
        text = &text[end..];
    }
    rest.push_str(text);
    (tokens, rest)
}

/// Colour literals: `#abc`, `#aabbcc`, `rgb(`, `hsl(`, `light-dark(`, and the
/// named colours a hurried edit reaches for.
fn colour_literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    for (at, _) in line.match_indices('#') {
        let hex = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        // `#prerendered` is an id selector: hex digits, then a letter.
        let next = bytes.get(at + 1 + hex).copied().unwrap_or(b' ');
        if matches!(hex, 3 | 4 | 6 | 8) && !next.is_ascii_alphanumeric() && !next.eq(&b'-') {
            found.push(line[at..at + 1 + hex].to_string());
        }
    }
    for function in [
        "rgb(",
        "rgba(",
        "hsl(",
        "hsla(",
        "light-dark(",
        "color-mix(",
    ] {
        if line.contains(function) {
            found.push(function.to_string());
        }
    }
    // A named colour is a whole word in a declaration's value (not a
    // property's name, as in `white-space`).
    let values = line
        .split(['{', ';'])
        .filter_map(|declaration| declaration.split_once(':').map(|(_, value)| value));
    for value in values {
        for word in value.split(|c: char| !c.is_ascii_alphabetic() && c != '-') {
            if [
                "white", "black", "red", "grey", "gray", "blue", "green", "orange", "yellow",
            ]
            .contains(&word)
            {
                found.push(word.to_string());
            }
        }
    }
    found
}

fn defined_tokens() -> BTreeSet<String> {
    let (tokens, _) = split_tokens(&without_comments(&stylesheet("main.css")));
    // A definition is `--name:` at the start of a declaration (a name may
    // hold dashes itself, as `--step--1` does).
    tokens
        .split(['{', ';'])
        .filter_map(|declaration| {
            let (name, _) = declaration.trim().strip_prefix("--")?.split_once(':')?;
            Some(name.trim().to_string())
        })
        .collect()
}

#[test]
fn no_colour_is_written_outside_the_tokens() {
    let mut stray = Vec::new();
    for name in STYLESHEETS {
        let css = without_comments(&stylesheet(name));
        let (_, rest) = split_tokens(&css);
        for (number, line) in rest.lines().enumerate() {
            for literal in colour_literals(line) {
                stray.push(format!("{name}: {literal} in `{}`", line.trim()));
            }
            // Corners come from the tokens too.
            if line.contains("border-radius:")
                && !line.contains("var(--radius")
                && !line.contains("50%")
            {
                stray.push(format!(
                    "{name} line {}: a corner not from --radius: `{}`",
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(stray.is_empty(), "{}", stray.join("\n"));
}

#[test]
fn the_token_check_finds_a_stray_colour() {
    assert_eq!(colour_literals(".x { color: #a4161a; }"), ["#a4161a"]);
    assert_eq!(
        colour_literals(".x { fill: light-dark(#fff, #000) }").len(),
        3
    );
    assert_eq!(colour_literals(".x { background: white; }"), ["white"]);
    assert!(colour_literals(".returning #prerendered .welcome { visibility: hidden; }").is_empty());
    assert!(colour_literals(".x { white-space: nowrap; color: var(--text); }").is_empty());
}

#[test]
fn every_token_used_is_defined() {
    let defined = defined_tokens();
    assert!(defined.contains("text") && defined.contains("space-4") && defined.contains("step-0"));
    let mut unknown = BTreeSet::new();
    let mut sources: Vec<(String, String)> = STYLESHEETS
        .iter()
        .map(|name| (name.to_string(), without_comments(&stylesheet(name))))
        .collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    collect_rust(&src, &mut sources);
    for (file, text) in &sources {
        for (at, _) in text.match_indices("var(--") {
            let name: String = text[at + 6..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if !defined.contains(&name) {
                unknown.insert(format!("{file}: --{name}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "tokens used but not defined: {unknown:?}"
    );
}

#[test]
fn the_rust_views_write_no_colours_of_their_own() {
    let mut sources = Vec::new();
    collect_rust(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components"),
        &mut sources,
    );
    collect_rust(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages"),
        &mut sources,
    );
    assert!(sources.len() > 20);
    let stray: Vec<String> = sources
        .iter()
        .flat_map(|(file, text)| {
            text.lines()
                .filter(|line| {
                    line.contains("fill=\"#")
                        || line.contains("stroke=\"#")
                        || line.contains("color: #")
                })
                .map(move |line| format!("{file}: {}", line.trim()))
        })
        .collect();
    assert!(stray.is_empty(), "{}", stray.join("\n"));
}

fn collect_rust(folder: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rust(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}
