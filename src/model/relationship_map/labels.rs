//! Where each person's name is written on the closeness circle, so that no
//! two names overlap each other, a marker, the "Me" circle or the edge of
//! the drawing.
//!
//! A label is a box of estimated size (see `estimated_text_width`: the
//! drawing has no font metrics, so the estimate errs wide) placed beside
//! its marker. Each label tries a fixed set of positions around its marker
//! (see `candidates`): right beside it first, in the direction pointing
//! away from the centre (across the ring, where the neighbours on the same
//! ring are not), then the other directions, then the same positions one
//! to four lines further out. The first position where the box touches
//! nothing already there is taken.
//!
//! Every whole name that fits is placed first, in the order of the
//! markers; only then are the names left over shortened, to the longest
//! start of the name plus an ellipsis that fits somewhere. A name with no
//! room even for `MIN_SHORTENED_CHARS` characters gets no label. The full
//! name stays in the marker's accessible name and in the list beside the
//! drawing.

use std::collections::BTreeMap;

use super::layout::{
    circular_distance, ring_name_baseline, MarkerPlacement, CENTRE, ME_RADIUS, RING_NAME_FONT_SIZE,
    VIEW_BOX_SIZE,
};
use super::{Person, PersonId, Ring};

/// The labels' font size in viewBox units (`.marker-label` in
/// style/map.css says the same, in px, which inside the SVG are viewBox
/// units): about 12 CSS px on a 360 px phone, where the drawing is as wide
/// as the screen and a unit is 0.36 px.
pub const LABEL_FONT_SIZE: f64 = 34.0;
/// The estimated height of a line of label text, from the top of the
/// tallest letter to the bottom of the deepest: generous, so accents and
/// descenders stay inside.
pub const LABEL_LINE_HEIGHT: f64 = 1.3 * LABEL_FONT_SIZE;
/// From the top of a label's box down to the text's baseline.
pub const LABEL_ASCENT: f64 = 1.0 * LABEL_FONT_SIZE;
/// The least space between a label and anything else.
pub const LABEL_GAP: f64 = 4.0;
/// A shortened name keeps at least this many characters (before the
/// ellipsis); with less room, the name is not written at all.
pub const MIN_SHORTENED_CHARS: usize = 3;
pub const ELLIPSIS: char = '…';

/// An axis-aligned box in viewBox units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl LabelBox {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn centre_x(&self) -> f64 {
        (self.left + self.right) / 2.0
    }

    /// True when the two boxes share some area (touching edges do not).
    pub fn intersects(&self, other: &LabelBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// True when the box and the disc of `radius` around (`x`, `y`) share
    /// some area.
    pub fn intersects_circle(&self, x: f64, y: f64, radius: f64) -> bool {
        let nearest_x = x.clamp(self.left, self.right);
        let nearest_y = y.clamp(self.top, self.bottom);
        (x - nearest_x).hypot(y - nearest_y) < radius
    }

    /// True when the box lies wholly inside the viewBox.
    pub fn is_inside_view_box(&self) -> bool {
        self.left >= 0.0
            && self.top >= 0.0
            && self.right <= VIEW_BOX_SIZE
            && self.bottom <= VIEW_BOX_SIZE
    }

    fn grown(&self, by: f64) -> LabelBox {
        LabelBox {
            left: self.left - by,
            top: self.top - by,
            right: self.right + by,
            bottom: self.bottom + by,
        }
    }
}

/// One person's label.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelPlacement {
    pub id: PersonId,
    /// What is written: the whole name, or its start and an ellipsis.
    pub text: String,
    pub shortened: bool,
    /// The text's estimated box.
    pub bounds: LabelBox,
    /// Where to draw the text, with `text-anchor="middle"`, relative to the
    /// marker's centre: the middle of the box and its baseline. (Middle,
    /// because `start` and `end` swap sides in right-to-left names.)
    pub dx: f64,
    pub dy: f64,
}

/// The width of `text` at `font_size`, estimated from classes of
/// characters rather than a font. Each class's width is at or above that
/// of nearly all its characters in DejaVu Sans, one of the widest common
/// sans-serif fonts (and Chromium's on Debian): lower-case Latin letters
/// are at most 0.64 em there (but m and w), capitals and other ASCII at
/// most 0.84 (but M and W). So a real name is rarely wider than its box,
/// and then only a little (a run of the widest letters of another script),
/// within the gap kept around every label.
pub fn estimated_text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(em_width).sum::<f64>() * font_size
}

