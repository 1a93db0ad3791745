//! The timeline as a picture: a horizontal SVG line through the months,
//! times of low mood as shaded bands (darker and taller when lower), life
//! events as marks with short labels, and today. On a phone it scrolls
//! sideways inside its own box; the list below it has the same content for
//! screen readers and keyboards.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::content::practice_text::timeline as text;
use crate::model::timeline::{short_label, LifeEventKind, Scale, Timeline};

const HEIGHT: f64 = 190.0;
/// Room on both sides, so the first and last labels are not cut off.
const MARGIN: f64 = 56.0;
const AXIS_Y: f64 = 118.0;
const BAND_STEP: f64 = 28.0;

/// The mark's shape by kind, so kinds differ by more than colour.
fn mark_path(kind: LifeEventKind, x: f64, y: f64) -> String {
    match kind {
        // A diamond, an upside-down triangle, a square, a triangle, a
        // circle, a dot. A loss saved before the split is drawn as a death
        // was.
        LifeEventKind::RelationshipEnded => format!(
            "M{x} {} L{} {} L{} {} Z",
            y + 8.0,
            x - 8.0,
            y - 7.0,
            x + 8.0,
            y - 7.0
        ),
        LifeEventKind::Death | LifeEventKind::Loss => format!(
            "M{x} {} L{} {y} L{x} {} L{} {y} Z",
            y - 8.0,
            x + 8.0,
            y + 8.0,
            x - 8.0
        ),
        LifeEventKind::Conflict => format!("M{} {} h14 v14 h-14 Z", x - 7.0, y - 7.0),
        LifeEventKind::RoleChange => format!(
            "M{x} {} L{} {} L{} {} Z",
            y - 8.0,
            x + 8.0,
            y + 7.0,
            x - 8.0,
            y + 7.0
        ),
        LifeEventKind::Alone => format!("M{} {y} a7 7 0 1 0 14 0 a7 7 0 1 0 -14 0", x - 7.0),
        LifeEventKind::Other => format!("M{} {y} a4 4 0 1 0 8 0 a4 4 0 1 0 -8 0", x - 4.0),
    }
}

#[component]
pub fn TimelineDrawing(timeline: Signal<Timeline>, today: NaiveDate) -> impl IntoView {
    let scroller = NodeRef::<leptos::html::Div>::new();
    // Start at the right end: the recent months matter most.
    Effect::new(move |_| {
        timeline.track();
        if let Some(element) = scroller.get() {
            element.set_scroll_left(element.scroll_width());
        }
    });
    let drawing = move || {
        timeline.with(|timeline| {
            let scale = Scale::new(timeline, today);
            let width = scale.width().max(320.0) + 2.0 * MARGIN;
            let months = scale
                .month_starts()
                .into_iter()
                .map(|(date, x)| {
                    let year_label = (date.month() == 1 || x == 0.0).then(|| {
                        view! {
                            <text class="timeline-year" x=x + 3.0 y=AXIS_Y + 62.0>
                                {date.year().to_string()}
                            </text>
                        }
                    });
                    view! {
                        <line class="timeline-tick" x1=x y1=AXIS_Y - 4.0 x2=x y2=AXIS_Y + 4.0 />
                        {year_label}
                    }
                })
                .collect_view();
            let bands = timeline
                .low_periods
                .iter()
                .map(|period| {
                    let (start, end) = period.span(today);
                    let x = scale.x(start);
                    let band_width = (scale.x_after(end) - x).max(3.0);
                    let height = BAND_STEP * f64::from(period.lowness.depth());
                    view! {
                        <rect
                            class=format!("timeline-low depth-{}", period.lowness.depth())
                            x=x
                            y=AXIS_Y - height
                            width=band_width
                            height=height
                            rx="3"
                        >
                            <title>{format!("{}: {}", text::lowness_label(period.lowness), period.from)}</title>
                        </rect>
                    }
                })
                .collect_view();
            let marks = timeline
                .events
                .iter()
                .enumerate()
                .map(|(index, event)| {
                    let x =
                        (scale.x(event.when.earliest()) + scale.x_after(event.when.latest())) / 2.0;
                    // Labels on three rows in turn, so neighbours rarely meet.
                    let label_y = AXIS_Y + 24.0 + 13.0 * (index % 3) as f64;
                    view! {
                        <g class=format!("timeline-event kind-{}", event.kind.id())>
                            <title>{format!("{}: {}", event.when, event.what)}</title>
                            <path d=mark_path(event.kind, x, AXIS_Y) />
                            <text class="timeline-label" x=x y=label_y text-anchor="middle">
                                {short_label(&event.what)}
                            </text>
                        </g>
                    }
                })
                .collect_view();
            let today_x = scale.x_after(today);
            view! {
                <svg
                    class="timeline-drawing"
                    viewBox=format!("{} 0 {width} {HEIGHT}", -MARGIN)
                    width=width
                    height=HEIGHT
                    role="img"
                    aria-label=text::DRAWING_LABEL
                >
                    {bands}
                    <line class="timeline-axis" x1=-MARGIN y1=AXIS_Y x2=width - MARGIN y2=AXIS_Y />
                    {months}
                    <line class="timeline-today" x1=today_x y1="8" x2=today_x y2=AXIS_Y + 8.0 />
                    <text class="timeline-today-label" x=today_x - 4.0 y="18" text-anchor="end">
                        {text::TODAY}
                    </text>
                    {marks}
                </svg>
            }
        })
    };
    view! {
        <div
            class="timeline-scroll"
            tabindex="0"
            role="group"
            aria-label=text::DRAWING_SCROLLER_LABEL
            node_ref=scroller
        >
            {drawing}
        </div>
    }
}
