//! The self-help exercises inside the Learn modules: their ids (stable: the
//! answers are saved under them), the module each belongs to, and the
//! prompts. Answers are saved on the device as the person types.

pub use super::exercise_shape::{text, ChoiceOption, Exercise, Field, FieldKind};

pub static EXERCISES: &[Exercise] = &[
    Exercise {
        id: "grief-story",
        module_slug: "grief",
        title: "The story of the relationship",
        intro:
            "Take your time with this. You can write a little, stop, and come back another day. \
            Everything stays on this device. If the death was sudden or violent, or a death by \
            suicide, or if memories of it push into your mind, leave out the part about the \
            death for now and go over it with a professional. If it becomes too much, stop and \
            talk to someone you trust or a professional; crisis lines are under Get help now.",
        fields: &[
            text(
                "good-memories",
                "Good memories of the person and of your time together",
            ),
            text("hard-memories", "Hard or mixed memories, if there are any"),
            text(
                "around-the-death",
                "What happened around the time of the death, as you remember it",
            ),
            text(
                "avoided-feelings",
                "Feelings you have found hard to let yourself feel",
            ),
            text(
                "who-to-share-with",
                "Someone you could share some of this with",
            ),
            text(
                "one-step",
                "One small step back into something you used to enjoy",
            ),
        ],
        person_field: Some("who-to-share-with"),
        step_field: None,
    },
    Exercise {
        id: "dispute-stage-check",
        module_slug: "disputes",
        title: "Which stage is the disagreement in?",
        intro: "Think of one disagreement with someone important to you. If there is abuse, \
            violence or fear in this relationship, please skip this and read the section on \
            getting help and staying safe instead.",
        fields: &[
            text(
                "who-and-what",
                "Who is it with, and what is it about? (A nickname is fine.)",
            ),
            text(
                "still-talking",
                "Are you both still trying to talk it through? How does that go?",
            ),
            Field {
                id: "stage",
                label: "Which stage fits best right now?",
                kind: FieldKind::Choice(&[
                    ChoiceOption {
                        id: "renegotiation",
                        label: "Renegotiation: we are both still actively trying",
                    },
                    ChoiceOption {
                        id: "impasse",
                        label: "Impasse: we have stopped talking about it, and it simmers",
                    },
                    ChoiceOption {
                        id: "dissolution",
                        label: "Dissolution: the relationship is ending or over",
                    },
                    ChoiceOption {
                        id: "not-sure",
                        label: "I am not sure yet",
                    },
                ]),
            },
        ],
        person_field: Some("who-and-what"),
        step_field: None,
    },
    Exercise {
        id: "dispute-expectations",
        module_slug: "disputes",
        title: "Two columns of expectations",
        intro: "Disagreements often come from expecting different things. Write down both sides \
            as fairly as you can. If this person hurts you or you feel afraid of them, skip this \
            and see Get help now.",
        fields: &[
            text("mine", "What I expect of them"),
            text(
                "mine-met",
                "Which of my expectations are met, and which are not",
            ),
            text("theirs", "What I think they expect of me"),
            text(
                "theirs-met",
                "Which of their expectations I meet, and which I do not",
            ),
            text("blocks", "What seems to stand in the way of sorting it out"),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "dispute-ending",
        module_slug: "disputes",
        title: "When a relationship has ended",
        intro: "If the disagreement has ended the relationship, it can help to grieve it, as you \
            would another loss. Go gently, and stop whenever you need to. If this person hurt you \
            or you are afraid of them, your safety comes first: see Get help now for services \
            that can help you plan, above all if you are leaving.",
        fields: &[
            text("what-it-gave", "What the relationship gave you, in its good times"),
            text("what-went-wrong", "What went wrong, as fairly as you can put it"),
            text("what-you-miss", "What you miss, and what you do not"),
            text("what-next", "What you would like to take with you into other relationships"),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "role-four-lists",
        module_slug: "role-transitions",
        title: "Four lists: the old role and the new",
        intro: "A change often brings losses and gains at the same time. Try to fill all four \
            lists, even with one line each.",
        fields: &[
            text("old-good", "What was good about the old role"),
            text("old-hard", "What was hard about the old role"),
            text(
                "new-good",
                "What is good, or could become good, about the new role",
            ),
            text("new-hard", "What is hard about the new role"),
            text(
                "relationships",
                "How the change has affected your relationships",
            ),
            text(
                "one-step",
                "One step towards feeling more at home in the new role",
            ),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "isolation-past-and-next",
        module_slug: "isolation",
        title: "Past relationships and one small step",
        intro: "Looking back can show what has worked before. Be kind to yourself as you write.",
        fields: &[
            text(
                "past",
                "Relationships from the past that felt good, and what made them work",
            ),
            text(
                "patterns",
                "Patterns that seem to repeat when relationships fade or go wrong",
            ),
            text("recontact", "One person you could get back in touch with"),
            text("small-step", "One small, doable step for this week"),
        ],
        person_field: Some("recontact"),
        step_field: Some("small-step"),
    },
    Exercise {
        id: "communication-analysis",
        module_slug: "techniques",
        title: "Communication analysis of one conversation",
        intro: "Pick one recent conversation that stirred strong feelings, and go through it \
            slowly. If it was with someone who hurts you or whom you fear, skip this and see Get \
            help now.",
        fields: &[
            text("said", "What was said, as closely as you remember"),
            text("meant", "What you meant, and what you think they meant"),
            text("felt", "What you felt at the time"),
            text(
                "effect",
                "What effect it had on you, on them, and on the relationship",
            ),
            text(
                "instead",
                "Other ways you could say it next time, and how each might go",
            ),
        ],
        person_field: None,
        step_field: Some("instead"),
    },
    Exercise {
        id: "conversation-rehearsal",
        module_slug: "techniques",
        title: "A conversation rehearsal script",
        intro: "Plan a conversation you would like to have, then practise it out loud or in \
            your head. If the other person hurts you or you feel afraid of them, do not plan a talk: \
            see Get help now instead.",
        fields: &[
            text("goal", "What you hope the conversation will change"),
            text("opening", "How you will start, in your own words"),
            text("their-reply", "How they might reply"),
            text("your-answer", "How you could answer that calmly"),
        ],
        person_field: None,
        step_field: Some("goal"),
    },
    Exercise {
        id: "decision-analysis",
        module_slug: "techniques",
        title: "Options with pros and cons",
        intro: "When you feel stuck, list the choices you really have, including ones that seem \
            unlikely. If a choice is about someone who hurts you or makes you afraid, such as \
            leaving, do not plan it alone: see Get help now for services that can help you plan \
            it safely.",
        fields: &[
            text("decision", "The decision you are facing"),
            text("option-1", "Option 1, with its pros and cons"),
            text("option-2", "Option 2, with its pros and cons"),
            text("option-3", "Option 3, with its pros and cons"),
            text("next-step", "The option you lean towards, and a first step"),
        ],
        person_field: None,
        step_field: Some("next-step"),
    },
    Exercise {
        id: "relapse-prevention-plan",
        module_slug: "ending-well",
        title: "My relapse-prevention plan",
        intro: "A short plan for the future, written while you remember what helped.",
        fields: &[
            text("what-helped", "What helped me"),
            text("warning-signs", "My early warning signs"),
            text("what-i-will-do", "What I will do if I notice them"),
            text("who-i-will-contact", "Who I will contact"),
        ],
        person_field: Some("who-i-will-contact"),
        step_field: None,
    },
];

/// The exercises shown on one module's page, in order.
pub fn exercises_for(module_slug: &str) -> impl Iterator<Item = &'static Exercise> + '_ {
    EXERCISES
        .iter()
        .filter(move |exercise| exercise.module_slug == module_slug)
}
