//! The words of the problem-area self-check (published at
//! `/learn/which-area`). The scoring lives in `model::self_check`; this file
//! holds only text and lookups, so it can be reviewed for tone on its own.
//!
//! The grief questions follow the convention of the grief module: in this
//! app the grief area is only about a death. Question ids are stable keys:
//! never rename one once shipped.

use crate::model::problem_area::ProblemArea;
use crate::model::self_check::Answer;

/// One self-check question and the problem area it points to.
#[derive(Debug)]
pub struct SelfCheckQuestion {
    pub id: &'static str,
    pub area: ProblemArea,
    pub text: &'static str,
}

pub static SELF_CHECK_QUESTIONS: &[SelfCheckQuestion] = &[
    SelfCheckQuestion {
        id: "grief-after-death",
        area: ProblemArea::Grief,
        text: "Did your low mood start, or get worse, after someone close to you died?",
    },
    SelfCheckQuestion {
        id: "grief-stuck",
        area: ProblemArea::Grief,
        text: "In the last few months, has your grief for someone who died felt stuck, so that \
            it is hard to get back to the people and things you used to enjoy?",
    },
    SelfCheckQuestion {
        id: "disputes-conflict",
        area: ProblemArea::Disputes,
        text: "In the last few months, have you been in a conflict or falling-out with someone \
            important to you, such as a partner, relative, friend or workmate?",
    },
    SelfCheckQuestion {
        id: "disputes-expectations",
        area: ProblemArea::Disputes,
        text: "Do you and someone close to you seem to want or expect quite different things \
            from each other?",
    },
    SelfCheckQuestion {
        id: "disputes-mood",
        area: ProblemArea::Disputes,
        text: "Do arguments, or tense silences, with someone important to you often leave you \
            feeling low for a long time afterwards?",
    },
    SelfCheckQuestion {
        id: "transition-change",
        area: ProblemArea::RoleTransitions,
        text: "Has your life changed in a big way in the last few months? For example a new \
            job or losing one, moving home, becoming a parent, a relationship starting or \
            ending, retiring, or news about your health.",
    },
    SelfCheckQuestion {
        id: "transition-mood",
        area: ProblemArea::RoleTransitions,
        text: "Did your low mood start, or get worse, around the time your life changed like \
            this, even if the change was one you wanted?",
    },
    SelfCheckQuestion {
        id: "transition-old-life",
        area: ProblemArea::RoleTransitions,
        text: "Do you often miss how life used to be, or feel unsure of yourself in your new \
            situation?",
    },
    SelfCheckQuestion {
        id: "isolation-lonely",
        area: ProblemArea::Isolation,
        text: "Have you felt lonely or cut off from people for a long time, not only in the \
            last few months?",
    },
    SelfCheckQuestion {
        id: "isolation-close-ties",
        area: ProblemArea::Isolation,
        text: "Is it hard for you to make friends or keep them, or do your relationships often \
            feel distant or leave you feeling empty?",
    },
];

pub const ANSWER_LABELS: [(Answer, &str); 3] = [
    (Answer::No, "No"),
    (Answer::Somewhat, "Somewhat"),
    (Answer::Yes, "Yes"),
];

/// The label shown for an answer.
pub fn answer_label(answer: Answer) -> &'static str {
    ANSWER_LABELS
        .iter()
        .find(|(labelled, _)| *labelled == answer)
        .map_or("", |(_, label)| label)
}

pub const TITLE: &str = "Which problem area fits me?";

pub const INTRO: &str = "IPT usually works on one main theme in your life, called a problem \
    area. These ten short questions can point you to the one or two areas that may fit you \
    best, so you know which modules to read first. Think about the last few months. There are \
    no right or wrong answers, and you can skip any question you would rather not answer.";

pub const NOT_A_DIAGNOSIS: &str = "This is a guide to which modules to read, not a diagnosis. \
    It cannot tell you what is wrong or what you need. In IPT, you and your therapist decide \
    on the problem area together, after talking through your life and relationships.";

pub const NOT_ENOUGH_ANSWERS: &str = "Please answer at least half of the questions to see a \
    suggestion. You can still skip the ones you would rather not answer.";

pub const NO_CLEAR_FIT: &str = "Your answers do not point clearly to one area, and that is \
    fine: many people's lives do not fit neatly into one box. You could read the four \
    problem-area modules and see which one feels closest to you. If you can, talking it over \
    with a doctor or therapist can help you find your focus.";

/// Why an area may fit, shown under a suggested area.
pub fn why(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => {
            "Your answers suggest your mood may be tied to the death of someone close to you. \
            The grief module shows how IPT helps mourning move forward."
        }
        ProblemArea::Disputes => {
            "Your answers suggest that a conflict, or different hopes, with someone important \
            to you may be weighing on your mood. The disputes module shows how IPT works on this."
        }
        ProblemArea::RoleTransitions => {
            "Your answers suggest a big change in your life may be linked to how you feel. The \
            role transitions module shows how IPT helps you settle into a change, even a \
            wanted one."
        }
        ProblemArea::Isolation => {
            "Your answers suggest that feeling lonely or cut off from people may be keeping \
            your mood low. The isolation module shows the small steps IPT uses to build closer \
            ties."
        }
    }
}

/// A safety word under a suggested area, where one is needed: the disputes
/// result says that abuse is not a disagreement and points to help (the
/// page follows it with the link to `/help`), never to a confrontation.
pub fn safety_caveat(area: ProblemArea) -> Option<&'static str> {
    match area {
        ProblemArea::Disputes => Some(
            "If the other person hurts you, threatens you or controls what you do, that is \
            abuse, not a disagreement, and it is not your fault. Please do not face them about \
            it on your own. Services for abuse can help you stay safe:",
        ),
        _ => None,
    }
}

/// The words of the link after [`safety_caveat`].
pub const SAFETY_LINK: &str = "If someone is hurting or controlling you";

/// Under the result, before the link to `routes::SELF_HELP_LIMITS`.
pub const SELF_HELP_LIMITS: &str = "Some problems need a doctor or therapist first, not \
    self-help. Please read:";

pub const SET_AS_FOCUS: &str = "Make this my focus area";

pub const FOCUS_SAVED: &str = "Saved as your focus area on this device. You can change it at \
    any time.";
