//! `/data`: where the data is, a backup to download or bring back, and
//! deleting everything, and the passphrase lock.

use leptos::prelude::*;

use crate::components::page_top::PageTop;

use crate::components::field::Field;

use crate::clock::local_today;
use crate::components::download::download_text;
use crate::components::lock_settings::LockSettings;
use crate::content::ui_text::{self, data as text, lock as lock_text};
use crate::hosting::href;
use crate::model::import_check::check_backup_size;
use crate::routes;
use crate::storage::area_store::{is_persisted, stored_bytes};
use crate::storage::backup::{
    backup_file_name, counts, export_backup, merge, parse_backup, AllAreas, Backup,
};
use crate::storage::lock_format::{parse_locked_backup, LockedBackup};
use crate::storage::{language_choice, lock};
use crate::stores::{ImportFailed, Stores};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where an import stands once a step has finished. Before the first
/// step, nothing is chosen; while a step runs, the action is pending (the
/// merge or replace under way).
// With 64-bit pointers (natively, for the render to HTML) the backup is over
// clippy's size limit; in the wasm, where the page runs, it is within it, and
// boxing it would change what ships for no gain.
#[cfg_attr(not(target_arch = "wasm32"), allow(clippy::large_enum_variant))]
#[derive(Clone)]
enum ImportState {
    /// Read and fully checked: shown with what it holds, nothing changed.
    Checked(Backup),
    /// A locked backup: its passphrase is needed (again, after a wrong one).
    NeedsPassphrase { locked: LockedBackup, refused: bool },
    /// Merged or replaced, and stored.
    Done,
    /// Refused or failed, with the sentence that says why.
    Failed(String),
}

/// What the person asked the import to do next.
#[derive(Clone)]
enum ImportStep {
    ReadFile(web_sys::File),
    OpenLocked(LockedBackup, String),
    Merge(Backup),
    /// Replace, after downloading the current data.
    Replace(Backup),
}

fn failed(reason: &str) -> ImportState {
    ImportState::Failed(format!("{reason} {}", text::NOTHING_CHANGED))
}

fn checked(text: &str) -> ImportState {
    match parse_backup(text) {
        Ok(backup) => ImportState::Checked(backup),
        Err(problem) => failed(&text::import_problem(&problem)),
    }
}

/// Runs one step of the import; nothing is written before `Merge` or
/// `Replace`, and those write all areas or none.
async fn run_import_step(stores: Stores, step: ImportStep) -> ImportState {
    match step {
        ImportStep::ReadFile(file) => {
            // A file too large to be a backup is refused before it is read.
            if let Err(problem) = check_backup_size(file.size() as usize) {
                return failed(&text::import_problem(&problem));
            }
            let Some(contents) = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string())
            else {
                return failed(text::READ_FAILED);
            };
            match parse_locked_backup(&contents) {
                Some(Ok(locked)) => ImportState::NeedsPassphrase {
                    locked,
                    refused: false,
                },
                Some(Err(_)) => ImportState::Failed(lock_text::BACKUP_NOT_OPENED.to_string()),
                None => checked(&contents),
            }
        }
        ImportStep::OpenLocked(locked, passphrase) => {
            match lock::open_backup(&locked, &passphrase).await {
                Ok(plain) => checked(&plain),
                Err(_) => ImportState::NeedsPassphrase {
                    locked,
                    refused: true,
                },
            }
        }
        ImportStep::Merge(backup) => {
            let merged = merge(&stores.current_data(), &backup.areas);
            store_import(stores, merged).await
        }
        ImportStep::Replace(backup) => {
            if download_current_backup(stores).await.is_none() {
                return failed(text::BACKUP_FAILED);
            }
            store_import(stores, backup.areas).await
        }
    }
}

async fn store_import(stores: Stores, areas: AllAreas) -> ImportState {
    match stores.replace_all(areas).await {
        Ok(()) => ImportState::Done,
        Err(ImportFailed::NothingChanged(_)) => failed(text::IMPORT_NOT_STORED),
        Err(ImportFailed::PartlyChanged(_)) => {
            ImportState::Failed(text::IMPORT_PARTLY_STORED.to_string())
        }
    }
}

/// Downloads the current data (encrypted while the lock is on) and notes
/// the day; returns the file name, or None on failure.
async fn download_current_backup(stores: Stores) -> Option<String> {
    let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
    let today = local_today().to_string();
    let name = backup_file_name(&today);
    let plain = export_backup(&stores.current_data(), &exported_at);
    let contents = match lock::lock_backup(&plain).await {
        None => plain,
        Some(Ok(locked)) => locked,
        Some(Err(_)) => return None,
    };
    let made = download_text(&name, "application/json", &contents);
    if made {
        // Noted for the 30-day reminder.
        stores
            .settings
            .update(|settings| settings.last_backup = Some(today));
    }
    made.then_some(name)
}

