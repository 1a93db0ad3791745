//! Mounts the app. The page itself is built by Trunk from index.html, and
//! `cargo xtask dist` splits the wasm (see `pages/lazy.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    ipt_companion::components::load_failure::install_panic_hook();
    // Over the page the build wrote, in the same frame (see takeover.rs).
    ipt_companion::takeover::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("IPT Companion runs in the browser: use `cargo xtask serve`.");
}
