//! The last word when the app stops: a panic (most often a page's code that
//! could not be fetched, see `pages/lazy.rs`) leaves a plain message with a
//! reload link and the crisis-help link, never a blank page.
//!
//! Built with plain DOM calls, not Leptos: after a panic the app's own code
//! cannot be trusted to run again, so the message needs no more of it (the
//! links work without any script).

use crate::content::ui_text::load_failure as text;

const ELEMENT_ID: &str = "load-failure";

/// Logs the panic to the console as before, then shows the message.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() -> Option<()> {
    let document = crate::browser::window()?.document()?;
    if document.get_element_by_id(ELEMENT_ID).is_some() {
        return Some(());
    }
    // Where the person was going (a split page whose code did not arrive),
    // else the page's own address without its `#fragment` (a link to a
    // fragment of the same page only scrolls; this one must load it again).
    let location = document.location()?;
    let reload_href = match crate::pages::lazy::loading_path() {
        Some(path) => crate::hosting::href(&path),
        None => format!("{}{}", location.pathname().ok()?, location.search().ok()?),
    };
    let help_href = crate::hosting::href(crate::routes::HELP);
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let panel = document.create_element("div").ok()?;
    panel.set_id(ELEMENT_ID);
    panel.set_class_name("load-failure");
    panel.set_attribute("role", "alert").ok()?;
    let heading = element("h2", text::HEADING)?;
    let message = element("p", text::MESSAGE)?;
    panel.append_child(&heading).ok()?;
    panel.append_child(&message).ok()?;
    let links = document.create_element("p").ok()?;
    let reload = element("a", text::RELOAD)?;
    reload.set_attribute("href", &reload_href).ok()?;
    // A full page load, not the app's router (which may not run again).
    reload.set_attribute("rel", "external").ok()?;
    reload.set_class_name("button");
    links.append_child(&reload).ok()?;
    links.append_child(&document.create_text_node(" ")).ok()?;
    let help = element("a", text::HELP)?;
    help.set_attribute("href", &help_href).ok()?;
    help.set_attribute("rel", "external").ok()?;
    links.append_child(&help).ok()?;
    panel.append_child(&links).ok()?;
    document.body()?.prepend_with_node_1(&panel).ok()?;
    Some(())
}
