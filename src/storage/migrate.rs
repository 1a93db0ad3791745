//! Moving a stored area document from an older schema to the current one.
//! Pure logic: the browser code (area_store) does the reads and writes.
//!
//! Order the browser code must follow, so a closed tab or a full disk never
//! loses data (the old key is the only copy until the new one is proven):
//! 1. `plan_keys` says which old key to migrate; read its text.
//! 2. `migrate` builds the new text on a copy; the old text is not touched.
//! 3. Write it to the new key through `local::write_verified`.
//! 4. Read the new key back; `migrated_copy_reads_back_equal` must be true.
//! 5. Only then remove the old key.
//!
//! On any failure keep the old key, remove nothing, and report the area as
//! unreadable. A locked (encrypted) area is migrated after decrypting it:
//! the steps only ever see the plain envelope.

pub use super::versioned_key;
use super::{open_envelope, Envelope, Unreadable, FORMAT, SCHEMA_VERSION};
use serde_json::Value;

/// Turns an area's `data` from schema `from` into schema `from + 1`. It is
/// given the area name, so a step can change one area and pass the others.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub from: u32,
    pub run: fn(area: &str, data: Value) -> Result<Value, String>,
}

/// The app's real migrations. Empty: schema 1 is the first.
///
/// To change a stored shape: bump `SCHEMA_VERSION` to N+1, add
/// `Step { from: N, run: ... }` here (keep every old step: a phone may come
/// back after years on schema 1), and areas move from `ipt.vN.x` to
/// `ipt.vN+1.x` on their next load. The chain test below checks the list.
pub const STEPS: &[Step] = &[];

/// Why an older document could not be migrated. Its key is kept as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    NotJson(String),
    NotOurFormat,
    WrongArea(String),
    /// The envelope lacks a field the migration needs (schema, revision).
    Invalid(String),
    /// No step starts at this schema, so the chain has a gap.
    MissingStep(u32),
    StepFailed {
        from: u32,
        message: String,
    },
    NewerSchema(u32),
}

impl std::fmt::Display for MigrateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotJson(detail) => write!(f, "the saved text is damaged ({detail})"),
            Self::NotOurFormat => write!(f, "the saved value was not written by this app"),
            Self::WrongArea(area) => write!(f, "the saved value belongs to '{area}'"),
            Self::Invalid(detail) => write!(f, "the saved data is not valid ({detail})"),
            Self::MissingStep(from) => write!(f, "no update exists for saved format {from}"),
            Self::StepFailed { from, message } => {
                write!(f, "updating saved format {from} failed ({message})")
            }
            Self::NewerSchema(version) => write!(
                f,
                "it was saved by a newer version of the app (format {version}); reload to update"
            ),
        }
    }
}

impl From<Unreadable> for MigrateError {
    fn from(reason: Unreadable) -> MigrateError {
        match reason {
            Unreadable::NotJson(detail) => MigrateError::NotJson(detail),
            Unreadable::NotOurFormat => MigrateError::NotOurFormat,
            Unreadable::WrongArea(area) => MigrateError::WrongArea(area),
            Unreadable::NewerSchema(schema) => MigrateError::NewerSchema(schema),
            Unreadable::Invalid(detail) => MigrateError::Invalid(detail),
            // Migrations only ever see plain documents.
            Unreadable::CannotDecrypt => MigrateError::Invalid(reason.to_string()),
        }
    }
}

/// Migrates with the app's real steps to `SCHEMA_VERSION`.
pub fn migrate(area: &str, text: &str) -> Result<String, MigrateError> {
    migrate_with(STEPS, SCHEMA_VERSION, area, text)
}

