//! Small choices kept on the device: the welcome seen, the country for
//! crisis lines, the colour theme.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The first-visit welcome was seen and its start button pressed.
    #[serde(default)]
    pub welcomed: bool,
    /// A region code of `content::crisis_contacts` to show first on /help.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub theme: Theme,
    /// The day (YYYY-MM-DD) the last backup was downloaded.
    #[serde(default)]
    pub last_backup: Option<String>,
    /// What the person chose to put in the summary for a clinician.
    #[serde(default)]
    pub summary: SummaryChoices,
}

/// The summary page's choices. Everything starts unticked: nothing goes
/// into the summary without the person choosing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryChoices {
    /// How many recent weeks to show; 0 means all.
    #[serde(default = "default_summary_weeks")]
    pub weeks: u32,
    #[serde(default)]
    pub mood: bool,
    #[serde(default)]
    pub map: bool,
    #[serde(default)]
    pub focus_area: bool,
    /// Exercise ids to include.
    #[serde(default)]
    pub exercises: Vec<String>,
}

fn default_summary_weeks() -> u32 {
    12
}

impl Default for SummaryChoices {
    fn default() -> Self {
        SummaryChoices {
            weeks: default_summary_weeks(),
            mood: false,
            map: false,
            focus_area: false,
            exercises: Vec::new(),
        }
    }
}

/// A personal safety plan (after Stanley & Brown's structure), in the
/// person's own words. Each field is free text, kept exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlan {
    #[serde(default)]
    pub warning_signs: String,
    #[serde(default)]
    pub on_my_own: String,
    #[serde(default)]
    pub people_and_places: String,
    #[serde(default)]
    pub people_to_ask: String,
    #[serde(default)]
    pub professionals: String,
    #[serde(default)]
    pub safer_surroundings: String,
    #[serde(default)]
    pub reasons_for_living: String,
}

impl SafetyPlan {
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|text| text.trim().is_empty())
    }

    pub fn fields(&self) -> [&String; 7] {
        [
            &self.warning_signs,
            &self.on_my_own,
            &self.people_and_places,
            &self.people_to_ask,
            &self.professionals,
            &self.safer_surroundings,
            &self.reasons_for_living,
        ]
    }

    pub fn field_mut(&mut self, index: usize) -> Option<&mut String> {
        match index {
            0 => Some(&mut self.warning_signs),
            1 => Some(&mut self.on_my_own),
            2 => Some(&mut self.people_and_places),
            3 => Some(&mut self.people_to_ask),
            4 => Some(&mut self.professionals),
            5 => Some(&mut self.safer_surroundings),
            6 => Some(&mut self.reasons_for_living),
            _ => None,
        }
    }
}

/// Days after which the app reminds the person to download a backup.
pub const BACKUP_REMINDER_DAYS: i64 = 30;

/// True when a backup is due: never made, or made more than 30 days ago.
pub fn backup_due(last_backup: Option<&str>, today: chrono::NaiveDate) -> bool {
    match last_backup.and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()) {
        None => true,
        Some(day) => (today - day).num_days() > BACKUP_REMINDER_DAYS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_is_due_after_thirty_days_or_when_never_made() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert!(backup_due(None, today));
        assert!(!backup_due(Some("2026-10-23"), today), "30 days ago");
        assert!(backup_due(Some("2026-10-22"), today), "31 days ago");
        assert!(backup_due(Some("not a date"), today));
    }

    #[test]
    fn every_field_of_the_plan_is_reachable_by_index() {
        let mut plan = SafetyPlan::default();
        assert!(plan.is_empty());
        for index in 0..7 {
            *plan.field_mut(index).unwrap() = format!("field {index}");
        }
        assert!(plan.field_mut(7).is_none());
        let fields: Vec<&String> = plan.fields().to_vec();
        for (index, text) in fields.iter().enumerate() {
            assert_eq!(**text, format!("field {index}"));
        }
        assert!(!plan.is_empty());
    }

    #[test]
    fn old_documents_load_with_defaults() {
        let settings: Settings = serde_json::from_str("{}").unwrap();
        assert_eq!(settings, Settings::default());
        let theme: Theme = serde_json::from_str("\"dark\"").unwrap();
        assert_eq!(theme, Theme::Dark);
    }
}
