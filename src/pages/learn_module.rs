//! `/learn/:slug`: one explainer module, its exercises, reading progress
//! and the links to the modules before and after it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::exercise_form::ExerciseForm;
use crate::components::module_text;
use crate::components::share::ShareButton;
use crate::content::exercises::exercises_for;
use crate::content::trusted_html::TrustedHtml;
use crate::content::ui_text::{self, learn as text, progress, saving, share};
use crate::content::{module_by_slug, neighbours, Module};
use crate::hosting::{href, router_base};
use crate::pages::not_found::NotFoundPage;
use crate::routes;
use crate::stores::learn_store;

#[component]
pub fn LearnModulePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    move || {
        let slug = slug();
        if let Some(module) = module_by_slug(&slug) {
            view! { <ModuleArticle module=module /> }.into_any()
        } else {
            view! { <NotFoundPage /> }.into_any()
        }
    }
}

#[component]
fn ModuleArticle(module: &'static Module) -> impl IntoView {
    let (previous, next) = neighbours(module.slug);
    let contents = module
        .sections
        .iter()
        .map(|section| {
            view! {
                <li>
                    <a href=format!("#{}", section.id)>{section.heading}</a>
                </li>
            }
        })
        .collect_view();
    let module_path = routes::learn_path(module.slug);
    // The sections' text: from the page the app arrived with, or fetched
    // from this module's prerendered page (see components/module_text.rs).
    let texts = RwSignal::new(module_text::checked_now(module));
    let failed = RwSignal::new(false);
    if texts.get_untracked().is_none() {
        leptos::task::spawn_local(async move {
            match module_text::fetch_checked(module).await {
                Some(checked) => {
                    if texts.try_set(Some(checked)).is_none() {
                        scroll_to_fragment_after_render();
                    }
                }
                None => {
                    let _ = failed.try_set(true);
                }
            }
        });
    }
    let sections = module
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let body = move || match texts.with(|texts| texts.as_ref().map(|t| t[index].clone())) {
                Some(html) => view! { <TrustedHtml html=html base=router_base() /> }.into_any(),
                None if failed.get() => view! {
                    <p class="notice" role="status">
                        {text::TEXT_FAILED}
                    </p>
                }
                .into_any(),
                None => view! { <p class="small">{text::TEXT_LOADING}</p> }.into_any(),
            };
            view! {
                <section aria-labelledby=section.id>
                    <h2 id=section.id>{section.heading}</h2>
                    {body}
                    <ShareButton
                        path=format!("{module_path}#{}", section.id)
                        title=module.title
                        label=share::SHARE_SECTION
                    />
                </section>
            }
        })
        .collect_view();
    let store = learn_store();
    let exercises: Vec<_> = exercises_for(module.slug).collect();
    let exercises = (!exercises.is_empty()).then(|| {
        let forms = exercises
            .into_iter()
            .map(|exercise| view! { <ExerciseForm exercise=exercise store=store /> })
            .collect_view();
        view! {
            <section class="exercises" aria-labelledby="exercises">
                <h2 id="exercises">{progress::EXERCISES}</h2>
                {forms}
            </section>
        }
    });
    let slug = module.slug;
    let is_read = move || store.data.with(|learn| learn.is_read(slug));
    let toggle_read = move |_| {
        let read = !is_read();
        store.update(|learn| learn.set_read(slug, read));
    };
    let unreadable_notice = move || {
        store.unreadable.with(Option::is_some).then(|| {
            view! {
                <p class="notice" role="status">
                    {saving::UNREADABLE_NOTICE}
                </p>
            }
        })
    };
    // The takeaways and the sources follow the sections in `texts`.
    let list = move |index: usize| {
        let index = module.sections.len() + index;
        move || {
            texts
                .with(|texts| texts.as_ref().map(|t| t[index].clone()))
                .map(|html| view! { <TrustedHtml html=html base=router_base() /> })
        }
    };
    scroll_to_fragment_after_render();
    view! {
        <Title text=ui_text::document_title(module.title) />
        <article class="module">
            <h1>{module.title}</h1>
            <p class="lead">{module.summary}</p>
            <p class="small">{module.reading_minutes()}" "{text::MINUTES_TO_READ}</p>
            {unreadable_notice}
            <ShareButton path=module_path.clone() title=module.title label=share::SHARE_MODULE />
            <nav class="toc" aria-label=text::ON_THIS_PAGE>
                <h2 class="toc-heading">{text::ON_THIS_PAGE}</h2>
                <ul>{contents}</ul>
            </nav>
            {sections}
            {exercises}
            <section class="takeaways" aria-labelledby="key-points">
                <h2 id="key-points">{text::KEY_TAKEAWAYS}</h2>
                {list(0)}
            </section>
            <section class="sources" aria-labelledby="sources">
                <h2 id="sources">{text::SOURCES}</h2>
                {list(1)}
            </section>
            <p>
                <button
                    type="button"
                    class="read-toggle"
                    aria-pressed=move || is_read().to_string()
                    on:click=toggle_read
                >
                    {move || if is_read() { progress::MARKED_READ } else { progress::MARK_READ }}
                </button>
            </p>
            <nav class="prev-next" aria-label=text::ALL_MODULES>
                {previous
                    .map(|module| {
                        view! {
                            <a rel="prev" href=href(&routes::learn_path(module.slug))>
                                {text::PREVIOUS}
                                ": "
                                {module.title}
                            </a>
                        }
                    })}
                <a href=href(routes::LEARN)>{text::ALL_MODULES}</a>
                {next
                    .map(|module| {
                        view! {
                            <a rel="next" href=href(&routes::learn_path(module.slug))>
                                {text::NEXT}
                                ": "
                                {module.title}
                            </a>
                        }
                    })}
            </nav>
        </article>
    }
}

/// A shared link like `/learn/grief#stages` arrives before the section
/// exists, so the browser cannot scroll to it: do it once the page is drawn.
fn scroll_to_fragment_after_render() {
    // Rendered natively there is no frame to wait for and nothing to scroll.
    if !crate::browser::PRESENT {
        return;
    }
    request_animation_frame(|| {
        let Some(document) = crate::browser::window().and_then(|window| window.document()) else {
            return;
        };
        let hash = document
            .location()
            .and_then(|location| location.hash().ok());
        let Some(id) = hash.as_deref().and_then(|hash| hash.strip_prefix('#')) else {
            return;
        };
        if let Some(element) = document.get_element_by_id(id) {
            element.scroll_into_view();
        }
    });
}
