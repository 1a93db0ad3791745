//! The Learn modules as compiled from src/content/modules/: the public links
//! stay the same and every module is complete.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use ipt_companion::content::source_format::is_valid_section_id;
use ipt_companion::content::ui_text::learn::GROUPS;
use ipt_companion::content::{module_by_slug, neighbours, MODULES};
use ipt_companion::routes::{fragment, is_known_path};

/// The twelve public module links, in reading order. Never rename one.
const PUBLISHED_SLUGS: [&str; 12] = [
    "what-is-ipt",
    "why-it-helps",
    "how-ipt-works",
    "interpersonal-inventory",
    "grief",
    "disputes",
    "role-transitions",
    "isolation",
    "techniques",
    "ipt-and-other-therapies",
    "evidence",
    "ending-well",
];

/// Every section id each module had when the content review (issue 13)
/// began. They are public links (`/learn/<slug>#<id>`): new sections may be
/// added, but none of these may ever disappear or be renamed.
const PUBLISHED_SECTION_IDS: [(&str, &[&str]); 12] = [
    (
        "what-is-ipt",
        &[
            "the-core-idea",
            "here-and-now",
            "goals",
            "history",
            "using-this-app",
        ],
    ),
    (
        "why-it-helps",
        &[
            "four-ways",
            "more-support",
            "processing-emotions",
            "less-stress",
            "better-skills",
            "fitting-together",
        ],
    ),
    (
        "how-ipt-works",
        &[
            "a-short-course",
            "phases",
            "sick-role",
            "every-week",
            "on-your-own",
        ],
    ),
    (
        "interpersonal-inventory",
        &[
            "what-it-is",
            "closeness-circle",
            "questions",
            "choosing-a-focus",
            "be-kind",
        ],
    ),
    (
        "grief",
        &[
            "what-it-covers",
            "goals",
            "strategies",
            "prompts",
            "when-to-seek-help",
        ],
    ),
    (
        "disputes",
        &[
            "what-it-is",
            "stages",
            "questions",
            "things-to-try",
            "no-set-outcome",
            "when-to-seek-help",
        ],
    ),
    (
        "role-transitions",
        &[
            "what-it-is",
            "when-it-fits",
            "goals",
            "four-lists",
            "relationships",
            "one-step",
            "getting-help",
        ],
    ),
    (
        "isolation",
        &[
            "three-names",
            "when-it-fits",
            "goals",
            "past-relationships",
            "reaching-out",
            "small-steps",
            "honest-note",
        ],
    ),
    (
        "techniques",
        &[
            "overview",
            "exploring",
            "communication-analysis",
            "decision-analysis",
            "role-play",
            "linking-mood-and-events",
        ],
    ),
    (
        "ipt-and-other-therapies",
        &[
            "many-paths",
            "cbt",
            "psychodynamic",
            "medication",
            "the-therapist",
            "couples",
            "choosing",
        ],
    ),
    (
        "evidence",
        &[
            "big-picture",
            "effect-size",
            "uganda",
            "guidelines",
            "adaptations",
            "self-guided",
        ],
    ),
    (
        "ending-well",
        &[
            "final-phase",
            "review-progress",
            "ending-as-transition",
            "warning-signs",
            "relapse-prevention-plan",
            "not-improved",
            "continuing",
        ],
    ),
];

#[test]
fn every_published_section_id_still_exists() {
    for (slug, ids) in PUBLISHED_SECTION_IDS {
        let module = module_by_slug(slug).unwrap_or_else(|| panic!("{slug} is gone"));
        for id in ids {
            assert!(
                module.sections.iter().any(|section| section.id == *id),
                "/learn/{slug}#{id} no longer exists"
            );
        }
    }
}

#[test]
fn the_twelve_published_modules_exist_in_reading_order() {
    let slugs: Vec<&str> = MODULES.iter().map(|module| module.slug).collect();
    assert_eq!(slugs, PUBLISHED_SLUGS);
}

#[test]
fn every_module_is_complete() {
    for module in MODULES {
        let slug = module.slug;
        assert!(!module.title.trim().is_empty(), "{slug}: title");
        assert!(!module.summary.trim().is_empty(), "{slug}: summary");
        assert!(
            module.sections.len() >= 3,
            "{slug}: at least three sections"
        );
        assert!(!module.takeaways.is_empty(), "{slug}: takeaways");
        assert!(!module.sources.is_empty(), "{slug}: sources");
        assert!(
            module.word_count >= 300,
            "{slug}: only {} words",
            module.word_count
        );
        for section in module.sections {
            assert!(!section.heading.trim().is_empty(), "{slug}: empty heading");
            let has_text = section.html.contains("<p>") || section.html.contains("<li>");
            assert!(has_text, "{slug}#{}: no text", section.id);
        }
    }
}

