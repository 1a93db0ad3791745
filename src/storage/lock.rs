//! The passphrase lock in the browser: whether it is on, unlocking on
//! start, turning it on and off, changing the passphrase, locked backups.
//!
//! The unlocked data key lives only in this tab's memory (`DATA_KEY`) as a
//! non-extractable CryptoKey; the passphrase is never kept. Every write of
//! an area still goes through `local::write_verified` (see `area_store`).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::lazy;

use web_sys::CryptoKey;

use super::crypto::{self, CryptoFailed};
use super::lock_format::{
    area_associated_data, backup_associated_data, is_locked_area, key_associated_data,
    locked_area_text, locked_backup_text, parse_lock_record, parse_locked_area, KdfParams,
    LockRecord, LockedBackup, LOCK_KEY, LOCK_VERSION, SALT_BYTES,
};
use super::{area_key, local, SaveError, AREAS};
use crate::split_slot::SplitSlot;

thread_local! {
    static DATA_KEY: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
}

/// The data key of this session, when the lock is on and open.
pub fn data_key() -> Option<CryptoKey> {
    DATA_KEY.with(|key| key.borrow().clone())
}

fn set_data_key(key: Option<CryptoKey>) {
    DATA_KEY.with(|slot| *slot.borrow_mut() = key);
}

/// Drops the data key from this tab's memory (the quick exit): nothing can
/// be read or saved encrypted until the passphrase is typed again.
pub fn forget_key() {
    set_data_key(None);
}

/// Whether a lock record is stored: then the app asks for the passphrase.
pub fn lock_is_on() -> bool {
    matches!(local::read(LOCK_KEY), Ok(Some(_)))
}

fn stored_record() -> Result<LockRecord, CryptoFailed> {
    let text = local::read(LOCK_KEY).ok().flatten().ok_or(CryptoFailed)?;
    parse_lock_record(&text).map_err(|_| CryptoFailed)
}

/// One area as unlocking found it: the stored text (compared before every
/// later write) and what it says in plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedArea {
    pub area: &'static str,
    pub stored: Option<String>,
    pub plain: Option<String>,
}

/// The data key from a record and a passphrase (fails when either is wrong).
async fn unwrap_with(
    record: &LockRecord,
    passphrase: &str,
    extractable: bool,
) -> Result<CryptoKey, CryptoFailed> {
    let wrapping = crypto::passphrase_key(passphrase, &record.kdf).await?;
    crypto::unwrap_data_key(
        &record.wrapped_key,
        &wrapping,
        &key_associated_data(record.version),
        extractable,
    )
    .await
}

/// A future of the lock's split-out code (see [`crypto_code`]).
type CryptoFuture<T> = Pin<Box<dyn Future<Output = Result<T, CryptoFailed>>>>;

/// The lock's cryptography and its formats, split out of the main module:
/// fetched the first time the lock is used (unlocking, a save with the lock
/// on, turning it on on `/data`, whose chunk holds the rest of the lock), so
/// a visit without the lock downloads none of it. Owned arguments: the
/// futures outlive the call.
#[derive(Clone, Copy)]
struct CryptoCode {
    unlock: fn(String) -> CryptoFuture<Vec<OpenedArea>>,
    open_area: fn(CryptoKey, String, String) -> CryptoFuture<String>,
    seal_area: fn(CryptoKey, String, String) -> CryptoFuture<String>,
}

thread_local! {
    /// How the lock's split-out code is fetched (`crate::split_slot`).
    static CRYPTO_LOADER: SplitSlot<Pin<Box<dyn Future<Output = CryptoCode>>>> =
        const { SplitSlot::empty() };
}

/// Called by the app as it starts: the lock's code is fetched the first
/// time the lock is used. (Without it, the lock fails as failed crypto
/// does: nothing is opened or written.)
pub fn fetch_crypto_code_when_needed() {
    CRYPTO_LOADER.with(|slot| slot.set(|| Box::pin(crypto_code())));
}

async fn loaded_crypto_code() -> Result<CryptoCode, CryptoFailed> {
    let fetching = CRYPTO_LOADER.with(SplitSlot::fetch).ok_or(CryptoFailed)?;
    Ok(fetching.await)
}

