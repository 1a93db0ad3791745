//! Moving the keyboard focus when a form opens or closes: into the form's
//! first field, and back to the button that opened it, so a keyboard or
//! screen-reader user stays where the work is.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// The element a click or key press was handled on (the button that
/// opens a form), to give the focus back to it later.
pub fn opener_of(event: &web_sys::Event) -> Option<web_sys::HtmlElement> {
    event.current_target()?.dyn_into().ok()
}

/// Focuses `element` once the change being made has been drawn, if it is
/// still on the page.
pub fn focus_after_render(element: web_sys::HtmlElement) {
    // The view is updated after the signal is set, not during it; a frame
    // later the element (or the form it belongs to) is in its place.
    request_animation_frame(move || {
        if element.is_connected() {
            let _ = element.focus();
        }
    });
}

/// Focuses the first element matching `selector` now; false if there is
/// none.
pub fn focus_selector(selector: &str) -> bool {
    let found = crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    found.is_some_and(|element| element.focus().is_ok())
}

/// Focuses the first element matching `selector` once the change being
/// made has been drawn (for an element that the change draws anew). If
/// there is none, the focus stays where it is.
pub fn focus_selector_after_render(selector: String) {
    request_animation_frame(move || {
        focus_selector(&selector);
    });
}