#[test]
fn section_ids_are_unique_and_link_friendly() {
    for module in MODULES {
        let mut seen = HashSet::new();
        for section in module.sections {
            assert!(
                is_valid_section_id(section.id),
                "{}: bad id {:?}",
                module.slug,
                section.id
            );
            assert!(
                seen.insert(section.id),
                "{}: duplicate id {}",
                module.slug,
                section.id
            );
            // The page adds these two sections itself.
            assert!(
                !["key-points", "sources"].contains(&section.id),
                "{}: reserved id",
                module.slug
            );
        }
    }
}

#[test]
fn internal_links_point_to_pages_and_sections_that_exist() {
    for module in MODULES {
        for link in module.internal_links {
            assert!(
                is_known_path(link),
                "{}: link to unknown page {link}",
                module.slug
            );
            if let (Some(target_slug), Some(id)) = (link.strip_prefix("/learn/"), fragment(link)) {
                let target_slug = target_slug.split('#').next().unwrap();
                let target = module_by_slug(target_slug)
                    .unwrap_or_else(|| panic!("{}: {link} is not a module", module.slug));
                assert!(
                    target.sections.iter().any(|section| section.id == id),
                    "{}: {link} names a section that does not exist",
                    module.slug
                );
            }
        }
    }
}

#[test]
fn every_module_links_to_crisis_help() {
    for module in MODULES {
        assert!(
            module.internal_links.contains(&"/help"),
            "{}: no link to /help",
            module.slug
        );
    }
}

// Reads the English words (the Spanish modules' safety wording is checked
// by tests/spanish_modules.rs).
#[cfg(not(feature = "es"))]
#[test]
fn grief_and_disputes_say_when_to_seek_help_and_disputes_puts_safety_first() {
    for slug in ["grief", "disputes"] {
        let module = module_by_slug(slug).unwrap();
        assert!(
            module.sections.iter().any(|s| s.id == "when-to-seek-help"),
            "{slug}"
        );
    }
    let disputes = module_by_slug("disputes").unwrap();
    let help = disputes
        .sections
        .iter()
        .find(|s| s.id == "when-to-seek-help")
        .unwrap();
    assert!(
        help.html.to_lowercase().contains("abuse"),
        "disputes names abuse"
    );
    assert!(
        disputes.sections.iter().any(|s| s.id == "stages"),
        "disputes has #stages"
    );
}

#[test]
fn the_inventory_module_leads_to_the_map() {
    let module = module_by_slug("interpersonal-inventory").unwrap();
    assert!(module.internal_links.contains(&"/map"));
}

#[test]
fn groups_and_orders_are_consistent() {
    let group_ids: Vec<&str> = GROUPS.iter().map(|(id, _)| *id).collect();
    let mut orders = HashSet::new();
    for module in MODULES {
        assert!(
            group_ids.contains(&module.group),
            "{}: unknown group",
            module.slug
        );
        assert!(
            orders.insert(module.order),
            "{}: duplicate order",
            module.slug
        );
    }
    for (group, _) in GROUPS {
        assert!(
            MODULES.iter().any(|m| m.group == *group),
            "group {group} is empty"
        );
    }
}

#[test]
fn previous_and_next_follow_reading_order() {
    assert_eq!(neighbours("what-is-ipt").0.map(|m| m.slug), None);
    assert_eq!(
        neighbours("what-is-ipt").1.map(|m| m.slug),
        Some("why-it-helps")
    );
    assert_eq!(
        neighbours("grief").0.map(|m| m.slug),
        Some("interpersonal-inventory")
    );
    assert_eq!(neighbours("ending-well").1.map(|m| m.slug), None);
    let (before, after) = neighbours("nope");
    assert!(before.is_none() && after.is_none());
}

#[test]
fn reading_time_follows_the_word_count() {
    for module in MODULES {
        let minutes = module.reading_minutes();
        assert!(minutes >= 1);
        assert!(minutes * 180 >= module.word_count && (minutes - 1) * 180 < module.word_count);
    }
}

#[test]
fn no_raw_html_or_script_reaches_the_compiled_text() {
    for module in MODULES {
        for section in module.sections {
            assert!(!section.html.contains("<script"), "{}", module.slug);
            assert!(
                !section.html.contains("<h1"),
                "{}: h1 inside a section",
                module.slug
            );
        }
    }
}

