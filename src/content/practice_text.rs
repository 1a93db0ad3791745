//! The words of IPT's two working tools: the mood and life-events timeline
//! (`/timeline`) and this week's step in the journal.

/// `/timeline`.
pub mod timeline {
    use crate::model::timeline::{DateError, LifeEventKind, Lowness, TimelineProblem};

    pub const TITLE: &str = "Your timeline";
    pub const NAV: &str = "Timeline";
    pub const INTRO: &str = "A line through time with two things on it: the times your mood \
        was low, and the things that happened with people. Seeing them together can show when \
        low mood started and what was going on around then.";
    pub const CLUE_NOT_CAUSE: &str = "Anything you notice here is a clue, not the one cause. \
        Moods have many roots; the timeline only helps you see the picture.";
    pub const SAVED: &str = "Everything here saves on this device as you type.";
    pub const DRAWING_HEADING: &str = "The picture";
    pub const DRAWING_LABEL: &str = "Timeline drawing. The same entries are listed below.";
    /// The box the drawing scrolls in (it takes the keyboard's arrow keys),
    /// named apart from the drawing so a screen reader does not say the
    /// same words twice.
    pub const DRAWING_SCROLLER_LABEL: &str = "Scrolling area for the timeline drawing";
    pub const DRAWING_SCROLL_HINT: &str = "On a small screen, the drawing scrolls sideways.";
    pub const EMPTY: &str = "Nothing on your timeline yet. Start with one thing you remember: \
        a time your mood was low, or something that happened with someone.";
    pub const TODAY: &str = "Today";
    pub const LEGEND_LOW: &str = "Shaded: a time of low mood (darker is lower)";
    pub const LEGEND_EVENT: &str = "Mark: a life event";

    pub const EVENTS_HEADING: &str = "Life events";
    pub const NO_EVENTS: &str = "No life events yet.";
    pub const ADD_EVENT_HEADING: &str = "Add a life event";
    pub const EDIT_EVENT_HEADING: &str = "Change this life event";
    pub const WHEN_LABEL: &str = "When?";
    pub const WHEN_HINT: &str = "A month like 2025-03, or a day like 2025-03-14. A month is fine \
        if you do not remember the day.";
    pub const WHAT_LABEL: &str = "What happened?";
    pub const PEOPLE_LEGEND: &str = "Who was involved? (optional)";
    pub const NO_PEOPLE: &str = "People you add to your map can be picked here.";
    pub const KIND_LEGEND: &str = "What kind of event was it?";
    pub const ADD_EVENT: &str = "Add this event";

    pub const PERIODS_HEADING: &str = "Times of low mood";
    pub const NO_PERIODS: &str = "No times of low mood yet.";
    pub const ADD_PERIOD_HEADING: &str = "Add a time of low mood";
    pub const EDIT_PERIOD_HEADING: &str = "Change this time of low mood";
    pub const FROM_LABEL: &str = "From";
    pub const TO_LABEL: &str = "To (leave empty if it goes on now)";
    pub const LOWNESS_LEGEND: &str = "How low was it?";
    pub const ADD_PERIOD: &str = "Add this time";
    pub const GOES_ON: &str = "now";
    pub const OVERLAP_NOTE: &str = "Two of your times of low mood overlap. That is fine; if they \
        are one stretch, you may want to join them.";

    pub const SAVE: &str = "Save changes";
    pub const CANCEL: &str = "Cancel";
    pub const EDIT: &str = "Change";
    pub const REMOVE: &str = "Remove";
    pub const ADDED: &str = "Added to your timeline.";
    pub const CHANGED: &str = "Your change is on your timeline.";
    pub const REMOVED: &str = "Removed from your timeline.";

    /// Between two modules' links under one clue.
    pub const OR: &str = " or ";
    pub const CLUES_HEADING: &str = "What your timeline may be showing";
    pub const CLUES_NONE: &str = "Once you add a time of low mood and the life events around it, \
        this part points out events close to when low mood began.";
    pub const PRINT: &str = "Print the timeline";
    pub const LEARN_MORE: &str = "Why a timeline helps, in the Techniques module";
    /// On the home page's "find your focus" step.
    pub const HOME_LINK: &str = "Draw a timeline of your mood and life events";

    /// A clue in words: an event near the start of low mood.
    pub fn clue(kind: LifeEventKind, event: &str, onset: &str) -> String {
        let what = match kind {
            LifeEventKind::Death => "the death of someone close",
            LifeEventKind::RelationshipEnded => "the end of a relationship",
            LifeEventKind::Loss => "a loss",
            LifeEventKind::Conflict => "a conflict",
            LifeEventKind::RoleChange => "a big change in your life",
            LifeEventKind::Alone => "a time of being alone or cut off",
            LifeEventKind::Other => "an event",
        };
        format!("Low mood starting around {onset} came near {what}: “{event}”. This may be a clue worth talking over, not a cause.")
    }

