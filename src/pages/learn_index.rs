use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::content::ui_text::{self, learn as text};
use crate::content::{GROUPS, MODULES};
use crate::routes;

#[component]
pub fn LearnIndexPage() -> impl IntoView {
    let groups = GROUPS
        .iter()
        .map(|(group, heading)| {
            let modules = MODULES
                .iter()
                .filter(|module| module.group == *group)
                .map(|module| {
                    view! {
                        <li class="module-card">
                            <a href=href(&routes::learn_path(module.slug))>{module.title}</a>
                            <p>{module.summary}</p>
                            <p class="small">{module.reading_minutes()}" "{text::MINUTES_TO_READ}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby=*group>
                    <h2 id=*group>{*heading}</h2>
                    <ol class="module-list">{modules}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::INTRO}</p>
        {groups}
        <p><a href=href(&routes::learn_path(routes::SELF_CHECK_SLUG))>{text::SELF_CHECK_TITLE}</a></p>
    }
}
