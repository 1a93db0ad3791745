//! The words of the PHQ-9, shown word for word. Its licence allows
//! reproduction with the credit line, and changed wording is no longer the
//! validated measure: never edit these texts, not even the punctuation. The
//! scoring lives in `model::journal::phq9`.

use crate::model::journal::Band;

/// The question asked before the nine items.
pub const STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

/// The nine items, in order. Item 9 (index 8) asks about thoughts of death
/// or self-harm: any answer above "Not at all" opens the safety panel.
pub const ITEMS: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your \
     family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — \
     being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
];

/// The answers for every item; the index is the score (0 to 3).
pub const ANSWER_OPTIONS: [&str; 4] = [
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
];

/// The follow-up question. It is not scored.
pub const DIFFICULTY_QUESTION: &str = "If you checked off any problems, how difficult have these \
     problems made it for you to do your work, take care of things at home, or get along with \
     other people?";

/// The answers to the follow-up question; the index is the stored value.
pub const DIFFICULTY_OPTIONS: [&str; 4] = [
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
];

/// Shown wherever the questionnaire is shown, as its licence requires.
pub const CREDIT: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt \
     Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required \
     to reproduce, translate, display or distribute.";

/// The paper that validated the questionnaire, for the "Sources" list.
pub const REFERENCE: &str = "Kroenke, Spitzer & Williams (2001), J Gen Intern Med \
     16(9):606–613.";

/// The usual name of a severity band, as used in the scoring table.
pub fn band_label(band: Band) -> &'static str {
    match band {
        Band::Minimal => "Minimal",
        Band::Mild => "Mild",
        Band::Moderate => "Moderate",
        Band::ModeratelySevere => "Moderately severe",
        Band::Severe => "Severe",
    }
}
