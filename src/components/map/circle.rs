//! The SVG closeness circle: "Me" in the middle, three rings, a marker for
//! each person. Markers move by dragging (pointer events: mouse, touch and
//! pen) and by keyboard. The position being dragged is kept apart from the
//! saved map and committed once, when the pointer is released.

use leptos::prelude::*;
use leptos::svg::Svg;
use web_sys::PointerEvent;

use super::MapState;
use crate::content::map_text as text;
use crate::model::relationship_map::drawing::{MapDrawing, PeopleIndex};
use crate::model::relationship_map::labels::LabelPlacement;
use crate::model::relationship_map::layout::{
    self, angle_from_point, ring_from_point, CENTRE, ME_FONT_SIZE, ME_RADIUS, ROOMY_RADIUS,
    VIEW_BOX_SIZE,
};
use crate::model::relationship_map::marker;
use crate::model::relationship_map::{Person, PersonId, RelationshipKind, Ring};

/// Pointer travel (in viewBox units) below which a press is a tap.
const DRAG_THRESHOLD: f64 = 8.0;

/// A press on a marker, kept out of the reactive graph: only the dragged
/// marker's position (`drag_at`) changes while the pointer moves.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Press {
    id: PersonId,
    pointer_id: i32,
    start: (f64, f64),
    moved: bool,
}

/// A person's name beside their marker, placed by the model so that no
/// two names overlap, with `transform` moving it to the marker's centre
/// (the same as the marker's, so it follows a drag). Beside the marker's
/// group rather than inside it, so that the marker's box is its disc alone.
/// The visible label of the marker's button, which its accessible name
/// starts with (the whole name, where this may be shortened); hidden from
/// screen readers, which read that name.
fn marker_label(
    label: LabelPlacement,
    transform: impl Fn() -> String + Send + Sync + 'static,
    id: PersonId,
) -> impl IntoView {
    view! {
        <text
            class="marker-label"
            data-person-id=id.0.to_string()
            transform=transform
            x=format!("{:.1}", label.dx)
            y=format!("{:.1}", label.dy)
            text-anchor="middle"
            aria-hidden="true"
        >
            {label.text}
        </text>
    }
}

/// The shape for a kind of relationship, in its tint, centred on (0, 0):
/// for a marker, and small in the legend.
pub fn relationship_shape(
    kind: RelationshipKind,
    radius: f64,
    outline_width: f64,
    dash: Option<String>,
) -> impl IntoView {
    view! {
        <path
            class=format!("marker-shape rel-{}", kind.id())
            d=marker::shape_path(kind, radius)
            stroke-width=format!("{outline_width:.1}")
            stroke-dasharray=dash
        ></path>
    }
}

/// What a person's marker is drawn with, centred on (0, 0), for a marker
/// of `radius` (see `marker`): the disc a finger presses, the shape and
/// tint of the relationship with the outline for support and conflict, and
/// the badge's disc for a lot of conflict. No text: see [`marker_face`].
fn marker_body(person: &Person, radius: f64) -> impl IntoView {
    let kind = person.relationship.kind();
    let badge = marker::marks_high_conflict(person.conflict).then(|| {
        let (x, y, badge) = marker::conflict_badge(radius);
        (badge > 0.0).then(|| {
            view! {
                <circle
                    class="marker-badge"
                    cx=format!("{x:.1}")
                    cy=format!("{y:.1}")
                    r=format!("{badge:.1}")
                    stroke-width=format!("{:.1}", marker::conflict_badge_outline(radius))
                ></circle>
            }
        })
    });
    view! {
        <circle class="marker-hit" r=radius></circle>
        {relationship_shape(
            kind,
            radius,
            marker::outline_width(radius, person.support),
            marker::outline_dash(radius, person.conflict),
        )}
        {badge}
    }
}

/// The letters drawn on a marker, centred on (0, 0): the initials and the
/// badge's "!". Drawn over the marker's button rather than inside it, so
/// the button's only visible words are the name beside it, which its
/// accessible name starts with (WCAG 2.5.3, label in name; axe's
/// label-content-name-mismatch): "AB" is not a word of "Ann Brown, …".
fn marker_face(person: &Person, radius: f64) -> impl IntoView {
    let initials = marker::initials(&person.name);
    let initials = (marker::shows_initials(radius) && !initials.is_empty()).then(|| {
        let font_size = marker::initials_font_size(&initials, radius);
        view! {
            <text
                class="marker-initials"
                y=format!("{:.1}", 0.35 * font_size)
                font-size=format!("{font_size:.1}")
                text-anchor="middle"
            >
                {initials}
            </text>
        }
    });
    let flag = marker::marks_high_conflict(person.conflict).then(|| {
        let (x, y, _) = marker::conflict_badge(radius);
        let font_size = marker::conflict_badge_font_size(radius);
        view! {
            <text
                class="marker-flag"
                x=format!("{x:.1}")
                y=format!("{:.1}", y + 0.35 * font_size)
                font-size=format!("{font_size:.1}")
                text-anchor="middle"
            >
                "!"
            </text>
        }
    });
    view! {
        {initials}
        {flag}
    }
}

