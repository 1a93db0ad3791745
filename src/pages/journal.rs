use leptos::prelude::*;

use crate::content::ui_text::placeholder as text;
use crate::pages::placeholder::ComingSoon;
use crate::routes;

#[component]
pub fn JournalPage() -> impl IntoView {
    view! {
        <ComingSoon
            title=text::JOURNAL_TITLE
            message=text::JOURNAL_COMING
            link_path=routes::learn_path("how-ipt-works")
            link_text=text::READ_ABOUT_WEEKLY
        />
    }
}
