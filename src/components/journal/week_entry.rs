//! One week's entry: the mood, the events, notes about people, a free note
//! and the optional PHQ-9, with the safety panel where it is needed. Every
//! field saves on the device as the person types.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::field::Field;

use crate::components::journal::events::Events;
use crate::components::journal::people_notes::PeopleNotes;
use crate::components::journal::phq9_form::Phq9Form;
use crate::components::journal::safety_panel::SafetyPanel;
use crate::content::journal_text as text;
use crate::model::journal::{mood_needs_safety_panel, parse_mood, IsoWeek, Journal, MoodError};
use crate::stores::journal_store;

/// How long typing must pause before a mood is saved. Typing "10" passes
/// through "1", and "11" through "1" too: waiting a moment means neither
/// is saved (nor opens the safety panel) on the way.
const MOOD_SETTLE: Duration = Duration::from_millis(600);

#[component]
pub fn WeekEntry(week: IsoWeek, today: NaiveDate, this_week: IsoWeek) -> impl IntoView {
    let store = journal_store();
    let is_current = week == this_week;
    let mood_low = Memo::new(move |_| {
        store.data.with(|journal| {
            journal
                .entry(week)
                .and_then(|entry| entry.mood)
                .is_some_and(mood_needs_safety_panel)
        })
    });
    let phq9_item_nine = Memo::new(move |_| {
        store.data.with(|journal| {
            journal
                .entry(week)
                .and_then(|entry| entry.phq9.as_ref())
                .is_some_and(|answers| answers.needs_safety_panel())
        })
    });
    let contact_today = Memo::new(move |_| {
        store.data.with(|journal| {
            journal
                .entry(week)
                .and_then(|entry| entry.phq9.as_ref())
                .is_some_and(|answers| answers.needs_contact_today())
        })
    });
    let mood_panel = move || {
        mood_low
            .get()
            .then(|| view! { <SafetyPanel id="safety-mood" contact_today=contact_today /> })
    };
    // One panel on the page: beside the mood if the mood opened it,
    // otherwise right after the questionnaire.
    let phq9_panel = move || match (phq9_item_nine.get(), mood_low.get()) {
        (true, false) => {
            Some(view! { <SafetyPanel id="safety-phq9" contact_today=contact_today /> }.into_any())
        }
        (true, true) => Some(
            view! {
                <p class="notice">
                    <a href="#safety-mood">{text::SAFETY_SEE_ABOVE}</a>
                </p>
            }
            .into_any(),
        ),
        _ => None,
    };
    view! {
        <section class="week-entry" data-week=week.to_string() aria-labelledby="journal-week-heading">
            <h2 id="journal-week-heading">{text::week_heading(week, is_current)}</h2>
            {(!is_current).then(|| view! { <p class="small">{text::PAST_WEEK_NOTE}</p> })}
            <MoodField week=week today=today />
            {mood_panel}
            <Events week=week today=today />
            <PeopleNotes week=week today=today />
            <FreeNote week=week today=today />
            <Phq9Form week=week today=today this_week=this_week />
            {phq9_panel}
        </section>
    }
}

/// A typed mood waiting to be saved, and a counter so that only the
/// latest keystroke's timer saves. Not a signal: the timer and the
/// page-hide handler may run after the form is gone.
#[derive(Default)]
struct PendingMood {
    generation: u64,
    text: Option<String>,
}

#[component]
fn MoodField(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    let store = journal_store();
    // The starting value only: setting `value` while someone types would
    // move their cursor, and what they typed must stay on screen as typed.
    let initial = store.data.with_untracked(|journal| {
        journal
            .entry(week)
            .and_then(|entry| entry.mood)
            .map(|mood| mood.to_string())
            .unwrap_or_default()
    });
    let error = RwSignal::new(None::<MoodError>);
    let pending = Arc::new(Mutex::new(PendingMood::default()));

    // Saves the waiting text if it is a mood (or empty). Refused text is
    // never saved, and the stored mood stays as it was.
    let flush = {
        let pending = pending.clone();
        move || {
            let Some(typed) = pending.lock().ok().and_then(|mut p| p.text.take()) else {
                return;
            };
            let Ok(mood) = parse_mood(&typed) else {
                return;
            };
            let stored = store
                .data
                .with_untracked(|journal| journal.entry(week).and_then(|entry| entry.mood));
            if stored == mood {
                return;
            }
            if let Err(refused) =
                store.update(|journal| journal.set_mood_from_text(week, today, &typed))
            {
                error.try_set(Some(refused));
            }
        }
    };
    let on_input = {
        let pending = pending.clone();
        let flush = flush.clone();
        move |event| {
            let typed = event_target_value(&event);
            // Say at once whether the text can be a mood; save a moment later.
            error.set(parse_mood(&typed).err());
            let generation = match pending.lock() {
                Ok(mut waiting) => {
                    waiting.generation += 1;
                    waiting.text = Some(typed);
                    waiting.generation
                }
                Err(_) => return,
            };
            let pending = pending.clone();
            let flush = flush.clone();
            set_timeout(
                move || {
                    let latest = pending.lock().map(|p| p.generation).unwrap_or_default();
                    if latest == generation {
                        flush();
                    }
                },
                MOOD_SETTLE,
            );
        }
    };
    // Leaving the field, the week or the page saves at once.
    let on_change = {
        let flush = flush.clone();
        move |_| flush()
    };
    let page_hide = {
        let flush = flush.clone();
        window_event_listener_untyped("pagehide", move |_| flush())
    };
    on_cleanup(move || {
        page_hide.remove();
        flush();
    });

    let message = move || error.get().map(text::mood_error);
    view! {
        <section class="mood" aria-labelledby="journal-mood-heading">
            <h3 id="journal-mood-heading">{text::MOOD_HEADING}</h3>
            <Field id="journal-mood" label=text::MOOD_LABEL>
                <p class="mood-scale" id="journal-mood-scale">
                    <span>{text::MOOD_LOW_END}</span>
                    <span>{text::MOOD_HIGH_END}</span>
                </p>
                <input
                    type="text"
                    id="journal-mood"
                    class="mood-input"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="12"
                    aria-describedby="journal-mood-scale journal-mood-hint journal-mood-error"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=initial
                    on:input=on_input
                    on:change=on_change
                />
                <p class="small" id="journal-mood-hint">
                    {text::MOOD_HINT}
                </p>
                <p class="field-error" id="journal-mood-error" aria-live="polite">
                    {message}
                </p>
            </Field>
        </section>
    }
}

#[component]
fn FreeNote(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    let store = journal_store();
    let initial = store.data.with_untracked(|journal| {
        journal
            .entry(week)
            .map(|entry| entry.note.clone())
            .unwrap_or_default()
    });
    view! {
        <section class="free-note" aria-labelledby="journal-note-heading">
            <h3 id="journal-note-heading">{text::NOTE_HEADING}</h3>
            <Field id="journal-note" label=text::NOTE_LABEL>
                <textarea
                    id="journal-note"
                    rows="4"
                    prop:value=initial
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        let set_note = |journal: &mut Journal| {
                            let _ = journal.set_note(week, today, &typed);
                        };
                        if store.data.with_untracked(|journal| journal.note_edit_is_text_only(week, &typed)) {
                            store.update_text(set_note);
                        } else {
                            store.update(set_note);
                        }
                    }
                ></textarea>
            </Field>
        </section>
    }
}
