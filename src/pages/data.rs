//! `/data`: where the data is, a backup to download or bring back, and
//! deleting everything, and the passphrase lock.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::clock::local_today;
use crate::components::download::download_text;
use crate::components::lock_settings::LockSettings;
use crate::content::ui_text::{self, data as text, lock as lock_text};
use crate::routes;
use crate::storage::area_store::{is_persisted, stored_bytes};
use crate::storage::backup::{
    backup_file_name, check_backup_size, counts, export_backup, merge, parse_backup, AllAreas,
    Backup,
};
use crate::storage::lock;
use crate::storage::lock_format::{parse_locked_backup, LockedBackup};
use crate::stores::Stores;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The stores' current data, as one value.
fn current_areas(stores: Stores) -> AllAreas {
    AllAreas {
        learn: stores.learn.data.get_untracked(),
        map: stores.map.data.get_untracked(),
        journal: stores.journal.data.get_untracked(),
        settings: stores.settings.data.get_untracked(),
        safety_plan: stores.safety_plan.data.get_untracked(),
    }
}

/// Puts new data into every store; each saves through the one write path.
fn apply_areas(stores: Stores, areas: AllAreas) {
    let AllAreas {
        learn,
        map,
        journal,
        settings,
        safety_plan,
    } = areas;
    stores.learn.update(|data| *data = learn);
    stores.map.update(|data| *data = map);
    stores.journal.update(|data| *data = journal);
    stores.settings.update(|data| *data = settings);
    stores.safety_plan.update(|data| *data = safety_plan);
}