fn em_width(c: char) -> f64 {
    match c {
        // Joiners, variation selectors, direction marks and isolates, and
        // combining accents take no room of their own.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{0300}'..='\u{036F}' => 0.0,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 1.0,
        'a'..='z' | ' ' | '.' | ',' | '\'' | '-' => 0.65,
        c if c.is_ascii() => 0.85,
        // Emoji and pictographs, often drawn wider than the font's em.
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' => 1.3,
        // East Asian wide and full-width characters.
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{20000}'..='\u{3FFFD}' => 1.0,
        _ => 0.8,
    }
}

/// Where a label goes around its marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spot {
    /// Centred on the line from the marker in this direction (degrees
    /// clockwise from the top, a multiple of 45): right beside it for
    /// 90 and 270, centred above or below for 0 and 180, off a corner for
    /// the diagonals.
    Towards(u16),
    /// Above (direction 0) or below (180), starting at the marker's left
    /// edge and running right.
    Rightward(u16),
    /// Above or below, ending at the marker's right edge.
    Leftward(u16),
}

impl Spot {
    fn direction(self) -> u16 {
        match self {
            Spot::Towards(direction) | Spot::Rightward(direction) | Spot::Leftward(direction) => {
                direction
            }
        }
    }
}

/// In order of preference when two spots point equally far from outward:
/// right, left, below, above, the diagonals, then the slid spots.
const SPOTS: [Spot; 12] = [
    Spot::Towards(90),
    Spot::Towards(270),
    Spot::Towards(180),
    Spot::Towards(0),
    Spot::Towards(135),
    Spot::Towards(45),
    Spot::Towards(225),
    Spot::Towards(315),
    Spot::Rightward(180),
    Spot::Leftward(180),
    Spot::Rightward(0),
    Spot::Leftward(0),
];

/// How far out the candidates go: beside the marker, then up to four
/// lines further. With names about 12 px high on a phone, twelve big
/// markers on one ring leave no room for names side by side; stepped out
/// line by line, the names stagger across the next ring instead.
const STEPS_OUT: usize = 5;

/// The box of a label `width` wide at `spot` around a marker at (`x`,
/// `y`), its nearest edge or corner `distance` from the marker's centre.
fn box_at(marker: &MarkerPlacement, spot: Spot, distance: f64, width: f64) -> LabelBox {
    let (x, y) = (marker.x, marker.y);
    let height = LABEL_LINE_HEIGHT;
    let diagonal = distance * std::f64::consts::FRAC_1_SQRT_2;
    let above = y - distance - height;
    let below = y + distance;
    // (left, top) of the box.
    let (left, top) = match spot {
        Spot::Towards(0) => (x - width / 2.0, above),
        Spot::Towards(45) => (x + diagonal, y - diagonal - height),
        Spot::Towards(90) => (x + distance, y - height / 2.0),
        Spot::Towards(135) => (x + diagonal, y + diagonal),
        Spot::Towards(180) => (x - width / 2.0, below),
        Spot::Towards(225) => (x - diagonal - width, y + diagonal),
        Spot::Towards(270) => (x - distance - width, y - height / 2.0),
        Spot::Towards(_) => (x - diagonal - width, y - diagonal - height),
        Spot::Rightward(direction) => (
            x - marker.radius,
            if direction == 0 { above } else { below },
        ),
        Spot::Leftward(direction) => (
            x + marker.radius - width,
            if direction == 0 { above } else { below },
        ),
    };
    LabelBox {
        left,
        top,
        right: left + width,
        bottom: top + height,
    }
}

/// The spots tried for a marker's label, best first, each with its
/// distance from the marker's centre: nearest first, and at one distance,
/// the spot pointing closest to away from the centre first (ties in the
/// order of `SPOTS`).
fn candidates(marker: &MarkerPlacement) -> Vec<(Spot, f64)> {
    let mut spots = SPOTS;
    spots.sort_by(|a, b| {
        circular_distance(f64::from(a.direction()), marker.angle)
            .total_cmp(&circular_distance(f64::from(b.direction()), marker.angle))
    });
    (0..STEPS_OUT)
        .flat_map(|step| {
            let distance = marker.radius + LABEL_GAP + step as f64 * LABEL_LINE_HEIGHT;
            spots.map(|spot| (spot, distance))
        })
        .collect()
}

/// The side of a square cell of the grid that `Obstacles` files things
/// in, so that a label is checked only against what is near it.
const CELL: f64 = 50.0;
const COLUMNS: usize = (VIEW_BOX_SIZE / CELL) as usize;

/// The grid cells from `low` to `high` along one axis, clamped to the
/// viewBox.
fn cell_span(low: f64, high: f64) -> std::ops::RangeInclusive<usize> {
    let cell = |value: f64| ((value / CELL).floor().max(0.0) as usize).min(COLUMNS - 1);
    cell(low)..=cell(high)
}