/// The page as the build renders it (`pages::lazy`): its top as drawn,
/// then a line where the backup, import and lock will be.
pub fn opening() -> impl IntoView {
    view! {
        <PageTop title=text::TITLE lead=text::WHERE />
        <p class="small">{crate::content::ui_text::OPENING_PAGE}</p>
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let stores = Stores::from_context();
    let settings = stores.settings;
    let size = RwSignal::new(stored_bytes());
    let confirm = RwSignal::new(String::new());
    let delete_message = RwSignal::new(None::<&'static str>);

    // Its value: the file name made, or None when the browser would not.
    let download = Action::new_local(move |_: &()| download_current_backup(stores));
    let backup_message = move || {
        download.value().get().map(|made| match made {
            Some(name) => format!("{} {name}", text::BACKUP_DONE),
            None => text::BACKUP_FAILED.to_string(),
        })
    };
    let lock_on = RwSignal::new(lock::data_key().is_some());

    // Import: read, check fully, show what it holds, then merge or replace.
    // The action's latest value is where the import stands.
    let import = Action::new_local(move |step: &ImportStep| {
        let step = step.clone();
        async move {
            let state = run_import_step(stores, step).await;
            size.set(stored_bytes());
            state
        }
    });
    let state = import.value();
    let replace_confirm = RwSignal::new(String::new());
    let backup_passphrase = NodeRef::<leptos::html::Input>::new();
    let open_locked_backup = move |_| {
        let (Some(ImportState::NeedsPassphrase { locked, .. }), Some(field)) =
            (state.get_untracked(), backup_passphrase.get_untracked())
        else {
            return;
        };
        let passphrase = field.value();
        field.set_value("");
        import.dispatch_local(ImportStep::OpenLocked(locked, passphrase));
    };
    let on_file = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        state.set(None);
        if let Some(file) = file {
            import.dispatch_local(ImportStep::ReadFile(file));
        }
    };
    let checked_backup = move || match state.get() {
        Some(ImportState::Checked(backup)) => Some(backup),
        _ => None,
    };
    let do_merge = move |_| {
        if let Some(backup) = checked_backup() {
            import.dispatch_local(ImportStep::Merge(backup));
        }
    };
    let do_replace = move |_| {
        if replace_confirm.with_untracked(|typed| typed.trim() != text::REPLACE_WORD) {
            return;
        }
        if let Some(backup) = checked_backup() {
            replace_confirm.set(String::new());
            import.dispatch_local(ImportStep::Replace(backup));
        }
    };
    let import_message = move || {
        if import.pending().get() {
            return Some(text::IMPORT_WORKING.to_string());
        }
        match state.get()? {
            ImportState::Done => Some(text::IMPORTED.to_string()),
            ImportState::Failed(sentence) => Some(sentence),
            ImportState::NeedsPassphrase { refused: true, .. } => {
                Some(lock_text::BACKUP_NOT_OPENED.to_string())
            }
            ImportState::NeedsPassphrase { .. } | ImportState::Checked(_) => None,
        }
    };
    let needs_passphrase =
        move || state.with(|state| matches!(state, Some(ImportState::NeedsPassphrase { .. })));
    let delete_everything = move |_| {
        let results = [
            stores.delete_all(),
            lock::remove_lock_record(),
            language_choice::forget(),
        ];
        lock::forget_session();
        lock_on.set(false);
        delete_message.set(Some(if results.iter().all(Result::is_ok) {
            text::DELETED
        } else {
            text::DELETE_FAILED
        }));
        confirm.set(String::new());
        size.set(stored_bytes());
    };
    let confirmed = move || confirm.with(|typed| typed.trim() == text::DELETE_WORD);
    let persisted = LocalResource::new(is_persisted);
    let backup_due = move || {
        settings
            .data
            .with(|s| crate::model::settings::backup_due(s.last_backup.as_deref(), local_today()))
    };
    let last_backup = move || settings.data.with(|s| s.last_backup.clone());

    view! {
        <PageTop title=text::TITLE lead=text::WHERE />
        <section aria-labelledby="device-safety" class="device-safety">
            <h2 id="device-safety">{text::DEVICE_HEADING}</h2>
            <p>{text::DEVICE_NOTE}</p>
            <p>{text::DEVICE_HELP}" "<a href=href(routes::ABUSE_LINES)>{text::DEVICE_HELP_LINK}</a></p>
        </section>
        <p class="persisted">
            {move || {
                persisted
                    .get()
                    .map(|kept| match kept {
                        Some(true) => text::PERSISTED,
                        Some(false) => text::NOT_PERSISTED,
                        None => text::PERSISTENCE_UNKNOWN,
                    })
            }}
        </p>
        <p class="small">{text::SAFARI}</p>
        <p>
            {text::SIZE}" " <span class="stored-size">{move || format!("{:.1}", size.get() as f64 / 1024.0)}</span> " "
            {text::KB}
        </p>

        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{text::BACKUP_HEADING}</h2>
            <p>
                {text::BACKUP_INTRO}" "
                {move || if lock_on.get() { lock_text::BACKUPS_LOCKED } else { text::BACKUP_PLAIN }}
            </p>
            {move || { backup_due().then(|| view! { <p class="notice backup-due">{text::BACKUP_DUE}</p> }) }}
            {move || { last_backup().map(|day| view! { <p class="small">{text::LAST_BACKUP}" "{day}</p> }) }}
            <p>
                <button
                    type="button"
                    class="primary download-backup"
                    prop:disabled=move || download.pending().get()
                    on:click=move |_| {
                        download.dispatch_local(());
                    }
                >
                    {text::BACKUP_BUTTON}
                </button>
            </p>
            <p role="status">{backup_message}</p>
        </section>

        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{text::IMPORT_HEADING}</h2>
            <p>{text::IMPORT_INTRO}</p>
            <Field id="import-file" label=text::IMPORT_FILE>
                <input id="import-file" type="file" accept="application/json,.json" on:change=on_file />
            </Field>
            {move || {
                checked_backup()
                    .map(|backup| {
                        view! {
                            <div class="import-preview">
                                <p>
                                    {text::IMPORT_HOLDS}" "{text::holds(&counts(&backup.areas))}" (" {text::MADE_AT}" "
                                    {backup.exported_at.clone()}")"
                                </p>
                                <p>
                                    <button
                                        type="button"
                                        class="primary import-merge"
                                        prop:disabled=move || import.pending().get()
                                        on:click=do_merge
                                    >
                                        {text::MERGE}
                                    </button>
                                </p>
                                <p class="small">{text::MERGE_HINT}</p>
                                <p class="small">{text::REPLACE_HINT}</p>
                                <div class="field">
                                    <label for="replace-confirm">{text::REPLACE_CONFIRM_LABEL}</label>
                                    <input
                                        id="replace-confirm"
                                        type="text"
                                        autocomplete="off"
                                        prop:value=move || replace_confirm.get()
                                        on:input=move |event| { replace_confirm.set(event_target_value(&event)) }
                                    />
                                </div>
                                <p>
                                    <button
                                        type="button"
                                        class="import-replace"
                                        prop:disabled=move || {
                                            import.pending().get()
                                                || replace_confirm.with(|typed| typed.trim() != text::REPLACE_WORD)
                                        }
                                        on:click=do_replace
                                    >
                                        {text::REPLACE}
                                    </button>
                                </p>
                            </div>
                        }
                    })
            }}
            {move || {
                needs_passphrase()
                    .then(|| {
                        view! {
                            <div class="field">
                                <label for="backup-passphrase">{lock_text::BACKUP_PASSPHRASE}</label>
                                <input
                                    id="backup-passphrase"
                                    type="password"
                                    autocomplete="off"
                                    node_ref=backup_passphrase
                                />
                            </div>
                            <p>
                                <button type="button" class="primary open-locked-backup" on:click=open_locked_backup>
                                    {lock_text::OPEN_BACKUP}
                                </button>
                            </p>
                        }
                    })
            }}
            <p role="status" class="import-status">
                {import_message}
            </p>
        </section>

        <LockSettings lock_on=lock_on />

        <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{text::SUMMARY_HEADING}</h2>
            <p>
                <a class="go-link" href=href(routes::SUMMARY)>
                    {ui_text::summary::TITLE}
                </a>
            </p>
        </section>

        <section aria-labelledby="delete-heading" class="danger-zone">
            <h2 id="delete-heading">{text::DELETE_HEADING}</h2>
            <p>{text::DELETE_INTRO}</p>
            <Field id="delete-confirm" label=text::DELETE_CONFIRM_LABEL>
                <input
                    id="delete-confirm"
                    type="text"
                    autocomplete="off"
                    prop:value=move || confirm.get()
                    on:input=move |event| confirm.set(event_target_value(&event))
                />
            </Field>
            <p>
                <button
                    type="button"
                    class="delete-everything"
                    prop:disabled=move || !confirmed()
                    on:click=delete_everything
                >
                    {text::DELETE_BUTTON}
                </button>
            </p>
            <p role="status">{move || delete_message.get()}</p>
        </section>
    }
}