/// Runs every step from the document's schema up to `target` in order and
/// returns the new text, same revision. Generic over `steps` for tests.
pub fn migrate_with(
    steps: &[Step],
    target: u32,
    area: &str,
    text: &str,
) -> Result<String, MigrateError> {
    // Parsing makes an owned copy; `text` is borrowed and never changed.
    let opened = open_envelope(area, text, target)?;
    let (schema, revision) = (opened.schema, opened.revision);
    let mut data: Value = serde_json::from_str(opened.data.get())
        .map_err(|error| MigrateError::NotJson(error.to_string()))?;
    for from in schema..target {
        // A gap stops here. Nothing has been stored: only the returned text
        // is ever written, so the old key is still the whole truth.
        let step = steps.iter().find(|step| step.from == from);
        let step = step.ok_or(MigrateError::MissingStep(from))?;
        data =
            (step.run)(area, data).map_err(|message| MigrateError::StepFailed { from, message })?;
    }
    // Re-wrapped through the same Envelope as `encode`, so field order and
    // shape match what a fresh save would write.
    let envelope = Envelope {
        format: FORMAT.to_string(),
        area: area.to_string(),
        schema: target,
        revision,
        data,
    };
    Ok(serde_json::to_string(&envelope).expect("a JSON value always serialises"))
}

/// What to do with an area's keys when it loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPlan {
    /// The current key exists: read it, ignore older ones.
    Current,
    /// Migrate the newest older key to the current one.
    Migrate {
        from_key: String,
        to_key: String,
    },
    NothingStored,
}

/// The plan for `area` with the real `SCHEMA_VERSION`.
pub fn plan_keys(area: &str, exists: impl Fn(&str) -> bool) -> KeyPlan {
    plan_keys_with(SCHEMA_VERSION, area, exists)
}

/// Looks at `ipt.v{target}.{area}` down to `ipt.v1.{area}`. The newest older
/// key wins: an even older one can only be left over from an earlier
/// migration whose final remove failed, so its data is stale.
pub fn plan_keys_with(target: u32, area: &str, exists: impl Fn(&str) -> bool) -> KeyPlan {
    let to_key = versioned_key(target, area);
    if exists(&to_key) {
        return KeyPlan::Current;
    }
    (1..target)
        .rev()
        .map(|version| versioned_key(version, area))
        .find(|key| exists(key))
        .map_or(KeyPlan::NothingStored, |from_key| KeyPlan::Migrate {
            from_key,
            to_key,
        })
}

