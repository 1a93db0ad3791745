//! The browser's WebCrypto, for the passphrase lock: PBKDF2 to turn the
//! passphrase into a wrapping key, AES-256-GCM for everything else. No
//! cryptography is written here; this only calls SubtleCrypto.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use super::lock_format::{base64_decode, base64_encode, KdfParams, Sealed, IV_BYTES};

/// Any WebCrypto failure. Deliberately without detail: a wrong passphrase
/// and damaged data look the same to AES-GCM, and the person is told one
/// thing for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CryptoFailed;

impl From<JsValue> for CryptoFailed {
    fn from(_: JsValue) -> Self {
        CryptoFailed
    }
}

fn crypto() -> Result<web_sys::Crypto, CryptoFailed> {
    crate::browser::window()
        .ok_or(CryptoFailed)?
        .crypto()
        .map_err(CryptoFailed::from)
}

fn subtle() -> Result<SubtleCrypto, CryptoFailed> {
    Ok(crypto()?.subtle())
}

pub fn random_bytes(count: usize) -> Result<Vec<u8>, CryptoFailed> {
    let mut bytes = vec![0u8; count];
    crypto()?.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// A plain JS object from key/value pairs (WebCrypto's algorithm parameters).
fn object(entries: &[(&str, JsValue)]) -> Result<Object, CryptoFailed> {
    let object = Object::new();
    for (key, value) in entries {
        Reflect::set(&object, &JsValue::from_str(key), value)?;
    }
    Ok(object)
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect::<Array>()
        .into()
}

fn bytes(value: &[u8]) -> JsValue {
    Uint8Array::from(value).into()
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoFailed> {
    Ok(JsFuture::from(promise?).await?)
}

fn aes_gcm_256() -> Result<Object, CryptoFailed> {
    object(&[
        ("name", JsValue::from_str("AES-GCM")),
        ("length", JsValue::from_f64(256.0)),
    ])
}

fn aes_gcm_with(iv: &[u8], associated_data: &[u8]) -> Result<Object, CryptoFailed> {
    object(&[
        ("name", JsValue::from_str("AES-GCM")),
        ("iv", bytes(iv)),
        ("additionalData", bytes(associated_data)),
    ])
}

/// The wrapping key from a passphrase (never stored, not extractable).
pub async fn passphrase_key(passphrase: &str, kdf: &KdfParams) -> Result<CryptoKey, CryptoFailed> {
    let subtle = subtle()?;
    let salt = base64_decode(&kdf.salt).map_err(|_| CryptoFailed)?;
    let passphrase_bytes: Object = Uint8Array::from(passphrase.as_bytes()).into();
    let base = resolve(subtle.import_key_with_str(
        "raw",
        &passphrase_bytes,
        "PBKDF2",
        false,
        &usages(&["deriveKey"]),
    ))
    .await?;
    let algorithm = object(&[
        ("name", JsValue::from_str(&kdf.name)),
        ("hash", JsValue::from_str(&kdf.hash)),
        ("salt", bytes(&salt)),
        ("iterations", JsValue::from_f64(f64::from(kdf.iterations))),
    ])?;
    let key = resolve(subtle.derive_key_with_object_and_object(
        &algorithm,
        &base.unchecked_into(),
        &aes_gcm_256()?,
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

/// A new random data key. Extractable only so it can be wrapped once; the
/// copy used for the session comes from `unwrap_data_key`.
pub async fn new_data_key() -> Result<CryptoKey, CryptoFailed> {
    let key = resolve(subtle()?.generate_key_with_object(
        &aes_gcm_256()?,
        true,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

pub async fn wrap_data_key(
    data_key: &CryptoKey,
    wrapping_key: &CryptoKey,
    associated_data: &[u8],
) -> Result<Sealed, CryptoFailed> {
    let iv = random_bytes(IV_BYTES)?;
    let wrapped = resolve(subtle()?.wrap_key_with_object(
        "raw",
        data_key,
        wrapping_key,
        &aes_gcm_with(&iv, associated_data)?,
    ))
    .await?;
    Ok(Sealed {
        iv: base64_encode(&iv),
        ciphertext: base64_encode(&Uint8Array::new(&wrapped).to_vec()),
    })
}

/// Unwraps the data key; fails on a wrong passphrase or a damaged record.
pub async fn unwrap_data_key(
    wrapped: &Sealed,
    wrapping_key: &CryptoKey,
    associated_data: &[u8],
    extractable: bool,
) -> Result<CryptoKey, CryptoFailed> {
    let iv = base64_decode(&wrapped.iv).map_err(|_| CryptoFailed)?;
    let ciphertext = base64_decode(&wrapped.ciphertext).map_err(|_| CryptoFailed)?;
    let key = resolve(subtle()?.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &ciphertext,
        wrapping_key,
        &aes_gcm_with(&iv, associated_data)?,
        &aes_gcm_256()?,
        extractable,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

/// Encrypts with a fresh random IV.
pub async fn seal(
    key: &CryptoKey,
    associated_data: &[u8],
    plaintext: &str,
) -> Result<Sealed, CryptoFailed> {
    let iv = random_bytes(IV_BYTES)?;
    let ciphertext = resolve(subtle()?.encrypt_with_object_and_u8_array(
        &aes_gcm_with(&iv, associated_data)?,
        key,
        plaintext.as_bytes(),
    ))
    .await?;
    Ok(Sealed {
        iv: base64_encode(&iv),
        ciphertext: base64_encode(&Uint8Array::new(&ciphertext).to_vec()),
    })
}

/// Decrypts and checks the tag; any change to IV, ciphertext or associated
/// data fails.
pub async fn open(
    key: &CryptoKey,
    associated_data: &[u8],
    sealed: &Sealed,
) -> Result<String, CryptoFailed> {
    let iv = base64_decode(&sealed.iv).map_err(|_| CryptoFailed)?;
    let ciphertext = base64_decode(&sealed.ciphertext).map_err(|_| CryptoFailed)?;
    let plaintext = resolve(subtle()?.decrypt_with_object_and_u8_array(
        &aes_gcm_with(&iv, associated_data)?,
        key,
        &ciphertext,
    ))
    .await?;
    String::from_utf8(Uint8Array::new(&plaintext).to_vec()).map_err(|_| CryptoFailed)
}
