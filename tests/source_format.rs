//! The module source format: parsing, its error messages, and a round trip.
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::content::source_format::*;
use proptest::prelude::*;

const GOOD: &str = "---\ntitle: T\nsummary: S\ngroup: basics\norder: 3\ntakeaway: A\ntakeaway: B\nsource: X\n---\n\n## One {#one}\n\nText [map](/map).\n\n## Two {#two}\n\nMore.\n";

#[test]
fn parses_front_matter_and_sections() {
    let module = parse_module_source(GOOD).unwrap();
    assert_eq!(module.title, "T");
    assert_eq!(module.order, 3);
    assert_eq!(module.takeaways, ["A", "B"]);
    assert_eq!(module.sections.len(), 2);
    assert_eq!(module.sections[0].id, "one");
    assert_eq!(module.sections[1].heading, "Two");
    assert_eq!(internal_links(&module.sections[0].markdown), ["/map"]);
}

#[test]
fn explains_what_is_wrong() {
    let cases = [
        ("title: T\n", "must start with `---`"),
        ("---\ntitle: T\n", "no closing `---`"),
        ("---\ntitle T\n---\n", "expected `key: value`"),
        ("---\ncolour: red\n---\n", "unknown front-matter key"),
        ("---\norder: first\n---\n", "whole number"),
        ("---\nsummary: S\ngroup: g\norder: 1\n---\n", "no `title`"),
        (
            "---\ntitle: T\nsummary: S\ngroup: g\norder: 1\n---\n## No id\n",
            "needs an id",
        ),
        (
            "---\ntitle: T\nsummary: S\ngroup: g\norder: 1\n---\n# Big\n",
            "use `##`",
        ),
        (
            "---\ntitle: T\nsummary: S\ngroup: g\norder: 1\n---\nloose text\n",
            "before the first",
        ),
    ];
    for (text, expected) in cases {
        let error = parse_module_source(text).unwrap_err().to_string();
        assert!(error.contains(expected), "{text:?}: {error}");
    }
}

#[test]
fn counts_words_but_not_link_targets() {
    assert_eq!(count_words("Read [the map](/map) now."), 4);
    assert_eq!(count_words("- a list\n- of **bold** words"), 5);
}

#[test]
fn section_ids_are_lowercase_words_with_hyphens() {
    assert!(is_valid_section_id("when-to-seek-help"));
    for bad in ["", "Stages", "a--b", "-a", "a-", "a b", "a_b"] {
        assert!(!is_valid_section_id(bad), "{bad:?}");
    }
}

fn write_module(module: &ModuleSource) -> String {
    let mut text = format!(
        "---\ntitle: {}\nsummary: {}\ngroup: {}\norder: {}\n",
        module.title, module.summary, module.group, module.order
    );
    for takeaway in &module.takeaways {
        text.push_str(&format!("takeaway: {takeaway}\n"));
    }
    for source in &module.sources {
        text.push_str(&format!("source: {source}\n"));
    }
    text.push_str("---\n");
    for section in &module.sections {
        text.push_str(&format!(
            "## {} {{#{}}}\n{}",
            section.heading, section.id, section.markdown
        ));
    }
    text
}

fn line() -> impl Strategy<Value = String> {
    "[A-Za-z0-9][A-Za-z0-9 ,.'()]{0,40}".prop_map(|s| s.trim_end().to_string())
}

prop_compose! {
    fn section()(heading in line(), id in "[a-z]{1,8}(-[a-z]{1,8}){0,2}",
                 body in proptest::collection::vec(line(), 0..4)) -> SectionSource {
        let markdown = body.iter().map(|l| format!("{l}\n")).collect();
        SectionSource { id, heading, markdown }
    }
}

prop_compose! {
    fn module()(title in line(), summary in line(), group in "[a-z-]{1,12}", order in 0u32..100,
                takeaways in proptest::collection::vec(line(), 0..4),
                sources in proptest::collection::vec(line(), 0..4),
                sections in proptest::collection::vec(section(), 0..5)) -> ModuleSource {
        ModuleSource { title, summary, group, order, takeaways, sources, sections }
    }
}

proptest! {
    #[test]
    fn a_written_module_parses_back_to_itself(module in module()) {
        prop_assert_eq!(parse_module_source(&write_module(&module)).unwrap(), module);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse_module_source(&text);
    }
}