/// One ring of the circle, drawn as a disc (the inner rings on top).
fn ring_circle(ring: Ring) -> impl IntoView {
    view! {
        <circle
            class=format!("ring ring-{}", ring_index(ring))
            cx=CENTRE
            cy=CENTRE
            r=layout::ring_outer_radius(ring)
        ></circle>
    }
}

fn ring_index(ring: Ring) -> usize {
    Ring::ALL.iter().position(|r| *r == ring).unwrap_or(0)
}

#[component]
pub fn ClosenessCircle(state: MapState) -> impl IntoView {
    let svg_ref = NodeRef::<Svg>::new();
    let press = StoredValue::new(None::<Press>);
    let dragging = RwSignal::new(None::<PersonId>);
    let drag_at = RwSignal::new((CENTRE, CENTRE));
    // Every marker's place, size and label, by person: built once per
    // change, then each marker's memos below look up their own.
    let drawing = Memo::new(move |_| {
        state
            .store
            .data
            .with(|map| MapDrawing::of(&map.people, text::ring_names()))
    });
    let ids = move || {
        state
            .store
            .data
            .with(|map| map.people.iter().map(|p| p.id).collect::<Vec<_>>())
    };

    // Client coordinates to viewBox coordinates.
    let to_view_box = move |event: &PointerEvent| -> Option<(f64, f64)> {
        let svg = svg_ref.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return None;
        }
        Some((
            (f64::from(event.client_x()) - rect.left()) / rect.width() * VIEW_BOX_SIZE,
            (f64::from(event.client_y()) - rect.top()) / rect.height() * VIEW_BOX_SIZE,
        ))
    };

    let on_pointer_move = move |event: PointerEvent| {
        let Some(current) = press.get_value() else {
            return;
        };
        if current.pointer_id != event.pointer_id() {
            return;
        }
        let Some(at) = to_view_box(&event) else {
            return;
        };
        if !current.moved {
            let travelled =
                ((at.0 - current.start.0).powi(2) + (at.1 - current.start.1).powi(2)).sqrt();
            if travelled <= DRAG_THRESHOLD {
                return;
            }
            press.set_value(Some(Press {
                moved: true,
                ..current
            }));
            dragging.set(Some(current.id));
        }
        drag_at.set(at);
    };
    let on_pointer_up = move |event: PointerEvent| {
        let Some(current) = press.get_value() else {
            return;
        };
        if current.pointer_id != event.pointer_id() {
            return;
        }
        press.set_value(None);
        if current.moved {
            let (x, y) = to_view_box(&event).unwrap_or_else(|| drag_at.get_untracked());
            state.move_person(current.id, |map| {
                map.set_position(current.id, ring_from_point(x, y), angle_from_point(x, y))
            });
            dragging.set(None);
        } else {
            state.selected.set(Some(current.id));
        }
    };
    let marker = move |id: PersonId| {
        let person_memo = state.person_memo(id);
        let person = move || person_memo.get();
        let laid_out = Memo::new(move |_| {
            drawing.with(|drawing| {
                drawing.marker(id).map_or((CENTRE, CENTRE), |marker| {
                    (marker.placement.x, marker.placement.y)
                })
            })
        });
        // Its own memo, so the marker is drawn anew only when its size
        // changes, not each time it moves.
        let radius = Memo::new(move |_| {
            drawing.with(|drawing| {
                drawing
                    .marker(id)
                    .map_or(ROOMY_RADIUS, |marker| marker.placement.radius)
            })
        });
        let is_selected = move || state.selected.get() == Some(id);
        let label_placed = Memo::new(move |_| {
            drawing.with(|drawing| drawing.marker(id).and_then(|marker| marker.label.clone()))
        });
        let is_dragged = move || dragging.get() == Some(id);
        // Only the dragged marker reads `drag_at`, so only it follows the
        // pointer; the others do not even re-run.
        let position = move || {
            if is_dragged() {
                drag_at.get()
            } else {
                laid_out.get()
            }
        };
        let transform = move || {
            let (x, y) = position();
            format!("translate({x:.1} {y:.1})")
        };
        let label = move || {
            person().map(|p| {
                format!(
                    "{}, {}, {}, {} {} {}, {} {} {}",
                    p.name,
                    text::relationship_name(&p.relationship),
                    text::ring_name(p.ring),
                    text::SUPPORT,
                    p.support,
                    text::OF_FOUR,
                    text::CONFLICT,
                    p.conflict,
                    text::OF_FOUR
                )
            })
        };
        let on_pointer_down = move |event: PointerEvent| {
            if event.button() != 0 {
                return;
            }
            let Some(at) = to_view_box(&event) else {
                return;
            };
            if let Some(svg) = svg_ref.get_untracked() {
                let _ = svg.set_pointer_capture(event.pointer_id());
            }
            press.set_value(Some(Press {
                id,
                pointer_id: event.pointer_id(),
                start: at,
                moved: false,
            }));
        };
        let on_key_down = move |event: web_sys::KeyboardEvent| {
            let handled = match event.key().as_str() {
                "ArrowUp" => {
                    state.move_person(id, |map| map.move_inward(id));
                    true
                }
                "ArrowDown" => {
                    state.move_person(id, |map| map.move_outward(id));
                    true
                }
                "ArrowLeft" => {
                    state.move_person(id, |map| map.move_around(id, -1));
                    true
                }
                "ArrowRight" => {
                    state.move_person(id, |map| map.move_around(id, 1));
                    true
                }
                "Enter" | " " => {
                    state.selected.set(Some(id));
                    true
                }
                _ => false,
            };
            if handled {
                event.prevent_default();
            }
        };
        let body = move || person_memo.with(|p| p.as_ref().map(|p| marker_body(p, radius.get())));
        let face = move || person_memo.with(|p| p.as_ref().map(|p| marker_face(p, radius.get())));
        let selection = move || {
            let radius = radius.get();
            let (selection, selection_width) = marker::selection_ring(radius);
            let (focus, focus_width) = marker::focus_ring(radius);
            view! {
                <circle class="marker-selection" r=selection stroke-width=selection_width></circle>
                <circle class="marker-focus" r=focus stroke-width=focus_width></circle>
            }
        };
        view! {
            <g
                class="marker"
                class:selected=is_selected
                class:dragging=is_dragged
                transform=transform
                tabindex="0"
                role="button"
                aria-label=label
                aria-current=move || is_selected().then_some("true")
                data-person-id=id.0.to_string()
                on:pointerdown=on_pointer_down
                on:keydown=on_key_down
            >
                // The rings first, so the shape and its badge stay on top.
                {selection}
                {body}
            </g>
            <g class="marker-face" transform=transform aria-hidden="true" data-person-id=id.0.to_string()>
                {face}
            </g>
            {move || label_placed.get().map(|placed| marker_label(placed, transform, id))}
        }
    };

    let rings = Ring::ALL
        .iter()
        .rev()
        .map(|ring| {
            let (x, y) = layout::ring_name_baseline(*ring);
            view! {
                {ring_circle(*ring)}
                <text class="ring-name" x=x y=y text-anchor="middle" aria-hidden="true">
                    {text::ring_name(*ring)}
                </text>
            }
        })
        .collect_view();

    view! {
        <svg
            node_ref=svg_ref
            class="closeness-circle"
            viewBox=format!("0 0 {VIEW_BOX_SIZE} {VIEW_BOX_SIZE}")
            role="group"
            aria-label=text::DRAWING_LABEL
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up
            on:pointercancel=move |_| {
                press.set_value(None);
                dragging.set(None);
            }
        >
            {rings}
            <circle class="me" cx=CENTRE cy=CENTRE r=ME_RADIUS></circle>
            <text class="me-label" x=CENTRE y=CENTRE + 0.35 * ME_FONT_SIZE text-anchor="middle">
                {text::ME}
            </text>
            <For each=ids key=|id| *id let:id>
                {marker(id)}
            </For>
        </svg>
    }
}

