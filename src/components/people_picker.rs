//! "Add from your map": the names on the relationship map as buttons, for
//! fields about a person (exercises, the safety plan).

use leptos::prelude::*;

use crate::content::ui_text::safety_plan::FROM_THE_MAP;
use crate::model::relationship_map::RelationshipMap;
use crate::pages::lazy::stored_parts;
use crate::storage::area_is_stored;
use crate::storage::areas::Area;
use crate::stores::map_store;

/// Appends `name` on a new line of `text` (or as the whole text if empty).
pub fn append_name(text: &str, name: &str) -> String {
    let mut joined = text.to_string();
    if !joined.is_empty() && !joined.ends_with('\n') {
        joined.push('\n');
    }
    joined.push_str(name);
    joined
}

/// The names as buttons; a press appends the name on a new line of
/// `textarea` and hands the new text to `on_change`, the same save the
/// textarea's own typing uses. With no map stored there is no one to list,
/// and the map's code is not loaded (a Learn page's exercises use this).
#[component]
pub fn PeoplePicker(
    textarea: NodeRef<leptos::html::Textarea>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    area_is_stored(RelationshipMap::NAME).then(|| {
        Suspend::new(async move { (stored_parts().await.names_from_the_map)(textarea, on_change) })
    })
}

/// The buttons, split out of the main module with the map's code
/// (`pages::lazy::StoredParts`).
pub(crate) fn names_from_the_map(
    textarea: NodeRef<leptos::html::Textarea>,
    on_change: Callback<String>,
) -> AnyView {
    let pick = move |name: &str| {
        let Some(field) = textarea.get_untracked() else {
            return;
        };
        let joined = append_name(&field.value(), name);
        field.set_value(&joined);
        on_change.run(joined);
    };
    let map = map_store();
    let names = Memo::new(move |_| {
        map.data
            .with(|m| m.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>())
    });
    let buttons = move || {
        let names = names.get();
        (!names.is_empty()).then(|| {
            view! {
                <p class="from-map">
                    {FROM_THE_MAP}" "
                    {names
                        .into_iter()
                        .map(|name| {
                            let label = name.clone();
                            view! {
                                <button type="button" class="chip user-text" on:click=move |_| pick(&name)>
                                    {label}
                                </button>
                            }
                        })
                        .collect_view()}
                </p>
            }
        })
    };
    buttons.into_any()
}