/// True only if the new key holds exactly what was written. Anything else
/// (missing, different) means: keep the old key and report unreadable.
pub fn migrated_copy_reads_back_equal(written: &str, read_back: Option<&str>) -> bool {
    read_back == Some(written)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;
    use MigrateError::*;

    // 1→2 renames `name` to `title`; 2→3 adds `tags: []` to the map only.
    fn rename(_area: &str, mut data: Value) -> Result<Value, String> {
        let object = data.as_object_mut().ok_or("data is not an object")?;
        let name = object.remove("name").ok_or("no name")?;
        object.insert("title".into(), name);
        Ok(data)
    }
    fn add_tags(area: &str, mut data: Value) -> Result<Value, String> {
        if area == "map" {
            data["tags"] = json!([]);
        }
        Ok(data)
    }
    const FAKE: &[Step] = &[
        Step {
            from: 1,
            run: rename,
        },
        Step {
            from: 2,
            run: add_tags,
        },
    ];

    fn doc(area: &str, schema: u32, revision: u64, data: Value) -> String {
        json!({"format": FORMAT, "area": area, "schema": schema, "revision": revision, "data": data})
            .to_string()
    }
    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn steps_run_in_order_on_a_copy_keeping_the_revision() {
        let original = doc("map", 1, 42, json!({"name": "home"}));
        let before = original.clone();
        let migrated = parse(&migrate_with(FAKE, 3, "map", &original).unwrap());
        assert_eq!(original, before);
        assert_eq!(migrated["schema"], 3);
        assert_eq!(migrated["revision"], 42);
        assert_eq!(migrated["data"], json!({"title": "home", "tags": []}));
        // A step may leave other areas alone; a middle start runs the rest.
        let journal = doc("journal", 2, 5, json!({"title": "x"}));
        let journal = parse(&migrate_with(FAKE, 3, "journal", &journal).unwrap());
        assert_eq!(journal["data"], json!({"title": "x"}));
    }

    #[test]
    fn refusals_say_why() {
        let ok = doc("map", 1, 1, json!({"name": "a"}));
        let run = |steps, target, text: &str| migrate_with(steps, target, "map", text);
        assert!(matches!(run(FAKE, 3, "{nope"), Err(NotJson(_))));
        assert_eq!(run(FAKE, 3, "{}"), Err(NotOurFormat));
        let other = doc("learn", 1, 1, json!({}));
        assert_eq!(run(FAKE, 3, &other), Err(WrongArea("learn".into())));
        assert_eq!(run(&FAKE[1..], 3, &ok), Err(MissingStep(1)));
        assert_eq!(run(&FAKE[..1], 3, &ok), Err(MissingStep(2)));
        let failing = run(FAKE, 3, &doc("map", 1, 1, json!({"other": 1}))).unwrap_err();
        let message = "no name".to_string();
        assert_eq!(failing, StepFailed { from: 1, message });
        assert!(failing.to_string().contains("no name"));
        let newer = doc("map", 3, 1, json!({}));
        assert_eq!(run(FAKE, 2, &newer), Err(NewerSchema(3)));
    }

    #[test]
    fn the_real_steps_form_a_chain_to_the_current_schema() {
        // Sorted `from`s must be exactly 1, 2, .., SCHEMA_VERSION - 1: no gap,
        // no duplicate, nothing past the current schema.
        let mut froms: Vec<u32> = STEPS.iter().map(|step| step.from).collect();
        froms.sort_unstable();
        assert_eq!(froms, (1..SCHEMA_VERSION).collect::<Vec<u32>>());
        let current = doc("learn", SCHEMA_VERSION, 3, json!({"a": 1}));
        assert_eq!(parse(&migrate("learn", &current).unwrap()), parse(&current));
    }

    #[test]
    fn the_key_plan_picks_the_newest_older_key() {
        let plan = |keys: &[&str]| plan_keys_with(3, "map", |key| keys.contains(&key));
        assert_eq!(plan(&["ipt.v3.map", "ipt.v1.map"]), KeyPlan::Current);
        assert_eq!(
            plan(&["ipt.v1.map", "ipt.v2.map", "ipt.v2.learn"]),
            KeyPlan::Migrate {
                from_key: "ipt.v2.map".into(),
                to_key: "ipt.v3.map".into()
            }
        );
        assert_eq!(plan(&["ipt.v3.learn"]), KeyPlan::NothingStored);
        assert_eq!(
            plan_keys("map", |key| key == "ipt.v1.map"),
            KeyPlan::Current
        );
    }

    #[test]
    fn only_an_equal_read_back_counts() {
        assert!(migrated_copy_reads_back_equal("a", Some("a")));
        assert!(!migrated_copy_reads_back_equal("a", Some("b")));
        assert!(!migrated_copy_reads_back_equal("a", None));
    }

    // Floats are left out: serde_json does not promise to round-trip them.
    fn json_ish() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::btree_map("\\PC{0,5}", inner, 0..4)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    fn identity(_area: &str, data: Value) -> Result<Value, String> {
        Ok(data)
    }

    proptest! {
        #[test]
        fn an_identity_chain_keeps_data_and_revision(data in json_ish(), revision in any::<u64>()) {
            let steps = [Step { from: 1, run: identity }, Step { from: 2, run: identity }];
            let text = migrate_with(&steps, 3, "journal", &doc("journal", 1, revision, data.clone()))
                .unwrap();
            let envelope: Envelope<Value> = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(envelope.data, data);
            prop_assert_eq!(envelope.revision, revision);
            prop_assert_eq!(envelope.schema, 3);
        }
    }
}
