//! What a person's marker looks like, the same on screen and in the
//! exported SVG: a shape for the kind of relationship (the cue that is not
//! colour; the stylesheet adds one tint per kind), the person's initials
//! inside it, an outline for support and conflict, the badge for a lot of
//! conflict and the ring that marks the selected person.
//!
//! Every size here is in viewBox units around the marker's centre and
//! scales with the marker's radius (`layout::MarkerPlacement::radius`).
//! Everything drawn stays inside the marker's disc, so the labels, which
//! `labels` keeps off the discs, never touch a drawing, and the disc is
//! what a finger presses.

use super::labels::estimated_text_width;
use super::layout::ROOMY_RADIUS;
use super::RelationshipKind;

/// The shape's size (the radius of the circle its corners reach) as a
/// share of the marker's radius. The rest of the disc holds the widest
/// outline and the selection ring.
pub const SHAPE_SCALE: f64 = 0.76;
/// Markers smaller than this have no initials (they would be too small to
/// read); the name beside them, and their accessible name, still say who
/// they are.
pub const INITIALS_MIN_RADIUS: f64 = 28.0;

/// The second cue for the kind of relationship, besides its tint: five
/// shapes that differ in outline at a glance, all about the same size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerShape {
    Circle,
    RoundedSquare,
    Hexagon,
    Diamond,
    /// A round seal with sixteen points, like a rosette.
    Seal,
}

impl MarkerShape {
    pub fn for_kind(kind: RelationshipKind) -> MarkerShape {
        match kind {
            RelationshipKind::Partner => MarkerShape::Circle,
            RelationshipKind::Family => MarkerShape::RoundedSquare,
            RelationshipKind::Friend => MarkerShape::Hexagon,
            RelationshipKind::Work => MarkerShape::Diamond,
            RelationshipKind::Other => MarkerShape::Seal,
        }
    }

    /// How far the shape reaches from its centre, as a share of its size:
    /// a diamond is drawn a little larger so it does not look smaller
    /// than the others.
    pub fn reach(self) -> f64 {
        match self {
            MarkerShape::Circle | MarkerShape::Hexagon | MarkerShape::Seal => 1.0,
            MarkerShape::RoundedSquare => {
                let (half, corner) = ROUNDED_SQUARE;
                (half - corner) * std::f64::consts::SQRT_2 + corner
            }
            MarkerShape::Diamond => DIAMOND_REACH,
        }
    }
}

/// A rounded square's half side and corner radius, as shares of the size.
const ROUNDED_SQUARE: (f64, f64) = (0.8, 0.25);
const DIAMOND_REACH: f64 = 1.08;

/// The SVG path (`d`) of a marker's shape for `kind`, centred on (0, 0),
/// for a marker of `radius`.
pub fn shape_path(kind: RelationshipKind, radius: f64) -> String {
    let size = radius * SHAPE_SCALE;
    match MarkerShape::for_kind(kind) {
        MarkerShape::Circle => format!(
            "M{a:.1} 0A{size:.1} {size:.1} 0 1 0 {size:.1} 0A{size:.1} {size:.1} 0 1 0 {a:.1} 0Z",
            a = -size
        ),
        MarkerShape::RoundedSquare => {
            let half = ROUNDED_SQUARE.0 * size;
            let corner = ROUNDED_SQUARE.1 * size;
            let inner = half - corner;
            format!(
                "M{l:.1} {t:.1}H{r:.1}A{c:.1} {c:.1} 0 0 1 {h:.1} {l:.1}V{r:.1}A{c:.1} {c:.1} 0 0 1 {r:.1} {h:.1}H{l:.1}A{c:.1} {c:.1} 0 0 1 {t:.1} {r:.1}V{l:.1}A{c:.1} {c:.1} 0 0 1 {l:.1} {t:.1}Z",
                l = -inner,
                r = inner,
                t = -half,
                h = half,
                c = corner
            )
        }
        MarkerShape::Hexagon => polygon(&corners(6, 30.0, &[size])),
        MarkerShape::Diamond => polygon(&corners(4, 0.0, &[size * DIAMOND_REACH])),
        MarkerShape::Seal => polygon(&corners(32, 0.0, &[size, size * 0.86])),
    }
}

/// `count` corners evenly round the centre, the first at `start` degrees
/// clockwise from the top, their distances taken in turn from `distances`.
fn corners(count: usize, start: f64, distances: &[f64]) -> Vec<(f64, f64)> {
    (0..count)
        .map(|index| {
            let angle = (start + index as f64 * 360.0 / count as f64).to_radians();
            let distance = distances[index % distances.len()];
            (distance * angle.sin(), -distance * angle.cos())
        })
        .collect()
}

