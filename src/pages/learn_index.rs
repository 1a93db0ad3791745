//! `/learn`: the twelve modules in their groups, with reading progress and
//! the self-check.

use leptos::prelude::*;

use crate::components::page_top::PageTop;

use crate::content::exercises::exercises_for;
use crate::content::ui_text::learn::GROUPS;
use crate::content::ui_text::{learn as text, progress};
use crate::content::MODULES;
use crate::hosting::href;
use crate::routes;
use crate::stores::learn_store;

#[component]
pub fn LearnIndexPage() -> impl IntoView {
    let store = learn_store();
    let groups = GROUPS
        .iter()
        .map(|(group, heading)| {
            let modules = MODULES
                .iter()
                .filter(|module| module.group == *group)
                .map(|module| {
                    let slug = module.slug;
                    let read_badge = move || {
                        store
                            .data
                            .with(|learn| learn.is_read(slug))
                            .then(|| view! { <span class="badge">{progress::READ}</span> })
                    };
                    let exercise_count = exercises_for(slug).count();
                    let exercises_done = move || {
                        let done = store.data.with(|learn| {
                            exercises_for(slug).filter(|e| learn.is_done(e.id)).count()
                        });
                        (done > 0).then(|| view! { <span class="badge">{format!("{done}/{exercise_count} ")}{progress::EXERCISES_DONE}</span> })
                    };
                    view! {
                        <li class="module-card">
                            <a href=href(&routes::learn_path(module.slug))>{module.title}</a>
                            " "
                            {read_badge}
                            " "
                            {exercises_done}
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
        <PageTop title=text::TITLE lead=text::INTRO />
        {groups}
        <p>
            <a href=href(&routes::learn_path(routes::SELF_CHECK_SLUG))>{text::SELF_CHECK_LINK}</a>
        </p>
    }
}
