//! Mounts the app. The page itself is built by Trunk from index.html.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ipt_companion::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("IPT Companion runs in the browser: use `cargo xtask serve`.");
}
