//! Coordinate maths for the closeness circle, drawn in an SVG with a square
//! viewBox `0 0 1000 1000` whose centre (500, 500) is "Me".
//!
//! The geometry, in viewBox units:
//!
//! ```text
//!   Me circle        radius 0 .. 72
//!   Closest ring     radius 72 .. 208   (band centre 140)
//!   Close ring       radius 208 .. 344  (band centre 276)
//!   Further away     radius 344 .. 480  (band centre 412)
//! ```
//!
//! leaving a margin of 20 inside the viewBox. On a phone the drawing is as
//! wide as the screen (360 CSS px), so one unit is about 0.36 px there. The
//! bands are equally wide, 136 units, because each must hold the largest
//! marker, the "roomy" one of radius 66 (about 47 px across on that phone,
//! more than the 44 px a thumb needs).
//!
//! Angles are in degrees from the top (12 o'clock), clockwise, as a person
//! reads a clock face; SVG's y axis points down.
//!
//! Markers are discs (`MarkerPlacement::radius`; whatever shape is drawn
//! stays inside the disc), and every marker lies wholly inside its ring's
//! band. Bands do not overlap, so markers in different rings never
//! overlap, none covers the Me circle and all are inside the viewBox. All
//! the markers of one ring have the same size, chosen by how many people
//! the ring holds, and `layout_ring` keeps them at least two radii apart:
//!
//! - While the ring is not crowded (up to `single_track_capacity` people),
//!   all markers sit on the band's centre line, each as close to its stored
//!   angle as the spacing allows: a marker dropped in an empty part of the
//!   ring stays where it was dropped. The size is the largest of
//!   `MARKER_SIZES` that fits them all with its spacing, so a few people
//!   get big markers (up to `roomy_capacity`, at least 12 on the two outer
//!   rings), and more people get smaller ones rather than a sudden jump
//!   from big to tiny.
//! - When crowded, the markers are small (`CROWDED_RADIUS`), the band is
//!   split into up to five concentric tracks at least two radii apart, and
//!   the markers are spread evenly around them in the order of their stored
//!   angles, `CROWDED_SPACING` apart. Every ring holds at least
//!   `GUARANTEED_PER_RING` people this way (see `ring_capacity`).
//!
//! The names beside the markers are placed afterwards, by `labels`.

use std::f64::consts::PI;

use super::{Person, PersonId, Ring};

/// The width and height of the square viewBox.
pub const VIEW_BOX_SIZE: f64 = 1000.0;
/// The x and y of the centre of the viewBox.
pub const CENTRE: f64 = VIEW_BOX_SIZE / 2.0;
/// The radius of the "Me" circle at the centre.
pub const ME_RADIUS: f64 = 72.0;
/// The width of each ring's band.
pub const BAND_WIDTH: f64 = 136.0;

/// One size of marker for an uncrowded ring: its radius, and the distance
/// between neighbouring centres on the ring.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkerSize {
    pub radius: f64,
    pub spacing: f64,
}

/// The sizes an uncrowded ring's markers may have, largest first. The
/// first, roomy one is at least 44 CSS px across on a 360 px phone (66
/// units at 0.36 px, with a little to spare for a scroll bar); its spacing
/// leaves a gap between neighbours and lets 12 people share the close and
/// the outer ring. The smaller sizes keep labels readable as a ring fills
/// (their spacing is a little more than two radii plus a gap).
pub const MARKER_SIZES: [MarkerSize; 4] = [
    MarkerSize {
        radius: 66.0,
        spacing: 142.0,
    },
    MarkerSize {
        radius: 46.0,
        spacing: 100.0,
    },
    MarkerSize {
        radius: 30.0,
        spacing: 68.0,
    },
    MarkerSize {
        radius: 18.0,
        spacing: 44.0,
    },
];
/// The radius of a roomy marker, the largest.
pub const ROOMY_RADIUS: f64 = MARKER_SIZES[0].radius;
/// The radius of a marker on a crowded ring.
pub const CROWDED_RADIUS: f64 = 12.0;
/// Centre-to-centre distance of neighbouring markers on a crowded ring: a
/// little more than a marker's width, so they do not touch.
pub const CROWDED_SPACING: f64 = 2.0 * CROWDED_RADIUS + 2.0;
/// The most radial distance between two tracks of a crowded ring, so that a
/// ring with two or three tracks keeps them near its centre line. (The least
/// is two marker radii.)
pub const MAX_TRACK_GAP: f64 = 36.0;
/// How many people each ring can hold without any two markers overlapping.
pub const GUARANTEED_PER_RING: usize = 150;

