//! The selected person, in words: every field as text, and the actions.

use leptos::prelude::*;

use super::MapState;
use crate::components::focus::opener_of;
use crate::content::map_text as text;
use crate::model::relationship_map::{Person, PersonId, RelationshipMap};

/// Buttons that move a person; shared by the details panel and the list.
#[component]
/// `name` follows renames, so each button's accessible name stays true.
pub fn MoveButtons(
    state: MapState,
    id: PersonId,
    #[prop(into)] name: Signal<String>,
) -> impl IntoView {
    let labelled = move |action: &'static str| move || format!("{action}: {}", name.get());
    // (what it says, what it shows, the move), in the order of the arrows.
    type Move = fn(&mut RelationshipMap, PersonId) -> bool;
    let moves: [(&'static str, &'static str, Move); 4] = [
        (text::MOVE_CLOSER, "↑", |map, id| map.move_inward(id)),
        (text::MOVE_FURTHER, "↓", |map, id| map.move_outward(id)),
        (text::MOVE_LEFT, "↺", |map, id| map.move_around(id, -1)),
        (text::MOVE_RIGHT, "↻", |map, id| map.move_around(id, 1)),
    ];
    let buttons = moves
        .into_iter()
        .map(|(action, glyph, movement)| {
            view! {
                <button
                    type="button"
                    aria-label=labelled(action)
                    on:click=move |_| state.move_person(id, |map| movement(map, id))
                >
                    {glyph}
                </button>
            }
        })
        .collect_view();
    view! { <span class="move-buttons">{buttons}</span> }
}

fn row(label: &'static str, value: String) -> impl IntoView {
    (!value.trim().is_empty()).then(|| {
        view! {
            <dt>{label}</dt>
            <dd class="user-text">{value}</dd>
        }
    })
}

#[component]
pub fn PersonDetails(state: MapState) -> impl IntoView {
    // The panel is drawn anew only when another person is selected; a change
    // to the person redraws the words, and the buttons stay (so the focus
    // can come back to "Edit" after the form is saved).
    let selected = Memo::new(move |_| {
        state
            .selected
            .get()
            .filter(|id| state.store.data.with(|map| map.person(*id).is_some()))
    });
    move || {
        selected.get().map(|id: PersonId| {
            let person_memo = state.person_memo(id);
            let name = Signal::derive(move || {
                person_memo.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
            });
            let rows = move || {
                person_memo.get().map(|person: Person| {
                    let area = person.problem_area.map(|area| {
                        let stage = person
                            .dispute_stage
                            .map(|stage| format!(" ({})", text::stage_name(stage)))
                            .unwrap_or_default();
                        format!("{}{stage}", text::area_name(area))
                    });
                    view! {
                        {row(text::FIELD_RELATIONSHIP, text::relationship_name(&person.relationship).to_string())}
                        {row(text::FIELD_RING, text::ring_name(person.ring).to_string())}
                        {row(text::FIELD_CONTACT, person.contact_frequency.clone())}
                        {row(text::SUPPORT, format!("{} {}", person.support, text::OF_FOUR))}
                        {row(text::CONFLICT, format!("{} {}", person.conflict, text::OF_FOUR))}
                        {row(text::FIELD_GOOD, person.good.clone())}
                        {row(text::FIELD_HARD, person.hard.clone())}
                        {row(text::FIELD_MY_EXPECTATIONS, person.my_expectations.clone())}
                        {row(text::FIELD_THEIR_EXPECTATIONS, person.their_expectations.clone())}
                        {row(text::FIELD_CHANGE, person.change.clone())}
                        {row(text::FIELD_AREA, area.unwrap_or_default())}
                    }
                })
            };
            view! {
                <section class="person-details" aria-labelledby="person-details-heading">
                    <h2 id="person-details-heading" class="user-text">
                        {move || name.get()}
                    </h2>
                    <dl>{rows}</dl>
                    <p class="actions">
                        <button
                            type="button"
                            class="person-edit"
                            on:click=move |event| state.open_editor(Some(id), opener_of(&event))
                        >
                            {text::EDIT}
                        </button>
                        <MoveButtons state=state id=id name=name />
                        <button type="button" on:click=move |_| state.remove(id)>
                            {text::REMOVE}
                        </button>
                        <button type="button" on:click=move |_| state.selected.set(None)>
                            {text::CLOSE}
                        </button>
                    </p>
                </section>
            }
        })
    }
}