/// A still drawing of people (for a snapshot beside today's map).
#[component]
pub fn StillCircle(
    people: Vec<crate::model::relationship_map::Person>,
    label: String,
) -> impl IntoView {
    let drawing = MapDrawing::of(&people, text::ring_names());
    let index = PeopleIndex::of(&people);
    let markers = drawing
        .markers()
        .iter()
        .filter_map(|marker| {
            let person = index.person(&people, marker.placement.id)?;
            let (placement, label) = (marker.placement, marker.label.clone());
            let transform = format!("translate({:.1} {:.1})", placement.x, placement.y);
            let label_transform = transform.clone();
            Some(view! {
                <g class="still-marker" transform=transform>
                    {marker_body(person, placement.radius)}
                    {marker_face(person, placement.radius)}
                </g>
                {label.map(|label| marker_label(label, move || label_transform.clone(), placement.id))}
            })
        })
        .collect_view();
    let rings = Ring::ALL
        .iter()
        .rev()
        .map(|ring| {
            view! { {ring_circle(*ring)} }
        })
        .collect_view();
    view! {
        <svg
            class="closeness-circle still"
            viewBox=format!("0 0 {VIEW_BOX_SIZE} {VIEW_BOX_SIZE}")
            role="img"
            aria-label=label
        >
            {rings}
            <circle class="me" cx=CENTRE cy=CENTRE r=ME_RADIUS></circle>
            <text class="me-label" x=CENTRE y=CENTRE + 0.35 * ME_FONT_SIZE text-anchor="middle">
                {text::ME}
            </text>
            {markers}
        </svg>
    }
}
