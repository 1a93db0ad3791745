//! The same people as a plain table: every action of the drawing is here
//! too, for screen readers and anyone who prefers a list.

use leptos::prelude::*;

use super::details::MoveButtons;
use super::MapState;
use crate::components::focus::opener_of;
use crate::content::map_text as text;
use crate::model::relationship_map::PersonId;

#[component]
pub fn PersonList(state: MapState) -> impl IntoView {
    let ids = move || {
        state
            .store
            .data
            .with(|map| map.people.iter().map(|p| p.id).collect::<Vec<PersonId>>())
    };
    let row = move |id: PersonId| {
        let person_memo = state.person_memo(id);
        let person = move || person_memo.get();
        let cell = move |read: fn(&crate::model::relationship_map::Person) -> String| {
            move || person().map(|p| read(&p)).unwrap_or_default()
        };
        // Follows renames: the buttons' accessible names must name the
        // person as they are called now.
        let name = Signal::derive(move || person().map(|p| p.name).unwrap_or_default());
        view! {
            <tr>
                <th scope="row" class="user-text">
                    {cell(|p| p.name.clone())}
                </th>
                <td class="user-text">{cell(|p| text::relationship_name(&p.relationship).to_string())}</td>
                <td>{cell(|p| text::ring_name(p.ring).to_string())}</td>
                <td>{cell(|p| p.support.to_string())}</td>
                <td>{cell(|p| p.conflict.to_string())}</td>
                <td>{cell(|p| { p.problem_area.map(text::area_name).unwrap_or(text::NONE).to_string() })}</td>
                <td class="actions">
                    <button
                        type="button"
                        aria-label=move || format!("{}: {}", text::EDIT, name.get())
                        on:click=move |event| state.open_editor(Some(id), opener_of(&event))
                    >
                        {text::EDIT}
                    </button>
                    <MoveButtons state=state id=id name=name />
                    <button
                        type="button"
                        aria-label=move || format!("{}: {}", text::REMOVE, name.get())
                        on:click=move |_| state.remove(id)
                    >
                        {text::REMOVE}
                    </button>
                </td>
            </tr>
        }
    };
    view! {
        <section id="person-list" class="person-list" aria-labelledby="person-list-heading">
            <h2 id="person-list-heading">{text::LIST_HEADING}</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{text::NAME}</th>
                            <th scope="col">{text::FIELD_RELATIONSHIP}</th>
                            <th scope="col">{text::FIELD_RING}</th>
                            <th scope="col">{text::SUPPORT}</th>
                            <th scope="col">{text::CONFLICT}</th>
                            <th scope="col">{text::FIELD_AREA}</th>
                            <th scope="col">
                                <span class="visually-hidden">{text::ACTIONS}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=ids key=|id| *id let:id>
                            {row(id)}
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
