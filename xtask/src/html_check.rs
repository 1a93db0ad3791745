//! The W3C Nu HTML checker (npm's vnu-jar, run by Java) over every page of
//! a built site: `cargo xtask test` fails on any error it reports, apart
//! from the few CSS messages in [`ALLOWED`].

use std::collections::BTreeMap;
use std::path::Path;

use crate::run::{run_captured, Step};
use crate::summary::Counts;

/// Messages that are not errors in the pages, each with why. Matched as
/// a part of the message.
const ALLOWED: &[(&str, &str)] = &[(
    "Property \u{201c}paint-order\u{201d} doesn't exist",
    "the checker's CSS list lacks paint-order (CSS Fill and Stroke 3, in \
     every engine), which keeps the map's labels readable over lines",
)];

/// Checks every `.html` file under each of `sites`; each page is one
/// passed or failed test in the counts, and each error is printed.
pub fn check_sites(jar: &Path, sites: &[&Path]) -> Result<Counts, String> {
    let mut pages = Vec::new();
    for site in sites {
        for file in crate::site::list_files(site)? {
            if file.ends_with(".html") {
                pages.push(site.join(file));
            }
        }
    }
    let step = Step::new("HTML check (the Nu HTML checker)", crate::tools::JAVA)
        .args(["-jar".as_ref(), jar.as_os_str()])
        .args([
            "--errors-only",
            "--format",
            "gnu",
            "--stdout",
            "--exit-zero-always",
        ])
        .args(pages.iter().map(|page| page.as_os_str()));
    let report = run_captured(&step)?;
    let errors = errors_by_page(&report);
    for (page, messages) in &errors {
        for message in messages {
            println!("{page}: {message}");
        }
    }
    let failed = errors.len() as u64;
    println!(
        "HTML check: {} pages, {} with errors",
        pages.len(),
        errors.len()
    );
    Ok(Counts {
        passed: pages.len() as u64 - failed.min(pages.len() as u64),
        failed,
        ignored: 0,
    })
}

/// The checker's GNU-format lines (`"file":1.2-1.9: error: message`) by
/// page, without the allowed messages.
fn errors_by_page(report: &str) -> BTreeMap<String, Vec<String>> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in report.lines().filter(|line| !line.trim().is_empty()) {
        if ALLOWED.iter().any(|(message, _)| line.contains(message)) {
            continue;
        }
        let page = line
            .strip_prefix('"')
            .and_then(|rest| rest.split_once('"'))
            .map_or("(no file)", |(page, _)| page);
        let page = page.strip_prefix("file:").unwrap_or(page);
        let message = line.split_once(": error: ").map_or(line, |(_, m)| m);
        errors
            .entry(page.to_string())
            .or_default()
            .push(message.to_string());
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_grouped_by_page_and_allowed_ones_dropped() {
        let report = "\"file:/d/index.html\":1.10-1.20: error: Bad value \u{201c}x\u{201d}.\n\
            \"file:/d/index.html\":2.1-2.5: error: Stray end tag \u{201c}head\u{201d}.\n\
            \"file:/d/map/index.html\":3.1-3.9: error: CSS: \u{201c}paint-order\u{201d}: \
            Property \u{201c}paint-order\u{201d} doesn't exist.\n";
        let errors = errors_by_page(report);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors["/d/index.html"],
            [
                "Bad value \u{201c}x\u{201d}.",
                "Stray end tag \u{201c}head\u{201d}."
            ]
        );
    }

    #[test]
    fn a_line_of_another_shape_is_an_error_not_dropped() {
        let errors = errors_by_page("java.lang.OutOfMemoryError\n");
        assert_eq!(errors["(no file)"], ["java.lang.OutOfMemoryError"]);
    }
}
