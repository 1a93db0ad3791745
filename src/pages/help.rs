use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::components::crisis_contacts::{CountryChoice, CrisisContactList};
use crate::content::crisis_contacts::LAST_CHECKED;
use crate::content::ui_text::{self, help as text};
use crate::routes;

#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <p class="danger"><strong>{text::DANGER}</strong></p>
        <h2 id="talk-to-someone">{text::LINES_HEADING}</h2>
        <CountryChoice/>
        <CrisisContactList/>
        <p class="small">{text::LAST_CHECKED}" "{LAST_CHECKED}". "{text::NOT_EMERGENCY_SERVICE}</p>
        <h2 id="safety-plan">{text::PLAN_LINK}</h2>
        <p>{text::PLAN_LINK_HINT}" "<a href=href(routes::SAFETY_PLAN)>{text::PLAN_LINK}</a></p>
    }
}
