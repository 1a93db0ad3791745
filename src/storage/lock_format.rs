//! The passphrase lock's stored shapes, pure so they are tested natively.
//! The cryptography itself is the browser's WebCrypto (`crypto.rs`); this
//! file only says what is stored and how it is named.
//!
//! Two keys are involved. A random data key (AES-256-GCM) encrypts every
//! area; it never leaves WebCrypto unwrapped and is not extractable once
//! unlocked. A key derived from the passphrase (PBKDF2-HMAC-SHA256 over a
//! random salt) wraps the data key. So changing the passphrase is one write
//! of the lock record, never a rewrite of every area that a closed tab could
//! leave half done.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// Where the lock record lives; its presence means the lock is on.
pub const LOCK_KEY: &str = "ipt.v1.lock";
pub const LOCK_FORMAT: &str = "ipt-companion-lock";
pub const LOCKED_AREA_FORMAT: &str = "ipt-companion-locked";
pub const LOCKED_BACKUP_FORMAT: &str = "ipt-companion-backup-locked";
pub const LOCK_VERSION: u32 = 1;

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored with each record, so a
/// later version can raise it for new passphrases and still open old ones.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
/// AES-GCM's standard nonce length; a fresh random one for every write.
pub const IV_BYTES: usize = 12;

/// How the passphrase becomes a key: everything needed to do it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub name: String,
    pub hash: String,
    pub iterations: u32,
    /// Base64.
    pub salt: String,
}

impl KdfParams {
    pub fn pbkdf2_sha256(salt: &[u8]) -> KdfParams {
        KdfParams {
            name: "PBKDF2".into(),
            hash: "SHA-256".into(),
            iterations: PBKDF2_ITERATIONS,
            salt: base64_encode(salt),
        }
    }
}

/// AES-GCM output: the nonce and the ciphertext with its tag, both base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub iv: String,
    pub ciphertext: String,
}

/// `ipt.v1.lock`: the wrapped data key and how to unwrap it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub format: String,
    pub version: u32,
    pub cipher: String,
    pub kdf: KdfParams,
    pub wrapped_key: Sealed,
}

impl LockRecord {
    pub fn new(kdf: KdfParams, wrapped_key: Sealed) -> LockRecord {
        LockRecord {
            format: LOCK_FORMAT.into(),
            version: LOCK_VERSION,
            cipher: "AES-256-GCM".into(),
            kdf,
            wrapped_key,
        }
    }
}

/// One area's document while the lock is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedArea {
    pub format: String,
    pub version: u32,
    pub area: String,
    #[serde(flatten)]
    pub sealed: Sealed,
}

/// A backup file made while the lock is on: it carries its own lock record,
/// so it opens with the passphrase on any device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedBackup {
    pub format: String,
    pub version: u32,
    pub lock: LockRecord,
    #[serde(flatten)]
    pub sealed: Sealed,
}

/// Associated data for an area: the format, the version the value was
/// written with and the area name, so a ciphertext cannot be passed off as
/// another area or format. (The stored version, not this build's: a later
/// version must still open what an earlier one wrote.)
pub fn area_associated_data(version: u32, area: &str) -> Vec<u8> {
    format!("{LOCKED_AREA_FORMAT}/{version}/{area}").into_bytes()
}

/// Associated data for the wrapped data key.
pub fn key_associated_data(version: u32) -> Vec<u8> {
    format!("{LOCK_FORMAT}/{version}/data-key").into_bytes()
}

/// Associated data for a locked backup.
pub fn backup_associated_data(version: u32) -> Vec<u8> {
    format!("{LOCKED_BACKUP_FORMAT}/{version}").into_bytes()
}

/// Iteration counts outside this range are refused: fewer would be weak,
/// and a crafted backup file with billions would hang the tab.
pub const ITERATIONS_ACCEPTED: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;

/// Why a lock record or locked value could not be used. Shown to the person
/// only as one generic sentence: the detail is for tests and the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockProblem {
    NotJson,
    WrongFormat,
    NewerVersion(u32),
    WrongArea,
    BadBase64,
    BadParameters,
}

fn check_kdf(kdf: &KdfParams) -> Result<(), LockProblem> {
    let known = kdf.name == "PBKDF2" && kdf.hash == "SHA-256";
    if known && ITERATIONS_ACCEPTED.contains(&kdf.iterations) {
        Ok(())
    } else {
        Err(LockProblem::BadParameters)
    }
}

fn check_version(version: u32) -> Result<(), LockProblem> {
    if version > LOCK_VERSION {
        Err(LockProblem::NewerVersion(version))
    } else {
        Ok(())
    }
}

pub fn parse_lock_record(text: &str) -> Result<LockRecord, LockProblem> {
    let record: LockRecord = serde_json::from_str(text).map_err(|_| LockProblem::NotJson)?;
    if record.format != LOCK_FORMAT {
        return Err(LockProblem::WrongFormat);
    }
    check_version(record.version)?;
    check_kdf(&record.kdf)?;
    Ok(record)
}

/// Whether a stored value is an encrypted area (rather than a plain one,
/// which may be left from before the lock was turned on).
pub fn is_locked_area(text: &str) -> bool {
    /// Only the format is read; the rest (a year of ciphertext) is skipped.
    #[derive(Deserialize)]
    struct FormatOnly<'a> {
        #[serde(borrow)]
        format: Option<std::borrow::Cow<'a, str>>,
    }
    serde_json::from_str::<FormatOnly>(text)
        .is_ok_and(|document| document.format.as_deref() == Some(LOCKED_AREA_FORMAT))
}