#[test]
fn exercises_belong_to_modules_and_have_unique_stable_ids() {
    use ipt_companion::content::exercises::{exercises_for, FieldKind, EXERCISES};
    let mut ids = HashSet::new();
    for exercise in EXERCISES {
        assert!(
            module_by_slug(exercise.module_slug).is_some(),
            "{}",
            exercise.id
        );
        assert!(is_valid_section_id(exercise.id), "{}", exercise.id);
        assert!(
            ids.insert(exercise.id),
            "duplicate exercise id {}",
            exercise.id
        );
        assert!(!exercise.fields.is_empty(), "{}", exercise.id);
        let mut field_ids = HashSet::new();
        for field in exercise.fields {
            assert!(
                field_ids.insert(field.id),
                "{}: duplicate field {}",
                exercise.id,
                field.id
            );
            if let FieldKind::Choice(options) = field.kind {
                assert!(
                    options.len() >= 2,
                    "{}: a choice needs options",
                    exercise.id
                );
                // Stored data: each option's id is its own, and looks like
                // an id, not words.
                let option_ids: HashSet<_> = options.iter().map(|o| o.id).collect();
                assert_eq!(option_ids.len(), options.len(), "{}", exercise.id);
                for option in options {
                    assert!(is_valid_section_id(option.id), "{}", option.id);
                    assert_ne!(option.id, option.label);
                }
            }
        }
    }
    // The exercises the Learn issue asks for, by module.
    for (slug, at_least) in [
        ("disputes", 2),
        ("role-transitions", 1),
        ("grief", 1),
        ("isolation", 1),
        ("techniques", 3),
    ] {
        assert!(exercises_for(slug).count() >= at_least, "{slug}");
    }
}

/// A choice's answer is found by its id, or by its words as stored before
/// ids; anything else is shown exactly as stored, and typed text always is.
#[test]
fn a_stored_choice_is_read_by_its_id_or_its_earlier_words() {
    use ipt_companion::content::exercise_shape::{chosen_option, ChoiceOption, Field, FieldKind};
    static OPTIONS: [ChoiceOption; 2] = [
        ChoiceOption {
            id: "yes",
            label: "Yes, we talk",
        },
        ChoiceOption {
            id: "no",
            label: "No",
        },
    ];
    assert_eq!(chosen_option(&OPTIONS, "no").map(|o| o.id), Some("no"));
    assert_eq!(
        chosen_option(&OPTIONS, "Yes, we talk").map(|o| o.id),
        Some("yes")
    );
    assert_eq!(chosen_option(&OPTIONS, "Sí, hablamos"), None);
    assert_eq!(chosen_option(&OPTIONS, ""), None);
    let choice = Field {
        id: "f",
        label: "F",
        kind: FieldKind::Choice(&OPTIONS),
    };
    assert_eq!(choice.shown_answer("yes"), "Yes, we talk");
    assert_eq!(choice.shown_answer("Yes, we talk"), "Yes, we talk");
    assert_eq!(choice.shown_answer("Sí, hablamos"), "Sí, hablamos");
    let typed = Field {
        id: "t",
        label: "T",
        kind: FieldKind::Text,
    };
    assert_eq!(typed.shown_answer("no"), "no");
}

/// Counts say "1 person", never "1 people", in the home page's step and in
/// an import's preview (and in Spanish, "1 persona"; tested by the Spanish
/// build, which runs this file too).
#[test]
fn counts_of_one_are_singular() {
    use ipt_companion::content::ui_text::{counted, data, home};
    use ipt_companion::model::import_check::Counts;
    assert_eq!(counted(0, "a", "b"), "0 b");
    assert_eq!(counted(1, "a", "b"), "1 a");
    assert_eq!(counted(2, "a", "b"), "2 b");
    let (one, many) = if ipt_companion::content::LANGUAGE == "es" {
        ("1 persona en", "3 personas en")
    } else {
        ("1 person on", "3 people on")
    };
    assert!(home::people_so_far(1).starts_with(one));
    assert!(home::people_so_far(3).starts_with(many));
    let ones = Counts {
        modules_read: 1,
        exercises: 1,
        people: 1,
        snapshots: 1,
        weeks: 1,
        events: 1,
        safety_plan_filled: false,
        life_events: 1,
        low_periods: 1,
    };
    let preview = data::holds(&ones);
    assert!(preview.contains(one), "{preview}");
    for plural in [
        "people", "modules", "weeks", "events", "personas", "módulos", "semanas",
    ] {
        assert!(!preview.contains(plural), "{preview}");
    }
}