#[lazy]
fn crypto_code() -> CryptoCode {
    CryptoCode {
        unlock: |passphrase| Box::pin(unlock_now(passphrase)),
        open_area: |key, area, stored| {
            Box::pin(async move { open_area_now(&key, &area, &stored).await })
        },
        seal_area: |key, area, plain| {
            Box::pin(async move { seal_area_now(&key, &area, &plain).await })
        },
    }
}

/// Opens every area with the passphrase. All or nothing: on any failure
/// (wrong passphrase, a damaged record, a damaged area) nothing is opened,
/// nothing is written, and the caller says one generic thing.
pub async fn unlock(passphrase: &str) -> Result<Vec<OpenedArea>, CryptoFailed> {
    (loaded_crypto_code().await?.unlock)(passphrase.to_string()).await
}

/// The plain text of a stored locked area.
pub async fn open_area(key: &CryptoKey, area: &str, stored: &str) -> Result<String, CryptoFailed> {
    (loaded_crypto_code().await?.open_area)(key.clone(), area.to_string(), stored.to_string()).await
}

/// The stored text of an area's plain document, encrypted.
pub async fn seal_area(key: &CryptoKey, area: &str, plain: &str) -> Result<String, CryptoFailed> {
    (loaded_crypto_code().await?.seal_area)(key.clone(), area.to_string(), plain.to_string()).await
}

/// [`unlock`], in the split-out code.
async fn unlock_now(passphrase: String) -> Result<Vec<OpenedArea>, CryptoFailed> {
    let passphrase = passphrase.as_str();
    let record = stored_record()?;
    let key = unwrap_with(&record, passphrase, false).await?;
    let mut opened = Vec::with_capacity(AREAS.len());
    for area in AREAS {
        let stored = local::read(&area_key(area)).map_err(|_| CryptoFailed)?;
        let plain = match &stored {
            Some(text) if is_locked_area(text) => Some(open_area_now(&key, area, text).await?),
            // Left plain by an interrupted "turn on"; encrypted at its next save.
            other => other.clone(),
        };
        opened.push(OpenedArea {
            area,
            stored,
            plain,
        });
    }
    set_data_key(Some(key));
    Ok(opened)
}

/// The plain text of a stored locked area.
async fn open_area_now(key: &CryptoKey, area: &str, stored: &str) -> Result<String, CryptoFailed> {
    let locked = parse_locked_area(area, stored).map_err(|_| CryptoFailed)?;
    crypto::open(
        key,
        &area_associated_data(locked.version, area),
        &locked.sealed,
    )
    .await
}

/// The stored text of an area's plain document, encrypted.
async fn seal_area_now(key: &CryptoKey, area: &str, plain: &str) -> Result<String, CryptoFailed> {
    let sealed = crypto::seal(key, &area_associated_data(LOCK_VERSION, area), plain).await?;
    Ok(locked_area_text(area, sealed))
}

/// Encrypts an area that is stored plain while the lock is on (a "turn on"
/// was interrupted), as it is stored: for an area no page has read yet, so
/// no area's own code is needed. Writes only if `may_write` says so in the
/// turn of the write, and gives back what it wrote. Leaves an area already
/// encrypted, or gone.
pub async fn seal_stored_plain(
    area: &str,
    may_write: impl Fn() -> bool,
) -> Result<Option<String>, SaveError> {
    let stored_key = area_key(area);
    let Some(key) = data_key() else {
        return Ok(None);
    };
    let plain = match local::read(&stored_key)? {
        Some(text) if !is_locked_area(&text) => text,
        _ => return Ok(None),
    };
    let sealed = seal_area(&key, area, &plain)
        .await
        .map_err(|_| SaveError::EncryptFailed)?;
    // Written only over the text that was sealed, and only under the same
    // key: anything else changed meanwhile and has its own save.
    if local::read(&stored_key)?.as_deref() != Some(plain.as_str())
        || data_key().as_ref() != Some(&key)
    {
        return Err(SaveError::ChangedElsewhere);
    }
    if !may_write() {
        return Ok(None);
    }
    local::write_verified(&stored_key, &sealed)?;
    Ok(Some(sealed))
}

/// Why a lock change did not happen. Nothing was changed in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockChangeError {
    WrongPassphrase,
    Crypto,
    NotSaved(SaveError),
}

