//! The clinical content review (issue 13): corrected facts, when self-help
//! is not enough, help for abuse, safer grief prompts, and the gaps a
//! knowledgeable reader looks for. Each test fails on the text as it was
//! before the review. Phone numbers are checked in `phone_numbers.rs`, the
//! abuse lines in `crisis_contacts.rs`, the PHQ-9 messages in `journal.rs`,
//! the reading level in `readability.rs`, and the pages the build writes in
//! `render.rs` (every page as the build renders it).
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::content::exercises::{exercises_for, EXERCISES};
use ipt_companion::content::ui_text::{self, data, lock};
use ipt_companion::content::{module_by_slug, self_check, Section, MODULES};
use ipt_companion::model::journal::entry::PHQ9_INTERVAL_WEEKS;
use ipt_companion::routes::{self, fragment, is_known_path};

fn section(slug: &str, id: &str) -> &'static Section {
    module_by_slug(slug)
        .unwrap_or_else(|| panic!("no module {slug}"))
        .sections
        .iter()
        .find(|section| section.id == id)
        .unwrap_or_else(|| panic!("/learn/{slug}#{id} does not exist"))
}

/// A section's words, lower case, with tags dropped and curly quotes made
/// straight, for looking up phrases.
fn words_of(section: &Section) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in section.html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Each fact appears in the words of `/learn/{slug}#{id}`.
fn assert_says(slug: &str, id: &str, facts: &[&str]) {
    let words = words_of(section(slug, id));
    for fact in facts {
        assert!(words.contains(fact), "{slug}#{id} lacks {fact:?}: {words}");
    }
}

fn module_file(slug: &str) -> String {
    let path = format!(
        "{}/src/content/modules/{slug}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn sources(slug: &str) -> String {
    module_by_slug(slug).unwrap().sources.join("\n")
}

/// The sections this review adds. Like every section id, they are public
/// links from now on.
#[test]
fn the_new_sections_exist_with_their_stable_ids() {
    for (slug, id) in [
        ("what-is-ipt", "when-self-help-is-not-enough"),
        ("how-ipt-works", "formulation-and-agreement"),
        ("interpersonal-inventory", "past-and-lost-relationships"),
        ("ipt-and-other-therapies", "who-it-suits"),
        ("evidence", "formats"),
        ("disputes", "private-device"),
    ] {
        section(slug, id);
    }
}

#[test]
fn when_self_help_is_not_enough_names_each_situation_and_points_to_help() {
    let limits = section("what-is-ipt", "when-self-help-is-not-enough");
    let topics = [
        "suicide",
        "harming yourself",
        "mania",
        "bipolar",
        "hear or see things",
        "depression is severe",
        "drugs",
        "pregnant",
        "emergency",
        "hurting, threatening or controlling",
        "under 18",
        "ipt-a",
        "doctor or therapist first",
    ];
    assert_says("what-is-ipt", "when-self-help-is-not-enough", &topics);
    assert!(limits.html.contains("href=\"/help\""));
}

/// `/`, `/help` and the self-check's result all link to the section, with
/// the same words. The link's address is one constant: this checks where
/// it points, and that each page's source uses it (the pages as built are
/// checked in render.rs, the running app end to end in e2e/tests/help.rs).
#[test]
fn when_self_help_is_not_enough_is_linked_from_home_help_and_the_self_check() {
    let target = routes::SELF_HELP_LIMITS;
    assert!(is_known_path(target), "{target}");
    assert_eq!(fragment(target), Some("when-self-help-is-not-enough"));
    let slug = target
        .strip_prefix("/learn/")
        .and_then(|rest| rest.split('#').next())
        .unwrap();
    section(slug, "when-self-help-is-not-enough");
    assert!(!ui_text::SELF_HELP_LIMITS_LINK.is_empty());
    for lead_in in [
        ui_text::home::SELF_HELP_LIMITS,
        ui_text::help::SELF_HELP_LIMITS,
        self_check::SELF_HELP_LIMITS,
    ] {
        assert!(!lead_in.is_empty());
    }
    for page in [
        "src/pages/home.rs",
        "src/pages/help.rs",
        "src/pages/self_check.rs",
    ] {
        let code =
            std::fs::read_to_string(format!("{}/{page}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(
            code.contains("href=href(routes::SELF_HELP_LIMITS)")
                && code.contains("ui_text::SELF_HELP_LIMITS_LINK"),
            "{page} does not link to {target}"
        );
    }
    // The self-check draws the link inside its result section.
    let self_check_page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/pages/self_check.rs"
    ))
    .unwrap();
    let result = self_check_page.find("class=\"result\"").unwrap();
    let end = result + self_check_page[result..].find("</section>").unwrap();
    assert!(self_check_page[result..end].contains("routes::SELF_HELP_LIMITS"));
}

