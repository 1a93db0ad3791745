use leptos::prelude::*;

use crate::content::ui_text;
use crate::content::ui_text::placeholder as text;
use crate::pages::placeholder::ComingSoon;
use crate::routes;

#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <ComingSoon
            title=text::DATA_TITLE
            message=text::DATA_COMING
            link_path=routes::HELP.to_string()
            link_text=ui_text::GET_HELP_NOW
        />
    }
}
