//! The calm safety panel: shown at once when a week's mood is 0 or 1, or
//! when the PHQ-9's item 9 is answered above "Not at all". It is a region
//! with a heading, not an alert (which would interrupt), and it never
//! blocks saving or hides the entry. Safe-messaging practice: hopeful,
//! people to talk to, no details of any method.

use leptos::prelude::*;

use crate::app::href;
use crate::components::crisis_contacts::CrisisContactList;
use crate::content::journal_text as text;
use crate::content::ui_text::safety_plan as plan_text;
use crate::routes::{HELP, SAFETY_PLAN};
use crate::stores::safety_plan_store;

#[component]
pub fn SafetyPanel(id: &'static str) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let plan = safety_plan_store();
    let has_plan = move || plan.data.with(|plan| !plan.is_empty());
    view! {
        <section class="safety-panel" id=id aria-labelledby=labelled_by>
            <h3 id=heading_id>{text::SAFETY_HEADING}</h3>
            <p>{text::SAFETY_INTRO}</p>
            <p>{text::SAFETY_TALK}</p>
            <CrisisContactList />
            <p>
                <strong>{text::SAFETY_DANGER}</strong>
            </p>
            <p>
                <a class="safety-help-link" href=href(HELP)>
                    {text::SAFETY_HELP_LINK}
                </a>
            </p>
            {move || {
                has_plan()
                    .then(|| {
                        view! {
                            <p>
                                <a class="safety-plan-link" href=href(SAFETY_PLAN)>
                                    {plan_text::OPEN_MY_PLAN}
                                </a>
                            </p>
                        }
                    })
            }}
            <p class="small">{text::SAFETY_SAVED}</p>
        </section>
    }
}
