//! The map as a standalone SVG document, for download, printing and the
//! PNG export. Names are escaped as XML text: a name like
//! `<img src=x onerror=alert(1)>` stays text in the file. Names are placed
//! as on screen (see `labels`), so they never overlap; each marker's
//! `<title>` holds the whole name, also where the label is shortened.

use super::labels::{place_labels, LABEL_FONT_SIZE};
use super::layout::{self, CENTRE, ME_FONT_SIZE, ME_RADIUS, RING_NAME_FONT_SIZE, VIEW_BOX_SIZE};
use super::{marker, Person, RelationshipKind, Ring};

/// Escapes text for XML character data and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            _ => escaped.push(character),
        }
    }
    escaped
}

/// The colours of the exported file, which has no stylesheet: the light
/// theme's values of the tokens in style/main.css (a test below checks
/// they still agree).
const PAPER: &str = "#ffffff";
const INK: (&str, &str) = ("text", "#231f1c");
const RING_LINE: (&str, &str) = ("border", "#d9d1c5");
const RING_TEXT: (&str, &str) = ("ring-text", "#2f4254");
const RING_FILLS: [(&str, &str); 3] = [
    ("ring-0", "#dfeaf0"),
    ("ring-1", "#ecf2f4"),
    ("ring-2", "#f6f8f8"),
];
const ME_FILL: (&str, &str) = ("me", "#1d5e7a");
const ME_TEXT: (&str, &str) = ("me-text", "#ffffff");
const SURFACE: (&str, &str) = ("surface", "#ffffff");

/// The tint of a kind of relationship (the shape is the other cue).
fn relationship_fill(kind: RelationshipKind) -> (&'static str, &'static str) {
    match kind {
        RelationshipKind::Partner => ("rel-partner", "#f6d5c8"),
        RelationshipKind::Family => ("rel-family", "#f3e3b5"),
        RelationshipKind::Friend => ("rel-friend", "#cfe6d4"),
        RelationshipKind::Work => ("rel-work", "#d3def0"),
        RelationshipKind::Other => ("rel-other", "#e4d9ee"),
    }
}