#[test]
fn the_early_studies_are_told_as_they_happened() {
    for (slug, id) in [
        ("what-is-ipt", "history"),
        ("ipt-and-other-therapies", "medication"),
    ] {
        // The 1974 study was about staying well after the medicine, not a
        // race between IPT and medication.
        let facts = ["1974", "150 women", "amitriptyline", "1979", "16 weeks"];
        assert_says(slug, id, &facts);
        assert_says(slug, id, &["already got better"]);
        let text = words_of(section(slug, id));
        assert!(!text.contains("compared ipt, an antidepressant medicine, and the two"));
        assert!(!text.contains("with a dummy pill"));
        for study in ["Klerman GL, DiMascio A", "Weissman MM, Prusoff BA"] {
            assert!(sources(slug).contains(study), "{slug} sources lack {study}");
        }
    }
}

#[test]
fn the_evidence_is_stated_carefully() {
    let big_picture = words_of(section("evidence", "big-picture"));
    assert!(big_picture.contains("many kinds of problems, not only depression"));
    assert!(big_picture.contains("trials on depression"));
    let adaptations = words_of(section("evidence", "adaptations"));
    assert!(adaptations.contains("only a few trials, and it did not help"));
    assert!(!adaptations.contains("either way"));
    assert_says(
        "evidence",
        "self-guided",
        &[
            "1,843",
            "620",
            "70 in every 100",
            "more people made a reliable improvement with the cbt program",
            "finishing a self-help program is hard",
            "that is normal",
        ],
    );
    assert!(words_of(section("evidence", "guidelines")).contains("one of the options"));
    // Abbreviations are spelled out where they first appear.
    let module = module_by_slug("evidence").unwrap();
    let whole: String = module.sections.iter().map(words_of).collect();
    for (long, short) in [
        ("cognitive behavioural therapy (cbt)", "cbt"),
        ("post-traumatic stress disorder (ptsd)", "ptsd"),
        ("ipt for adolescents (ipt-a)", "ipt-a"),
        ("interpersonal and social rhythm therapy (ipsrt)", "ipsrt"),
        ("(nice)", "nice"),
    ] {
        let first_long = whole.find(long).unwrap_or_else(|| panic!("{long}"));
        let first_short = whole.find(short).unwrap();
        assert!(
            first_short >= first_long,
            "{short} before it is spelled out"
        );
    }
}

#[test]
fn the_sick_role_and_the_manual_are_described_correctly() {
    let sick_role = words_of(section("how-ipt-works", "sick-role"));
    assert!(sick_role.contains("short-term role"));
    assert!(sick_role.contains("not the idea of illness itself"));
    let course = words_of(section("how-ipt-works", "a-short-course"));
    assert!(course.contains("through the 1970s") && course.contains("1984"));
    assert!(sources("how-ipt-works").contains("(1984)"));
}

#[test]
fn the_formulation_and_treatment_agreement_name_time_goals_and_areas() {
    assert_says(
        "how-ipt-works",
        "formulation-and-agreement",
        &[
            "interpersonal formulation",
            "treatment agreement",
            "how many sessions",
            "what you hope will change",
            "one, or at most two",
        ],
    );
}

/// The inventory, the self-check and how-ipt-works agree on "one, at most
/// two" focus areas; how-ipt-works says what the journal suggests for the
/// questionnaire (every four weeks).
#[test]
fn focus_areas_and_questionnaire_cadence_are_consistent() {
    let focus = words_of(section("interpersonal-inventory", "choosing-a-focus"));
    assert!(focus.contains("one main area, or at most two"), "{focus}");
    assert!(!focus.contains("picking just one"));
    assert!(self_check::INTRO.contains("one or two areas"));
    assert!(words_of(section("what-is-ipt", "goals")).contains("or at most two"));

    assert_eq!(PHQ9_INTERVAL_WEEKS, 4);
    let weekly = words_of(section("how-ipt-works", "every-week"));
    assert!(weekly.contains("about once every four weeks"), "{weekly}");
    assert!(!weekly.contains("often every week"));
    let journal = ipt_companion::content::journal_text::PHQ9_FIRST;
    assert!(journal.contains("about once a month"), "{journal}");
}