/// The journal's CSV files speak the language of the page they come from:
/// English keeps the saved document's words (pinned: spreadsheets read by
/// them), another language has its own column names, and in each every
/// value of an enum column has a word of its own.
#[test]
fn the_journal_files_speak_the_builds_language_with_one_word_per_value() {
    use ipt_companion::content::journal_text::{CSV_WORDS, EVENTS_FILE, WEEKS_FILE};
    use ipt_companion::model::journal::csv::{EVENTS_HEADER, WEEKS_HEADER};
    use ipt_companion::model::journal::phq9::Band;
    use ipt_companion::model::journal::Feeling;
    use ipt_companion::model::problem_area::ProblemArea;
    let distinct = |words: Vec<&str>| {
        let unique: HashSet<_> = words.iter().collect();
        assert_eq!(unique.len(), words.len(), "{words:?}");
        assert!(
            words.iter().all(|word| !word.trim().is_empty()),
            "{words:?}"
        );
    };
    distinct(Band::ALL.map(CSV_WORDS.band).to_vec());
    distinct(Feeling::ALL.map(CSV_WORDS.feeling).to_vec());
    distinct(ProblemArea::ALL.map(CSV_WORDS.area).to_vec());
    distinct(CSV_WORDS.weeks_header.to_vec());
    distinct(CSV_WORDS.events_header.to_vec());
    assert!(WEEKS_FILE.ends_with(".csv") && EVENTS_FILE.ends_with(".csv"));
    if ipt_companion::content::LANGUAGE == "en" {
        assert_eq!(CSV_WORDS.weeks_header, WEEKS_HEADER);
        assert_eq!(CSV_WORDS.events_header, EVENTS_HEADER);
        assert_eq!(
            Feeling::ALL.map(CSV_WORDS.feeling),
            Feeling::ALL.map(Feeling::code)
        );
        assert_eq!((WEEKS_FILE, EVENTS_FILE), ("weeks.csv", "events.csv"));
    } else {
        for (ours, english) in CSV_WORDS.weeks_header.iter().zip(WEEKS_HEADER) {
            assert!(*ours != english || english.contains("phq9"), "{ours}");
        }
        for (ours, english) in CSV_WORDS.events_header.iter().zip(EVENTS_HEADER) {
            assert_ne!(*ours, english);
        }
        assert_ne!(
            Feeling::ALL.map(CSV_WORDS.feeling),
            Feeling::ALL.map(Feeling::code)
        );
        assert_ne!(WEEKS_FILE, "weeks.csv");
    }
}

/// An import's refusal is said in the build's language: in a language
/// other than English, the JSON reader's own (English) message is left out,
/// and where the problem is (line, column, the missing key) is said in it.
#[test]
fn an_imports_refusal_is_said_in_the_builds_language() {
    use ipt_companion::content::ui_text::data::import_problem;
    use ipt_companion::model::import_check::{missing_field_name, ImportProblem};
    assert_eq!(
        missing_field_name("missing field `journal` at line 1 column 9"),
        "journal"
    );
    let problems = [
        ImportProblem::NotJson {
            detail: "expected value at line 2 column 13".into(),
            line: 2,
            column: 13,
        },
        ImportProblem::MissingField {
            detail: "missing field `journal`".into(),
            field: "journal".into(),
        },
        ImportProblem::WrongType {
            detail: "invalid type: string \"Ann\", expected a sequence".into(),
        },
    ];
    let said: Vec<String> = problems.iter().map(import_problem).collect();
    if ipt_companion::content::LANGUAGE == "en" {
        assert!(said[0].contains("(expected value at line 2 column 13)"));
        assert!(said[1].contains("missing field `journal`"));
    } else {
        for sentence in &said {
            for english in ["expected", "missing field", "invalid type", " line "] {
                assert!(!sentence.contains(english), "{sentence}");
            }
        }
        assert!(
            said[0].contains('2') && said[0].contains("13"),
            "{}",
            said[0]
        );
        assert!(said[1].contains("journal"), "{}", said[1]);
    }
}

/// Every file the app downloads is named in the page's language (English
/// keeps its names), plainly: ASCII, no spaces, the right extension.
#[test]
fn downloaded_files_are_named_in_the_builds_language() {
    use ipt_companion::content::{journal_text, map_text};
    let names = [
        (journal_text::WEEKS_FILE, ".csv", "weeks.csv"),
        (journal_text::EVENTS_FILE, ".csv", "events.csv"),
        (
            journal_text::REMINDER_FILE,
            ".ics",
            "ipt-companion-weekly-check-in.ics",
        ),
        (map_text::SVG_FILE, ".svg", "relationship-map.svg"),
        (map_text::PNG_FILE, ".png", "relationship-map.png"),
    ];
    for (name, extension, english) in names {
        assert!(name.ends_with(extension), "{name}");
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{name}"
        );
        if ipt_companion::content::LANGUAGE == "en" {
            assert_eq!(name, english);
        } else {
            assert_ne!(name, english);
        }
    }
}
