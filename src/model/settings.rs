//! Small choices kept on the device: the welcome seen, the country for
//! crisis lines, the colour theme, when the lock locks by itself.

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
    /// When the passphrase lock locks by itself.
    #[serde(default)]
    pub auto_lock: crate::model::auto_lock::AutoLock,
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
    /// The timeline (drawing and events).
    #[serde(default)]
    pub timeline: bool,
    /// The recent weekly steps and how they went.
    #[serde(default)]
    pub steps: bool,
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
            timeline: false,
            steps: false,
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

/// The parts of the safety plan, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SafetyPlanSection {
    WarningSigns,
    OnMyOwn,
    PeopleAndPlaces,
    /// The one that can take names from the relationship map.
    PeopleToAsk,
    Professionals,
    SaferSurroundings,
    ReasonsForLiving,
}

impl SafetyPlanSection {
    pub const ALL: [SafetyPlanSection; 7] = [
        SafetyPlanSection::WarningSigns,
        SafetyPlanSection::OnMyOwn,
        SafetyPlanSection::PeopleAndPlaces,
        SafetyPlanSection::PeopleToAsk,
        SafetyPlanSection::Professionals,
        SafetyPlanSection::SaferSurroundings,
        SafetyPlanSection::ReasonsForLiving,
    ];
}

impl SafetyPlan {
    pub fn is_empty(&self) -> bool {
        SafetyPlanSection::ALL
            .iter()
            .all(|section| self.field(*section).trim().is_empty())
    }

    pub fn field(&self, section: SafetyPlanSection) -> &String {
        match section {
            SafetyPlanSection::WarningSigns => &self.warning_signs,
            SafetyPlanSection::OnMyOwn => &self.on_my_own,
            SafetyPlanSection::PeopleAndPlaces => &self.people_and_places,
            SafetyPlanSection::PeopleToAsk => &self.people_to_ask,
            SafetyPlanSection::Professionals => &self.professionals,
            SafetyPlanSection::SaferSurroundings => &self.safer_surroundings,
            SafetyPlanSection::ReasonsForLiving => &self.reasons_for_living,
        }
    }

    pub fn field_mut(&mut self, section: SafetyPlanSection) -> &mut String {
        match section {
            SafetyPlanSection::WarningSigns => &mut self.warning_signs,
            SafetyPlanSection::OnMyOwn => &mut self.on_my_own,
            SafetyPlanSection::PeopleAndPlaces => &mut self.people_and_places,
            SafetyPlanSection::PeopleToAsk => &mut self.people_to_ask,
            SafetyPlanSection::Professionals => &mut self.professionals,
            SafetyPlanSection::SaferSurroundings => &mut self.safer_surroundings,
            SafetyPlanSection::ReasonsForLiving => &mut self.reasons_for_living,
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
    fn every_section_of_the_plan_has_its_own_field() {
        let mut plan = SafetyPlan::default();
        assert!(plan.is_empty());
        for (index, section) in SafetyPlanSection::ALL.into_iter().enumerate() {
            *plan.field_mut(section) = format!("field {index}");
        }
        for (index, section) in SafetyPlanSection::ALL.into_iter().enumerate() {
            assert_eq!(*plan.field(section), format!("field {index}"));
        }
        assert!(!plan.is_empty());
    }

    #[test]
    fn a_stored_safety_plan_loads_into_its_sections_and_saves_the_same() {
        let stored = r#"{"warning_signs":"a","on_my_own":"b","people_and_places":"c","people_to_ask":"d","professionals":"e","safer_surroundings":"f","reasons_for_living":"g"}"#;
        let plan: SafetyPlan = serde_json::from_str(stored).unwrap();
        let texts: Vec<&str> = SafetyPlanSection::ALL
            .iter()
            .map(|section| plan.field(*section).as_str())
            .collect();
        assert_eq!(texts, ["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(plan.field(SafetyPlanSection::PeopleToAsk), "d");
        assert_eq!(serde_json::to_string(&plan).unwrap(), stored);
        let older: SafetyPlan = serde_json::from_str(r#"{"people_to_ask":"Sam"}"#).unwrap();
        assert_eq!(older.field(SafetyPlanSection::PeopleToAsk), "Sam");
        assert_eq!(older.field(SafetyPlanSection::WarningSigns), "");
    }

    #[test]
    fn old_documents_load_with_defaults() {
        let settings: Settings = serde_json::from_str("{}").unwrap();
        assert_eq!(settings, Settings::default());
        let theme: Theme = serde_json::from_str("\"dark\"").unwrap();
        assert_eq!(theme, Theme::Dark);
    }
}
