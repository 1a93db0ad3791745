//! What a person has done in Learn: modules read, exercise answers, and the
//! focus area they chose. Saved on the device as the `learn` area.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::problem_area::ProblemArea;
use crate::model::self_check::Answer;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnProgress {
    /// Slugs of the modules marked as read.
    #[serde(default)]
    pub read: BTreeSet<String>,
    /// Exercise answers by exercise id.
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseEntry>,
    #[serde(default)]
    pub focus_area: Option<ProblemArea>,
    /// Self-check answers by question id.
    #[serde(default)]
    pub self_check: BTreeMap<String, Answer>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseEntry {
    /// Answers by field id, exactly as typed.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    #[serde(default)]
    pub done: bool,
}

impl LearnProgress {
    pub fn is_read(&self, slug: &str) -> bool {
        self.read.contains(slug)
    }

    pub fn set_read(&mut self, slug: &str, read: bool) {
        if read {
            self.read.insert(slug.to_string());
        } else {
            self.read.remove(slug);
        }
    }

    /// The answer typed into one field, or "" if none yet.
    pub fn answer(&self, exercise_id: &str, field_id: &str) -> &str {
        self.exercises
            .get(exercise_id)
            .and_then(|entry| entry.fields.get(field_id))
            .map_or("", String::as_str)
    }

    /// Stores an answer as typed. An emptied field is removed, so an
    /// exercise that was cleared reads as not started.
    pub fn set_answer(&mut self, exercise_id: &str, field_id: &str, text: &str) {
        let entry = self.exercises.entry(exercise_id.to_string()).or_default();
        if text.is_empty() {
            entry.fields.remove(field_id);
        } else {
            entry.fields.insert(field_id.to_string(), text.to_string());
        }
        if entry.fields.is_empty() && !entry.done {
            self.exercises.remove(exercise_id);
        }
    }

    pub fn is_done(&self, exercise_id: &str) -> bool {
        self.exercises
            .get(exercise_id)
            .is_some_and(|entry| entry.done)
    }

    pub fn set_done(&mut self, exercise_id: &str, done: bool) {
        let entry = self.exercises.entry(exercise_id.to_string()).or_default();
        entry.done = done;
        if entry.fields.is_empty() && !entry.done {
            self.exercises.remove(exercise_id);
        }
    }

    /// True when the exercise has any answer or is marked done.
    pub fn is_started(&self, exercise_id: &str) -> bool {
        self.exercises.contains_key(exercise_id)
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reading_marks_toggle() {
        let mut progress = LearnProgress::default();
        progress.set_read("grief", true);
        assert!(progress.is_read("grief"));
        progress.set_read("grief", false);
        assert!(!progress.is_read("grief"));
    }

    #[test]
    fn answers_are_kept_exactly_and_cleared_fields_disappear() {
        let mut progress = LearnProgress::default();
        progress.set_answer("story", "good", "  <b>Walks</b> 🌊 שלום\n");
        assert_eq!(progress.answer("story", "good"), "  <b>Walks</b> 🌊 שלום\n");
        assert!(progress.is_started("story"));
        progress.set_answer("story", "good", "");
        assert_eq!(progress.answer("story", "good"), "");
        assert!(!progress.is_started("story"));
    }

    #[test]
    fn done_is_separate_from_answers() {
        let mut progress = LearnProgress::default();
        progress.set_done("story", true);
        assert!(progress.is_done("story") && progress.is_started("story"));
        progress.set_done("story", false);
        assert!(!progress.is_started("story"));
    }

    #[test]
    fn older_documents_without_new_fields_still_load() {
        let progress: LearnProgress = serde_json::from_str(r#"{"read":["grief"]}"#).unwrap();
        assert!(progress.is_read("grief"));
        assert_eq!(progress.focus_area, None);
    }

    proptest! {
        #[test]
        fn progress_round_trips_through_json(
            read in proptest::collection::btree_set("[a-z-]{1,20}", 0..5),
            answers in proptest::collection::vec(("[a-z]{1,8}", "[a-z]{1,8}", "\\PC{1,40}"), 0..8),
            done in proptest::collection::vec("[a-z]{1,8}", 0..3),
        ) {
            let mut progress = LearnProgress { read, ..Default::default() };
            for (exercise, field, text) in &answers {
                progress.set_answer(exercise, field, text);
            }
            for exercise in &done {
                progress.set_done(exercise, true);
            }
            let text = serde_json::to_string(&progress).unwrap();
            let back: LearnProgress = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back, progress);
        }
    }
}