    /// The home page's and self-check's one line about the timeline.
    pub fn clue_summary(kind: LifeEventKind) -> &'static str {
        match kind {
            LifeEventKind::Death => {
                "Your timeline shows low mood starting near the death of \
                someone close to you. That is a clue, not a cause: the Grief module may help you \
                think it through."
            }
            LifeEventKind::RelationshipEnded => {
                "Your timeline shows low mood starting near the end of a \
                relationship. That is a clue, not a cause: the Role transitions module may help \
                with the change, and the Disputes module covers a relationship that is ending."
            }
            LifeEventKind::Loss => {
                "Your timeline shows low mood starting near a loss. That \
                is a clue, not a cause. If someone died, the Grief module may help. If a \
                relationship ended, the Role transitions or Disputes module may help."
            }
            LifeEventKind::Conflict => {
                "Your timeline shows low mood starting near a conflict \
                with someone. That is a clue, not a cause: the Disputes module may help. If \
                that person hurts, threatens or controls you, that is abuse, not a \
                disagreement, and it is not your fault: Get help now lists lines for that."
            }
            LifeEventKind::RoleChange => {
                "Your timeline shows low mood starting near a big \
                change in your life. That is a clue, not a cause: the Role transitions module \
                may help."
            }
            LifeEventKind::Alone => {
                "Your timeline shows low mood starting near a time of being \
                alone or cut off. That is a clue, not a cause: the Isolation module may help."
            }
            LifeEventKind::Other => "Your timeline shows low mood starting near an event.",
        }
    }

    pub fn kind_label(kind: LifeEventKind) -> &'static str {
        match kind {
            LifeEventKind::Death => "A death (someone close died)",
            LifeEventKind::RelationshipEnded => {
                "A relationship that ended (a break-up, a divorce, someone left)"
            }
            LifeEventKind::Loss => "A loss (a death, or a relationship that ended)",
            LifeEventKind::Conflict => "A conflict with someone",
            LifeEventKind::RoleChange => "A change of role (job, home, health, family)",
            LifeEventKind::Alone => "Being alone or cut off",
            LifeEventKind::Other => "Something else",
        }
    }

    pub fn lowness_label(lowness: Lowness) -> &'static str {
        match lowness {
            Lowness::ABitLow => "A bit low",
            Lowness::Low => "Low",
            Lowness::VeryLow => "Very low",
        }
    }

    fn date_problem(error: DateError) -> &'static str {
        match error {
            DateError::Empty => {
                "is empty. Please type a month like 2025-03 or a day like \
                2025-03-14."
            }
            DateError::Malformed => "is not a month like 2025-03 or a day like 2025-03-14.",
            DateError::NoSuchDate => "is not a date that exists. Please check the month and day.",
        }
    }

    /// A refusal as a sentence naming its field.
    pub fn problem(problem: TimelineProblem) -> String {
        match problem {
            TimelineProblem::When(error) => format!("“When?” {}", date_problem(error)),
            TimelineProblem::WhenInFuture => {
                "“When?” is in the future. The timeline is for what has happened so far.".into()
            }
            TimelineProblem::EmptyDescription => {
                "Please write a few words about what happened.".into()
            }
            TimelineProblem::NoKind => "Please choose what kind of event it was.".into(),
            TimelineProblem::From(error) => format!("“From” {}", date_problem(error)),
            TimelineProblem::FromInFuture => "“From” is in the future.".into(),
            TimelineProblem::To(error) => format!("“To” {}", date_problem(error)),
            TimelineProblem::ToInFuture => {
                "“To” is in the future. Leave it empty if the low mood goes on now.".into()
            }
            TimelineProblem::EndBeforeStart => {
                "“To” is before “From”. Please check the dates.".into()
            }
            TimelineProblem::NoLowness => "Please choose how low it was.".into(),
            TimelineProblem::EventGone => format!(
                "The event you were changing is no longer on your timeline (it was removed), \
                so nothing was saved. What you typed is still here: “{ADD_EVENT}” adds it again."
            ),
            TimelineProblem::PeriodGone => format!(
                "The time of low mood you were changing is no longer on your timeline (it was \
                removed), so nothing was saved. What you typed is still here: “{ADD_PERIOD}” \
                adds it again."
            ),
        }
    }
}

/// This week's step, on the journal's week.
pub mod step {
    use crate::model::journal::StepOutcome;

    pub const HEADING: &str = "One step I will try this week";
    pub const INTRO: &str = "Something small to try with someone: a call, a conversation, \
        saying yes to an invitation. Small is good.";
    pub const WHAT_LABEL: &str = "My step";
    pub const PERSON_LABEL: &str = "With someone from my map (optional)";
    pub const NOBODY: &str = "Nobody in particular";
    pub const FOCUS_LABEL: &str = "Working on (optional)";
    pub const NO_FOCUS: &str = "Not sure, or none";

    pub const REVIEW_HEADING: &str = "How did last week's step go?";
    pub const REVIEW_LEGEND: &str = "It went:";
    pub const LEARNED_LABEL: &str = "What did I learn? (optional)";
    pub const NOT_THIS_TIME_NOTE: &str = "Not getting to it is common, and it still tells you \
        something: maybe the step was too big, or the week too full. You could try a smaller \
        one.";

    pub const RECENT_HEADING: &str = "Recent steps";
    pub const NOT_REVIEWED: &str = "not looked back on yet";
    pub const MAKE_STEP: &str = "Make this my step for this week";
    pub const MADE_STEP: &str = "It is this week's step in your journal.";
    pub const OPEN_JOURNAL: &str = "Open this week in the journal";

    pub fn outcome_label(outcome: StepOutcome) -> &'static str {
        match outcome {
            StepOutcome::Done => "Done",
            StepOutcome::Partly => "Partly",
            StepOutcome::NotThisTime => "Not this time",
        }
    }
}