fn polygon(points: &[(f64, f64)]) -> String {
    let mut path = String::new();
    for (index, (x, y)) in points.iter().enumerate() {
        let command = if index == 0 { 'M' } else { 'L' };
        path.push_str(&format!("{command}{x:.1} {y:.1}"));
    }
    path.push('Z');
    path
}

/// The factor sizes are scaled by for a marker of `radius`: 1 for a roomy
/// marker, less for smaller ones, but not so little that an outline
/// vanishes.
fn scale(radius: f64) -> f64 {
    (radius / ROOMY_RADIUS).max(0.35)
}

/// The width of a marker's outline: the more support, the thicker (from
/// about 1 px to about 4 px on a phone for a roomy marker).
pub fn outline_width(radius: f64, support: u8) -> f64 {
    (2.5 + 2.0 * f64::from(support.min(4))) * scale(radius)
}

/// The dash pattern of a marker's outline: solid for no or little
/// conflict, dashed from 2 (and the badge from 3, `marks_high_conflict`).
pub fn outline_dash(radius: f64, conflict: u8) -> Option<String> {
    (conflict >= 2).then(|| {
        let scale = scale(radius);
        format!("{:.1} {:.1}", 13.0 * scale, 8.0 * scale)
    })
}

/// A lot of conflict: the marker also carries a "!" badge.
pub fn marks_high_conflict(conflict: u8) -> bool {
    conflict >= 3
}

/// The "!" badge of a marker: its centre (relative to the marker's) and
/// radius. With initials, a small disc on the shape's upper right corner;
/// on a marker too small for initials, the "!" takes the middle.
pub fn conflict_badge(radius: f64) -> (f64, f64, f64) {
    if shows_initials(radius) {
        let offset = 0.5 * radius;
        (offset, -offset, 0.27 * radius)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// The outline width of the conflict badge's disc.
pub fn conflict_badge_outline(radius: f64) -> f64 {
    2.0 * scale(radius)
}

/// The font size of the "!" in a conflict badge.
pub fn conflict_badge_font_size(radius: f64) -> f64 {
    if shows_initials(radius) {
        0.42 * radius
    } else {
        1.4 * radius
    }
}

/// The ring drawn around a selected marker: its radius and stroke width,
/// just inside the marker's disc.
pub fn selection_ring(radius: f64) -> (f64, f64) {
    let width = 8.0 * scale(radius);
    let (_, focus_width) = focus_ring(radius);
    (radius - focus_width - 0.5 - width / 2.0, width)
}

/// The ring drawn round a marker with the keyboard focus: at the disc's
/// edge, outside the selection ring, so both can show at once.
pub fn focus_ring(radius: f64) -> (f64, f64) {
    let width = 5.0 * scale(radius);
    (radius - width / 2.0, width)
}

pub fn shows_initials(radius: f64) -> bool {
    radius >= INITIALS_MIN_RADIUS
}

/// The font size of `initials` in a marker of `radius`: half the radius,
/// less if two wide letters would not fit inside the shape.
pub fn initials_font_size(initials: &str, radius: f64) -> f64 {
    let ems = estimated_text_width(initials, 1.0).max(1.0);
    (0.5 * radius).min(1.4 * radius * SHAPE_SCALE / ems)
}

/// The initials written inside a marker: the first letter of the first
/// word and of the last, so one or two, capitals where the script has
/// them ("Coach Lee" is "CL", "Dad" is "D", "שרה כהן" is "שכ").
/// Punctuation before a letter is skipped ("(Ann)" is "A"); an emoji
/// counts as a letter, with the modifiers and accents that belong to it.
/// Empty for a name with nothing to show.
pub fn initials(name: &str) -> String {
    let found: Vec<String> = name.split_whitespace().filter_map(initial_of).collect();
    match found.as_slice() {
        [] => String::new(),
        [only] => only.clone(),
        [first, .., last] => format!("{first}{last}"),
    }
}

/// The first letter, digit or pictograph of a word, with the accents,
/// variation selectors and skin tones that follow it.
fn initial_of(word: &str) -> Option<String> {
    let mut chars = word.chars().skip_while(|&c| !can_be_initial(c)).peekable();
    let first = chars.next()?;
    let mut upper = first.to_uppercase();
    // A capital that is more than one letter ("ß" is "SS") would be two
    // initials: keep the letter as written.
    let mut initial: String = match (upper.next(), upper.next()) {
        (Some(capital), None) => capital.to_string(),
        _ => first.to_string(),
    };
    while let Some(&next) = chars.peek() {
        if !belongs_to_previous(next) {
            break;
        }
        initial.push(next);
        chars.next();
    }
    Some(initial)
}

fn can_be_initial(c: char) -> bool {
    c.is_alphanumeric() || is_pictograph(c)
}

fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}') && !belongs_to_previous(c)
}

