//! `/data`: where the data is, a backup to download or bring back, and
//! deleting everything. (The passphrase lock comes later.)

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::{href, journal_store, learn_store, map_store, safety_plan_store, settings_store};
use crate::clock::local_today;
use crate::components::download::download_text;
use crate::content::ui_text::{self, data as text};
use crate::routes;
use crate::storage::area_store::{is_persisted, stored_bytes};
use crate::storage::backup::{
    backup_file_name, counts, export_backup, merge, parse_backup, AllAreas, Backup,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The stores' current data, as one value.
fn current_areas() -> AllAreas {
    AllAreas {
        learn: learn_store().data.get_untracked(),
        map: map_store().data.get_untracked(),
        journal: journal_store().data.get_untracked(),
        settings: settings_store().data.get_untracked(),
        safety_plan: safety_plan_store().data.get_untracked(),
    }
}

/// Puts new data into every store; each saves through the one write path.
fn apply_areas(areas: AllAreas) {
    let AllAreas {
        learn,
        map,
        journal,
        settings,
        safety_plan,
    } = areas;
    learn_store().update(|data| *data = learn);
    map_store().update(|data| *data = map);
    journal_store().update(|data| *data = journal);
    settings_store().update(|data| *data = settings);
    safety_plan_store().update(|data| *data = safety_plan);
}

/// Downloads the current data and notes the day; returns the file name, or
/// None on failure.
fn download_current_backup() -> Option<String> {
    let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
    let today = local_today().to_string();
    let name = backup_file_name(&today);
    let made = download_text(
        &name,
        "application/json",
        &export_backup(&current_areas(), &exported_at),
    );
    if made {
        // Noted for the 30-day reminder.
        settings_store().update(|settings| settings.last_backup = Some(today));
    }
    made.then_some(name)
}

#[component]
pub fn DataPage() -> impl IntoView {
    let (learn, map, journal) = (learn_store(), map_store(), journal_store());
    let (settings, plan) = (settings_store(), safety_plan_store());
    let size = RwSignal::new(stored_bytes());
    let backup_message = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(String::new());
    let delete_message = RwSignal::new(None::<&'static str>);

    let download = move |_| {
        backup_message.set(Some(match download_current_backup() {
            Some(name) => format!("{} {name}", text::BACKUP_DONE),
            None => text::BACKUP_FAILED.to_string(),
        }));
    };

    // Import: read, check fully, show what it holds, then merge or replace.
    let pending = RwSignal::new(None::<Backup>);
    let import_message = RwSignal::new(None::<String>);
    let replace_confirm = RwSignal::new(String::new());
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
        import_message.set(None);
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
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
            apply_areas(merge(&current_areas(), &backup.areas));
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
        if download_current_backup().is_none() {
            import_message.set(Some(format!(
                "{} {}",
                text::BACKUP_FAILED,
                text::NOTHING_CHANGED
            )));
            return;
        }
        apply_areas(backup.areas);
        pending.set(None);
        replace_confirm.set(String::new());
        import_message.set(Some(text::IMPORTED.to_string()));
        size.set(stored_bytes());
    };
    let delete_everything = move |_| {
        let results = [
            learn.delete(),
            map.delete(),
            journal.delete(),
            settings.delete(),
            plan.delete(),
        ];
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
        <p class="persisted">{move || persisted.get().map(|kept| if kept { text::PERSISTED } else { text::NOT_PERSISTED })}</p>
        <p class="small">{text::SAFARI}</p>
        <p>{text::SIZE}" "<span class="stored-size">{move || format!("{:.1}", size.get() as f64 / 1024.0)}</span>" "{text::KB}</p>

        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{text::BACKUP_HEADING}</h2>
            <p>{text::BACKUP_INTRO}</p>
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
            <p role="status" class="import-status">{move || import_message.get()}</p>
        </section>

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
