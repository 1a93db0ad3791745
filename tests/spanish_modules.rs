//! The Spanish Learn modules, `src/content/modules/es/` (issue 27): a twin
//! for every English module, in the same format, keeping what is public or
//! checked in the English one: the group and reading order, every section
//! id (so `/es/learn/<slug>#<id>` will name the same place), the sources,
//! every page the English links to, the link to crisis help, and no phone
//! number (`phone_numbers.rs` scans these files too). Their reading level
//! is in `readability.rs`. (They are not served yet: the Spanish routes
//! come with the translation layer.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use ipt_companion::content::source_format::{internal_links, parse_module_source, ModuleSource};
use ipt_companion::content::MODULES;
use ipt_companion::routes::{fragment, is_known_path};

fn module_file(folder: &str, slug: &str) -> ModuleSource {
    let path = format!(
        "{}/src/content/modules/{folder}{slug}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    parse_module_source(&text).unwrap_or_else(|error| panic!("{path}: {error:?}"))
}

fn spanish(slug: &str) -> ModuleSource {
    module_file("es/", slug)
}

fn english(slug: &str) -> ModuleSource {
    module_file("", slug)
}

fn links(module: &ModuleSource) -> BTreeSet<String> {
    let mut all: BTreeSet<String> = module
        .sections
        .iter()
        .flat_map(|section| internal_links(&section.markdown))
        .collect();
    all.extend(
        module
            .takeaways
            .iter()
            .flat_map(|line| internal_links(line)),
    );
    all
}

#[test]
fn every_english_module_has_one_spanish_twin_and_nothing_else_is_there() {
    let folder = format!("{}/src/content/modules/es", env!("CARGO_MANIFEST_DIR"));
    let found: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = MODULES
        .iter()
        .map(|module| format!("{}.md", module.slug))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn each_twin_keeps_the_group_order_section_ids_sources_and_takeaway_count() {
    for module in MODULES {
        let (es, en) = (spanish(module.slug), english(module.slug));
        let slug = module.slug;
        assert_eq!(
            (es.group.as_str(), es.order),
            (en.group.as_str(), en.order),
            "{slug}"
        );
        let ids = |m: &ModuleSource| m.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&es), ids(&en), "{slug}: section ids");
        assert_eq!(es.sources, en.sources, "{slug}: sources");
        assert_eq!(es.takeaways.len(), en.takeaways.len(), "{slug}: takeaways");
        assert_ne!(es.title, en.title, "{slug}: the title is not translated");
        assert_ne!(
            es.summary, en.summary,
            "{slug}: the summary is not translated"
        );
    }
}

#[test]
fn each_twin_links_where_the_english_does_and_only_to_pages_that_exist() {
    for module in MODULES {
        let (es, en) = (links(&spanish(module.slug)), links(&english(module.slug)));
        let missing: Vec<_> = en.difference(&es).collect();
        assert!(
            missing.is_empty(),
            "{}: links missing {missing:?}",
            module.slug
        );
        assert!(es.contains("/help"), "{}: no link to /help", module.slug);
        for link in &es {
            assert!(
                is_known_path(link),
                "{}: link to unknown page {link}",
                module.slug
            );
            if let (Some(target), Some(id)) = (link.strip_prefix("/learn/"), fragment(link)) {
                let target = target.split('#').next().unwrap();
                assert!(
                    spanish(target)
                        .sections
                        .iter()
                        .any(|section| section.id == id),
                    "{}: {link} names a section that does not exist",
                    module.slug
                );
            }
        }
    }
}

#[test]
fn the_disputes_twin_puts_safety_first_as_the_english_does() {
    let disputes = spanish("disputes");
    let help = disputes
        .sections
        .iter()
        .find(|section| section.id == "when-to-seek-help")
        .expect("the section that says when to seek help");
    let text = help.markdown.to_lowercase();
    for words in ["maltrato", "seguridad", "/help"] {
        assert!(
            text.contains(words),
            "disputes#when-to-seek-help lacks {words:?}"
        );
    }
}
