//! Reading level of the Learn modules: every module must read between US
//! school grades 4 and 7 (the clinical review's range), so that a tired or
//! low reader can follow it without it sounding childish.
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::content::MODULES;

/// The highest Flesch–Kincaid grade a module may have.
const MAX_GRADE: f64 = 7.0;
/// The lowest.
const MIN_GRADE: f64 = 4.0;

/// The Flesch–Kincaid grade level of a module's Markdown file, counted the
/// simple way (Kincaid et al. 1975):
///
/// `grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59`
///
/// What is counted:
/// - The text a reader sees: the `summary:` and `takeaway:` lines of the
///   front matter and the whole body. The `title:`, `group:`, `order:` and
///   `source:` lines are left out (sources are citations, not prose).
/// - Markup is stripped first: `{#id}` after headings, `#` heading marks,
///   list marks (`- `, `1. `), `**` and `*`, backticks, and links, which keep
///   their words and lose their address (`[grief](/learn/grief)` reads as
///   "grief").
/// - A sentence ends at `.`, `!` or `?` followed by a space or the end of a
///   line, and at the end of every heading, list item, paragraph and
///   front-matter line (a heading or a bullet is read as one unit, as most
///   readability tools do).
/// - A word is a run of characters between spaces that holds a letter or a
///   digit; a hyphenated word ("time-limited") is one word.
/// - Syllables, per word: the groups of vowels (a, e, i, o, u, y) in a row,
///   less one for a silent final "e" (but not "-le", as in "people"), and
///   never fewer than one. A number counts as one syllable. This heuristic
///   is rough for single words but close enough over a whole module.
fn flesch_kincaid_grade(markdown: &str) -> f64 {
    let counts = count_text(&readable_text(markdown));
    0.39 * counts.words as f64 / counts.sentences as f64
        + 11.8 * counts.syllables as f64 / counts.words as f64
        - 15.59
}

/// The reader-visible text of a module file, one block (sentence unit) per
/// line, with markup removed.
fn readable_text(markdown: &str) -> String {
    let (front, body) = split_front_matter(markdown);
    let mut blocks: Vec<String> = Vec::new();
    for line in front.lines() {
        for key in ["summary:", "takeaway:"] {
            if let Some(value) = line.strip_prefix(key) {
                blocks.push(value.trim().to_string());
            }
        }
    }
    let mut paragraph = String::new();
    for line in body.lines() {
        let line = line.trim();
        let starts_block = line.is_empty()
            || line.starts_with('#')
            || line.starts_with("- ")
            || numbered_item(line).is_some();
        if starts_block && !paragraph.is_empty() {
            blocks.push(std::mem::take(&mut paragraph));
        }
        if line.is_empty() {
            continue;
        }
        let line = if let Some(rest) = line.strip_prefix("- ") {
            rest
        } else if let Some(rest) = numbered_item(line) {
            rest
        } else {
            line.trim_start_matches('#').trim()
        };
        let line = match line.find(" {#") {
            Some(at) if line.ends_with('}') => &line[..at],
            _ => line,
        };
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    if !paragraph.is_empty() {
        blocks.push(paragraph);
    }
    blocks
        .iter()
        .map(|block| strip_inline_markup(block))
        .collect::<Vec<_>>()
        .join("\n")
}

fn split_front_matter(markdown: &str) -> (&str, &str) {
    let rest = markdown
        .strip_prefix("---\n")
        .expect("a module starts with front matter");
    let end = rest.find("\n---\n").expect("front matter ends");
    (&rest[..end], &rest[end + "\n---\n".len()..])
}

/// The text after "1. " (any number), if the line is a numbered item.
fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0)
        .then(|| line[digits..].strip_prefix(". "))
        .flatten()
}

