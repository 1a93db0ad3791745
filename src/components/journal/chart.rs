//! The mood chart (SVG) and the same numbers as a table. Mood uses the left
//! scale (0 to 10); the PHQ-9, when filled in, the right one (0 to 27),
//! drawn dashed. Weeks without an entry are gaps in the mood line. Marks
//! under the weeks show events: a triangle for a week with a hard event,
//! a ring for a week with other events. The plan's phases are shaded
//! behind the plot, each named above its band and in the key.
//!
//! Filling its box: the chart measures the width of its box when it is
//! drawn and whenever the window is resized, and draws for exactly that
//! width, with a viewBox of the same size. One unit is one CSS pixel, so
//! the text is 11px on a phone and on a laptop alike, never stretched or
//! shrunk, and the dates under the weeks, thinned for that width by
//! `model::journal::week_labels`, never overlap. The SVG is also
//! `width: 100%` with `preserveAspectRatio="xMinYMin meet"`, so between a
//! change of its box and the next measure (a scroll bar appearing, a
//! printed page) it scales a little instead of overflowing. The other way,
//! a fixed viewBox stretched with `preserveAspectRatio="none"` and the
//! labels in HTML, would stretch the points and lines and keep the labels
//! in a second layout to hold in step.

use std::cell::Cell;

use leptos::prelude::*;

use crate::content::journal_text as text;
use crate::content::phq9::{band_label, ANSWER_OPTIONS};
use crate::model::journal::chart_frame::{
    chart_weeks, y_mood, y_phq9, ChartLayout, ChartSpan, PhaseRange, WeekSpan, FALLBACK_WIDTH,
    PLOT_HEIGHT, TOP,
};
use crate::model::journal::{Band, IsoWeek, Phase, WeekRow};

thread_local! {
    /// The span last chosen with the switch, kept while the app is open
    /// (not stored: it is a way of looking, not data).
    static CHOSEN_SPAN: Cell<Option<ChartSpan>> = const { Cell::new(None) };
}

/// The span chosen with the switch earlier in this visit, if any.
pub fn remembered_span() -> Option<ChartSpan> {
    CHOSEN_SPAN.with(Cell::get)
}

pub fn remember_span(span: ChartSpan) {
    CHOSEN_SPAN.with(|chosen| chosen.set(Some(span)));
}

fn points(list: &[(f64, f64)]) -> String {
    list.iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The mood line, broken where a week has no mood.
fn mood_segments(rows: &[WeekRow], weeks: WeekSpan, layout: &ChartLayout) -> Vec<Vec<(f64, f64)>> {
    let mut segments: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut previous: Option<usize> = None;
    for row in rows {
        let (Some(index), Some(mood)) = (weeks.index(row.week), row.mood) else {
            previous = None;
            continue;
        };
        let point = (layout.x(index), y_mood(mood));
        match (previous, segments.last_mut()) {
            (Some(before), Some(segment)) if index == before + 1 => segment.push(point),
            _ => segments.push(vec![point]),
        }
        previous = Some(index);
    }
    segments
}

fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => "start",
        Phase::Middle => "middle",
        Phase::Final => "end",
        Phase::Beyond => "beyond",
    }
}

