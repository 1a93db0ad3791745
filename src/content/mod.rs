//! Everything the app says: the Learn modules (compiled from Markdown by
//! build.rs), the crisis contacts, and the interface's own words. Kept apart
//! from the components so the text can be edited or translated on its own.

pub mod checksum;
pub mod crisis_contacts;
pub mod exercise_shape;
pub mod source_format;

// The words, in the language of this build: English, or with the Cargo
// feature `es` the Spanish twin of each file in `es/`, which has the same
// items with the same types (a missing one fails the Spanish build, and
// `tests/languages.rs` compares the two files' items).
#[cfg_attr(feature = "es", path = "es/exercises.rs")]
pub mod exercises;
#[cfg_attr(feature = "es", path = "es/journal_text.rs")]
pub mod journal_text;
#[cfg_attr(feature = "es", path = "es/map_text.rs")]
pub mod map_text;
#[cfg_attr(feature = "es", path = "es/phq9.rs")]
pub mod phq9;
#[cfg_attr(feature = "es", path = "es/practice_text.rs")]
pub mod practice_text;
#[cfg_attr(feature = "es", path = "es/self_check.rs")]
pub mod self_check;
#[cfg_attr(feature = "es", path = "es/ui_text.rs")]
pub mod ui_text;

/// The language of this build's words, as HTML's `lang` names it.
#[cfg(not(feature = "es"))]
pub const LANGUAGE: &str = "en";
#[cfg(feature = "es")]
pub const LANGUAGE: &str = "es";

// The one place trusted, compiled-in HTML reaches the page.
pub mod trusted_html;

/// A Learn module, as compiled from `src/content/modules/<slug>.md`.
#[derive(Debug)]
pub struct Module {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub group: &'static str,
    pub order: u32,
    pub word_count: usize,
    /// The key takeaways and the sources, one line each: present natively
    /// and empty in the wasm, which shows [`Module::lists`] instead.
    pub takeaways: &'static [&'static str],
    pub sources: &'static [&'static str],
    /// The takeaways and the sources as the page shows them (`key-points`,
    /// `sources`): trusted HTML, taken in the browser from the module's
    /// built page like a section's text.
    pub lists: [ListBlock; 2],
    pub internal_links: &'static [&'static str],
    pub sections: &'static [Section],
}

/// One `<h2>` section of a module. `html` is trusted, compiled-in content,
/// present natively (the pages the build renders, the tests) and empty in
/// the wasm, where the app takes the same HTML from the module's built page
/// after checking it against `html_sha256` (hex), which is compiled in everywhere.
#[derive(Debug)]
pub struct Section {
    pub id: &'static str,
    pub heading: &'static str,
    pub html: &'static str,
    pub html_sha256: &'static str,
}

/// A list of a module's own lines as trusted HTML (`<ul>`), kept out of
/// the wasm like a [`Section`]'s `html`, checked by `html_sha256`.
#[derive(Debug)]
pub struct ListBlock {
    /// The id of the list's heading (a public section id).
    pub id: &'static str,
    pub html: &'static str,
    pub html_sha256: &'static str,
}

impl Module {
    /// Every block of trusted HTML the module page shows, in the page's
    /// order, as (heading id, HTML, its SHA-256): the sections, then the
    /// takeaways and the sources.
    pub fn text_blocks(
        &'static self,
    ) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        let sections = self.sections.iter().map(|s| (s.id, s.html, s.html_sha256));
        let lists = self.lists.iter().map(|l| (l.id, l.html, l.html_sha256));
        sections.chain(lists)
    }
}

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Reading speed used for the "minutes to read" estimate: a relaxed pace
/// for plain text, on the slow side because readers may be tired or low.
pub const WORDS_PER_MINUTE: usize = 180;

impl Module {
    /// Whole minutes to read the module, never less than one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count.div_ceil(WORDS_PER_MINUTE).max(1)
    }
}

/// The module published at `/learn/<slug>`, if there is one.
pub fn module_by_slug(slug: &str) -> Option<&'static Module> {
    MODULES.iter().find(|module| module.slug == slug)
}

/// The modules before and after `slug` in reading order.
pub fn neighbours(slug: &str) -> (Option<&'static Module>, Option<&'static Module>) {
    let Some(index) = MODULES.iter().position(|module| module.slug == slug) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).map(|i| &MODULES[i]);
    (previous, MODULES.get(index + 1))
}