/// The font size of the rings' names, written at the top of each band, and
/// of "Me", in viewBox units (style/map.css says the same).
pub const RING_NAME_FONT_SIZE: f64 = 28.0;
pub const ME_FONT_SIZE: f64 = 32.0;

/// Where one person's marker is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkerPlacement {
    pub id: PersonId,
    pub x: f64,
    pub y: f64,
    /// The radius of the marker's disc: everything drawn for the marker
    /// (shape, outline, selection ring) stays inside it, and it is what a
    /// finger can press.
    pub radius: f64,
    /// The angle it is drawn at (degrees, clockwise from the top), which may
    /// differ from the stored angle to keep markers apart; useful to place
    /// the label.
    pub angle: f64,
    /// 0 on an uncrowded ring (the band's centre line); on a crowded ring
    /// the track counted from the inside, 0 innermost.
    pub track: usize,
}

/// The radius where a ring's band starts (the inner edge).
pub fn ring_inner_radius(ring: Ring) -> f64 {
    match ring {
        Ring::Closest => ME_RADIUS,
        Ring::Close => ME_RADIUS + BAND_WIDTH,
        Ring::FurtherAway => ME_RADIUS + 2.0 * BAND_WIDTH,
    }
}

/// The radius where a ring's band ends (the outer edge, drawn as a circle).
pub fn ring_outer_radius(ring: Ring) -> f64 {
    match ring.outward() {
        Some(next) => ring_inner_radius(next),
        None => ME_RADIUS + 3.0 * BAND_WIDTH,
    }
}

/// The centre line of a ring's band, where uncrowded markers sit.
pub fn ring_centre_radius(ring: Ring) -> f64 {
    (ring_inner_radius(ring) + ring_outer_radius(ring)) / 2.0
}

/// Where a ring's name is written (the middle of its baseline): at the top
/// of its band, just inside the outer edge.
pub fn ring_name_baseline(ring: Ring) -> (f64, f64) {
    point_at(ring_outer_radius(ring) - 10.0, 0.0)
}

/// Brings any angle into `0.0..360.0`, rounded to a hundredth of a degree
/// (finer than a pixel, and it keeps saved documents short and exactly
/// round-trippable through JSON). Anything not finite becomes 0.
pub fn normalize_angle(angle: f64) -> f64 {
    if !angle.is_finite() {
        return 0.0;
    }
    let rounded = (angle.rem_euclid(360.0) * 100.0).round() / 100.0;
    if rounded >= 360.0 {
        0.0
    } else {
        rounded
    }
}

/// The viewBox point at `radius` from the centre, at `angle` degrees
/// clockwise from the top.
pub fn point_at(radius: f64, angle: f64) -> (f64, f64) {
    let radians = angle.to_radians();
    (
        CENTRE + radius * radians.sin(),
        CENTRE - radius * radians.cos(),
    )
}

/// Where a lone marker at `angle` is drawn in `ring`: on the band's centre
/// line. (With other people in the ring, use `layout_ring`.)
pub fn marker_position(ring: Ring, angle: f64) -> (f64, f64) {
    point_at(ring_centre_radius(ring), angle)
}

/// The angle of a viewBox point around the centre, normalised as
/// `normalize_angle` does; 0 for the centre itself.
pub fn angle_from_point(x: f64, y: f64) -> f64 {
    let (dx, dy) = (x - CENTRE, y - CENTRE);
    if dx == 0.0 && dy == 0.0 {
        return 0.0;
    }
    normalize_angle(dx.atan2(-dy).to_degrees())
}

/// The ring whose band holds a viewBox point, for drag and drop: a point on
/// the Me circle counts as the closest ring, and a point beyond the outer
/// edge (or outside the viewBox) as the furthest.
pub fn ring_from_point(x: f64, y: f64) -> Ring {
    let distance = (x - CENTRE).hypot(y - CENTRE);
    Ring::ALL
        .into_iter()
        .find(|&ring| distance < ring_outer_radius(ring))
        .unwrap_or(Ring::FurtherAway)
}

/// The angle between neighbours on a circle of `radius` whose centres are
/// `spacing` apart (the chord), in degrees.
fn angle_for_chord(radius: f64, spacing: f64) -> f64 {
    if spacing >= 2.0 * radius {
        360.0
    } else {
        2.0 * (spacing / (2.0 * radius)).asin().to_degrees()
    }
}