/// Removes emphasis and code marks and turns `[words](address)` into words.
fn strip_inline_markup(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) if after[close..].contains(')') => {
                out.push_str(&after[..close]);
                let address_end = after[close..].find(')').unwrap() + close;
                rest = &after[address_end + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace(['*', '`'], "")
}

#[derive(Debug, Default, PartialEq)]
struct Counts {
    sentences: usize,
    words: usize,
    syllables: usize,
}

/// Counts sentences, words and syllables in text with one block per line.
fn count_text(text: &str) -> Counts {
    count_text_with(text, syllables)
}

/// [`count_text`] with the syllables of another language.
fn count_text_with(text: &str, syllables: fn(&str) -> usize) -> Counts {
    let mut counts = Counts::default();
    for block in text.lines() {
        let words: Vec<&str> = block
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .collect();
        if words.is_empty() {
            continue;
        }
        // Sentence ends inside the block, plus the end of the block itself
        // unless its last word already ended a sentence.
        let inner_ends = words[..words.len() - 1]
            .iter()
            .filter(|word| ends_sentence(word))
            .count();
        counts.sentences += inner_ends + 1;
        counts.words += words.len();
        counts.syllables += words.iter().map(|word| syllables(word)).sum::<usize>();
    }
    counts
}

/// True when a word ends a sentence: its last character before closing
/// quotes or brackets is `.`, `!` or `?`.
fn ends_sentence(word: &str) -> bool {
    let trimmed = word.trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}']);
    trimmed.ends_with(['.', '!', '?'])
}

/// The syllables of one word, by the vowel-group heuristic above.
fn syllables(word: &str) -> usize {
    let letters: String = word
        .chars()
        .filter(|c| c.is_alphabetic() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    if !letters.chars().any(char::is_alphabetic) {
        return 1;
    }
    letters
        .split('-')
        .filter(|part| !part.is_empty())
        .map(part_syllables)
        .sum::<usize>()
        .max(1)
}

fn part_syllables(part: &str) -> usize {
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut previous_vowel = false;
    for c in part.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let silent_e = part.len() > 2
        && part.ends_with('e')
        && !part.ends_with("le")
        && !part.ends_with("ee")
        && groups > 1;
    (groups - usize::from(silent_e)).max(1)
}

/// The lowest Fernández-Huerta score a Spanish module may have (the brief,
/// section 8c: the Spanish counterpart of the English grade limit).
const MIN_FERNANDEZ_HUERTA: f64 = 70.0;

/// The Fernández-Huerta reading ease (1959) of a Spanish module, counted
/// over the same text as [`flesch_kincaid_grade`], as it is usually
/// computed (textstat, for one): `206.84 − 0.60 × P − 1.02 × F`, P the
/// syllables and F the sentences per 100 words; and the corrected reading,
/// with F the words per sentence, since read literally F lowers the score
/// as sentences get shorter. Both must pass.
fn fernandez_huerta(markdown: &str) -> (f64, f64) {
    let counts = count_text_with(&readable_text(markdown), spanish_syllables);
    let words = counts.words as f64;
    let syllables_per_100 = 100.0 * counts.syllables as f64 / words;
    let sentences_per_100 = 100.0 * counts.sentences as f64 / words;
    let words_per_sentence = words / counts.sentences as f64;
    (
        206.84 - 0.60 * syllables_per_100 - 1.02 * sentences_per_100,
        206.84 - 0.60 * syllables_per_100 - 1.02 * words_per_sentence,
    )
}

/// The syllables of a Spanish word: its vowel nuclei. Two vowels in a row
/// share a syllable (a diphthong) when one is an unstressed i or u (or ü,
/// or y at the end of a word or before a consonant); strong vowels (a, e,
/// o, and an accented í or ú) side by side are two (a hiatus). A number
/// counts as one.
fn spanish_syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.is_empty() {
        return 1;
    }
    let weak = |c: char| matches!(c, 'i' | 'u' | 'ü');
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú');
    let is_vowel = |at: usize| {
        let c = letters[at];
        weak(c)
            || strong(c)
            || (c == 'y'
                && at > 0
                && letters
                    .get(at + 1)
                    .is_none_or(|next| !weak(*next) && !strong(*next)))
    };
    let mut nuclei = 0;
    for at in 0..letters.len() {
        if !is_vowel(at) {
            continue;
        }
        let joins_previous = at > 0 && is_vowel(at - 1) && {
            let (before, this) = (letters[at - 1], letters[at]);
            let unstressed = |c: char| weak(c) || c == 'y';
            unstressed(before) || unstressed(this)
        };
        if !joins_previous {
            nuclei += 1;
        }
    }
    nuclei.max(1)
}

