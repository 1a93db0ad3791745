//! The calm safety panel: shown at once when a week's mood is 0 or 1, or
//! when the PHQ-9's item 9 is answered above "Not at all" (and then, from
//! "More than half the days", with a plea to contact a doctor or a crisis
//! line today). It links to the safety plan, or invites the person to make
//! one when there is none. It is a region
//! with a heading, not an alert (which would interrupt), and it never
//! blocks saving or hides the entry. Safe-messaging practice: hopeful,
//! people to talk to, no details of any method.

use leptos::prelude::*;

use crate::components::crisis_contacts::CrisisContactList;
use crate::content::journal_text as text;
use crate::content::ui_text::safety_plan as plan_text;
use crate::hosting::href;
use crate::routes::{HELP, SAFETY_PLAN};
use crate::stores::safety_plan_store;

/// `contact_today`: item 9 was answered "More than half the days" or
/// "Nearly every day", so the panel also asks the person to contact a
/// doctor or a crisis line today.
#[component]
pub fn SafetyPanel(
    id: &'static str,
    #[prop(into, default = Signal::stored(false))] contact_today: Signal<bool>,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let plan = safety_plan_store();
    let has_plan = move || plan.data.with(|plan| !plan.is_empty());
    view! {
        <section class="safety-panel" id=id aria-labelledby=labelled_by>
            <h3 id=heading_id>{text::SAFETY_HEADING}</h3>
            <p>{text::SAFETY_INTRO}</p>
            {move || {
                contact_today
                    .get()
                    .then(|| {
                        view! {
                            <p class="safety-contact-today">
                                <strong>{text::SAFETY_CONTACT_TODAY}</strong>
                            </p>
                        }
                    })
            }}
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
            // The plan if there is one; if not, an invitation to make one.
            {move || {
                if has_plan() {
                    view! {
                        <p>
                            <a class="safety-plan-link" href=href(SAFETY_PLAN)>
                                {plan_text::OPEN_MY_PLAN}
                            </a>
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="safety-plan-invite">
                            {text::SAFETY_MAKE_PLAN}" " <a class="safety-plan-link" href=href(SAFETY_PLAN)>
                                {text::SAFETY_MAKE_PLAN_LINK}
                            </a>
                        </p>
                    }
                        .into_any()
                }
            }}
            <p class="small">{text::SAFETY_SAVED}</p>
        </section>
    }
}