#[test]
fn the_grief_module_invites_no_self_blame_and_says_when_to_get_help() {
    let phrase = "what do you wish had been different";
    for module in MODULES {
        assert!(
            !module_file(module.slug).to_lowercase().contains(phrase),
            "{}",
            module.slug
        );
    }
    for exercise in EXERCISES {
        for field in exercise.fields {
            assert!(!field.label.to_lowercase().contains(phrase));
        }
    }
    assert_says(
        "grief",
        "prompts",
        &[
            "sudden or violent",
            "death by suicide",
            "with a professional",
        ],
    );
    assert_says(
        "grief",
        "when-to-seek-help",
        &[
            "prolonged grief disorder",
            "died by suicide",
            "bereaved by suicide",
        ],
    );
    let help = words_of(section("grief", "when-to-seek-help"));
    assert!(!help.contains("committed"));
    let story = exercises_for("grief").next().unwrap();
    assert!(story.intro.contains("death by suicide"));
    assert!(sources("grief").contains("Shear K, Frank E, Houck PR, Reynolds CF (2005)"));
}

/// Every exercise about a conversation or a decision with someone carries
/// the same safety line: if they hurt you or you fear them, get help
/// instead.
#[test]
fn conversation_and_decision_exercises_carry_the_abuse_safety_line() {
    let exercises: Vec<_> = exercises_for("disputes")
        .chain(exercises_for("techniques"))
        .collect();
    let ids: Vec<&str> = exercises.iter().map(|e| e.id).collect();
    for id in ["decision-analysis", "dispute-ending"] {
        assert!(ids.contains(&id), "{id}");
    }
    for exercise in exercises {
        let intro = exercise.intro.to_lowercase();
        assert!(
            intro.contains("get help now") || intro.contains("getting help"),
            "{}: {intro}",
            exercise.id
        );
        assert!(
            ["hurt", "afraid", "fear", "abuse"]
                .iter()
                .any(|word| intro.contains(word)),
            "{}: {intro}",
            exercise.id
        );
    }
    let decision = words_of(section("techniques", "decision-analysis"));
    assert!(decision.contains("leaving") && decision.contains("afraid"));
    assert!(section("techniques", "decision-analysis")
        .html
        .contains("href=\"/help\""));
}

#[test]
fn disputes_names_abuse_and_points_to_safety_never_confrontation() {
    assert_says(
        "disputes",
        "when-to-seek-help",
        &[
            "abuse is not a disagreement",
            "controlling your money",
            "do not try to confront",
            "specialist service",
            "if someone is hurting or controlling you",
        ],
    );
    assert_eq!(
        ui_text::help::ABUSE_HEADING,
        "If someone is hurting or controlling you"
    );
}

/// The note for a person whose device someone else may read, in the
/// disputes module and on /data, names the lock, the real "Lock now"
/// button and the browser's history.
#[test]
fn the_private_device_note_is_in_disputes_and_on_the_data_page() {
    let button = lock::LOCK_NOW.to_lowercase();
    let module = words_of(section("disputes", "private-device"));
    let page = data::DEVICE_NOTE.to_lowercase();
    for text in [&module, &page] {
        assert!(text.contains("passphrase lock"), "{text}");
        assert!(text.contains(&button), "{text}");
        assert!(text.contains("history"), "{text}");
    }
    assert!(section("disputes", "private-device")
        .html
        .contains("href=\"/data\""));
    assert!(is_known_path(routes::DEVICE_SAFETY));
    assert!(is_known_path(routes::ABUSE_LINES));
}

#[test]
fn the_reader_meets_the_gaps_a_clinician_looks_for() {
    assert_says(
        "interpersonal-inventory",
        "past-and-lost-relationships",
        &[
            "someone who has died",
            "does not try to explain your childhood",
        ],
    );
    let suits = words_of(section("ipt-and-other-therapies", "who-it-suits"));
    assert!(suits.contains("good fit"));
    assert_says(
        "evidence",
        "formats",
        &[
            "ipt-a",
            "parent or carer",
            "pregnancy",
            "ipsrt",
            "alongside medicine",
            "older adults",
            "once a month",
            "telephone",
            "online",
            "interpersonal counselling",
        ],
    );
    assert!(words_of(section("what-is-ipt", "goals")).contains("interpersonal deficits"));
    assert!(words_of(section("what-is-ipt", "here-and-now")).contains("past"));
    assert!(words_of(section("what-is-ipt", "here-and-now"))
        .contains("not an attempt to explain your childhood"));
}

