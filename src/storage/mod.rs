//! The ONE place that touches localStorage. Each area of the app (listed
//! once in `areas`) is one versioned document under its own key, wrapped in
//! an envelope with a schema version and a revision counter.
//!
//! The envelope logic here is pure and tested natively; the browser part
//! (`local`, `area_store`) compiles natively too, but there finds no window
//! (`crate::browser`), so a native render sees no stored data at all.

pub mod area_store;
pub mod areas;
pub mod backup;
mod crypto;
pub mod drafts;
pub mod exit_mark;
pub mod language_choice;
mod local;
pub mod lock;
pub mod lock_format;
pub mod migrate;
pub mod save_state;

pub use areas::{AllAreas, Area, AREAS};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Names this app's documents, so a file or value from elsewhere is refused.
pub const FORMAT: &str = "ipt-companion";
/// The schema version this build writes and fully understands.
pub const SCHEMA_VERSION: u32 = 1;

/// The localStorage key of an area: `ipt.v1.learn`.
pub fn area_key(area: &str) -> String {
    versioned_key(SCHEMA_VERSION, area)
}

/// Whether `area` has a stored document (plain or encrypted), without
/// reading it: for a page that needs to know only that, and so need not
/// hold the area's code.
pub fn area_is_stored(area: &str) -> bool {
    matches!(local::read(&area_key(area)), Ok(Some(_)))
}

/// The key of `area` at schema `version`: `ipt.v1.map` (older schemas'
/// keys are found by it when migrating).
pub fn versioned_key(version: u32, area: &str) -> String {
    format!("ipt.v{version}.{area}")
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub format: String,
    pub area: String,
    pub schema: u32,
    pub revision: u64,
    pub data: T,
}

/// Why stored data could not be used. Such data is never overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    NotJson(String),
    NotOurFormat,
    WrongArea(String),
    NewerSchema(u32),
    Invalid(String),
    /// A locked value another tab wrote that this tab's key cannot open.
    CannotDecrypt,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::NotJson(detail) => write!(f, "the saved text is damaged ({detail})"),
            Unreadable::NotOurFormat => write!(f, "the saved value was not written by this app"),
            Unreadable::WrongArea(area) => write!(f, "the saved value belongs to '{area}'"),
            Unreadable::NewerSchema(version) => write!(
                f,
                "it was saved by a newer version of the app (format {version}); reload to update"
            ),
            Unreadable::Invalid(detail) => write!(f, "the saved data is not valid ({detail})"),
            Unreadable::CannotDecrypt => write!(f, "the saved data could not be decrypted"),
        }
    }
}

/// A stored document's envelope as read: the header checked, the data
/// still text (so it is decoded once, straight into its type).
pub(crate) struct OpenedEnvelope<'a> {
    pub schema: u32,
    pub revision: u64,
    pub data: &'a serde_json::value::RawValue,
}

/// The envelope's fields, read without building the data.
#[derive(Deserialize)]
struct RawEnvelope<'a> {
    #[serde(borrow)]
    format: Option<Cow<'a, str>>,
    #[serde(borrow)]
    area: Option<Cow<'a, str>>,
    schema: Option<u64>,
    revision: Option<u64>,
    // `"data": null` is data (present); only a missing field is None.
    #[serde(borrow, default, deserialize_with = "present")]
    data: Option<&'a serde_json::value::RawValue>,
}

fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de serde_json::value::RawValue>, D::Error> {
    Deserialize::deserialize(deserializer).map(Some)
}

/// Checks that `text` is this app's document of `area` at a schema no newer
/// than `newest` (decode and the migrations share these checks).
pub(crate) fn open_envelope<'a>(
    area: &str,
    text: &'a str,
    newest: u32,
) -> Result<OpenedEnvelope<'a>, Unreadable> {
    let raw: RawEnvelope = serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => Unreadable::NotOurFormat,
        _ => Unreadable::NotJson(error.to_string()),
    })?;
    if raw.format.as_deref() != Some(FORMAT) {
        return Err(Unreadable::NotOurFormat);
    }
    match raw.area.as_deref() {
        Some(stored) if stored == area => {}
        Some(other) => return Err(Unreadable::WrongArea(other.to_string())),
        None => return Err(Unreadable::Invalid("no area".into())),
    }
    let schema = raw
        .schema
        .ok_or_else(|| Unreadable::Invalid("no schema version".into()))?;
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > newest {
        return Err(Unreadable::NewerSchema(schema));
    }
    Ok(OpenedEnvelope {
        schema,
        revision: raw
            .revision
            .ok_or_else(|| Unreadable::Invalid("no revision".into()))?,
        data: raw
            .data
            .ok_or_else(|| Unreadable::Invalid("no data".into()))?,
    })
}