/// Downloads the current data (encrypted while the lock is on) and notes
/// the day; returns the file name, or None on failure.
async fn download_current_backup(stores: Stores) -> Option<String> {
    let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
    let today = local_today().to_string();
    let name = backup_file_name(&today);
    let plain = export_backup(&current_areas(stores), &exported_at);
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

#[component]
pub fn DataPage() -> impl IntoView {
    let stores = Stores::from_context();
    let Stores {
        learn,
        map,
        journal,
        settings,
        safety_plan: plan,
    } = stores;
    let size = RwSignal::new(stored_bytes());
    let backup_message = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(String::new());
    let delete_message = RwSignal::new(None::<&'static str>);

    let download = move |_| {
        leptos::task::spawn_local(async move {
            backup_message.set(Some(match download_current_backup(stores).await {
                Some(name) => format!("{} {name}", text::BACKUP_DONE),
                None => text::BACKUP_FAILED.to_string(),
            }));
        });
    };
    let lock_on = RwSignal::new(lock::data_key().is_some());

    // Import: read, check fully, show what it holds, then merge or replace.
    let pending = RwSignal::new(None::<Backup>);
    let import_message = RwSignal::new(None::<String>);
    let replace_confirm = RwSignal::new(String::new());
    let pending_locked = RwSignal::new(None::<LockedBackup>);
    let backup_passphrase = NodeRef::<leptos::html::Input>::new();
    let open_locked_backup = move |_| {
        let (Some(locked), Some(field)) = (
            pending_locked.get_untracked(),
            backup_passphrase.get_untracked(),
        ) else {
            return;
        };
        let passphrase = field.value();
        field.set_value("");
        leptos::task::spawn_local(async move {
            match lock::open_backup(&locked, &passphrase).await {
                Err(_) => import_message.set(Some(lock_text::BACKUP_NOT_OPENED.to_string())),
                Ok(plain) => match parse_backup(&plain) {
                    Ok(backup) => {
                        pending_locked.set(None);
                        import_message.set(None);
                        pending.set(Some(backup));
                    }
                    Err(problem) => import_message.set(Some(format!(
                        "{} {}",
                        text::import_problem(&problem),
                        text::NOTHING_CHANGED
                    ))),
                },
            }
        });
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        pending.set(None);
        pending_locked.set(None);
        import_message.set(None);
        // A file too large to be a backup is refused before it is read.
        if let Err(problem) = check_backup_size(file.size() as usize) {
            import_message.set(Some(format!(
                "{} {}",
                text::import_problem(&problem),
                text::NOTHING_CHANGED
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            if let Some(locked) = text.as_deref().and_then(parse_locked_backup) {
                match locked {
                    Ok(locked) => pending_locked.set(Some(locked)),
                    Err(_) => import_message.set(Some(lock_text::BACKUP_NOT_OPENED.to_string())),
                }
                return;
            }
            match text.map(|text| parse_backup(&text)) {
                None => import_message.set(Some(format!(
                    "{} {}",
                    text::READ_FAILED,
                    text::NOTHING_CHANGED
                ))),
                Some(Err(problem)) => import_message.set(Some(format!(
                    "{} {}",
                    text::import_problem(&problem),
                    text::NOTHING_CHANGED
                ))),
                Some(Ok(backup)) => pending.set(Some(backup)),
            }
        });
    };
    let do_merge = move |_| {
        if let Some(backup) = pending.get_untracked() {
            apply_areas(stores, merge(&current_areas(stores), &backup.areas));
            pending.set(None);
            import_message.set(Some(text::IMPORTED.to_string()));
            size.set(stored_bytes());
        }
    };
    let do_replace = move |_| {
        let Some(backup) = pending.get_untracked() else {
            return;
        };
        if replace_confirm.with_untracked(|typed| typed.trim() != text::REPLACE_WORD) {
            return;
        }
        leptos::task::spawn_local(async move {
            if download_current_backup(stores).await.is_none() {
                import_message.set(Some(format!(
                    "{} {}",
                    text::BACKUP_FAILED,
                    text::NOTHING_CHANGED
                )));
                return;
            }
            apply_areas(stores, backup.areas);
            pending.set(None);
            replace_confirm.set(String::new());
            import_message.set(Some(text::IMPORTED.to_string()));
            size.set(stored_bytes());
        });
    };
    let delete_everything = move |_| {
        let results = [
            learn.delete(),
            map.delete(),
            journal.delete(),
            settings.delete(),
            plan.delete(),
            lock::remove_lock_record(),
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
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(is_persisted().await) });
    let backup_due = move || {
        settings
            .data
            .with(|s| crate::model::settings::backup_due(s.last_backup.as_deref(), local_today()))
    };
    let last_backup = move || settings.data.with(|s| s.last_backup.clone());

    view! {
        <Title text=ui_text::document_title(text::TITLE)/>
        <h1>{text::TITLE}</h1>
        <p class="lead">{text::WHERE}</p>
        <section aria-labelledby="device-safety" class="device-safety">
            <h2 id="device-safety">{text::DEVICE_HEADING}</h2>
            <p>{text::DEVICE_NOTE}</p>
            <p>{text::DEVICE_HELP}" "<a href=href(routes::ABUSE_LINES)>{text::DEVICE_HELP_LINK}</a></p>
        </section>
        <p class="persisted">{move || persisted.get().map(|kept| if kept { text::PERSISTED } else { text::NOT_PERSISTED })}</p>
        <p class="small">{text::SAFARI}</p>
        <p>{text::SIZE}" "<span class="stored-size">{move || format!("{:.1}", size.get() as f64 / 1024.0)}</span>" "{text::KB}</p>

        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{text::BACKUP_HEADING}</h2>
            <p>{text::BACKUP_INTRO}" "{move || if lock_on.get() { lock_text::BACKUPS_LOCKED } else { text::BACKUP_PLAIN }}</p>
            {move || backup_due().then(|| view! { <p class="notice backup-due">{text::BACKUP_DUE}</p> })}
            {move || last_backup().map(|day| view! { <p class="small">{text::LAST_BACKUP}" "{day}</p> })}
            <p><button type="button" class="primary download-backup" on:click=download>{text::BACKUP_BUTTON}</button></p>
            <p role="status">{move || backup_message.get()}</p>
        </section>

        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{text::IMPORT_HEADING}</h2>
            <p>{text::IMPORT_INTRO}</p>
            <div class="field">
                <label for="import-file">{text::IMPORT_FILE}</label>
                <input id="import-file" type="file" accept="application/json,.json" on:change=on_file/>
            </div>
            {move || pending.get().map(|backup| view! {
                <div class="import-preview">
                    <p>{text::IMPORT_HOLDS}" "{text::holds(&counts(&backup.areas))}" ("{text::MADE_AT}" "{backup.exported_at.clone()}")"</p>
                    <p><button type="button" class="primary import-merge" on:click=do_merge>{text::MERGE}</button></p>
                    <p class="small">{text::MERGE_HINT}</p>
                    <p class="small">{text::REPLACE_HINT}</p>
                    <div class="field">
                        <label for="replace-confirm">{text::REPLACE_CONFIRM_LABEL}</label>
                        <input id="replace-confirm" type="text" autocomplete="off" prop:value=move || replace_confirm.get()
                            on:input=move |event| replace_confirm.set(event_target_value(&event))/>
                    </div>
                    <p><button type="button" class="import-replace"
                        prop:disabled=move || replace_confirm.with(|typed| typed.trim() != text::REPLACE_WORD)
                        on:click=do_replace>{text::REPLACE}</button></p>
                </div>
            })}
            {move || pending_locked.with(Option::is_some).then(|| view! {
                <div class="field">
                    <label for="backup-passphrase">{lock_text::BACKUP_PASSPHRASE}</label>
                    <input id="backup-passphrase" type="password" autocomplete="off" node_ref=backup_passphrase/>
                </div>
                <p><button type="button" class="primary open-locked-backup" on:click=open_locked_backup>{lock_text::OPEN_BACKUP}</button></p>
            })}
            <p role="status" class="import-status">{move || import_message.get()}</p>
        </section>

        <LockSettings lock_on=lock_on/>

        <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{text::SUMMARY_HEADING}</h2>
            <p><a href=href(routes::SUMMARY)>{ui_text::summary::TITLE}</a></p>
        </section>

        <section aria-labelledby="delete-heading" class="danger-zone">
            <h2 id="delete-heading">{text::DELETE_HEADING}</h2>
            <p>{text::DELETE_INTRO}</p>
            <div class="field">
                <label for="delete-confirm">{text::DELETE_CONFIRM_LABEL}</label>
                <input id="delete-confirm" type="text" autocomplete="off" prop:value=move || confirm.get()
                    on:input=move |event| confirm.set(event_target_value(&event))/>
            </div>
            <p><button type="button" class="delete-everything" prop:disabled=move || !confirmed() on:click=delete_everything>{text::DELETE_BUTTON}</button></p>
            <p role="status">{move || delete_message.get()}</p>
        </section>
    }
}