/// How many markers fit around a circle of `radius` with centres at least
/// `spacing` apart.
fn track_capacity(radius: f64, spacing: f64) -> usize {
    if spacing >= 2.0 * radius {
        return 1;
    }
    // Rounded down, so the chord is never shorter than `spacing`.
    (PI / (spacing / (2.0 * radius)).asin()).floor() as usize
}

/// How many people fit on the centre line of a ring with markers of `size`.
fn size_capacity(ring: Ring, size: MarkerSize) -> usize {
    track_capacity(ring_centre_radius(ring), size.spacing)
}

/// How many people a ring holds with roomy markers (the largest size).
pub fn roomy_capacity(ring: Ring) -> usize {
    size_capacity(ring, MARKER_SIZES[0])
}

/// How many people fit on the centre line of a ring with room for labels
/// (with the smallest of `MARKER_SIZES`); with more, the ring is crowded.
pub fn single_track_capacity(ring: Ring) -> usize {
    size_capacity(ring, MARKER_SIZES[MARKER_SIZES.len() - 1])
}

/// The size of the markers of a ring holding `count` people: the largest
/// that fits them all on the centre line, or `None` when the ring is
/// crowded.
pub fn marker_size(ring: Ring, count: usize) -> Option<MarkerSize> {
    MARKER_SIZES
        .into_iter()
        .find(|&size| count <= size_capacity(ring, size))
}

/// The radius of the markers of a ring holding `count` people.
pub fn marker_radius(ring: Ring, count: usize) -> f64 {
    marker_size(ring, count).map_or(CROWDED_RADIUS, |size| size.radius)
}

/// True when `count` people in `ring` are too many for labels beside every
/// marker, and the markers are spread over several tracks.
pub fn is_crowded(ring: Ring, count: usize) -> bool {
    count > single_track_capacity(ring)
}

/// One step around a ring for keyboard moves (`move_around`): the angle
/// between neighbours on an uncrowded ring of the smallest size, in
/// degrees (small enough to pass one neighbour at a time at any size).
pub fn slot_degrees(ring: Ring) -> f64 {
    360.0 / single_track_capacity(ring) as f64
}

/// The band a marker's centre may use: markers stay wholly inside the band.
fn usable_band(ring: Ring) -> (f64, f64) {
    (
        ring_inner_radius(ring) + CROWDED_RADIUS,
        ring_outer_radius(ring) - CROWDED_RADIUS,
    )
}

/// The most tracks a ring's band holds with tracks two marker radii apart.
pub fn max_tracks(ring: Ring) -> usize {
    let (inner, outer) = usable_band(ring);
    ((outer - inner) / (2.0 * CROWDED_RADIUS)).floor() as usize + 1
}

/// The radii of `count` tracks in a ring (1 to `max_tracks`), innermost
/// first, centred on the band's centre line and at least two marker radii
/// apart.
fn track_radii(ring: Ring, count: usize) -> Vec<f64> {
    let centre = ring_centre_radius(ring);
    if count <= 1 {
        return vec![centre];
    }
    let (inner, outer) = usable_band(ring);
    let gap = ((outer - inner) / (count - 1) as f64).min(MAX_TRACK_GAP);
    let middle = (count - 1) as f64 / 2.0;
    (0..count)
        .map(|track| centre + (track as f64 - middle) * gap)
        .collect()
}

/// How many people a ring holds, crowded, with all its tracks in use.
pub fn ring_capacity(ring: Ring) -> usize {
    track_radii(ring, max_tracks(ring))
        .into_iter()
        .map(|radius| track_capacity(radius, CROWDED_SPACING))
        .sum()
}