pub fn parse_locked_area(area: &str, text: &str) -> Result<LockedArea, LockProblem> {
    let locked: LockedArea = serde_json::from_str(text).map_err(|_| LockProblem::NotJson)?;
    if locked.format != LOCKED_AREA_FORMAT {
        return Err(LockProblem::WrongFormat);
    }
    check_version(locked.version)?;
    if locked.area != area {
        return Err(LockProblem::WrongArea);
    }
    Ok(locked)
}

pub fn locked_area_text(area: &str, sealed: Sealed) -> String {
    let locked = LockedArea {
        format: LOCKED_AREA_FORMAT.into(),
        version: LOCK_VERSION,
        area: area.into(),
        sealed,
    };
    serde_json::to_string(&locked).expect("always serialises")
}

/// Whether a file is a locked backup (so the import asks for a passphrase).
pub fn parse_locked_backup(text: &str) -> Option<Result<LockedBackup, LockProblem>> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    if value.get("format")?.as_str()? != LOCKED_BACKUP_FORMAT {
        return None;
    }
    Some(
        serde_json::from_value::<LockedBackup>(value)
            .map_err(|_| LockProblem::NotJson)
            .and_then(|backup| {
                check_version(backup.version)?;
                check_version(backup.lock.version)?;
                check_kdf(&backup.lock.kdf)?;
                Ok(backup)
            }),
    )
}

pub fn locked_backup_text(lock: LockRecord, sealed: Sealed) -> String {
    let backup = LockedBackup {
        format: LOCKED_BACKUP_FORMAT.into(),
        version: LOCK_VERSION,
        lock,
        sealed,
    };
    serde_json::to_string_pretty(&backup).expect("always serialises")
}

/// Standard base64 (RFC 4648, section 4) with padding: the `base64` crate's
/// `STANDARD` engine, which writes and requires canonical padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    BASE64.encode(bytes)
}

/// Reads what `base64_encode` writes. Anything else (a byte outside the
/// alphabet, missing or extra padding, leftover bits) is `BadBase64`.
pub fn base64_decode(text: &str) -> Result<Vec<u8>, LockProblem> {
    BASE64.decode(text).map_err(|_| LockProblem::BadBase64)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        // RFC 4648, section 10.
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn bad_base64_is_refused() {
        // "Zh==" has leftover bits set: only one encoding of a value is read.
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zm 9", "Zh=="] {
            assert_eq!(base64_decode(bad), Err(LockProblem::BadBase64), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64_decode(&base64_encode(&bytes)).unwrap(), bytes);
        }
    }

    fn sample_record() -> LockRecord {
        LockRecord::new(
            KdfParams::pbkdf2_sha256(&[7; SALT_BYTES]),
            Sealed {
                iv: base64_encode(&[1; IV_BYTES]),
                ciphertext: base64_encode(&[2; 48]),
            },
        )
    }

    #[test]
    fn the_lock_record_keeps_its_parameters() {
        let record = sample_record();
        let text = serde_json::to_string(&record).unwrap();
        let read = parse_lock_record(&text).unwrap();
        assert_eq!(read, record);
        assert_eq!(read.kdf.iterations, 600_000);
        assert_eq!(base64_decode(&read.kdf.salt).unwrap().len(), 16);
        let newer = text.replace("\"version\":1", "\"version\":2");
        assert_eq!(parse_lock_record(&newer), Err(LockProblem::NewerVersion(2)));
        assert_eq!(parse_lock_record("{"), Err(LockProblem::NotJson));
        for iterations in ["1000", "4000000000"] {
            let odd = text.replace("600000", iterations);
            assert_eq!(
                parse_lock_record(&odd),
                Err(LockProblem::BadParameters),
                "{iterations}"
            );
        }
        let backup = locked_backup_text(
            record.clone(),
            Sealed {
                iv: "AAAA".into(),
                ciphertext: "BBBB".into(),
            },
        );
        let hanging = backup.replace("600000", "4000000000");
        assert_eq!(
            parse_locked_backup(&hanging),
            Some(Err(LockProblem::BadParameters))
        );
    }

    #[test]
    fn a_locked_area_names_its_area_and_is_told_from_a_plain_one() {
        let sealed = Sealed {
            iv: "AAAA".into(),
            ciphertext: "BBBB".into(),
        };
        let text = locked_area_text("journal", sealed.clone());
        assert!(is_locked_area(&text));
        assert!(!is_locked_area(&crate::storage::encode("journal", 1, &0)));
        assert_eq!(parse_locked_area("journal", &text).unwrap().sealed, sealed);
        assert_eq!(parse_locked_area("map", &text), Err(LockProblem::WrongArea));
    }

    #[test]
    fn associated_data_differs_per_area_and_purpose() {
        assert_ne!(
            area_associated_data(1, "map"),
            area_associated_data(1, "journal")
        );
        assert_ne!(
            area_associated_data(1, "map"),
            area_associated_data(2, "map")
        );
        assert_ne!(key_associated_data(1), backup_associated_data(1));
        assert_eq!(
            area_associated_data(1, "map"),
            b"ipt-companion-locked/1/map".to_vec()
        );
    }

    #[test]
    fn a_locked_backup_is_recognised() {
        let text = locked_backup_text(
            sample_record(),
            Sealed {
                iv: "AAAA".into(),
                ciphertext: "BBBB".into(),
            },
        );
        assert_eq!(
            parse_locked_backup(&text).unwrap().unwrap().lock,
            sample_record()
        );
        assert!(parse_locked_backup("{\"format\":\"ipt-companion-backup\"}").is_none());
        assert!(parse_locked_backup("not json").is_none());
    }
}
