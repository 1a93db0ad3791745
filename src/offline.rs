//! Service-worker registration and the update hand-over. The worker itself
//! is `public/sw.js`; `cargo xtask dist` writes its file list and version.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use crate::hosting::{href, page_meta};

thread_local! {
    /// The new version's worker, installed and waiting for the person's yes.
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = crate::browser::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker of a built site (not under `trunk serve`, whose
/// pages carry no version). `update_ready` turns true when a new version
/// has been installed and is waiting.
pub fn register_service_worker(update_ready: RwSignal<bool>) {
    if page_meta("app-version").is_none() {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&href("/"));
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options(&href("/sw.js"), &options);
    spawn_local(async move {
        // Without a worker the app still works online; nothing to tell.
        if let Ok(registration) = JsFuture::from(promise).await {
            watch_for_updates(registration.unchecked_into(), update_ready);
        }
    });
}

fn has_controller() -> bool {
    container().is_some_and(|container| container.controller().is_some())
}

fn offer(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    WAITING.with(|waiting| *waiting.borrow_mut() = Some(worker));
    update_ready.set(true);
}

fn watch_for_updates(registration: ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    // The first install has no controller yet: that is not an update.
    if let Some(waiting) = registration.waiting() {
        if has_controller() {
            offer(waiting, update_ready);
        }
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                offer(worker.clone(), update_ready);
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Activates the waiting version; the page reloads once it has taken over.
pub fn accept_update() {
    let Some(container) = container() else {
        return;
    };
    let reload = Closure::once_into_js(|| {
        if let Some(window) = crate::browser::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    WAITING.with(|waiting| {
        if let Some(worker) = waiting.borrow().as_ref() {
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