// Clinical review, round 2 (issue 24).

/// Every file the app's words come from: the Rust sources and Markdown
/// under `src/`, and the code that writes the built pages.
fn every_text_file() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "md") {
                out.push(path);
            }
        }
    }
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    walk(&root.join("src"), &mut paths);
    paths.push(root.join("xtask/src/pages.rs"));
    paths.push(root.join("index.html"));
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            // Lines joined the way Rust's `\` continuations read.
            let joined = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace("\\ ", "");
            (name, joined.to_lowercase())
        })
        .collect()
}

/// Anyone who can use the device can open the app unless the lock is on:
/// no page may promise that no one else can see what is written.
#[test]
fn no_page_says_no_one_else_can_see_it() {
    let files = every_text_file();
    assert!(files.len() > 50);
    for (name, text) in &files {
        for promise in [
            "no one else can see",
            "nobody else can see",
            "no one sees what you write",
            "no one else sees",
            "only you can see",
        ] {
            // This test file is not among them; the words may only appear
            // in a comment saying they must not.
            assert!(!text.contains(promise), "{name} says {promise:?}");
        }
    }
    // Instead the app says who can, and what helps.
    for text in [ui_text::home::PRIVATE, data::WHERE] {
        let text = text.to_lowercase();
        assert!(text.contains("anyone who can use"), "{text}");
        assert!(text.contains("passphrase lock"), "{text}");
    }
    let help = [
        ui_text::help::DEVICE_PRIVATE,
        ui_text::help::DEVICE_EXIT,
        ui_text::help::DEVICE_TRACES,
    ]
    .join(" ")
    .to_lowercase();
    for words in [
        "never leaves this device",
        "anyone who can use",
        "lock",
        "exit this page",
        "history",
        "open tabs",
        "private window",
        "nothing you write is kept",
    ] {
        assert!(help.contains(words), "/help lacks {words:?}: {help}");
    }
    assert!(!ui_text::help::NOT_EMERGENCY_SERVICE
        .to_lowercase()
        .contains("no one sees"));
}

/// The disputes module explains the quick exit and what it cannot hide.
#[test]
fn the_disputes_device_note_explains_the_exit_and_what_still_shows() {
    assert_says(
        "disputes",
        "private-device",
        &[
            "never leaves this device",
            "anyone who can use this phone or computer",
            "\"exit this page\"",
            "locks first",
            "history and open tabs",
            "private window",
        ],
    );
    let page = data::DEVICE_NOTE.to_lowercase();
    assert!(page.contains("exit this page") && page.contains("open tabs"));
}

/// "Last checked" says what was checked (the numbers against each
/// service's own pages) and when, for every list on /help.
#[test]
fn last_checked_says_what_was_checked_and_when() {
    use ipt_companion::content::crisis_contacts::{
        ABUSE_CONTACTS, CRISIS_CONTACTS, YOUTH_CONTACTS,
    };
    let crisis = ui_text::help::last_checked(CRISIS_CONTACTS);
    assert_eq!(
        crisis,
        "We last checked these numbers against each service's own website on \
         22 November 2026 and 5 December 2026."
    );
    let abuse = ui_text::help::last_checked(ABUSE_CONTACTS);
    assert!(
        abuse.ends_with("on 2 December 2026 and 5 December 2026."),
        "{abuse}"
    );
    let youth = ui_text::help::last_checked(YOUTH_CONTACTS);
    assert!(youth.contains("5 December 2026"), "{youth}");
    assert_eq!(
        ui_text::help::last_checked(&CRISIS_CONTACTS[..1]),
        "We last checked these numbers against each service's own website on \
         22 November 2026."
    );
}

/// Advice to a young person never names only a parent: the parent may be
/// the one who harms.
#[test]
fn under_18_advice_says_a_parent_or_another_adult_you_trust() {
    let rule = "a parent or another adult you trust";
    assert!(ui_text::help::YOUTH_INTRO.contains(rule));
    let limits = words_of(section("what-is-ipt", "when-self-help-is-not-enough"));
    assert!(limits.contains(rule), "{limits}");
    assert!(!limits.contains("talk to a parent,"), "{limits}");
}

