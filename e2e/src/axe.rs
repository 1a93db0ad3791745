//! axe-core, the accessibility checker, run inside the page under test.
//!
//! `cargo xtask test` installs a pinned axe-core into `tools/` and passes
//! the path of its `axe.min.js` in `AXE_CORE_JS`. The source is handed to
//! the page through WebDriver's execute script, which the page's
//! Content-Security-Policy does not apply to.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::browser::Browser;

/// WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
pub const TAGS: &[&str] = &[
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

/// Rules whose "needs review" result fails a check like a violation:
/// axe leaves a marker whose visible text is one letter (initials such as
/// "A") for review rather than failing it, and the map's markers show no
/// words but their name.
pub const FAIL_ON_REVIEW: &[&str] = &["label-content-name-mismatch"];

/// Review items of those rules that a person has reviewed and accepted, as
/// (rule, the start of the element's selector): the map's move buttons
/// show an arrow ("↑"), a symbol, which WCAG 2.5.3 (label in name) leaves
/// out; their names say the move and the person ("Move closer: Sam"; in
/// Spanish "Acercar: Sam", "Alejar: Sam", "Mover alrededor, …: Sam").
pub const REVIEWED: &[(&str, &str)] = &[
    ("label-content-name-mismatch", "button[aria-label=\"Move "),
    (
        "label-content-name-mismatch",
        "button[aria-label=\"Acercar: ",
    ),
    (
        "label-content-name-mismatch",
        "button[aria-label=\"Alejar: ",
    ),
    (
        "label-content-name-mismatch",
        "button[aria-label=\"Mover alrededor",
    ),
];

/// The text of `axe.min.js`; panics with how to get it when it is missing.
pub fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE_JS").unwrap_or_else(|| {
        panic!(
            "AXE_CORE_JS is not set: run `cargo xtask test`, which installs axe-core \
             into tools/ and sets it, or set it to tools/node_modules/axe-core/axe.min.js"
        )
    });
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read AXE_CORE_JS={path:?}: {error}"));
    assert!(
        source.contains("axe"),
        "AXE_CORE_JS={path:?} is not axe-core"
    );
    source
}

/// One failed rule, with the elements it failed on.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub rule: String,
    pub impact: String,
    pub help: String,
    pub help_url: String,
    /// (CSS selector, axe's summary of what is wrong there)
    pub nodes: Vec<(String, String)>,
}

/// What one run of axe found on the page as it is now.
#[derive(Debug)]
pub struct AxeReport {
    pub version: String,
    pub violations: Vec<Violation>,
    /// Rules that applied and found nothing wrong.
    pub passed_rules: Vec<String>,
    /// What axe could not decide on alone ("needs review"), as
    /// "rule on element".
    pub incomplete_rules: Vec<String>,
}

/// Runs axe on the current page (injecting it first if this page does not
/// have it yet) and returns what it found. Panics if axe did not run.
pub async fn run_axe(browser: &Browser, source: &str) -> AxeReport {
    let loaded = "return typeof window.axe === 'object' && typeof window.axe.run === 'function';";
    if browser.script(loaded).await != json!(true) {
        // The source itself as the script (not eval, which the page's CSP
        // forbids); it defines `window.axe`.
        let injected = browser
            .client
            .execute(&format!("{source}\n;{loaded}"), vec![])
            .await
            .unwrap_or_else(|error| panic!("could not inject axe-core: {error}"));
        assert_eq!(injected, json!(true), "axe-core did not load in the page");
    }
    // WebDriver waits for the returned promise.
    let results = browser
        .client
        .execute(
            "return axe.run(document, {
                 runOnly: { type: 'tag', values: arguments[0] },
                 resultTypes: ['violations'],
             }).then(r => ({
                 version: r.testEngine.version,
                 passes: r.passes.map(rule => rule.id),
                 incomplete: r.incomplete.flatMap(rule =>
                     rule.nodes.map(node => rule.id + ' on ' + node.target.map(String).join(' >> '))),
                 violations: r.violations.map(rule => ({
                     id: rule.id,
                     impact: rule.impact || '',
                     help: rule.help,
                     helpUrl: rule.helpUrl,
                     nodes: rule.nodes.map(node => [
                         node.target.map(String).join(' >> '),
                         node.failureSummary || '',
                     ]),
                 })),
             }), error => ({ error: String(error) }));",
            vec![json!(TAGS)],
        )
        .await
        .unwrap_or_else(|error| panic!("axe.run failed: {error}"));
    if let Some(error) = results.get("error") {
        panic!("axe.run failed in the page: {error}");
    }
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|item| item.as_str().map(str::to_string))
            .collect()
    };
    let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
    let violations = results["violations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|rule| Violation {
            rule: text(&rule["id"]),
            impact: text(&rule["impact"]),
            help: text(&rule["help"]),
            help_url: text(&rule["helpUrl"]),
            nodes: rule["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|node| (text(&node[0]), text(&node[1])))
                .collect(),
        })
        .collect();
    let report = AxeReport {
        version: text(&results["version"]),
        violations,
        passed_rules: strings(&results["passes"]),
        incomplete_rules: strings(&results["incomplete"]),
    };
    // A run that checked nothing would pass silently: some rules always
    // apply to a page of this app (a language, a title, landmarks).
    assert!(
        !report.version.is_empty() && report.passed_rules.len() >= 5,
        "axe-core ran but checked almost nothing: {report:?}"
    );
    report
}

