//! The source format of a Learn module: front matter and `##` sections.
//!
//! This file is compiled twice: by `build.rs` (which turns the Markdown of
//! each section into HTML) and as part of the library, where the native
//! tests check every module against the rules in `src/content/README.md`.
//! It therefore uses nothing but `std`.

/// One module as written by a writer, before any Markdown is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSource {
    pub title: String,
    pub summary: String,
    pub group: String,
    pub order: u32,
    pub takeaways: Vec<String>,
    pub sources: Vec<String>,
    pub sections: Vec<SectionSource>,
}

/// One `## Heading {#id}` section and the Markdown below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionSource {
    pub id: String,
    pub heading: String,
    pub markdown: String,
}

/// Why a module file could not be read. The message names the line so a
/// writer can find the mistake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a module file: the front matter between two `---` lines, then the
/// body split into sections at each `## ` line.
pub fn parse_module_source(text: &str) -> Result<ModuleSource, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, first)) if first.trim() == "---" => {}
        _ => return Err(FormatError("line 1: the file must start with `---`".into())),
    }

    let mut title = None;
    let mut summary = None;
    let mut group = None;
    let mut order = None;
    let mut takeaways = Vec::new();
    let mut sources = Vec::new();
    let mut front_matter_closed = false;
    for (index, line) in lines.by_ref() {
        let line_number = index + 1;
        if line.trim() == "---" {
            front_matter_closed = true;
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(FormatError(format!(
                "line {line_number}: expected `key: value` in the front matter"
            )));
        };
        let value = value.trim().to_string();
        if value.is_empty() {
            return Err(FormatError(format!("line {line_number}: `{key}` is empty")));
        }
        match key.trim() {
            "title" => title = Some(value),
            "summary" => summary = Some(value),
            "group" => group = Some(value),
            "order" => {
                order = Some(value.parse::<u32>().map_err(|_| {
                    FormatError(format!(
                        "line {line_number}: `order` must be a whole number"
                    ))
                })?)
            }
            "takeaway" => takeaways.push(value),
            "source" => sources.push(value),
            other => {
                return Err(FormatError(format!(
                    "line {line_number}: unknown front-matter key `{other}`"
                )))
            }
        }
    }
    if !front_matter_closed {
        return Err(FormatError("the front matter has no closing `---`".into()));
    }

    let mut sections: Vec<SectionSource> = Vec::new();
    for (index, line) in lines {
        let line_number = index + 1;
        if let Some(heading_line) = line.strip_prefix("## ") {
            let (heading, id) = split_heading_id(heading_line).ok_or_else(|| {
                FormatError(format!(
                    "line {line_number}: a `##` heading needs an id, like `## Title {{#title}}`"
                ))
            })?;
            sections.push(SectionSource {
                id,
                heading,
                markdown: String::new(),
            });
        } else if line.starts_with("# ") {
            return Err(FormatError(format!(
                "line {line_number}: use `##` for sections; the page supplies the title"
            )));
        } else if let Some(section) = sections.last_mut() {
            section.markdown.push_str(line);
            section.markdown.push('\n');
        } else if !line.trim().is_empty() {
            return Err(FormatError(format!(
                "line {line_number}: text before the first `##` section"
            )));
        }
    }

    let required = |field: Option<String>, name: &str| {
        field.ok_or_else(|| FormatError(format!("the front matter has no `{name}`")))
    };
    Ok(ModuleSource {
        title: required(title, "title")?,
        summary: required(summary, "summary")?,
        group: required(group, "group")?,
        order: order.ok_or_else(|| FormatError("the front matter has no `order`".into()))?,
        takeaways,
        sources,
        sections,
    })
}

/// Splits `Heading text {#some-id}` into the text and the id.
fn split_heading_id(heading_line: &str) -> Option<(String, String)> {
    let trimmed = heading_line.trim_end();
    let without_close = trimmed.strip_suffix('}')?;
    let open = without_close.rfind("{#")?;
    let id = without_close[open + 2..].trim().to_string();
    let heading = without_close[..open].trim().to_string();
    if id.is_empty() || heading.is_empty() {
        return None;
    }
    Some((heading, id))
}

/// True for ids made of lowercase ASCII words joined by single hyphens.
pub fn is_valid_section_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Counts the words a reader reads: letters and digits runs, ignoring
/// Markdown punctuation and link targets.
pub fn count_words(markdown: &str) -> usize {
    let mut without_link_targets = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(start) = rest.find("](") {
        without_link_targets.push_str(&rest[..start]);
        match rest[start..].find(')') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = "";
            }
        }
    }
    without_link_targets.push_str(rest);
    without_link_targets
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// The internal links (`](/...)`) in a piece of Markdown, in order.
pub fn internal_links(markdown: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut rest = markdown;
    while let Some(start) = rest.find("](") {
        let after = &rest[start + 2..];
        let Some(end) = after.find(')') else { break };
        let target = after[..end].trim();
        if target.starts_with('/') {
            links.push(target.to_string());
        }
        rest = &after[end..];
    }
    links
}