/// The chart of `rows` over the weeks `span` picks (see
/// `chart_frame::chart_weeks`), with the plan's `phases` shaded.
#[component]
pub fn MoodChart(
    rows: Memo<Vec<WeekRow>>,
    this_week: IsoWeek,
    #[prop(into)] span: Signal<ChartSpan>,
    #[prop(into)] phases: Signal<Vec<PhaseRange>>,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(FALLBACK_WIDTH);
    let measure = move || {
        let Some(element) = frame.get_untracked() else {
            return;
        };
        let measured = f64::from(element.client_width());
        if measured > 0.0 && (measured - width.get_untracked()).abs() >= 1.0 {
            width.set(measured);
        }
    };
    // Measured after the first layout, and again on every resize.
    Effect::new(move |_| {
        if frame.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let chart = move || {
        rows.with(|rows| {
            let weeks = chart_weeks(rows, this_week, span.get())?;
            let has_phq9 = rows
                .iter()
                .any(|row| row.phq9.is_some() && weeks.contains(row.week));
            let layout = ChartLayout::new(width.get(), weeks.count, has_phq9);
            Some(phases.with(|phases| draw(rows, weeks, layout, phases)))
        })
    };
    view! {
        <div class="mood-chart-frame" node_ref=frame>
            {chart}
        </div>
    }
}

fn draw(
    rows: &[WeekRow],
    weeks: WeekSpan,
    layout: ChartLayout,
    phases: &[PhaseRange],
) -> impl IntoView {
    let (width, height) = (layout.width, layout.height());
    let plot_left = layout.plot_left();
    let plot_right = layout.plot_right();
    let baseline = layout.baseline();
    let has_phq9 = layout.phq9;

    // The plan's phases inside the weeks drawn: a band each, named above
    // the plot where the name fits.
    let visible_phases: Vec<(PhaseRange, usize, usize)> = phases
        .iter()
        .filter_map(|range| {
            let (first, last) = weeks.overlap(range.weeks)?;
            Some((*range, first, last))
        })
        .collect();
    let phase_bands = visible_phases
        .iter()
        .map(|(range, first, last)| {
            let left = layout.column_left(*first);
            let band_width = layout.column_left(*last + 1) - left;
            let name = text::phase_short_name(range.phase);
            // About 7px a letter at 11px, and a little room either side.
            let fits = band_width >= name.chars().count() as f64 * 7.0 + 8.0;
            let label = fits.then(|| {
                view! {
                    <text class="chart-phase-name" x=left + band_width / 2.0 y=TOP - 6.0 text-anchor="middle">
                        {name}
                    </text>
                }
            });
            view! {
                <rect
                    class="chart-phase"
                    data-phase=phase_id(range.phase)
                    x=left
                    y=TOP - 18.0
                    width=band_width
                    height=PLOT_HEIGHT + 18.0
                ></rect>
                {label}
            }
        })
        .collect_view();
    let phases_description = (!visible_phases.is_empty()).then(|| {
        let names = visible_phases
            .iter()
            .map(|(range, _, _)| text::phase_key(range.phase, range.numbers.0, range.numbers.1))
            .collect::<Vec<_>>()
            .join("; ");
        format!(" {} {names}.", text::CHART_PHASES_DESCRIPTION)
    });

    let mood_grid = (0..=10u8)
        .step_by(2)
        .map(|mood| {
            let y = y_mood(mood);
            view! {
                <line class="chart-grid" x1=plot_left x2=plot_right y1=y y2=y></line>
                <text class="chart-tick" x=plot_left - 6.0 y=y + 4.0 text-anchor="end">
                    {mood.to_string()}
                </text>
            }
        })
        .collect_view();
    let phq9_ticks = has_phq9.then(|| {
        [0u8, 9, 18, 27]
            .into_iter()
            .map(|score| {
                let y = y_phq9(score);
                view! {
                    <line class="chart-axis-phq9" x1=plot_right x2=plot_right + 4.0 y1=y y2=y></line>
                    <text class="chart-tick phq9" x=plot_right + 7.0 y=y + 4.0 text-anchor="start">
                        {score.to_string()}
                    </text>
                }
            })
            .collect_view()
    });
    let phq9_axis_title = has_phq9.then(|| {
        view! {
            <text class="chart-axis-title phq9" x=width - 4.0 y="14" text-anchor="end">
                {text::CHART_PHQ9_AXIS}
            </text>
            <line class="chart-axis-phq9" x1=plot_right x2=plot_right y1=TOP y2=baseline></line>
        }
    });

    let mood_lines = mood_segments(rows, weeks, &layout)
        .into_iter()
        .filter(|segment| segment.len() > 1)
        .map(|segment| {
            view! { <polyline class="chart-mood-line" points=points(&segment)></polyline> }
        })
        .collect_view();
    let phq9_points: Vec<(f64, f64)> = rows
        .iter()
        .filter_map(|row| Some((layout.x(weeks.index(row.week)?), y_phq9(row.phq9?))))
        .collect();
    let phq9_line = (phq9_points.len() > 1).then(|| {
        view! { <polyline class="chart-phq9-line" points=points(&phq9_points)></polyline> }
    });

    // A date under each labelled week, and the year under the first one
    // and wherever the year changes.
    let mut year_shown: Option<i32> = None;
    let labels = layout
        .labelled()
        .into_iter()
        .map(|index| {
            let monday = weeks.week(index).monday();
            let x = layout.x(index);
            let year = chrono::Datelike::year(&monday);
            let year_label = (year_shown != Some(year)).then(|| {
                view! {
                    <text class="chart-tick chart-year" x=x y=baseline + 54.0 text-anchor="middle">
                        {year.to_string()}
                    </text>
                }
            });
            year_shown = Some(year);
            view! {
                <text class="chart-tick chart-date" x=x y=baseline + 40.0 text-anchor="middle">
                    {text::short_date(monday)}
                </text>
                {year_label}
            }
        })
        .collect_view();

    let radius = layout.point_radius();
    let week_marks = rows
        .iter()
        .filter_map(|row| {
            let index = weeks.index(row.week)?;
            let x = layout.x(index);
            let summary =
                text::chart_week_summary(row.week, row.mood, row.phq9, row.events, row.hard_events);
            let mood = row.mood.map(|mood| {
                view! { <circle class="chart-mood-point" cx=x cy=y_mood(mood) r=radius></circle> }
            });
            let phq9 = row.phq9.map(|score| {
                let y = y_phq9(score);
                view! { <rect class="chart-phq9-point" x=x - 4.5 y=y - 4.5 width="9" height="9"></rect> }
            });
            let marker_y = baseline + 16.0;
            let events = if row.hard_events > 0 {
                let triangle = points(&[
                    (x - 6.0, marker_y + 5.0),
                    (x + 6.0, marker_y + 5.0),
                    (x, marker_y - 6.0),
                ]);
                Some(
                    view! { <polygon class="chart-hard-event" points=triangle></polygon> }
                        .into_any(),
                )
            } else if row.events > 0 {
                Some(
                    view! { <circle class="chart-event" cx=x cy=marker_y r="4"></circle> }
                        .into_any(),
                )
            } else {
                None
            };
            // A transparent column makes the whole week hoverable.
            Some(view! {
                <g class="chart-week" data-week=row.week.to_string()>
                    <title>{summary}</title>
                    <rect
                        class="chart-week-hit"
                        x=layout.column_left(index)
                        y=TOP
                        width=layout.step()
                        height=PLOT_HEIGHT + 26.0
                    ></rect>
                    {mood}
                    {phq9}
                    {events}
                </g>
            })
        })
        .collect_view();

    let phase_keys = visible_phases
        .iter()
        .map(|(range, _, _)| {
            view! {
                <li>
                    <span class="legend-phase" data-phase=phase_id(range.phase) aria-hidden="true"></span>
                    {text::phase_key(range.phase, range.numbers.0, range.numbers.1)}
                </li>
            }
        })
        .collect_view();

    view! {
        <svg
            class="mood-chart"
            role="img"
            aria-labelledby="mood-chart-title"
            aria-describedby="mood-chart-desc"
            data-weeks=weeks.count
            viewBox=format!("0 0 {width} {height}")
            preserveAspectRatio="xMinYMin meet"
        >
            <title id="mood-chart-title">{text::CHART_HEADING}</title>
            <desc id="mood-chart-desc">{text::CHART_DESCRIPTION}{phases_description}</desc>
            {phase_bands}
            <text class="chart-axis-title" x="4" y="14" text-anchor="start">
                {text::CHART_MOOD_AXIS}
            </text>
            {phq9_axis_title}
            {mood_grid}
            {phq9_ticks}
            <line class="chart-axis" x1=plot_left x2=plot_left y1=TOP y2=baseline></line>
            <line class="chart-axis" x1=plot_left x2=plot_right y1=baseline y2=baseline></line>
            {labels}
            {mood_lines}
            {phq9_line}
            {week_marks}
        </svg>
        <ul class="chart-legend">
            <li>
                <span class="legend-mood" aria-hidden="true"></span>
                {text::LEGEND_MOOD}
            </li>
            {has_phq9
                .then(|| {
                    view! {
                        <li>
                            <span class="legend-phq9" aria-hidden="true"></span>
                            {text::LEGEND_PHQ9}
                        </li>
                    }
                })}
            <li>
                <span class="legend-hard" aria-hidden="true">
                    "▲"
                </span>
                {text::LEGEND_HARD}
            </li>
            <li>
                <span class="legend-event" aria-hidden="true">
                    "○"
                </span>
                {text::LEGEND_EVENTS}
            </li>
            {phase_keys}
        </ul>
    }
}

/// Rows the table shows before "Show all weeks": half a year, so a long
/// journal (ten years is 520 rows) opens fast.
const TABLE_FIRST_ROWS: usize = 26;

/// The chart's numbers as a table, newest week first; `caption` says
/// which weeks it lists. With `item9` (the summary for a doctor), a column
/// shows the answer to PHQ-9 item 9 beside each total.
#[component]
pub fn WeekTable(
    rows: Memo<Vec<WeekRow>>,
    #[prop(into)] caption: Signal<&'static str>,
    #[prop(optional)] item9: bool,
) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let hidden_rows = move || rows.with(|rows| rows.len().saturating_sub(TABLE_FIRST_ROWS));
    let body = move || {
        let limit = if show_all.get() {
            usize::MAX
        } else {
            TABLE_FIRST_ROWS
        };
        rows.with(|rows| {
            rows.iter()
                .rev()
                .take(limit)
                .map(|row| {
                    let mood = row
                        .mood
                        .map_or(text::NOT_NOTED.to_string(), |mood| mood.to_string());
                    let phq9 = row.phq9.map_or(text::NOT_NOTED.to_string(), |score| {
                        format!("{score} ({})", band_label(Band::from_score(score)))
                    });
                    let item9_cell = item9.then(|| {
                        let answer = row
                            .phq9_item9
                            .and_then(|answer| ANSWER_OPTIONS.get(usize::from(answer)))
                            .copied()
                            .unwrap_or(text::NOT_NOTED);
                        view! { <td class="item9">{answer}</td> }
                    });
                    view! {
                        <tr data-week=row.week.to_string()>
                            <th scope="row">{text::week_of(row.week)}</th>
                            <td>{mood}</td>
                            <td>{phq9}</td>
                            {item9_cell}
                            <td>{text::events_cell(row.events, row.hard_events)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll">
            <table class="week-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::TABLE_WEEK}</th>
                        <th scope="col">{text::TABLE_MOOD}</th>
                        <th scope="col">{text::TABLE_PHQ9}</th>
                        {item9.then(|| view! { <th scope="col">{text::TABLE_ITEM9}</th> })}
                        <th scope="col">{text::TABLE_EVENTS}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            {move || {
                (hidden_rows() > 0)
                    .then(|| {
                        view! {
                            <p>
                                <button
                                    type="button"
                                    class="table-toggle"
                                    aria-expanded=move || show_all.get().to_string()
                                    on:click=move |_| show_all.update(|all| *all = !*all)
                                >
                                    {move || {
                                        if show_all.get() {
                                            text::SHOW_FEWER_WEEKS.to_string()
                                        } else {
                                            text::show_all_weeks(rows.with(Vec::len))
                                        }
                                    }}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
