//! Snapshots: the map saved with a date, and an earlier one beside today's
//! with who moved, who was added and who left.

use leptos::prelude::*;

use crate::components::field::{chosen_value, Field};

use super::circle::StillCircle;
use super::MapState;
use crate::clock::local_today;
use crate::content::map_text as text;
use crate::model::relationship_map::snapshot::{diff, take_snapshot};
use crate::model::relationship_map::Person;

fn name_of(people: &[Person], id: crate::model::relationship_map::PersonId) -> String {
    people
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

#[component]
pub fn Snapshots(state: MapState) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let saved_on = RwSignal::new(None::<String>);
    let dates = Memo::new(move |_| {
        state.store.data.with(|map| {
            map.snapshots
                .iter()
                .map(|s| s.taken_on.clone())
                .collect::<Vec<_>>()
        })
    });
    let take = move |_| {
        let today = local_today().to_string();
        state.store.update(|map| take_snapshot(map, &today));
        saved_on.set(Some(today));
    };
    // Each drawing depends only on what it shows: the earlier one on the
    // chosen snapshot, today's on today's people. An edit of the map then
    // redraws today's drawing and the list of changes, never the snapshot.
    let then = Memo::new(move |_| {
        let date = chosen.get()?;
        state.store.data.with(|map| {
            let snapshot = map.snapshots.iter().find(|s| s.taken_on == date)?;
            Some((date.clone(), snapshot.people.clone()))
        })
    });
    let now = Memo::new(move |_| state.store.data.with(|map| map.people.clone()));
    let changes = move |date: String, then: Vec<Person>| {
        move || {
            now.with(|now| {
                let changes = diff(&then, now);
                let moved = changes
                    .moved
                    .iter()
                    .map(|(id, from, to)| {
                        view! {
                            <li>
                                <span class="user-text">{name_of(now, *id)}</span>
                                ": "
                                {text::ring_name(*from)}
                                " → "
                                {text::ring_name(*to)}
                            </li>
                        }
                    })
                    .collect_view();
                let added = changes
                    .added
                    .iter()
                    .map(|id| view! { <li class="user-text">{name_of(now, *id)}</li> })
                    .collect_view();
                let removed = changes
                    .removed
                    .iter()
                    .map(|id| view! { <li class="user-text">{name_of(&then, *id)}</li> })
                    .collect_view();
                let nothing = changes
                    .is_empty()
                    .then(|| view! { <p>{text::NO_CHANGES}</p> });
                view! {
                    {nothing}
                    {(!changes.moved.is_empty())
                        .then(|| {
                            view! {
                                <h3>{text::MOVED}</h3>
                                <ul class="moved">{moved}</ul>
                            }
                        })}
                    {(!changes.added.is_empty())
                        .then(|| {
                            view! {
                                <h3>{text::ADDED}" "{date.clone()}</h3>
                                <ul class="added">{added}</ul>
                            }
                        })}
                    {(!changes.removed.is_empty())
                        .then(|| {
                            view! {
                                <h3>{text::LEFT}</h3>
                                <ul class="removed">{removed}</ul>
                            }
                        })}
                }
            })
        }
    };
    let comparison = move || {
        then.get().map(|(date, then)| {
            view! {
                <div class="comparison">
                    <figure>
                        <figcaption>{text::THEN}": "{date.clone()}</figcaption>
                        <StillCircle people=then.clone() label=format!("{} {}", text::THEN, date) />
                    </figure>
                    <figure>
                        <figcaption>{text::NOW}</figcaption>
                        {move || {
                            view! { <StillCircle people=now.get() label=text::NOW.to_string() /> }
                        }}
                    </figure>
                </div>
                <div class="changes" aria-live="polite">
                    {changes(date, then)}
                </div>
            }
        })
    };
    view! {
        <section class="snapshots" aria-labelledby="snapshots-heading">
            <h2 id="snapshots-heading">{text::SNAPSHOTS_HEADING}</h2>
            <p>{text::SNAPSHOTS_INTRO}</p>
            <p>
                <button type="button" class="take-snapshot" on:click=take>
                    {text::TAKE_SNAPSHOT}
                </button>
                <span role="status">
                    {move || saved_on.get().map(|date| format!("{} {date}.", text::SNAPSHOT_SAVED))}
                </span>
            </p>
            {move || {
                let dates = dates.get();
                (!dates.is_empty())
                    .then(|| {
                        view! {
                            <Field id="compare-snapshot" label=text::COMPARE_WITH>
                                <select id="compare-snapshot" on:change=move |event| chosen.set(chosen_value(&event))>
                                    <option value="">"—"</option>
                                    {dates
                                        .into_iter()
                                        .map(|date| {
                                            view! { <option value=date.clone()>{date.clone()}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </Field>
                        }
                    })
            }}
            {comparison}
        </section>
    }
}