/// The display positions of the people in one ring, given as `(id, stored
/// angle)` in any order. Returned in the order of the stored angles (ties by
/// id). No two markers overlap for up to `ring_capacity(ring)` people; past
/// that, markers are still all placed, but some overlap.
pub fn layout_ring(ring: Ring, people: &[(PersonId, f64)]) -> Vec<MarkerPlacement> {
    let mut sorted: Vec<(PersonId, f64)> = people
        .iter()
        .map(|&(id, angle)| (id, normalize_angle(angle)))
        .collect();
    sorted.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let stored: Vec<f64> = sorted.iter().map(|&(_, angle)| angle).collect();

    if let Some(size) = marker_size(ring, sorted.len()) {
        let radius = ring_centre_radius(ring);
        let gap = angle_for_chord(radius, size.spacing);
        let angles = spread(&stored, gap);
        return sorted
            .iter()
            .zip(angles)
            .map(|(&(id, _), angle)| placement(id, radius, angle, 0, size.radius))
            .collect();
    }

    let slots = crowded_slots(ring, sorted.len());
    let slot_angles: Vec<f64> = slots.iter().map(|slot| slot.0).collect();
    let shift = best_cyclic_shift(&stored, &slot_angles);
    sorted
        .iter()
        .enumerate()
        .map(|(index, &(id, _))| {
            let (angle, radius, track) = slots[(index + shift) % slots.len()];
            placement(id, radius, angle, track, CROWDED_RADIUS)
        })
        .collect()
}

/// `layout_ring` for every ring of the map.
pub fn layout_map(people: &[Person]) -> Vec<MarkerPlacement> {
    Ring::ALL
        .into_iter()
        .flat_map(|ring| {
            let members: Vec<(PersonId, f64)> = people
                .iter()
                .filter(|person| person.ring == ring)
                .map(|person| (person.id, person.angle))
                .collect();
            layout_ring(ring, &members)
        })
        .collect()
}

fn placement(
    id: PersonId,
    distance: f64,
    angle: f64,
    track: usize,
    radius: f64,
) -> MarkerPlacement {
    let (x, y) = point_at(distance, angle);
    MarkerPlacement {
        id,
        x,
        y,
        radius,
        angle,
        track,
    }
}

/// Display angles for markers on one circle, given their stored angles in
/// ascending order in `0.0..360.0`: neighbours at least `gap` degrees apart,
/// the order kept, and the sum of squared moves as small as possible. Needs
/// `angles.len() as f64 * gap <= 360.0`.
///
/// The circle is cut at the widest empty gap, and the markers are then
/// spread along that line: with `b[k] = a[k] - k * gap`, keeping `gap`
/// between neighbours means `b` must not decrease, and the closest
/// non-decreasing sequence is found by pool-adjacent-violators (merging
/// neighbouring groups whose means are out of order). If the result would
/// close up across the cut, they are spread evenly instead.
fn spread(angles: &[f64], gap: f64) -> Vec<f64> {
    let count = angles.len();
    if count <= 1 {
        return angles.to_vec();
    }
    // The marker just after the widest gap (going clockwise) comes first.
    let first = (0..count)
        .max_by(|&a, &b| {
            gap_before(angles, a)
                .total_cmp(&gap_before(angles, b))
                .then(b.cmp(&a))
        })
        .unwrap_or(0);
    let unwrapped: Vec<f64> = (0..count)
        .map(|k| {
            let index = (first + k) % count;
            angles[index] + if first + k >= count { 360.0 } else { 0.0 }
        })
        .collect();

    // Pool adjacent violators on b[k] = a[k] - k * gap: groups of (sum, len).
    let mut groups: Vec<(f64, usize)> = Vec::with_capacity(count);
    for (k, angle) in unwrapped.iter().enumerate() {
        groups.push((angle - k as f64 * gap, 1));
        while groups.len() >= 2 {
            let (sum_b, len_b) = groups[groups.len() - 1];
            let (sum_a, len_a) = groups[groups.len() - 2];
            if sum_a / len_a as f64 <= sum_b / len_b as f64 {
                break;
            }
            groups.pop();
            let last = groups.len() - 1;
            groups[last] = (sum_a + sum_b, len_a + len_b);
        }
    }
    let spread_out: Vec<f64> = groups
        .iter()
        .flat_map(|&(sum, len)| std::iter::repeat_n(sum / len as f64, len))
        .enumerate()
        .map(|(k, b)| b + k as f64 * gap)
        .collect();

    if spread_out[count - 1] - spread_out[0] > 360.0 - gap {
        return spread_evenly(angles);
    }
    let mut result = vec![0.0; count];
    for (k, angle) in spread_out.into_iter().enumerate() {
        result[(first + k) % count] = angle.rem_euclid(360.0);
    }
    result
}

/// The empty arc before `angles[index]`, going clockwise from the one before.
fn gap_before(angles: &[f64], index: usize) -> f64 {
    let count = angles.len();
    let previous = angles[(index + count - 1) % count];
    (angles[index] - previous).rem_euclid(360.0)
}