/// A standalone SVG of the map. `ring_names` and `me` are the display words
/// (from content), so the export speaks the app's language. Each marker is
/// drawn as on screen (`marker`): the shape and tint of the relationship,
/// the initials, the outline for support and conflict.
pub fn map_svg(people: &[Person], ring_names: [&str; 3], me: &str) -> String {
    let size = VIEW_BOX_SIZE;
    let ink = INK.1;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size}\" height=\"{size}\" font-family=\"sans-serif\">\n<rect width=\"{size}\" height=\"{size}\" fill=\"{PAPER}\"/>\n"
    );
    for (index, ring) in Ring::ALL.iter().enumerate().rev() {
        svg.push_str(&format!(
            "<circle cx=\"{CENTRE}\" cy=\"{CENTRE}\" r=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>\n",
            layout::ring_outer_radius(*ring),
            RING_FILLS[index].1,
            RING_LINE.1
        ));
        let (x, y) = layout::ring_name_baseline(*ring);
        svg.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" font-size=\"{RING_NAME_FONT_SIZE}\" fill=\"{}\">{}</text>\n",
            RING_TEXT.1,
            escape_xml(ring_names[index])
        ));
    }
    svg.push_str(&format!(
        "<circle cx=\"{CENTRE}\" cy=\"{CENTRE}\" r=\"{ME_RADIUS}\" fill=\"{}\"/>\n<text x=\"{CENTRE}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{ME_FONT_SIZE}\" font-weight=\"bold\" fill=\"{}\">{}</text>\n",
        ME_FILL.1,
        CENTRE + 0.35 * ME_FONT_SIZE,
        ME_TEXT.1,
        escape_xml(me)
    ));
    let placements = layout::layout_map(people);
    let labels = place_labels(&placements, people, ring_names);
    for placement in placements {
        let Some(person) = people.iter().find(|p| p.id == placement.id) else {
            continue;
        };
        let radius = placement.radius;
        let kind = person.relationship.kind();
        let dash = marker::outline_dash(radius, person.conflict)
            .map(|pattern| format!(" stroke-dasharray=\"{pattern}\""))
            .unwrap_or_default();
        svg.push_str(&format!(
            "<g><title>{}</title><g transform=\"translate({:.1} {:.1})\"><path d=\"{}\" fill=\"{}\" stroke=\"{ink}\" stroke-width=\"{:.1}\"{dash}/>",
            escape_xml(&person.name),
            placement.x,
            placement.y,
            marker::shape_path(kind, radius),
            relationship_fill(kind).1,
            marker::outline_width(radius, person.support)
        ));
        let initials = marker::initials(&person.name);
        if marker::shows_initials(radius) && !initials.is_empty() {
            let font_size = marker::initials_font_size(&initials, radius);
            svg.push_str(&format!(
                "<text y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{font_size:.1}\" font-weight=\"bold\" fill=\"{ink}\">{}</text>",
                0.35 * font_size,
                escape_xml(&initials)
            ));
        }
        if marker::marks_high_conflict(person.conflict) {
            let (x, y, badge) = marker::conflict_badge(radius);
            let font_size = marker::conflict_badge_font_size(radius);
            if badge > 0.0 {
                svg.push_str(&format!(
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{badge:.1}\" fill=\"{}\" stroke=\"{ink}\" stroke-width=\"{:.1}\"/>",
                    SURFACE.1,
                    marker::conflict_badge_outline(radius)
                ));
            }
            svg.push_str(&format!(
                "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{font_size:.1}\" font-weight=\"bold\" fill=\"{ink}\">!</text>",
                y + 0.35 * font_size
            ));
        }
        svg.push_str("</g>");
        if let Some(label) = labels.iter().find(|label| label.id == placement.id) {
            svg.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{LABEL_FONT_SIZE}\" fill=\"{ink}\">{}</text>",
                placement.x + label.dx,
                placement.y + label.dy,
                escape_xml(&label.text)
            ));
        }
        svg.push_str("</g>\n");
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::relationship_map::edit::PersonDraft;
    use crate::model::relationship_map::{Relationship, RelationshipMap};

    #[test]
    fn markup_in_names_stays_text() {
        let mut map = RelationshipMap::default();
        let draft = PersonDraft {
            name: "<img src=x onerror=alert(1)> & \"Bo\"".into(),
            ..PersonDraft::default()
        };
        map.add_person(&draft).unwrap();
        let svg = map_svg(&map.people, ["A", "B", "C"], "Me");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Bo&quot;"));
        assert!(!svg.contains("<img"));
    }

    #[test]
    fn every_person_is_drawn_once() {
        let mut map = RelationshipMap::default();
        for name in ["Ann", "Bo", "Cy"] {
            let draft = PersonDraft {
                name: name.into(),
                ..PersonDraft::default()
            };
            map.add_person(&draft).unwrap();
        }
        let svg = map_svg(&map.people, ["A", "B", "C"], "Me");
        assert_eq!(svg.matches("<g>").count(), 3);
        // Initials inside the markers.
        assert!(svg.contains(">A</text>") && svg.contains(">C</text>"));
        for name in ["Ann", "Bo", "Cy"] {
            assert!(svg.contains(&format!(">{name}</text>")));
        }
    }

    #[test]
    fn a_name_without_room_is_shortened_and_kept_whole_in_the_title() {
        let mut map = RelationshipMap::default();
        for index in 0..30 {
            let draft = PersonDraft {
                name: format!("Bartholomew Fitzgerald-Smythe {index}"),
                angle: Some(0.0),
                ..PersonDraft::default()
            };
            map.add_person(&draft).unwrap();
        }
        let svg = map_svg(&map.people, ["A", "B", "C"], "Me");
        assert!(svg.contains("…</text>"), "some names are shortened");
        for person in &map.people {
            let title = format!("<title>{}</title>", person.name);
            assert_eq!(svg.matches(&title).count(), 1, "{}", person.name);
        }
        // Drawn where the labels module put them.
        let markers = layout::layout_map(&map.people);
        for label in place_labels(&markers, &map.people, ["A", "B", "C"]) {
            let marker = markers.iter().find(|m| m.id == label.id).unwrap();
            let text = format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{LABEL_FONT_SIZE}\" fill=\"{}\">{}</text>",
                marker.x + label.dx,
                marker.y + label.dy,
                INK.1,
                escape_xml(&label.text)
            );
            assert!(svg.contains(&text), "{text}");
        }
    }

    #[test]
    fn each_kind_has_its_tint_and_shape_and_high_conflict_its_badge() {
        let mut map = RelationshipMap::default();
        for (index, kind) in RelationshipKind::ALL.into_iter().enumerate() {
            let draft = PersonDraft {
                name: format!("P{index}"),
                relationship: Relationship::of_kind(kind, "Coach"),
                conflict: if index == 0 { "4".into() } else { "0".into() },
                ..PersonDraft::default()
            };
            map.add_person(&draft).unwrap();
        }
        let svg = map_svg(&map.people, ["A", "B", "C"], "Me");
        for kind in RelationshipKind::ALL {
            assert!(svg.contains(relationship_fill(kind).1), "{kind:?}");
        }
        assert_eq!(svg.matches(">!</text>").count(), 1);
        assert!(svg.contains("stroke-dasharray"));
    }

    /// The export's colours are the light theme's tokens, as main.css
    /// writes them (`--name: light-dark(#light, #dark)`).
    #[test]
    fn the_export_uses_the_light_values_of_the_tokens() {
        let css = include_str!("../../../style/main.css");
        let mut tokens = vec![INK, RING_LINE, RING_TEXT, ME_FILL, ME_TEXT, SURFACE];
        tokens.extend(RING_FILLS);
        tokens.extend(RelationshipKind::ALL.map(relationship_fill));
        for (token, value) in tokens {
            let written = format!("--{token}: light-dark({value},");
            assert!(css.contains(&written), "main.css has no `{written}`");
        }
    }
}
