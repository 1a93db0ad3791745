//! Rewriting and writing HTML as HTML (lol_html's streaming parser), not as
//! text: Trunk's minified output leaves attribute values unquoted, so a
//! value is only found whole by a parser.

use lol_html::html_content::Element;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};

pub use lol_html::html_content::ContentType;

/// Runs `handler` on every element of `html` that matches the CSS
/// `selector`, and returns the rewritten HTML.
pub fn rewrite(
    html: &str,
    selector: &str,
    mut handler: impl FnMut(&mut Element) -> Result<(), String>,
) -> Result<String, String> {
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(selector, |element| {
            handler(element).map_err(Into::into)
        })),
    )
    .map_err(|error| format!("rewriting HTML at {selector}: {error}"))
}

/// Replaces the text of every element matching `selector` (a `<script>`)
/// by what `change` makes of it; the text is raw, as in a script.
pub fn rewrite_text(
    html: &str,
    selector: &str,
    mut change: impl FnMut(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut text = String::new();
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(text!(selector, |chunk| {
            text.push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                let changed = change(&std::mem::take(&mut text))?;
                chunk.replace(&changed, ContentType::Html);
            } else {
                chunk.remove();
            }
            Ok(())
        })),
    )
    .map_err(|error| format!("rewriting HTML at {selector}: {error}"))
}

/// An element's attributes, as `(name, value)` pairs in order.
pub fn attributes(element: &Element) -> Vec<(String, String)> {
    element
        .attributes()
        .iter()
        .map(|attribute| (attribute.name(), attribute.value()))
        .collect()
}

/// An HTML start tag with every attribute value quoted and escaped.
pub fn start_tag(name: &str, attributes: &[(&str, &str)]) -> String {
    let mut tag = format!("<{name}");
    for (attribute, value) in attributes {
        tag.push_str(&format!(" {attribute}=\"{}\"", escape_attribute(value)));
    }
    tag.push('>');
    tag
}

pub fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_tags_quote_and_escape_every_value() {
        assert_eq!(
            start_tag("link", &[("href", "/a b.js"), ("title", "\"<&")]),
            "<link href=\"/a b.js\" title=\"&quot;&lt;&amp;\">"
        );
    }

    #[test]
    fn script_text_is_changed_whole_and_raw() {
        let html = "<p>a</p><script type=module>let a = 1 < 2;</script><script>x</script>";
        let changed = rewrite_text(html, "script[type=module]", |text| {
            Ok(text.replace("1 < 2", "'<b>'"))
        })
        .unwrap();
        assert_eq!(
            changed,
            "<p>a</p><script type=module>let a = '<b>';</script><script>x</script>"
        );
    }

    #[test]
    fn unquoted_values_are_read_whole() {
        let mut seen = Vec::new();
        rewrite(
            "<link href=/a.js integrity=sha384-ab/cd+ef== as=fetch>",
            "link",
            |link| {
                seen = attributes(link);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen[1], ("integrity".into(), "sha384-ab/cd+ef==".into()));
        assert_eq!(seen[2], ("as".into(), "fetch".into()));
    }
}
