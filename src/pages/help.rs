use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::crisis_contacts::CrisisContactList;
use crate::content::crisis_contacts::LAST_CHECKED;
use crate::content::ui_text::{self, help as text};

#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        <p class="danger"><strong>{text::DANGER}</strong></p>
        <h2 id="talk-to-someone">{text::LINES_HEADING}</h2>
        <CrisisContactList/>
        <p class="small">{text::LAST_CHECKED}" "{LAST_CHECKED}". "{text::NOT_EMERGENCY_SERVICE}</p>
    }
}
