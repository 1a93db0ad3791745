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

/// The day and night values of a colour token written as
/// `--name: light-dark(#day, #night);` in the token block.
fn light_and_dark(name: &str) -> (String, String) {
    let css = without_comments(&stylesheet("main.css"));
    let (tokens, _) = split_tokens(&css);
    let start = tokens
        .find(&format!("--{name}: light-dark("))
        .unwrap_or_else(|| panic!("--{name} is not a light-dark() token"));
    let rest = &tokens[start + name.len() + 15..];
    let inside = &rest[..rest.find(')').expect("a closing parenthesis")];
    let (day, night) = inside.split_once(',').expect("two values");
    (day.trim().to_string(), night.trim().to_string())
}

/// WCAG 2's relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let hex = hex.strip_prefix('#').expect("a #rrggbb colour");
    assert_eq!(hex.len(), 6, "#{hex}");
    let channel = |at: usize| {
        let value = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
        if value <= 0.03928 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn the_contrast_the_palette_promises_holds_in_both_themes() {
    // WCAG's own examples, so the arithmetic is right.
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    // (text, background, least ratio): AAA (7:1) for body text, secondary
    // text and links; AA (4.5:1) for problems, which are also bold.
    let pairs = [
        ("text", "bg", 7.0),
        ("text", "surface", 7.0),
        ("text", "accent-soft", 7.0),
        ("muted", "bg", 7.0),
        ("muted", "surface", 7.0),
        ("muted", "accent-soft", 7.0),
        ("accent", "bg", 7.0),
        ("accent", "surface", 7.0),
        ("accent", "accent-soft", 7.0),
        ("accent-text", "accent", 7.0),
        ("help-text", "help-bg", 7.0),
        ("warning-text", "warning-bg", 7.0),
        ("problem", "bg", 4.5),
        ("problem", "surface", 4.5),
        ("ring-text", "ring-0", 7.0),
        ("me-text", "me", 4.5),
    ];
    let mut short = Vec::new();
    for (text, background, least) in pairs {
        let (text_day, text_night) = light_and_dark(text);
        let (back_day, back_night) = light_and_dark(background);
        for (theme, fore, back) in [
            ("light", &text_day, &back_day),
            ("dark", &text_night, &back_night),
        ] {
            let ratio = contrast(fore, back);
            if ratio < least {
                short.push(format!(
                    "{theme}: --{text} on --{background} is {ratio:.2}:1, under {least}:1"
                ));
            }
        }
    }
    assert!(short.is_empty(), "{}", short.join("\n"));
}
