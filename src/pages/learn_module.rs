use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::app::{href, router_base};
use crate::content::trusted_html::TrustedHtml;
use crate::content::ui_text::{self, learn as text};
use crate::content::{module_by_slug, neighbours, Module};
use crate::pages::not_found::NotFoundPage;
use crate::routes;

#[component]
pub fn LearnModulePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    move || {
        let slug = slug();
        if let Some(module) = module_by_slug(&slug) {
            view! { <ModuleArticle module=module/> }.into_any()
        } else if slug == routes::SELF_CHECK_SLUG {
            view! { <SelfCheckComing/> }.into_any()
        } else {
            view! { <NotFoundPage/> }.into_any()
        }
    }
}

#[component]
fn ModuleArticle(module: &'static Module) -> impl IntoView {
    let (previous, next) = neighbours(module.slug);
    let contents = module
        .sections
        .iter()
        .map(|section| view! { <li><a href=format!("#{}", section.id)>{section.heading}</a></li> })
        .collect_view();
    let sections = module
        .sections
        .iter()
        .map(|section| {
            view! {
                <section aria-labelledby=section.id>
                    <h2 id=section.id>{section.heading}</h2>
                    <TrustedHtml html=section.html base=router_base()/>
                </section>
            }
        })
        .collect_view();
    let takeaways = module
        .takeaways
        .iter()
        .map(|takeaway| view! { <li>{*takeaway}</li> })
        .collect_view();
    let sources = module
        .sources
        .iter()
        .map(|source| view! { <li>{*source}</li> })
        .collect_view();
    scroll_to_fragment_after_render();
    view! {
        <Title text=ui_text::document_title(module.title)/>
        <article class="module">
            <h1>{module.title}</h1>
            <p class="lead">{module.summary}</p>
            <p class="small">{module.reading_minutes()}" "{text::MINUTES_TO_READ}</p>
            <nav class="toc" aria-label=text::ON_THIS_PAGE>
                <h2 class="toc-heading">{text::ON_THIS_PAGE}</h2>
                <ul>{contents}</ul>
            </nav>
            {sections}
            <section class="takeaways" aria-labelledby="key-points">
                <h2 id="key-points">{text::KEY_TAKEAWAYS}</h2>
                <ul>{takeaways}</ul>
            </section>
            <section class="sources" aria-labelledby="sources">
                <h2 id="sources">{text::SOURCES}</h2>
                <ul>{sources}</ul>
            </section>
            <nav class="prev-next" aria-label=text::ALL_MODULES>
                {previous.map(|module| view! {
                    <a rel="prev" href=href(&routes::learn_path(module.slug))>{text::PREVIOUS}": "{module.title}</a>
                })}
                <a href=href(routes::LEARN)>{text::ALL_MODULES}</a>
                {next.map(|module| view! {
                    <a rel="next" href=href(&routes::learn_path(module.slug))>{text::NEXT}": "{module.title}</a>
                })}
            </nav>
        </article>
    }
}

#[component]
fn SelfCheckComing() -> impl IntoView {
    view! {
        <Title text=ui_text::document_title(text::SELF_CHECK_TITLE)/>
        <h1>{text::SELF_CHECK_TITLE}</h1>
        <p>{text::SELF_CHECK_COMING}</p>
        <p><a href=href(routes::LEARN)>{text::ALL_MODULES}</a></p>
    }
}

/// A shared link like `/learn/grief#stages` arrives before the section
/// exists, so the browser cannot scroll to it: do it once the page is drawn.
fn scroll_to_fragment_after_render() {
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
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