/// What a label must keep clear of: the markers and the labels placed so
/// far, each filed in every grid cell its area reaches.
struct Obstacles<'a> {
    markers: &'a [MarkerPlacement],
    labels: Vec<LabelBox>,
    /// Per cell (row by row), indices into `markers`.
    marker_cells: Vec<Vec<usize>>,
    /// Per cell, indices into `labels`.
    label_cells: Vec<Vec<usize>>,
}

impl<'a> Obstacles<'a> {
    fn new(markers: &'a [MarkerPlacement], ring_names: [&str; 3]) -> Obstacles<'a> {
        let mut obstacles = Obstacles {
            markers,
            labels: Vec::with_capacity(markers.len() + Ring::ALL.len()),
            marker_cells: vec![Vec::new(); COLUMNS * COLUMNS],
            label_cells: vec![Vec::new(); COLUMNS * COLUMNS],
        };
        // The rings' names come first, so no name is written over them.
        for (ring, name) in Ring::ALL.into_iter().zip(ring_names) {
            obstacles.add_label(ring_name_box(ring, name));
        }
        for (index, marker) in markers.iter().enumerate() {
            let square = LabelBox {
                left: marker.x - marker.radius,
                top: marker.y - marker.radius,
                right: marker.x + marker.radius,
                bottom: marker.y + marker.radius,
            };
            for cell in cells(&square) {
                obstacles.marker_cells[cell].push(index);
            }
        }
        obstacles
    }

    fn add_label(&mut self, bounds: LabelBox) {
        let index = self.labels.len();
        self.labels.push(bounds);
        for cell in cells(&bounds) {
            self.label_cells[cell].push(index);
        }
    }

    fn leaves_room_for(&self, bounds: &LabelBox) -> bool {
        if !bounds.is_inside_view_box() {
            return false;
        }
        // Less a rounding allowance, so that a box placed exactly
        // `LABEL_GAP` from its marker fits.
        let padded = bounds.grown(LABEL_GAP - 1e-6);
        if padded.intersects_circle(CENTRE, CENTRE, ME_RADIUS) {
            return false;
        }
        cells(&padded).all(|cell| {
            let clear_of_markers = self.marker_cells[cell].iter().all(|&index| {
                let marker = &self.markers[index];
                !padded.intersects_circle(marker.x, marker.y, marker.radius)
            });
            clear_of_markers
                && self.label_cells[cell]
                    .iter()
                    .all(|&index| !padded.intersects(&self.labels[index]))
        })
    }

    /// The first of `spots` around `marker` where a label `width` wide fits.
    fn first_fit(
        &self,
        marker: &MarkerPlacement,
        spots: &[(Spot, f64)],
        width: f64,
    ) -> Option<LabelBox> {
        spots
            .iter()
            .map(|&(spot, distance)| box_at(marker, spot, distance, width))
            .find(|bounds| self.leaves_room_for(bounds))
    }
}

/// The room kept for a ring's name (the words `name`) at the top of its
/// band.
pub fn ring_name_box(ring: Ring, name: &str) -> LabelBox {
    let (x, baseline) = ring_name_baseline(ring);
    let half_width = estimated_text_width(name, RING_NAME_FONT_SIZE) / 2.0;
    LabelBox {
        left: x - half_width,
        top: baseline - RING_NAME_FONT_SIZE,
        right: x + half_width,
        bottom: baseline + 0.3 * RING_NAME_FONT_SIZE,
    }
}

/// The grid cells a box reaches, row by row.
fn cells(bounds: &LabelBox) -> impl Iterator<Item = usize> {
    let columns = cell_span(bounds.left, bounds.right);
    cell_span(bounds.top, bounds.bottom)
        .flat_map(move |row| columns.clone().map(move |column| row * COLUMNS + column))
}

/// The first `count` characters of `name` and an ellipsis, without
/// whitespace or a joiner left hanging before the ellipsis; `None` if that
/// leaves nothing to show before the ellipsis.
pub fn shortened(name: &str, count: usize) -> Option<String> {
    let start: String = name.chars().take(count).collect();
    let mut text = start
        .trim_end_matches(|c: char| c.is_whitespace() || em_width(c) == 0.0)
        .to_string();
    if text.is_empty() {
        return None;
    }
    text.push(ELLIPSIS);
    Some(text)
}

fn placed(
    id: PersonId,
    marker: &MarkerPlacement,
    text: String,
    shortened: bool,
    bounds: LabelBox,
) -> LabelPlacement {
    LabelPlacement {
        id,
        text,
        shortened,
        bounds,
        dx: bounds.centre_x() - marker.x,
        dy: bounds.top + LABEL_ASCENT - marker.y,
    }
}

/// The labels for markers laid out by `layout::layout_map` (or
/// `layout_ring`), naming each marker's person from `people`, around the
/// rings' names (`ring_names`, as written, inner ring first). Returns at
/// most one label per marker, in the markers' order; a marker without a
/// person or without room has none. No two returned boxes intersect, none
/// intersects a marker, the Me circle or a ring's name (`ring_name_box`),
/// and all lie inside the viewBox.
pub fn place_labels(
    markers: &[MarkerPlacement],
    people: &[Person],
    ring_names: [&str; 3],
) -> Vec<LabelPlacement> {
    let names: BTreeMap<PersonId, &str> = people
        .iter()
        .map(|person| (person.id, person.name.trim()))
        .collect();
    let mut obstacles = Obstacles::new(markers, ring_names);
    let spots: Vec<Vec<(Spot, f64)>> = markers.iter().map(candidates).collect();
    let mut labels: Vec<Option<LabelPlacement>> = vec![None; markers.len()];

    // Whole names first.
    for (index, marker) in markers.iter().enumerate() {
        let Some(&name) = names.get(&marker.id).filter(|name| !name.is_empty()) else {
            continue;
        };
        let width = estimated_text_width(name, LABEL_FONT_SIZE);
        if let Some(bounds) = obstacles.first_fit(marker, &spots[index], width) {
            obstacles.add_label(bounds);
            labels[index] = Some(placed(marker.id, marker, name.to_string(), false, bounds));
        }
    }

    // Then the longest start of each name left over that fits. A longer
    // start is a wider box, which only ever collides more, so the longest
    // that fits is found by halving.
    for (index, marker) in markers.iter().enumerate() {
        if labels[index].is_some() {
            continue;
        }
        let Some(&name) = names.get(&marker.id).filter(|name| !name.is_empty()) else {
            continue;
        };
        let length = name.chars().count();
        if length <= MIN_SHORTENED_CHARS {
            continue;
        }
        let Some(shortest) = shortened(name, MIN_SHORTENED_CHARS) else {
            continue;
        };
        // Only the spots where the shortest start fits can take a longer
        // one, so the halving below tries only those.
        let shortest_width = estimated_text_width(&shortest, LABEL_FONT_SIZE);
        let viable: Vec<(Spot, f64)> = spots[index]
            .iter()
            .copied()
            .filter(|&(spot, distance)| {
                obstacles.leaves_room_for(&box_at(marker, spot, distance, shortest_width))
            })
            .collect();
        let Some(&(spot, distance)) = viable.first() else {
            continue;
        };
        let mut best = (shortest, box_at(marker, spot, distance, shortest_width));
        let fit = |count: usize| {
            let text = shortened(name, count)?;
            let width = estimated_text_width(&text, LABEL_FONT_SIZE);
            obstacles
                .first_fit(marker, &viable, width)
                .map(|bounds| (text, bounds))
        };
        let (mut fits, mut too_long) = (MIN_SHORTENED_CHARS, length);
        while too_long - fits > 1 {
            let middle = (fits + too_long) / 2;
            match fit(middle) {
                Some(found) => {
                    best = found;
                    fits = middle;
                }
                None => too_long = middle,
            }
        }
        let (text, bounds) = best;
        obstacles.add_label(bounds);
        labels[index] = Some(placed(marker.id, marker, text, true, bounds));
    }

    labels.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::relationship_map::edit::PersonDraft;
    use crate::model::relationship_map::layout::layout_map;
    use crate::model::relationship_map::{RelationshipMap, Ring};

    fn map_of(people: &[(&str, Ring, f64)]) -> RelationshipMap {
        let mut map = RelationshipMap::default();
        for &(name, ring, angle) in people {
            let draft = PersonDraft {
                name: name.into(),
                ring,
                angle: Some(angle),
                ..PersonDraft::default()
            };
            map.add_person(&draft).unwrap();
        }
        map
    }

    const RING_NAMES: [&str; 3] = ["Closest", "Close", "Further away"];

    fn labels_of(map: &RelationshipMap) -> Vec<LabelPlacement> {
        place_labels(&layout_map(&map.people), &map.people, RING_NAMES)
    }

    #[test]
    fn a_lone_label_sits_beside_its_marker_away_from_the_centre() {
        let map = map_of(&[("Ann", Ring::Close, 90.0)]);
        let marker = layout_map(&map.people)[0];
        let labels = labels_of(&map);
        assert_eq!(labels.len(), 1);
        let label = &labels[0];
        assert_eq!(label.text, "Ann");
        assert!(!label.shortened);
        // On the right of the circle, the label is to the right.
        assert!((label.bounds.left - (marker.x + marker.radius + LABEL_GAP)).abs() < 1e-9);
        assert!((label.bounds.centre_x() - (marker.x + label.dx)).abs() < 1e-9);
        // The baseline is inside the box, nearer its bottom.
        let baseline = marker.y + label.dy;
        assert!(baseline > label.bounds.top && baseline < label.bounds.bottom);
        // On the left, to the left; at the bottom, below.
        let map = map_of(&[("Bo", Ring::Close, 270.0), ("Cy", Ring::Close, 180.0)]);
        let markers = layout_map(&map.people);
        let labels = labels_of(&map);
        let at_bottom = markers.iter().position(|m| m.angle == 180.0).unwrap();
        let on_left = 1 - at_bottom;
        assert!(labels[on_left].bounds.right <= markers[on_left].x - markers[on_left].radius);
        assert!(labels[at_bottom].bounds.top >= markers[at_bottom].y + markers[at_bottom].radius);
        // At the top, not over the name of the ring above the marker: beside it.
        let map = map_of(&[("Cy", Ring::Close, 0.0)]);
        let label = &labels_of(&map)[0];
        assert!(!label
            .bounds
            .intersects(&ring_name_box(Ring::Close, RING_NAMES[1])));
        assert!(label.bounds.left > CENTRE || label.bounds.right < CENTRE);
    }

    #[test]
    fn names_are_shortened_only_where_there_is_no_room() {
        // Alone, a long name is written whole.
        let long = "Bartholomew Fitzgerald-Smythe";
        let map = map_of(&[(long, Ring::Close, 180.0)]);
        assert_eq!(labels_of(&map)[0].text, long);
        // A full ring of long names: some are shortened, and each
        // shortened one starts like its name and ends in an ellipsis.
        let people: Vec<(String, Ring, f64)> = (0..30)
            .map(|index| (format!("{long} {index}"), Ring::Closest, 0.0))
            .collect();
        let borrowed: Vec<(&str, Ring, f64)> = people
            .iter()
            .map(|(name, ring, angle)| (name.as_str(), *ring, *angle))
            .collect();
        let map = map_of(&borrowed);
        let labels = labels_of(&map);
        let shortened_labels: Vec<&LabelPlacement> =
            labels.iter().filter(|l| l.shortened).collect();
        assert!(!shortened_labels.is_empty());
        for label in shortened_labels {
            let name = &map.person(label.id).unwrap().name;
            let start = label.text.trim_end_matches(ELLIPSIS);
            assert!(label.text.ends_with(ELLIPSIS));
            assert!(name.starts_with(start) && start.chars().count() >= MIN_SHORTENED_CHARS);
        }
    }

    #[test]
    fn shortening_leaves_no_space_or_joiner_before_the_ellipsis() {
        assert_eq!(shortened("Ann Lee", 4).unwrap(), "Ann…");
        assert_eq!(shortened("👩\u{200D}👩", 2).unwrap(), "👩…");
        assert_eq!(shortened("\u{200F}\u{200F} Ann", 3), None);
    }

    #[test]
    fn wide_and_invisible_characters_are_estimated_apart() {
        let width = |text: &str| estimated_text_width(text, 10.0);
        assert!(width("WWW") > width("iii"));
        assert!(width("李小龙") > width("abc"));
        assert!(width("🌊") > width("a"));
        assert_eq!(width("a\u{200D}\u{FE0F}\u{202E}"), width("a"));
        assert_eq!(width(""), 0.0);
    }

    #[test]
    fn boxes_know_when_they_meet() {
        let a = LabelBox {
            left: 0.0,
            top: 0.0,
            right: 10.0,
            bottom: 10.0,
        };
        let touching = LabelBox {
            left: 10.0,
            top: 0.0,
            right: 20.0,
            bottom: 10.0,
        };
        let overlapping = LabelBox {
            left: 9.0,
            top: 9.0,
            right: 20.0,
            bottom: 20.0,
        };
        assert!(!a.intersects(&touching) && a.intersects(&overlapping));
        assert!(a.intersects_circle(15.0, 5.0, 6.0));
        assert!(!a.intersects_circle(15.0, 5.0, 5.0));
        // Off a corner: the nearest point is the corner.
        assert!(!a.intersects_circle(13.0, 14.0, 4.9));
        assert!(a.intersects_circle(13.0, 14.0, 5.1));
    }
}
