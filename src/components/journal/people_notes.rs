//! "How it went with people": an optional note for each person seen this
//! week. Everyone named in the week's events gets a space, and anyone else
//! from the map can be added. A space, once shown, stays for the visit, so
//! emptying a note never pulls the field away mid-typing.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::journal::{map_people, person_name};
use crate::content::journal_text as text;
use crate::model::journal::IsoWeek;
use crate::stores::{journal_store, map_store};

#[component]
pub fn PeopleNotes(week: IsoWeek, today: NaiveDate) -> impl IntoView {
    let store = journal_store();
    let map = map_store();
    // People picked here or written about during this visit.
    let kept = RwSignal::new(Vec::<u64>::new());
    let shown = Memo::new(move |_| {
        let mut ids: Vec<u64> = store.data.with(|journal| {
            journal
                .entry(week)
                .map(|entry| {
                    entry
                        .events
                        .iter()
                        .flat_map(|event| event.people.iter().copied())
                        .chain(entry.person_notes.keys().copied())
                        .collect()
                })
                .unwrap_or_default()
        });
        ids.extend(kept.get());
        let mut seen = std::collections::BTreeSet::new();
        ids.retain(|id| seen.insert(*id));
        ids
    });
    let keep = move |id: u64| {
        if !kept.with_untracked(|kept| kept.contains(&id)) {
            kept.update(|kept| kept.push(id));
        }
    };
    let others = move || {
        let shown = shown.get();
        map.data
            .with(map_people)
            .into_iter()
            .filter(|(id, _)| !shown.contains(id))
            .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
            .collect_view()
    };
    // A memo, so the picker is only redrawn when it appears or goes.
    let has_others = Memo::new(move |_| {
        let shown = shown.get();
        map.data.with(|map| {
            map.people
                .iter()
                .any(|person| !shown.contains(&person.id.0))
        })
    });
    view! {
        <section class="people-notes" aria-labelledby="journal-people-notes-heading">
            <h3 id="journal-people-notes-heading">{text::PEOPLE_NOTES_HEADING}</h3>
            <p class="small">{text::PEOPLE_NOTES_INTRO}</p>
            {move || { shown.with(Vec::is_empty).then(|| view! { <p class="small">{text::PEOPLE_NOTES_EMPTY}</p> }) }}
            <For
                each=move || shown.get()
                key=|id| *id
                children=move |id| {
                    let element_id = format!("journal-person-note-{id}");
                    let label = move || { map.data.with(|map| text::person_note_label(&person_name(map, id))) };
                    let initial = store
                        .data
                        .with_untracked(|journal| {
                            journal
                                .entry(week)
                                .and_then(|entry| entry.person_notes.get(&id).cloned())
                                .unwrap_or_default()
                        });
                    view! {
                        <div class="field person-note">
                            <label for=element_id.clone()>{label}</label>
                            <textarea
                                id=element_id
                                rows="2"
                                prop:value=initial
                                on:input=move |event| {
                                    let typed = event_target_value(&event);
                                    keep(id);
                                    store
                                        .update(|journal| {
                                            let _ = journal.set_person_note(week, today, id, &typed);
                                        });
                                }
                            ></textarea>
                        </div>
                    }
                }
            />
            {move || {
                has_others
                    .get()
                    .then(|| {
                        view! {
                            <div class="field">
                                <label for="journal-person-note-add">{text::ADD_PERSON_NOTE_LABEL}</label>
                                <select
                                    id="journal-person-note-add"
                                    on:change=move |event| {
                                        if let Ok(id) = event_target_value(&event).parse::<u64>() {
                                            keep(id);
                                        }
                                    }
                                >
                                    <option value="" selected>
                                        {text::ADD_PERSON_NOTE_CHOOSE}
                                    </option>
                                    {others}
                                </select>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
