//! Mounts the app. The page itself is built by Trunk from index.html, and
//! `cargo xtask dist` splits the wasm (see `pages/lazy.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    ipt_companion::components::load_failure::install_panic_hook();
    // A prerendered page (written by `cargo xtask dist`) shows its text before
    // the app starts; the app replaces it in the same task, so no frame is
    // painted in between.
    if let Some(prerendered) = ipt_companion::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("prerendered"))
    {
        // A Learn module's text comes from here (it is not in the wasm).
        ipt_companion::components::module_text::keep_served_copy(&prerendered);
        prerendered.remove();
    }
    leptos::mount::mount_to_body(ipt_companion::Root);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("IPT Companion runs in the browser: use `cargo xtask serve`.");
}
