//! The key to the map's markers (one shape and tint per kind of
//! relationship, the outlines for support and conflict, the selection
//! ring) and the friendly drawing of an empty circle shown before anyone
//! is added. Both are inline SVG: nothing to fetch.

use leptos::prelude::*;

use super::circle::relationship_shape;
use crate::content::map_text as text;
use crate::model::relationship_map::edit::start_angle;
use crate::model::relationship_map::layout::{self, CENTRE, ME_FONT_SIZE, ME_RADIUS, ROOMY_RADIUS};
use crate::model::relationship_map::marker;
use crate::model::relationship_map::{RelationshipKind, Ring};

/// A small drawing for one line of the key, the size of a line of text.
fn swatch(drawing: impl IntoView) -> impl IntoView {
    let size = ROOMY_RADIUS + 4.0;
    view! {
        <svg
            class="legend-swatch"
            viewBox=format!("{} {} {} {}", -size, -size, 2.0 * size, 2.0 * size)
            aria-hidden="true"
        >
            {drawing}
        </svg>
    }
}

/// A plain round marker for the lines of the key about outlines.
fn plain(support: u8, conflict: u8) -> impl IntoView {
    let radius = ROOMY_RADIUS;
    view! {
        <path
            class="marker-shape legend-plain"
            d=marker::shape_path(RelationshipKind::Partner, radius)
            stroke-width=format!("{:.1}", marker::outline_width(radius, support))
            stroke-dasharray=marker::outline_dash(radius, conflict)
        ></path>
    }
}

/// The key: what each shape and tint means, and the outlines.
#[component]
pub fn MapLegend() -> impl IntoView {
    let radius = ROOMY_RADIUS;
    let kinds = RelationshipKind::ALL
        .into_iter()
        .map(|kind| {
            let shape = relationship_shape(kind, radius, marker::outline_width(radius, 1), None);
            view! { <li>{swatch(shape)}{text::relationship_kind_name(kind)}</li> }
        })
        .collect_view();
    let badge_font = 0.95 * radius;
    let (selection, selection_width) = marker::selection_ring(radius);
    view! {
        <div class="map-legend">
            <p class="legend-heading">{text::LEGEND_HEADING}</p>
            <ul class="legend-kinds">{kinds}</ul>
            <ul class="legend-outlines">
                <li>{swatch(view! { {plain(0, 0)} })}{text::LEGEND_LITTLE_SUPPORT}</li>
                <li>{swatch(view! { {plain(4, 0)} })}{text::LEGEND_MORE_SUPPORT}</li>
                <li>{swatch(view! { {plain(1, 2)} })}{text::LEGEND_SOME_CONFLICT}</li>
                <li>
                    // The badge alone, larger than on a marker, to be read.
                    {swatch(
                        view! {
                            <circle
                                class="marker-badge"
                                r=0.62 * radius
                                stroke-width=marker::conflict_badge_outline(radius)
                            ></circle>
                            <text class="marker-flag" y=0.35 * badge_font font-size=badge_font text-anchor="middle">
                                "!"
                            </text>
                        },
                    )} {text::LEGEND_A_LOT_OF_CONFLICT}
                </li>
                <li>
                    {swatch(
                        view! {
                            {plain(1, 0)}
                            <circle class="legend-selection" r=selection stroke-width=selection_width></circle>
                        },
                    )} {text::LEGEND_SELECTED}
                </li>
            </ul>
        </div>
    }
}

/// The circle before anyone is on it: the rings, "Me" in the middle, and
/// three dashed places waiting for people, one per ring.
#[component]
pub fn EmptyCircleDrawing() -> impl IntoView {
    let rings = Ring::ALL
        .iter()
        .rev()
        .enumerate()
        .map(|(index, ring)| {
            view! {
                <circle
                    class=format!("ring ring-{}", Ring::ALL.len() - 1 - index)
                    cx=CENTRE
                    cy=CENTRE
                    r=layout::ring_outer_radius(*ring)
                ></circle>
            }
        })
        .collect_view();
    let kinds = [
        RelationshipKind::Partner,
        RelationshipKind::Friend,
        RelationshipKind::Family,
    ];
    let places = Ring::ALL
        .into_iter()
        .zip(kinds)
        .map(|(ring, kind)| {
            let (x, y) = layout::marker_position(ring, start_angle(ring));
            view! {
                <g transform=format!("translate({x:.1} {y:.1})")>
                    <path class="empty-place" d=marker::shape_path(kind, ROOMY_RADIUS)></path>
                    <text class="empty-plus" y="28" text-anchor="middle">
                        "+"
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="empty-drawing"
            viewBox=format!("0 0 {0} {0}", layout::VIEW_BOX_SIZE)
            role="img"
            aria-label=text::EMPTY_DRAWING_LABEL
        >
            {rings}
            <circle class="me" cx=CENTRE cy=CENTRE r=ME_RADIUS></circle>
            // Twice the drawing's size of "Me": this picture is small.
            <text class="me-label" x=CENTRE y=CENTRE + 0.7 * ME_FONT_SIZE text-anchor="middle">
                {text::ME}
            </text>
            {places}
        </svg>
    }
}
