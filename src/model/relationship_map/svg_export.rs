//! The map as a standalone SVG document, for download, printing and the
//! PNG export. Names are escaped as XML text: a name like
//! `<img src=x onerror=alert(1)>` stays text in the file. Names are placed
//! as on screen (see `labels`), so they never overlap; each marker's
//! `<title>` holds the whole name, also where the label is shortened.

use super::labels::{place_labels, LABEL_FONT_SIZE};
use super::layout::{self, CENTRE, MARKER_RADIUS, ME_RADIUS, VIEW_BOX_SIZE};
use super::{Person, Ring};

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

/// The outline width of a marker: more support, a thicker outline.
pub fn support_stroke_width(support: u8) -> f64 {
    1.5 + f64::from(support.min(4)) * 1.5
}

/// The dash pattern of a marker's outline: solid for no or little conflict,
/// dashed from 2, and a "!" is added from 3 (see `marks_high_conflict`).
pub fn conflict_dash(conflict: u8) -> Option<&'static str> {
    (conflict >= 2).then_some("6 4")
}

pub fn marks_high_conflict(conflict: u8) -> bool {
    conflict >= 3
}

/// A standalone SVG of the map. `ring_names` and `me` are the display words
/// (from content), so the export speaks the app's language.
pub fn map_svg(people: &[Person], ring_names: [&str; 3], me: &str) -> String {
    let size = VIEW_BOX_SIZE;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size}\" height=\"{size}\" font-family=\"sans-serif\">\n<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/>\n"
    );
    let fills = ["#e8f1f8", "#f1f6fa", "#f8fafc"];
    for (index, ring) in Ring::ALL.iter().enumerate().rev() {
        svg.push_str(&format!(
            "<circle cx=\"{CENTRE}\" cy=\"{CENTRE}\" r=\"{}\" fill=\"{}\" stroke=\"#9bb3c7\"/>\n",
            layout::ring_outer_radius(*ring),
            fills[index]
        ));
        let (x, y) = layout::point_at(layout::ring_outer_radius(*ring) - 14.0, 0.0);
        svg.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"middle\" font-size=\"18\" fill=\"#3a4a58\">{}</text>\n",
            escape_xml(ring_names[index])
        ));
    }
    svg.push_str(&format!(
        "<circle cx=\"{CENTRE}\" cy=\"{CENTRE}\" r=\"{ME_RADIUS}\" fill=\"#1f5f8b\"/>\n<text x=\"{CENTRE}\" y=\"{}\" text-anchor=\"middle\" font-size=\"24\" fill=\"#ffffff\">{}</text>\n",
        CENTRE + 8.0,
        escape_xml(me)
    ));
    let placements = layout::layout_map(people);
    let labels = place_labels(&placements, people);
    for placement in placements {
        let Some(person) = people.iter().find(|p| p.id == placement.id) else {
            continue;
        };
        let dash = conflict_dash(person.conflict)
            .map(|pattern| format!(" stroke-dasharray=\"{pattern}\""))
            .unwrap_or_default();
        svg.push_str(&format!(
            "<g><title>{}</title><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{MARKER_RADIUS}\" fill=\"#ffffff\" stroke=\"#1f2328\" stroke-width=\"{}\"{dash}/>",
            escape_xml(&person.name),
            placement.x,
            placement.y,
            support_stroke_width(person.support)
        ));
        if marks_high_conflict(person.conflict) {
            svg.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\">!</text>",
                placement.x,
                placement.y + 6.0
            ));
        }
        if let Some(label) = labels.iter().find(|label| label.id == placement.id) {
            svg.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{LABEL_FONT_SIZE}\" fill=\"#1f2328\">{}</text>",
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
    use crate::model::relationship_map::RelationshipMap;

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
        for label in place_labels(&markers, &map.people) {
            let marker = markers.iter().find(|m| m.id == label.id).unwrap();
            let text = format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{LABEL_FONT_SIZE}\" fill=\"#1f2328\">{}</text>",
                marker.x + label.dx,
                marker.y + label.dy,
                escape_xml(&label.text)
            );
            assert!(svg.contains(&text), "{text}");
        }
    }

    #[test]
    fn support_and_conflict_show_without_colour() {
        assert!(support_stroke_width(4) > support_stroke_width(0));
        assert_eq!(conflict_dash(1), None);
        assert!(conflict_dash(2).is_some());
        assert!(!marks_high_conflict(2) && marks_high_conflict(3));
    }
}