/// Evenly spaced angles in the same order, turned as a whole to sit as close
/// as possible to the stored ones.
fn spread_evenly(angles: &[f64]) -> Vec<f64> {
    let step = 360.0 / angles.len() as f64;
    // The circular mean of how far each stored angle is from its even place.
    let (sin_sum, cos_sum) = angles
        .iter()
        .enumerate()
        .map(|(k, angle)| (angle - k as f64 * step).to_radians())
        .fold((0.0, 0.0), |(s, c), offset| {
            (s + offset.sin(), c + offset.cos())
        });
    let offset = if sin_sum.hypot(cos_sum) < 1e-9 {
        angles[0]
    } else {
        sin_sum.atan2(cos_sum).to_degrees()
    };
    (0..angles.len())
        .map(|k| (offset + k as f64 * step).rem_euclid(360.0))
        .collect()
}

/// The places on a crowded ring for `count` people, as `(angle, radius,
/// track)` sorted by angle: the fewest tracks that hold them all, people
/// shared out between tracks in proportion to how many each holds, evenly
/// spaced on each track, and each track turned a little against the last
/// so that neighbours stagger.
fn crowded_slots(ring: Ring, count: usize) -> Vec<(f64, f64, usize)> {
    let capacities = |tracks: usize| -> Vec<usize> {
        track_radii(ring, tracks)
            .into_iter()
            .map(|radius| track_capacity(radius, CROWDED_SPACING))
            .collect()
    };
    let track_count = (2..=max_tracks(ring))
        .find(|&tracks| capacities(tracks).iter().sum::<usize>() >= count)
        .unwrap_or(max_tracks(ring));
    let radii = track_radii(ring, track_count);
    let shares = share_out(count, &capacities(track_count));

    let mut slots = Vec::with_capacity(count);
    for (track, (&radius, &share)) in radii.iter().zip(&shares).enumerate() {
        if share == 0 {
            continue;
        }
        let step = 360.0 / share as f64;
        let offset = step * track as f64 / track_count as f64;
        for place in 0..share {
            slots.push((
                (offset + place as f64 * step).rem_euclid(360.0),
                radius,
                track,
            ));
        }
    }
    slots.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
    slots
}

