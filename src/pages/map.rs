use leptos::prelude::*;

use crate::content::ui_text::placeholder as text;
use crate::pages::placeholder::ComingSoon;
use crate::routes;

#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <ComingSoon
            title=text::MAP_TITLE
            message=text::MAP_COMING
            link_path=routes::learn_path("interpersonal-inventory")
            link_text=text::READ_ABOUT_INVENTORY
        />
    }
}