#[test]
fn every_spanish_module_reads_at_fernandez_huerta_70_or_more() {
    let mut too_hard = Vec::new();
    for module in MODULES {
        let (literal, corrected) =
            fernandez_huerta(&module_markdown(&format!("es/{}", module.slug)));
        // Shown with `cargo test --test readability -- --nocapture`.
        println!(
            "es/{:<23} Fernández-Huerta {literal:.1} (corrected {corrected:.1})",
            module.slug
        );
        if literal < MIN_FERNANDEZ_HUERTA || corrected < MIN_FERNANDEZ_HUERTA {
            too_hard.push(format!("{} ({literal:.1}, {corrected:.1})", module.slug));
        }
    }
    assert!(
        too_hard.is_empty(),
        "below Fernández-Huerta {MIN_FERNANDEZ_HUERTA}: {}",
        too_hard.join(", ")
    );
}

#[test]
fn spanish_syllables_follow_diphthongs_and_hiatus() {
    for (word, expected) in [
        ("casa", 2),
        ("cuidado", 3),
        ("ciudad", 2),
        ("aire", 2),
        ("poesía", 4),
        ("día", 2),
        ("país", 2),
        ("león", 2),
        ("psicoterapia", 5),
        ("hoy", 1),
        ("muy", 1),
        ("yo", 1),
        ("buey", 1),
        ("pingüino", 3),
        ("2026", 1),
    ] {
        assert_eq!(spanish_syllables(word), expected, "{word}");
    }
}

fn module_markdown(slug: &str) -> String {
    let path = format!(
        "{}/src/content/modules/{slug}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_module_reads_between_grades_four_and_seven() {
    let mut too_hard = Vec::new();
    for module in MODULES {
        let grade = flesch_kincaid_grade(&module_markdown(module.slug));
        // Shown with `cargo test --test readability -- --nocapture`.
        println!("{:<26} grade {grade:.1}", module.slug);
        if !(MIN_GRADE..=MAX_GRADE).contains(&grade) {
            too_hard.push(format!("{} ({grade:.1})", module.slug));
        }
    }
    assert!(
        too_hard.is_empty(),
        "outside grades {MIN_GRADE} to {MAX_GRADE}: {}",
        too_hard.join(", ")
    );
}

#[test]
fn syllables_follow_vowel_groups() {
    for (word, expected) in [
        ("cat", 1),
        ("make", 1),
        ("people", 2),
        ("therapy", 3),
        ("relationship", 4),
        ("interpersonal", 5),
        ("free", 1),
        ("time-limited", 4),
        ("IPT", 1),
        ("2016", 1),
        ("you", 1),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn markup_is_stripped_and_blocks_end_sentences() {
    let markdown = "---\ntitle: T\nsummary: One short line.\nsource: Not counted (2016). J 1(2):3-4.\n---\n\n## A heading {#an-id}\n\nSee [the grief module](/learn/grief) now. It is **kind**.\n\n- first item\n- second item\n";
    let text = readable_text(markdown);
    assert_eq!(
        text,
        "One short line.\nA heading\nSee the grief module now. It is kind.\nfirst item\nsecond item"
    );
    let counts = count_text(&text);
    assert_eq!(counts.sentences, 6);
    assert_eq!(counts.words, 17);
}

#[test]
fn plain_text_scores_low_and_dense_text_scores_high() {
    let plain =
        "---\nsummary: We go for a walk.\n---\n\nThe dog is big. We like the dog. It runs fast.\n";
    let dense = "---\nsummary: Interpersonal psychotherapy demonstrated considerable effectiveness.\n---\n\nRandomised investigations consistently demonstrated statistically significant improvements, particularly regarding interpersonal functioning and depressive symptomatology, notwithstanding methodological limitations.\n";
    assert!(flesch_kincaid_grade(plain) < 2.0);
    assert!(flesch_kincaid_grade(dense) > 14.0);
}