/// Characters that only change the one before them: combining accents,
/// variation selectors and skin tones.
pub fn belongs_to_previous(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0591}'..='\u{05C7}'
            | '\u{064B}'..='\u{065F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::relationship_map::layout::{CROWDED_RADIUS, MARKER_SIZES};

    #[test]
    fn initials_take_the_first_and_last_words() {
        assert_eq!(initials("Coach Lee"), "CL");
        assert_eq!(initials("Tom next door"), "TD");
        assert_eq!(initials("Dad"), "D");
        assert_eq!(initials("  maya  "), "M");
        assert_eq!(initials("Ann (Mum)"), "AM");
        assert_eq!(initials("Jean-Luc Picard"), "JP");
        assert_eq!(initials("שרה כהן"), "שכ");
        assert_eq!(initials("محمد علي"), "مع");
        assert_eq!(initials("李小龙"), "李");
        assert_eq!(initials("élodie"), "É");
        // "e" and a combining acute accent: the accent stays with it.
        assert_eq!(initials("e\u{301}mile"), "E\u{301}");
        assert_eq!(initials("straße ß"), "Sß");
        assert_eq!(initials("🌊 Bo"), "🌊B");
        assert_eq!(initials("👍🏽 Sam"), "👍🏽S");
        assert_eq!(initials("❤\u{FE0F}"), "❤\u{FE0F}");
        assert_eq!(initials("- & ?"), "");
        assert_eq!(initials(""), "");
        assert_eq!(initials("Room 101"), "R1");
    }

    /// The furthest any part of a marker reaches from its centre.
    fn furthest_drawn(kind: RelationshipKind, radius: f64) -> f64 {
        let shape = radius * SHAPE_SCALE * MarkerShape::for_kind(kind).reach()
            + outline_width(radius, 4) / 2.0;
        let (x, y, badge) = conflict_badge(radius);
        let (selection, selection_width) = selection_ring(radius);
        let (focus, focus_width) = focus_ring(radius);
        shape
            .max(x.hypot(y) + badge + conflict_badge_outline(radius) / 2.0)
            .max(selection + selection_width / 2.0)
            .max(focus + focus_width / 2.0)
    }

    #[test]
    fn everything_drawn_stays_inside_the_disc() {
        let radii = MARKER_SIZES
            .iter()
            .map(|size| size.radius)
            .chain([CROWDED_RADIUS]);
        for radius in radii {
            for kind in RelationshipKind::ALL {
                let reach = furthest_drawn(kind, radius);
                assert!(reach <= radius + 1e-9, "{kind:?} {radius}: {reach}");
            }
            // The selection ring shows outside the shape (but on the tiny
            // markers of a crowded ring, where it covers the shape's edge).
            let (selection, _) = selection_ring(radius);
            assert!(
                selection > radius * SHAPE_SCALE || radius == CROWDED_RADIUS,
                "{radius}"
            );
        }
    }

    #[test]
    fn the_shapes_differ_and_outlines_show_support_and_conflict() {
        let paths: Vec<String> = RelationshipKind::ALL
            .iter()
            .map(|&kind| shape_path(kind, ROOMY_RADIUS))
            .collect();
        for (index, path) in paths.iter().enumerate() {
            assert!(path.starts_with('M') && path.ends_with('Z'), "{path}");
            assert!(!paths[index + 1..].contains(path));
        }
        assert!(outline_width(ROOMY_RADIUS, 4) > 3.0 * outline_width(ROOMY_RADIUS, 0));
        assert_eq!(outline_dash(ROOMY_RADIUS, 1), None);
        assert!(outline_dash(ROOMY_RADIUS, 2).is_some());
        assert!(!marks_high_conflict(2) && marks_high_conflict(3));
    }

    #[test]
    fn initials_fit_their_shape() {
        for text in ["MW", "🌊🌊", "D", "李"] {
            let size = initials_font_size(text, ROOMY_RADIUS);
            let width = estimated_text_width(text, size);
            assert!(width <= 1.4 * ROOMY_RADIUS * SHAPE_SCALE + 1e-9, "{text}");
            assert!(size >= 0.4 * ROOMY_RADIUS, "{text}: {size}");
        }
        assert!(shows_initials(ROOMY_RADIUS) && !shows_initials(CROWDED_RADIUS));
    }
}