impl From<CryptoFailed> for LockChangeError {
    fn from(_: CryptoFailed) -> Self {
        LockChangeError::Crypto
    }
}

/// A new record for `data_key` under `passphrase`, with a fresh salt.
async fn record_for(data_key: &CryptoKey, passphrase: &str) -> Result<LockRecord, CryptoFailed> {
    let kdf = KdfParams::pbkdf2_sha256(&crypto::random_bytes(SALT_BYTES)?);
    let wrapping = crypto::passphrase_key(passphrase, &kdf).await?;
    let wrapped =
        crypto::wrap_data_key(data_key, &wrapping, &key_associated_data(LOCK_VERSION)).await?;
    Ok(LockRecord::new(kdf, wrapped))
}

fn write_record(record: &LockRecord) -> Result<(), LockChangeError> {
    let text = serde_json::to_string(record).expect("always serialises");
    local::write_verified(LOCK_KEY, &text).map_err(LockChangeError::NotSaved)
}

/// Stores a new lock record and opens the session with its data key. The
/// caller then saves every area again, which encrypts it.
pub async fn turn_on(passphrase: &str) -> Result<(), LockChangeError> {
    let new_key = crypto::new_data_key().await?;
    let record = record_for(&new_key, passphrase).await?;
    // The session uses a non-extractable copy, unwrapped from the record
    // just made, which also proves the record opens.
    let session_key = unwrap_with(&record, passphrase, false).await?;
    write_record(&record)?;
    set_data_key(Some(session_key));
    Ok(())
}

/// Re-wraps the same data key under a new passphrase: one verified write.
pub async fn change_passphrase(current: &str, new: &str) -> Result<(), LockChangeError> {
    let record = stored_record()?;
    let data_key = unwrap_with(&record, current, true)
        .await
        .map_err(|_| LockChangeError::WrongPassphrase)?;
    write_record(&record_for(&data_key, new).await?)
}

/// Checks the passphrase, then stops encrypting. The caller saves every
/// area again (now plain) and then calls [`remove_lock_record`].
pub async fn begin_turning_off(passphrase: &str) -> Result<CryptoKey, LockChangeError> {
    let record = stored_record()?;
    unwrap_with(&record, passphrase, false)
        .await
        .map_err(|_| LockChangeError::WrongPassphrase)?;
    let previous = data_key().ok_or(LockChangeError::Crypto)?;
    set_data_key(None);
    Ok(previous)
}

/// Puts the session key back when turning off could not finish.
pub fn cancel_turning_off(previous: CryptoKey) {
    set_data_key(Some(previous));
}

/// The last step of turning off, after every area is stored plain again.
pub fn remove_lock_record() -> Result<(), SaveError> {
    local::remove(LOCK_KEY)
}

/// Forgets the key of this session (with "delete everything").
pub fn forget_session() {
    set_data_key(None);
}

/// A backup file's text, encrypted with the data key while the lock is on
/// (None when the lock is off): it opens with the same passphrase.
pub async fn lock_backup(plain: &str) -> Option<Result<String, CryptoFailed>> {
    let key = data_key()?;
    Some(
        async {
            let record = stored_record()?;
            let sealed = crypto::seal(&key, &backup_associated_data(LOCK_VERSION), plain).await?;
            Ok(locked_backup_text(record, sealed))
        }
        .await,
    )
}

/// The plain backup text inside a locked backup file.
pub async fn open_backup(backup: &LockedBackup, passphrase: &str) -> Result<String, CryptoFailed> {
    let key = unwrap_with(&backup.lock, passphrase, false).await?;
    crypto::open(
        &key,
        &backup_associated_data(backup.version),
        &backup.sealed,
    )
    .await
}

/// The raw stored text of every key the app uses, locked as it is, for the
/// "download the locked data" button on the unlock screen.
pub fn stored_as_is() -> String {
    let mut all = serde_json::Map::new();
    for key in std::iter::once(LOCK_KEY.to_string()).chain(AREAS.iter().map(|a| area_key(a))) {
        if let Ok(Some(text)) = local::read(&key) {
            all.insert(key, serde_json::Value::String(text));
        }
    }
    serde_json::to_string_pretty(&all).expect("always serialises")
}
