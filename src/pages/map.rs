//! `/map`: the relationship map (IPT's interpersonal inventory).

use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

use crate::components::focus::opener_of;
use crate::components::map::circle::ClosenessCircle;
use crate::components::map::details::PersonDetails;
use crate::components::map::export::MapExport;
use crate::components::map::legend::{EmptyCircleDrawing, MapLegend};
use crate::components::map::person_form::PersonForm;
use crate::components::map::person_list::PersonList;
use crate::components::map::snapshots::Snapshots;
use crate::components::map::MapState;
use crate::content::map_text as text;
use crate::content::ui_text;
use crate::hosting::href;
use crate::routes;
use crate::stores::map_store;

/// Up to this many people, the list view starts unfolded.
const LIST_OPEN_UP_TO: usize = 30;

/// True when a key press belongs to a text field (its own undo applies).
fn typing_in_a_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

#[component]
pub fn MapPage() -> impl IntoView {
    let state = MapState::new(map_store());
    let shortcuts = window_event_listener(ev::keydown, move |event| {
        if !(event.ctrl_key() || event.meta_key()) || typing_in_a_field(&event) {
            return;
        }
        match event.key().to_lowercase().as_str() {
            "z" if event.shift_key() => state.redo(),
            "z" => state.undo(),
            "y" => state.redo(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || shortcuts.remove());

    // A memo, so the views below are rebuilt only when the map becomes empty
    // or not, not on every change to it.
    let is_empty = Memo::new(move |_| state.store.data.with(|map| map.people.is_empty()));
    // The list holds every action of the drawing. With many people it
    // starts folded, so the page opens fast; one press unfolds it.
    let list_open = RwSignal::new(
        state
            .store
            .data
            .with_untracked(|map| map.people.len() <= LIST_OPEN_UP_TO),
    );
    view! {
        <Title text=ui_text::document_title(text::TITLE) />
        <h1 id="map-heading">{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <p class="toolbar">
            <button
                type="button"
                class="primary add-person"
                on:click=move |event| state.open_editor(None, opener_of(&event))
            >
                {text::ADD_PERSON}
            </button>
            <button type="button" class="undo" prop:disabled=move || !state.can_undo() on:click=move |_| state.undo()>
                {text::UNDO}
            </button>
            <button type="button" class="redo" prop:disabled=move || !state.can_redo() on:click=move |_| state.redo()>
                {text::REDO}
            </button>
        </p>
        <p class="visually-hidden" role="status">
            {move || state.announcement.get()}
        </p>
        <PersonForm state=state />
        {move || {
            is_empty
                .get()
                .then(|| {
                    view! {
                        <section class="empty-state" aria-labelledby="empty-heading">
                            <h2 id="empty-heading">{text::EMPTY_HEADING}</h2>
                            <EmptyCircleDrawing />
                            <ol>{text::EMPTY_STEPS.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}</ol>
                            <p>
                                <a href=href(&routes::learn_path("interpersonal-inventory"))>{text::READ_FIRST}</a>
                            </p>
                        </section>
                    }
                })
        }}
        <div class="map-layout">
            // Before anyone is added, the empty state's drawing stands in for
            // the circle.
            {move || {
                (!is_empty.get())
                    .then(|| {
                        view! {
                            <div class="map-drawing">
                                <ClosenessCircle state=state />
                                <MapLegend />
                            </div>
                        }
                    })
            }} <PersonDetails state=state />
        </div>
        {move || {
            (!is_empty.get())
                .then(|| {
                    view! {
                        <p>
                            <button
                                type="button"
                                class="list-toggle"
                                aria-expanded=move || list_open.get().to_string()
                                aria-controls="person-list"
                                on:click=move |_| list_open.update(|open| *open = !*open)
                            >
                                {move || { if list_open.get() { text::HIDE_LIST } else { text::SHOW_LIST } }}
                            </button>
                        </p>
                        {move || list_open.get().then(|| view! { <PersonList state=state /> })}
                    }
                })
        }}
        <Snapshots state=state />
        <MapExport state=state />
    }
}
