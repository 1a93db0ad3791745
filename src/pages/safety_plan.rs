//! `/help/plan`: the personal safety plan, saved as it is typed, printable.

use leptos::prelude::*;

use crate::components::page_top::PageTop;

use crate::components::print_button::PrintButton;

use crate::components::people_picker::PeoplePicker;
use crate::content::ui_text::safety_plan as text;
use crate::hosting::href;
use crate::model::settings::SafetyPlanSection;
use crate::routes;
use crate::stores::safety_plan_store;

#[component]
pub fn SafetyPlanPage() -> impl IntoView {
    let store = safety_plan_store();
    let sections = SafetyPlanSection::ALL
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let (heading, hint) = text::section(section);
            let id = format!("plan-{index}");
            let hint_id = format!("{id}-hint");
            let heading_id = format!("{id}-heading");
            let labelled_by = heading_id.clone();
            let initial = store
                .data
                .with_untracked(|plan| plan.field(section).clone());
            let textarea_ref = NodeRef::<leptos::html::Textarea>::new();
            // "People I can ask for help" can take names from the map.
            let save = move |typed: String| {
                store.update(|plan| *plan.field_mut(section) = typed);
            };
            let from_map = (section == SafetyPlanSection::PeopleToAsk).then(|| {
                view! { <PeoplePicker textarea=textarea_ref on_change=save /> }
            });
            view! {
                <section class="plan-section" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{format!("{}. {heading}", index + 1)}</h2>
                    <label for=id.clone() id=hint_id>
                        {hint}
                    </label>
                    <textarea
                        id=id
                        node_ref=textarea_ref
                        rows="4"
                        dir="auto"
                        prop:value=initial
                        on:input=move |event| save(event_target_value(&event))
                    ></textarea>
                    {from_map}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTop title=text::TITLE lead=text::INTRO />
        <p class="danger">
            <strong>{text::CRISIS_NOW}</strong>
            " "
            <a href=href(routes::HELP)>{text::BACK_TO_HELP}</a>
        </p>
        <form class="safety-plan" on:submit=|event| event.prevent_default()>
            {sections}
        </form>
        <p class="actions">
            <PrintButton label=text::PRINT />
        </p>
    }
}