/// Shares `count` out in proportion to `capacities` (largest remainders get
/// the rest), never giving a track more than it holds while they all fit.
fn share_out(count: usize, capacities: &[usize]) -> Vec<usize> {
    let total: usize = capacities.iter().sum();
    if total == 0 {
        return vec![0; capacities.len()];
    }
    let fits = count <= total;
    let mut shares: Vec<usize> = capacities
        .iter()
        .map(|&capacity| count * capacity / total)
        .collect();
    let mut by_remainder: Vec<usize> = (0..capacities.len()).collect();
    by_remainder.sort_by_key(|&track| std::cmp::Reverse((count * capacities[track]) % total));
    let mut left = count - shares.iter().sum::<usize>();
    while left > 0 {
        let mut gave = false;
        for &track in &by_remainder {
            if left > 0 && (!fits || shares[track] < capacities[track]) {
                shares[track] += 1;
                left -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    shares
}

/// The rotation of the slots (slot `(i + shift) % n` for the i-th person)
/// that moves people least from their stored angles, both sorted.
fn best_cyclic_shift(stored: &[f64], slots: &[f64]) -> usize {
    let count = stored.len().min(slots.len());
    (0..count)
        .min_by(|&a, &b| shift_cost(stored, slots, a).total_cmp(&shift_cost(stored, slots, b)))
        .unwrap_or(0)
}

fn shift_cost(stored: &[f64], slots: &[f64], shift: usize) -> f64 {
    stored
        .iter()
        .enumerate()
        .map(|(index, &angle)| {
            let distance = circular_distance(angle, slots[(index + shift) % slots.len()]);
            distance * distance
        })
        .sum()
}

/// The shorter way round between two angles, in degrees (0 to 180).
pub fn circular_distance(a: f64, b: f64) -> f64 {
    let difference = (a - b).rem_euclid(360.0);
    difference.min(360.0 - difference)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &MarkerPlacement, b: &MarkerPlacement) -> f64 {
        (a.x - b.x).hypot(a.y - b.y)
    }

    fn ids(count: u64) -> Vec<PersonId> {
        (0..count).map(PersonId).collect()
    }

    #[test]
    fn bands_touch_in_order_and_fit_the_view_box() {
        assert_eq!(ring_inner_radius(Ring::Closest), ME_RADIUS);
        for pair in Ring::ALL.windows(2) {
            assert_eq!(ring_outer_radius(pair[0]), ring_inner_radius(pair[1]));
        }
        assert!(ring_outer_radius(Ring::FurtherAway) <= CENTRE - 20.0);
        for ring in Ring::ALL {
            assert!(ring_centre_radius(ring) > ring_inner_radius(ring));
            // Every size of marker fits its band on the centre line.
            let half_band = (ring_outer_radius(ring) - ring_inner_radius(ring)) / 2.0;
            for size in MARKER_SIZES {
                assert!(size.radius <= half_band, "{ring:?} {size:?}");
                assert!(size.spacing >= 2.0 * size.radius, "{size:?}");
            }
        }
    }

    #[test]
    fn every_ring_holds_the_guaranteed_number_of_people() {
        for ring in Ring::ALL {
            assert!(ring_capacity(ring) >= GUARANTEED_PER_RING, "{ring:?}");
            assert!(single_track_capacity(ring) >= 12, "{ring:?}");
            // Each smaller size holds more people than the one before.
            for pair in MARKER_SIZES.windows(2) {
                assert!(size_capacity(ring, pair[1]) > size_capacity(ring, pair[0]));
            }
        }
        // Issue 16: twelve people on the close or the outer ring keep
        // roomy markers.
        for ring in [Ring::Close, Ring::FurtherAway] {
            assert!(roomy_capacity(ring) >= 12, "{ring:?}");
        }
    }

    #[test]
    fn angles_are_clockwise_from_the_top() {
        let (x, y) = point_at(100.0, 0.0);
        assert!((x - 500.0).abs() < 1e-9 && (y - 400.0).abs() < 1e-9);
        let (x, y) = point_at(100.0, 90.0);
        assert!((x - 600.0).abs() < 1e-9 && (y - 500.0).abs() < 1e-9);
        assert_eq!(angle_from_point(500.0, 900.0), 180.0);
        assert_eq!(angle_from_point(100.0, 500.0), 270.0);
        assert_eq!(angle_from_point(500.0, 500.0), 0.0);
    }

    #[test]
    fn a_marker_position_reads_back_as_its_ring_and_angle() {
        for ring in Ring::ALL {
            for angle in [0.0, 12.5, 90.0, 181.25, 359.99] {
                let (x, y) = marker_position(ring, angle);
                assert_eq!(ring_from_point(x, y), ring);
                assert!(circular_distance(angle_from_point(x, y), angle) < 0.011);
            }
        }
    }

    #[test]
    fn points_in_the_middle_or_outside_go_to_the_edge_rings() {
        assert_eq!(ring_from_point(500.0, 500.0), Ring::Closest);
        assert_eq!(ring_from_point(500.0, 440.0), Ring::Closest);
        assert_eq!(ring_from_point(500.0, 500.0 - 300.0), Ring::Close);
        assert_eq!(ring_from_point(0.0, 0.0), Ring::FurtherAway);
        assert_eq!(ring_from_point(-5000.0, 20.0), Ring::FurtherAway);
    }

    #[test]
    fn angles_normalise_into_one_turn() {
        assert_eq!(normalize_angle(-90.0), 270.0);
        assert_eq!(normalize_angle(720.0), 0.0);
        assert_eq!(normalize_angle(359.999), 0.0);
        assert_eq!(normalize_angle(12.3456), 12.35);
        assert_eq!(normalize_angle(f64::NAN), 0.0);
        assert_eq!(normalize_angle(f64::INFINITY), 0.0);
    }

    #[test]
    fn markers_far_apart_stay_where_they_were_put() {
        let people = [
            (PersonId(1), 10.0),
            (PersonId(2), 100.0),
            (PersonId(3), 250.0),
        ];
        let placed = layout_ring(Ring::Close, &people);
        let angles: Vec<f64> = placed.iter().map(|p| p.angle).collect();
        assert_eq!(angles, [10.0, 100.0, 250.0]);
        assert!(placed.iter().all(|p| p.track == 0));
    }

    #[test]
    fn markers_on_the_same_spot_are_pushed_apart_around_it_in_order() {
        let people = [
            (PersonId(2), 90.0),
            (PersonId(1), 90.0),
            (PersonId(3), 90.0),
        ];
        let placed = layout_ring(Ring::Closest, &people);
        let order: Vec<PersonId> = placed.iter().map(|p| p.id).collect();
        assert_eq!(order, ids(4)[1..]);
        let gap = angle_for_chord(ring_centre_radius(Ring::Closest), MARKER_SIZES[0].spacing);
        assert!(placed.iter().all(|p| p.radius == ROOMY_RADIUS));
        assert!((placed[1].angle - 90.0).abs() < 1e-9);
        assert!((placed[0].angle - (90.0 - gap)).abs() < 1e-9);
        assert!((placed[2].angle - (90.0 + gap)).abs() < 1e-9);
    }

    #[test]
    fn a_cluster_across_the_top_spreads_across_the_top() {
        let people = [(PersonId(1), 359.0), (PersonId(2), 1.0)];
        let placed = layout_ring(Ring::Closest, &people);
        let gap = angle_for_chord(ring_centre_radius(Ring::Closest), MARKER_SIZES[0].spacing);
        // Sorted by stored angle: 1.0 first, then 359.0.
        assert_eq!(placed[0].id, PersonId(2));
        assert!(circular_distance(placed[0].angle, gap / 2.0) < 1e-9);
        assert!(circular_distance(placed[1].angle, 360.0 - gap / 2.0) < 1e-9);
    }

    #[test]
    fn a_full_single_track_keeps_its_spacing() {
        for ring in Ring::ALL {
            let count = single_track_capacity(ring);
            let people: Vec<(PersonId, f64)> =
                ids(count as u64).into_iter().map(|id| (id, 45.0)).collect();
            let placed = layout_ring(ring, &people);
            assert!(placed.iter().all(|p| p.track == 0));
            let spacing = MARKER_SIZES[MARKER_SIZES.len() - 1].spacing;
            for (i, a) in placed.iter().enumerate() {
                for b in &placed[i + 1..] {
                    assert!(distance(a, b) >= spacing - 1e-6, "{ring:?}");
                }
            }
        }
    }

    #[test]
    fn a_crowded_ring_uses_tracks_and_keeps_markers_apart() {
        for ring in Ring::ALL {
            for count in [single_track_capacity(ring) + 1, GUARANTEED_PER_RING] {
                let people: Vec<(PersonId, f64)> = ids(count as u64)
                    .into_iter()
                    .map(|id| (id, (id.0 * 7 % 360) as f64))
                    .collect();
                let placed = layout_ring(ring, &people);
                assert_eq!(placed.len(), count);
                assert!(placed.iter().any(|p| p.track > 0));
                assert!(placed.iter().all(|p| p.radius == CROWDED_RADIUS));
                for (i, a) in placed.iter().enumerate() {
                    for b in &placed[i + 1..] {
                        assert!(distance(a, b) >= 2.0 * CROWDED_RADIUS, "{ring:?} {count}");
                    }
                }
            }
        }
    }

    #[test]
    fn markers_shrink_step_by_step_as_a_ring_fills() {
        for ring in Ring::ALL {
            let mut last = f64::INFINITY;
            for count in 1..=single_track_capacity(ring) + 1 {
                let radius = marker_radius(ring, count);
                assert!(radius <= last, "{ring:?} {count}");
                last = radius;
            }
            assert_eq!(marker_radius(ring, 1), ROOMY_RADIUS);
            assert_eq!(marker_radius(ring, roomy_capacity(ring)), ROOMY_RADIUS);
            assert!(marker_radius(ring, roomy_capacity(ring) + 1) < ROOMY_RADIUS);
            assert_eq!(
                marker_radius(ring, single_track_capacity(ring) + 1),
                CROWDED_RADIUS
            );
        }
    }

    #[test]
    fn beyond_capacity_everyone_is_still_placed() {
        let count = ring_capacity(Ring::Closest) + 20;
        let people: Vec<(PersonId, f64)> =
            ids(count as u64).into_iter().map(|id| (id, 0.0)).collect();
        assert_eq!(layout_ring(Ring::Closest, &people).len(), count);
        assert!(layout_ring(Ring::Closest, &[]).is_empty());
    }

    #[test]
    fn sharing_out_respects_capacities() {
        assert_eq!(share_out(10, &[5, 5]), [5, 5]);
        assert_eq!(share_out(3, &[10, 20]), [1, 2]);
        assert_eq!(share_out(29, &[10, 20]), [10, 19]);
        assert_eq!(share_out(40, &[10, 10]).iter().sum::<usize>(), 40);
    }
}