/// Everything axe found over many checks, grouped by rule, element and
/// axe's explanation, so one failure message lists each problem once with
/// every page (and theme) it was seen on.
#[derive(Debug, Default)]
pub struct Findings {
    pub checks: usize,
    problems: BTreeMap<(String, String, String), Problem>,
    incomplete: BTreeMap<String, usize>,
}

#[derive(Debug)]
struct Problem {
    impact: String,
    help: String,
    help_url: String,
    seen_on: Vec<String>,
}

impl Findings {
    /// Adds one check's report, made on the page and theme `context`.
    pub fn add(&mut self, context: &str, report: &AxeReport) {
        self.checks += 1;
        for violation in &report.violations {
            for (target, summary) in &violation.nodes {
                let key = (violation.rule.clone(), target.clone(), summary.clone());
                self.problems
                    .entry(key)
                    .or_insert_with(|| Problem {
                        impact: violation.impact.clone(),
                        help: violation.help.clone(),
                        help_url: violation.help_url.clone(),
                        seen_on: Vec::new(),
                    })
                    .seen_on
                    .push(context.to_string());
            }
        }
        for rule in &report.incomplete_rules {
            *self.incomplete.entry(rule.clone()).or_default() += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// Each problem: rule, impact, what to do, the element, axe's summary
    /// and where it was seen; then a one-line count per rule.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
        for ((rule, target, summary), problem) in &self.problems {
            *per_rule.entry(rule).or_default() += 1;
            out.push_str(&format!(
                "\n{rule} ({}): {}\n  {}\n  element: {target}\n",
                problem.impact, problem.help, problem.help_url
            ));
            for line in summary.lines() {
                out.push_str(&format!("    {line}\n"));
            }
            out.push_str(&format!(
                "  seen on {} check(s): {}\n",
                problem.seen_on.len(),
                problem.seen_on.join(", ")
            ));
        }
        let rules: Vec<String> = per_rule
            .iter()
            .map(|(rule, count)| format!("{rule} x{count}"))
            .collect();
        out.push_str(&format!(
            "\nsummary: {} problem(s) in {} check(s): {}\n",
            self.problems.len(),
            self.checks,
            rules.join(", ")
        ));
        out
    }

    /// The review items of the rules in [`FAIL_ON_REVIEW`] not in
    /// [`REVIEWED`], as "rule on element", with how many checks had them.
    pub fn review_items_that_fail(&self) -> Vec<String> {
        self.incomplete
            .iter()
            .filter(|(item, _)| {
                FAIL_ON_REVIEW
                    .iter()
                    .any(|rule| item.starts_with(&format!("{rule} on ")))
                    && !REVIEWED
                        .iter()
                        .any(|(rule, element)| item.starts_with(&format!("{rule} on {element}")))
            })
            .map(|(item, count)| format!("{item} x{count}"))
            .collect()
    }

    /// Rules axe left for a person to review, with how many checks had them.
    pub fn needs_review(&self) -> String {
        self.incomplete
            .iter()
            .map(|(rule, count)| format!("{rule} x{count}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_with(rule: &str, target: &str) -> AxeReport {
        AxeReport {
            version: "4.14.1".to_string(),
            violations: vec![Violation {
                rule: rule.to_string(),
                impact: "serious".to_string(),
                help: "Elements must meet minimum color contrast ratio thresholds".to_string(),
                help_url: "https://dequeuniversity.com/rules/axe/4.14/color-contrast".to_string(),
                nodes: vec![(
                    target.to_string(),
                    "Fix any of the following:\n  Element has insufficient color contrast"
                        .to_string(),
                )],
            }],
            passed_rules: Vec::new(),
            incomplete_rules: vec!["color-contrast".to_string()],
        }
    }

    #[test]
    fn one_problem_on_many_pages_is_listed_once_with_the_pages() {
        let mut findings = Findings::default();
        findings.add("/help, dark", &report_with("color-contrast", ".badge"));
        findings.add("/map, dark", &report_with("color-contrast", ".badge"));
        findings.add("/map, light", &report_with("region", ".note"));
        let text = findings.describe();
        assert!(text.contains("color-contrast (serious)"), "{text}");
        assert!(text.contains("element: .badge"), "{text}");
        assert!(text.contains("insufficient color contrast"), "{text}");
        assert!(
            text.contains("seen on 2 check(s): /help, dark, /map, dark"),
            "{text}"
        );
        assert!(
            text.contains("summary: 2 problem(s) in 3 check(s): color-contrast x1, region x1"),
            "{text}"
        );
        assert_eq!(findings.needs_review(), "color-contrast x3");
        assert!(findings.review_items_that_fail().is_empty());
    }

    #[test]
    fn a_review_item_of_a_listed_rule_is_a_failure() {
        let mut findings = Findings::default();
        let mut report = report_with("region", ".note");
        report.incomplete_rules = vec![
            "label-content-name-mismatch on .marker:nth-child(2)".to_string(),
            "label-content-name-mismatch on button[aria-label=\"Move closer: Sam\"]".to_string(),
            "color-contrast on .badge".to_string(),
        ];
        findings.add("/map, light", &report);
        findings.add("/map, dark", &report);
        assert_eq!(
            findings.review_items_that_fail(),
            ["label-content-name-mismatch on .marker:nth-child(2) x2"]
        );
    }

    #[test]
    fn no_violations_means_no_findings() {
        let mut findings = Findings::default();
        let mut report = report_with("region", ".note");
        report.violations.clear();
        findings.add("/", &report);
        assert!(findings.is_empty());
        assert_eq!(findings.checks, 1);
    }
}