/// Reads a stored document of `area`.
pub fn decode<T: DeserializeOwned>(area: &str, text: &str) -> Result<Envelope<T>, Unreadable> {
    let opened = open_envelope(area, text, SCHEMA_VERSION)?;
    let data = serde_json::from_str(opened.data.get())
        .map_err(|error| Unreadable::Invalid(error.to_string()))?;
    Ok(Envelope {
        format: FORMAT.to_string(),
        area: area.to_string(),
        schema: opened.schema,
        revision: opened.revision,
        data,
    })
}

/// Writes a document of `area` at `revision`.
pub fn encode<T: Serialize>(area: &str, revision: u64, data: &T) -> String {
    let envelope = Envelope {
        format: FORMAT.to_string(),
        area: area.to_string(),
        schema: SCHEMA_VERSION,
        revision,
        data,
    };
    serde_json::to_string(&envelope).expect("app data always serialises to JSON")
}

/// Why a save did not happen. The change stays on screen in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is missing or refused (disabled, private mode).
    Unavailable(String),
    /// The browser refused the write (usually QuotaExceededError).
    Refused(String),
    /// The write seemed to work but reading it back gave something else.
    NotReadBack,
    /// Another tab saved a newer revision since this one loaded.
    ChangedElsewhere,
    /// The stored value could not be read, so it is kept untouched.
    KeptUnreadable,
    /// The lock is on and the browser would not encrypt the change.
    EncryptFailed,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Sample {
        words: Vec<String>,
    }

    #[test]
    fn a_document_round_trips() {
        let data = Sample {
            words: vec!["hello".into(), "<b>\"quoted\"</b>".into()],
        };
        let text = encode("learn", 7, &data);
        let envelope: Envelope<Sample> = decode("learn", &text).unwrap();
        assert_eq!(envelope.revision, 7);
        assert_eq!(envelope.schema, SCHEMA_VERSION);
        assert_eq!(envelope.data, data);
    }

    #[test]
    fn unreadable_values_say_why() {
        let decode_sample = |text: &str| decode::<Sample>("learn", text).unwrap_err();
        assert!(matches!(decode_sample("{not json"), Unreadable::NotJson(_)));
        assert_eq!(decode_sample("{\"a\":1}"), Unreadable::NotOurFormat);
        let other_area = encode("map", 1, &Sample { words: vec![] });
        assert_eq!(
            decode_sample(&other_area),
            Unreadable::WrongArea("map".into())
        );
        let newer =
            r#"{"format":"ipt-companion","area":"learn","schema":99,"revision":1,"data":{}}"#;
        assert_eq!(decode_sample(newer), Unreadable::NewerSchema(99));
        let wrong_type = r#"{"format":"ipt-companion","area":"learn","schema":1,"revision":1,"data":{"words":3}}"#;
        assert!(matches!(decode_sample(wrong_type), Unreadable::Invalid(_)));
        assert_eq!(decode_sample(r#"{"format":3}"#), Unreadable::NotOurFormat);
        assert_eq!(decode_sample("[1, 2]"), Unreadable::NotOurFormat);
        let no_revision =
            r#"{"format":"ipt-companion","area":"learn","schema":1,"data":{"words":[]}}"#;
        assert_eq!(
            decode_sample(no_revision),
            Unreadable::Invalid("no revision".into())
        );
        let no_data = r#"{"format":"ipt-companion","area":"learn","schema":1,"revision":2}"#;
        assert_eq!(
            decode_sample(no_data),
            Unreadable::Invalid("no data".into())
        );
    }

    #[test]
    fn keys_carry_the_version() {
        assert_eq!(area_key("learn"), "ipt.v1.learn");
    }
}
