//! A weekly reminder without a server: the person picks a day and a time
//! and downloads a calendar file (.ics) that repeats every week in their
//! own calendar, linking back to the journal.

use chrono::{NaiveDate, Weekday};
use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::download::download_text;
use crate::content::journal_text as text;
use crate::hosting::href;
use crate::model::journal::ics::{weekly_reminder_ics, REMINDER_UID};
use crate::routes::JOURNAL;

const CALENDAR_TYPE: &str = "text/calendar;charset=utf-8";
const DEFAULT_DAY: Weekday = Weekday::Sun;
const DEFAULT_TIME: &str = "19:00";

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Reads a time field's value, "19:00" (or "19:00:30"), as hour and minute.
fn parse_time(value: &str) -> Option<(u32, u32)> {
    let mut parts = value.trim().split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// The current time in UTC as `YYYYMMDDTHHMMSSZ`, the calendar's stamp.
fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// The journal's full address on this site (the calendar needs a whole URL).
fn journal_url() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", href(JOURNAL))
}

#[component]
pub fn Reminder(today: NaiveDate) -> impl IntoView {
    let day = RwSignal::new(DEFAULT_DAY);
    let time = RwSignal::new(DEFAULT_TIME.to_string());
    let time_invalid = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let download = move |_| {
        let Some((hour, minute)) = parse_time(&time.get_untracked()) else {
            time_invalid.set(true);
            return;
        };
        time_invalid.set(false);
        let calendar = weekly_reminder_ics(
            today,
            day.get_untracked(),
            hour,
            minute,
            &journal_url(),
            REMINDER_UID,
            &utc_stamp(),
        );
        failed.set(!download_text(
            text::REMINDER_FILE,
            CALENDAR_TYPE,
            &calendar,
        ));
    };
    let days = WEEKDAYS
        .into_iter()
        .map(|weekday| {
            view! {
                <option value=weekday.num_days_from_monday().to_string() prop:selected=move || day.get() == weekday>
                    {text::weekday_name(weekday)}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="reminder" aria-labelledby="journal-reminder-heading">
            <h2 id="journal-reminder-heading">{text::REMINDER_HEADING}</h2>
            <p>{text::REMINDER_INTRO}</p>
            <div class="reminder-fields">
                <Field id="journal-reminder-day" label=text::REMINDER_DAY>
                    <select
                        id="journal-reminder-day"
                        on:change=move |event| {
                            let chosen = event_target_value(&event).parse::<usize>().ok();
                            if let Some(weekday) = chosen.and_then(|index| WEEKDAYS.get(index)) {
                                day.set(*weekday);
                            }
                        }
                    >
                        {days}
                    </select>
                </Field>
                <Field id="journal-reminder-time" label=text::REMINDER_TIME>
                    <input
                        type="time"
                        id="journal-reminder-time"
                        aria-describedby="journal-reminder-time-error"
                        aria-invalid=move || time_invalid.get().to_string()
                        prop:value=DEFAULT_TIME
                        on:input=move |event| {
                            let typed = event_target_value(&event);
                            time_invalid.set(parse_time(&typed).is_none());
                            time.set(typed);
                        }
                    />
                </Field>
            </div>
            <p class="field-error" id="journal-reminder-time-error" aria-live="polite">
                {move || time_invalid.get().then_some(text::REMINDER_TIME_INVALID)}
            </p>
            <p>
                <button type="button" class="download-reminder" on:click=download>
                    {text::REMINDER_DOWNLOAD}
                </button>
            </p>
            <p class="small">{text::REMINDER_HOW}</p>
            <p class="field-error" role="status">
                {move || failed.get().then_some(text::DOWNLOAD_FAILED)}
            </p>
        </section>
    }
}
