//! Share a link to a module or section: the Web Share API where the browser
//! has it, else the clipboard, else the link shown to copy by hand. The
//! link is the page's public URL and never carries any of the person's data.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::ui_text::share as text;
use crate::hosting::href;

#[derive(Clone, PartialEq)]
enum Outcome {
    Shared(String),
    Copied(String),
    CopyByHand(String),
}

/// The absolute public URL of an app path, from the page's own origin.
fn public_url(path: &str) -> String {
    let origin = crate::browser::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(path))
}

async fn share_or_copy(title: String, url: String) -> Outcome {
    let Some(window) = crate::browser::window() else {
        return Outcome::CopyByHand(url);
    };
    let navigator = window.navigator();
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_title(&title);
        data.set_url(&url);
        if JsFuture::from(navigator.share_with_data(&data))
            .await
            .is_ok()
        {
            return Outcome::Shared(url);
        }
    }
    // Where the page is not a secure context (served over plain http from
    // another machine) there is no `navigator.clipboard`, and calling it
    // would throw out of this task: the link is then shown to copy.
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
    else {
        return Outcome::CopyByHand(url);
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    match JsFuture::from(clipboard.write_text(&url)).await {
        Ok(_) => Outcome::Copied(url),
        Err(_) => Outcome::CopyByHand(url),
    }
}

#[component]
pub fn ShareButton(
    /// The app path to share, with an optional `#section`.
    path: String,
    /// The page title given to the share sheet.
    title: &'static str,
    /// The button's words: share the module, or this section.
    label: &'static str,
) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let on_click = move |_| {
        let url = public_url(&path);
        spawn_local(async move {
            outcome.set(Some(share_or_copy(title.to_string(), url).await));
        });
    };
    view! {
        <span class="share">
            <button type="button" class="share-button" on:click=on_click>
                {label}
            </button>
            <span class="share-status" role="status">
                {move || {
                    outcome
                        .get()
                        .map(|outcome| match outcome {
                            Outcome::Shared(url) => {
                                view! { <span>{text::SHARED}" "<span class="share-url">{url}</span></span> }.into_any()
                            }
                            Outcome::Copied(url) => {
                                view! { <span>{text::COPIED}" "<span class="share-url">{url}</span></span> }.into_any()
                            }
                            Outcome::CopyByHand(url) => {
                                view! {
                                    <label>
                                        {text::COPY_BY_HAND}" "
                                        <input class="share-url" type="text" readonly prop:value=url />
                                    </label>
                                }
                                    .into_any()
                            }
                        })
                }}
            </span>
        </span>
    }
}
