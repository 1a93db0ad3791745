//! The mood chart (SVG) and the same numbers as a table. Mood uses the left
//! scale (0 to 10); the PHQ-9, when filled in, the right one (0 to 27),
//! drawn dashed. Weeks without an entry are gaps in the mood line. Marks
//! under the weeks show events: a triangle for a week with a hard event,
//! a ring for a week with other events.

use chrono::Days;
use leptos::prelude::*;

use crate::content::journal_text as text;
use crate::content::phq9::band_label;
use crate::model::journal::{weeks_between, Band, IsoWeek, WeekRow};

/// At most this many weeks are drawn (the table lists them all).
const MAX_CHART_WEEKS: i64 = 104;
const MOOD_MAX: f64 = 10.0;
const PHQ9_MAX: f64 = 27.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 44.0;
const TOP: f64 = 30.0;
const PLOT_HEIGHT: f64 = 180.0;
const BOTTOM: f64 = 56.0;
const MIN_STEP: f64 = 40.0;
const MIN_PLOT_WIDTH: f64 = 232.0;

/// Where the weeks sit on the chart: the first week drawn, how many, and
/// the width of one week's column.
#[derive(Debug, Clone, Copy)]
struct Frame {
    first: IsoWeek,
    weeks: i64,
    step: f64,
}

impl Frame {
    fn new(rows: &[WeekRow], this_week: IsoWeek) -> Option<Frame> {
        let earliest = rows.first()?.week;
        let last = rows.last().map_or(this_week, |row| row.week.max(this_week));
        let limit = last
            .monday()
            .checked_sub_days(Days::new(7 * (MAX_CHART_WEEKS as u64 - 1)))
            .map_or(IsoWeek::MIN, IsoWeek::from_date);
        let first = earliest.max(limit);
        let weeks = weeks_between(first, last) + 1;
        let step = MIN_STEP.max(MIN_PLOT_WIDTH / weeks as f64);
        Some(Frame { first, weeks, step })
    }

    fn index(&self, week: IsoWeek) -> Option<i64> {
        let index = weeks_between(self.first, week);
        (0..self.weeks).contains(&index).then_some(index)
    }

    fn x(&self, index: i64) -> f64 {
        LEFT + self.step * (index as f64 + 0.5)
    }

    fn width(&self) -> f64 {
        LEFT + RIGHT + self.step * self.weeks as f64
    }

    fn height(&self) -> f64 {
        TOP + PLOT_HEIGHT + BOTTOM
    }
}

fn y_mood(mood: u8) -> f64 {
    TOP + PLOT_HEIGHT * (1.0 - f64::from(mood).min(MOOD_MAX) / MOOD_MAX)
}

fn y_phq9(score: u8) -> f64 {
    TOP + PLOT_HEIGHT * (1.0 - f64::from(score).min(PHQ9_MAX) / PHQ9_MAX)
}

fn points(list: &[(f64, f64)]) -> String {
    list.iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The mood line, broken where a week has no mood.
fn mood_segments(rows: &[WeekRow], frame: &Frame) -> Vec<Vec<(f64, f64)>> {
    let mut segments: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut previous: Option<i64> = None;
    for row in rows {
        let (Some(index), Some(mood)) = (frame.index(row.week), row.mood) else {
            previous = None;
            continue;
        };
        let point = (frame.x(index), y_mood(mood));
        match (previous, segments.last_mut()) {
            (Some(before), Some(segment)) if index == before + 1 => segment.push(point),
            _ => segments.push(vec![point]),
        }
        previous = Some(index);
    }
    segments
}

/// Every `n`th week gets a date under it, so labels never overlap.
fn label_every(weeks: i64) -> i64 {
    match weeks {
        0..=8 => 1,
        9..=26 => 2,
        _ => 4,
    }
}

#[component]
pub fn MoodChart(rows: Memo<Vec<WeekRow>>, this_week: IsoWeek) -> impl IntoView {
    move || {
        rows.with(|rows| {
            let frame = Frame::new(rows, this_week)?;
            Some(draw(rows, frame))
        })
    }
}

fn draw(rows: &[WeekRow], frame: Frame) -> impl IntoView {
    let (width, height) = (frame.width(), frame.height());
    let plot_left = LEFT;
    let plot_right = width - RIGHT;
    let baseline = TOP + PLOT_HEIGHT;
    let has_phq9 = rows
        .iter()
        .any(|row| row.phq9.is_some() && frame.index(row.week).is_some());

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

    let mood_lines = mood_segments(rows, &frame)
        .into_iter()
        .filter(|segment| segment.len() > 1)
        .map(|segment| {
            view! { <polyline class="chart-mood-line" points=points(&segment)></polyline> }
        })
        .collect_view();
    let phq9_points: Vec<(f64, f64)> = rows
        .iter()
        .filter_map(|row| Some((frame.x(frame.index(row.week)?), y_phq9(row.phq9?))))
        .collect();
    let phq9_line = (phq9_points.len() > 1).then(|| {
        view! { <polyline class="chart-phq9-line" points=points(&phq9_points)></polyline> }
    });

    let every = label_every(frame.weeks);
    let labels = (0..frame.weeks)
        .filter(|index| index % every == 0)
        .map(|index| {
            let monday = frame
                .first
                .monday()
                .checked_add_days(Days::new(7 * index as u64))
                .unwrap_or(frame.first.monday());
            view! {
                <text class="chart-tick" x=frame.x(index) y=baseline + 42.0 text-anchor="middle">
                    {text::short_date(monday)}
                </text>
            }
        })
        .collect_view();

    let weeks = rows
        .iter()
        .filter_map(|row| {
            let index = frame.index(row.week)?;
            let x = frame.x(index);
            let summary =
                text::chart_week_summary(row.week, row.mood, row.phq9, row.events, row.hard_events);
            let mood = row.mood.map(|mood| {
                view! { <circle class="chart-mood-point" cx=x cy=y_mood(mood) r="5"></circle> }
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
            let column_x = x - frame.step / 2.0;
            Some(view! {
                <g class="chart-week" data-week=row.week.to_string()>
                    <title>{summary}</title>
                    <rect class="chart-week-hit" x=column_x y=TOP width=frame.step height=PLOT_HEIGHT + 26.0></rect>
                    {mood}
                    {phq9}
                    {events}
                </g>
            })
        })
        .collect_view();

    view! {
        <div class="chart-scroll">
            <svg
                class="mood-chart"
                role="img"
                aria-labelledby="mood-chart-title mood-chart-desc"
                width=width
                height=height
                viewBox=format!("0 0 {width} {height}")
            >
                <title id="mood-chart-title">{text::CHART_HEADING}</title>
                <desc id="mood-chart-desc">{text::CHART_DESCRIPTION}</desc>
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
                {weeks}
            </svg>
        </div>
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
        </ul>
    }
}

/// Rows the table shows before "Show all weeks": half a year, so a long
/// journal (ten years is 520 rows) opens fast.
const TABLE_FIRST_ROWS: usize = 26;

/// The chart's numbers as a table, newest week first.
#[component]
pub fn WeekTable(rows: Memo<Vec<WeekRow>>) -> impl IntoView {
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
                    view! {
                        <tr data-week=row.week.to_string()>
                            <th scope="row">{text::week_of(row.week)}</th>
                            <td>{mood}</td>
                            <td>{phq9}</td>
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
                <caption>{text::TABLE_CAPTION}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::TABLE_WEEK}</th>
                        <th scope="col">{text::TABLE_MOOD}</th>
                        <th scope="col">{text::TABLE_PHQ9}</th>
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
