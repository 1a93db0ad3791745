//! The app's data areas, listed once. Each area is one stored document
//! (`ipt.v1.<name>`) holding one model type; everything that speaks of
//! "every area" (the stores, backups, the lock, deleting, the recovery
//! views) is generated from the table in [`every_area!`], so adding an area
//! is one row there plus its model type, and the compiler points at the
//! places that must say what the new area means (merge, counts).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A model type stored as one area.
pub trait Area: Serialize + DeserializeOwned + Default + Clone + Send + Sync + 'static {
    /// The name in the stored key and in the document's envelope. Shipped
    /// names never change: stored data and backups are found by them.
    const NAME: &'static str;
    /// Read when the app starts (small areas every page may need), or the
    /// first time a page asks (large areas a shared Learn link never needs).
    const READ_AT_START: bool;
}

/// Hands the table of areas to the macro `$then`. One row per area:
/// `field: Type = "stored-name", read at start?`. `field` names the area in
/// code and in backup files (so `safety_plan`, as backups have always said);
/// `"stored-name"` is [`Area::NAME`]. A row may start with attributes for
/// the backup's field: an area added later takes `#[serde(default)]`, so
/// backups made before it still import.
macro_rules! every_area {
    ($then:ident) => {
        $then! {
            learn: $crate::model::learn_progress::LearnProgress = "learn", true;
            map: $crate::model::relationship_map::RelationshipMap = "map", false;
            journal: $crate::model::journal::Journal = "journal", false;
            settings: $crate::model::settings::Settings = "settings", true;
            safety_plan: $crate::model::settings::SafetyPlan = "safety-plan", false;
            #[serde(default)]
            timeline: $crate::model::timeline::Timeline = "timeline", false;
        }
    };
}
// The stores (wasm only) use the table too.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use every_area;

macro_rules! define_areas {
    ($($(#[$backup:meta])* $field:ident: $type:ty = $name:literal, $at_start:literal;)*) => {
        $(
            impl Area for $type {
                const NAME: &'static str = $name;
                const READ_AT_START: bool = $at_start;
            }
        )*

        /// Every area's stored name, for "delete everything", the lock and
        /// the storage usage.
        pub const AREAS: &[&str] = &[$($name),*];

        /// Every area's data at once: a backup's content, an import.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        pub struct AllAreas {
            $($(#[$backup])* pub $field: $type,)*
        }
    };
}
every_area!(define_areas);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::settings::SafetyPlan;

    #[test]
    fn shipped_area_names_never_change() {
        assert_eq!(
            AREAS,
            [
                "learn",
                "map",
                "journal",
                "settings",
                "safety-plan",
                "timeline"
            ]
        );
        assert_eq!(SafetyPlan::NAME, "safety-plan");
    }

    #[test]
    fn backups_name_areas_by_their_field() {
        let value = serde_json::to_value(AllAreas::default()).unwrap();
        let mut fields: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        fields.sort_unstable();
        assert_eq!(
            fields,
            [
                "journal",
                "learn",
                "map",
                "safety_plan",
                "settings",
                "timeline"
            ]
        );
    }
}