#[test]
fn what_depression_is_comes_after_when_self_help_is_not_enough() {
    let ids: Vec<&str> = module_by_slug("what-is-ipt")
        .unwrap()
        .sections
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(
        ids[..3],
        [
            "the-core-idea",
            "when-self-help-is-not-enough",
            "what-depression-is"
        ]
    );
    assert_says(
        "what-is-ipt",
        "what-depression-is",
        &[
            "two weeks or more",
            "sleep",
            "thoughts of death",
            "about 1 in 20 adults",
            "world health organization",
            "not a weakness",
            "can be treated",
            "hopeless feeling is part of the illness",
            "screening result, not a diagnosis",
        ],
    );
    assert!(sources("what-is-ipt").contains("World Health Organization"));
}

#[test]
fn the_anxiety_result_rests_on_few_trials_and_program_is_spelled_one_way() {
    let big_picture = words_of(section("evidence", "big-picture"));
    assert!(big_picture.contains("large benefits for anxiety"));
    assert!(
        big_picture.contains("only a few trials looked at anxiety"),
        "{big_picture}"
    );
    for (name, text) in every_text_file() {
        assert!(!text.contains("programme"), "{name} spells programme");
    }
}

/// Communication analysis asks about options for next time, never what the
/// person should have said.
#[test]
fn communication_analysis_asks_about_options_not_fault() {
    for (slug, id) in [
        ("techniques", "communication-analysis"),
        ("disputes", "things-to-try"),
    ] {
        let words = words_of(section(slug, id));
        assert!(!words.contains("could i have said"), "{slug}#{id}");
        assert!(!words.contains("could you have said"), "{slug}#{id}");
        assert!(words.contains("next time"), "{slug}#{id}");
    }
    for exercise in EXERCISES {
        for field in exercise.fields {
            let label = field.label.to_lowercase();
            assert!(!label.contains("could have said"), "{}", exercise.id);
        }
    }
}

/// The disputes result of the self-check names abuse and points to the
/// abuse lines; the other areas' results do not need it.
#[test]
fn the_disputes_self_check_result_carries_the_abuse_caveat() {
    use ipt_companion::model::problem_area::ProblemArea;
    let caveat = self_check::safety_caveat(ProblemArea::Disputes)
        .expect("disputes")
        .to_lowercase();
    for words in ["abuse, not a disagreement", "not your fault", "on your own"] {
        assert!(caveat.contains(words), "{caveat}");
    }
    for area in [
        ProblemArea::Grief,
        ProblemArea::RoleTransitions,
        ProblemArea::Isolation,
    ] {
        assert_eq!(self_check::safety_caveat(area), None);
    }
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/pages/self_check.rs"
    ))
    .unwrap();
    assert!(page.contains("safety_caveat(area)") && page.contains("routes::ABUSE_LINES"));
}

/// Every dated source names its title and where it was published, and the
/// two the review could not confirm are gone.
#[test]
fn every_dated_source_has_a_title_and_a_venue() {
    for module in MODULES {
        for source in module.sources {
            assert!(!source.contains("Dietz"), "{}: {source}", module.slug);
            assert!(!source.contains("Focus 4(2)"), "{}: {source}", module.slug);
            assert!(!source.contains("et al. (19") || source.len() > 60);
            let Some(year_end) = source.find("). ") else {
                continue;
            };
            let after = &source[year_end + 3..];
            let parts = after.split(". ").filter(|p| !p.trim().is_empty()).count();
            assert!(
                parts >= 2,
                "{}: {source:?} lacks a title or a venue",
                module.slug
            );
        }
    }
}

/// One short help line closes each module, each in its own words, and each
/// module still links to /help.
#[test]
fn the_modules_close_with_varied_help_lines() {
    let boilerplate = "if you are in crisis or thinking about ending your life";
    let mut closings = std::collections::HashSet::new();
    for module in MODULES {
        let last = module.sections.last().unwrap();
        let words = words_of(last);
        assert!(!words.contains(boilerplate), "{}: {words}", module.slug);
        let last_paragraph = last.html.rsplit("<p>").next().unwrap().to_string();
        assert!(closings.insert(last_paragraph), "{}", module.slug);
        assert!(module.internal_links.contains(&"/help"), "{}", module.slug);
    }
}

/// The timeline's clue about a conflict names abuse and points to help,
/// as every text that touches conflict with someone close must.
#[test]
fn the_timelines_conflict_clue_names_abuse_and_points_to_help() {
    use ipt_companion::content::practice_text::timeline::clue_summary;
    use ipt_companion::model::timeline::LifeEventKind;
    let words = clue_summary(LifeEventKind::Conflict);
    for needed in ["abuse", "not your fault", ui_text::GET_HELP_NOW] {
        assert!(words.contains(needed), "{needed:?} in {words}");
    }
}
