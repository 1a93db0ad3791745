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
        text: "¿Tu ánimo bajo empezó, o empeoró, después de que muriera alguien importante para \
            ti?",
    },
    SelfCheckQuestion {
        id: "grief-stuck",
        area: ProblemArea::Grief,
        text: "En los últimos meses, ¿sientes que tu duelo por alguien que murió se ha quedado \
            estancado, y te cuesta volver a las personas y las cosas que antes disfrutabas?",
    },
    SelfCheckQuestion {
        id: "disputes-conflict",
        area: ProblemArea::Disputes,
        text: "En los últimos meses, ¿has tenido un conflicto o un distanciamiento con alguien importante \
            para ti, como tu pareja, un familiar, una amistad o alguien del trabajo?",
    },
    SelfCheckQuestion {
        id: "disputes-expectations",
        area: ProblemArea::Disputes,
        text: "¿Sientes que tú esperas una cosa de alguien cercano y esa persona espera algo muy \
            distinto de ti?",
    },
    SelfCheckQuestion {
        id: "disputes-mood",
        area: ProblemArea::Disputes,
        text: "Las discusiones, o los silencios tensos, con alguien importante para ti, ¿suelen \
            dejarte con el ánimo bajo durante mucho tiempo?",
    },
    SelfCheckQuestion {
        id: "transition-change",
        area: ProblemArea::RoleTransitions,
        text: "¿Ha cambiado mucho tu vida en los últimos meses? Por ejemplo, un trabajo nuevo o \
            perder uno, una mudanza, ser madre o padre, empezar o terminar una relación, \
            jubilarte o una noticia sobre tu salud.",
    },
    SelfCheckQuestion {
        id: "transition-mood",
        area: ProblemArea::RoleTransitions,
        text: "¿Tu ánimo bajo empezó, o empeoró, cuando tu vida cambió así, aunque fuera un \
            cambio que querías?",
    },
    SelfCheckQuestion {
        id: "transition-old-life",
        area: ProblemArea::RoleTransitions,
        text: "¿Extrañas a menudo cómo era tu vida antes, o sientes inseguridad en tu nueva \
            situación?",
    },
    SelfCheckQuestion {
        id: "isolation-lonely",
        area: ProblemArea::Isolation,
        text: "¿Has sentido soledad o falta de contacto con la gente durante mucho tiempo, no \
            solo en los últimos meses?",
    },
    SelfCheckQuestion {
        id: "isolation-close-ties",
        area: ProblemArea::Isolation,
        text: "¿Te cuesta hacer amistades o mantenerlas, o sientes a menudo que tus relaciones \
            son distantes o te dejan una sensación de vacío?",
    },
];

pub const ANSWER_LABELS: [(Answer, &str); 3] = [
    (Answer::No, "No"),
    (Answer::Somewhat, "Un poco"),
    (Answer::Yes, "Sí"),
];

/// The label shown for an answer.
pub fn answer_label(answer: Answer) -> &'static str {
    ANSWER_LABELS
        .iter()
        .find(|(labelled, _)| *labelled == answer)
        .map_or("", |(_, label)| label)
}

pub const TITLE: &str = "¿Qué área problema encaja conmigo?";

pub const INTRO: &str = "La IPT suele centrarse en un tema principal de tu vida, llamado área \
    problema. Estas diez preguntas breves pueden señalarte el área, o las dos áreas, que quizá \
    encajen mejor contigo. Así sabrás qué módulos leer primero. Piensa en los últimos meses. No \
    hay respuestas correctas ni incorrectas, y puedes saltarte cualquier pregunta que prefieras \
    no responder.";

pub const NOT_A_DIAGNOSIS: &str = "Esto es una guía sobre qué módulos leer, no un diagnóstico. No \
    puede decirte qué te pasa ni qué necesitas. En la IPT, el área problema se elige en equipo \
    con tu terapeuta, después de hablar de tu vida y tus relaciones.";

pub const NOT_ENOUGH_ANSWERS: &str = "Responde al menos la mitad de las preguntas para ver una \
    sugerencia. Puedes seguir saltándote las que prefieras no responder.";

pub const NO_CLEAR_FIT: &str = "Tus respuestas no señalan con claridad un área, y no pasa nada: \
    la vida de mucha gente no cabe en una sola casilla. Puedes leer los cuatro módulos de áreas \
    problema y ver cuál sientes más cercano. Si puedes, hablarlo con un médico o terapeuta puede \
    ayudarte a encontrar tu área de enfoque.";

/// Why an area may fit, shown under a suggested area.
pub fn why(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => {
            "Tus respuestas sugieren que tu ánimo puede estar ligado a la muerte de alguien \
            importante para ti. El módulo de duelo muestra cómo la IPT ayuda a que el duelo \
            avance."
        }
        ProblemArea::Disputes => {
            "Tus respuestas sugieren que un conflicto, o expectativas distintas, con alguien \
            importante para ti pueden estar pesando en tu ánimo. El módulo de disputas \
            interpersonales muestra cómo trabaja la IPT con esto."
        }
        ProblemArea::RoleTransitions => {
            "Tus respuestas sugieren que un gran cambio en tu vida puede tener que ver con cómo \
            te sientes. El módulo de transiciones de rol muestra cómo la IPT te ayuda a adaptarte \
            a un cambio, incluso a uno que querías."
        }
        ProblemArea::Isolation => {
            "Tus respuestas sugieren que sentir soledad o falta de contacto con la gente puede \
            estar manteniendo bajo tu ánimo. El módulo de aislamiento muestra los pasos pequeños \
            que usa la IPT para crear lazos más cercanos."
        }
    }
}

/// A safety word under a suggested area, where one is needed: the disputes
/// result says that abuse is not a disagreement and points to help (the
/// page follows it with the link to `/help`), never to a confrontation.
pub fn safety_caveat(area: ProblemArea) -> Option<&'static str> {
    match area {
        ProblemArea::Disputes => Some(
            "Si la otra persona te hace daño, te amenaza o controla lo que haces, eso es \
            maltrato, no un desacuerdo, y no es culpa tuya. Por favor, no te enfrentes a esa \
            persona ni cargues con esto a solas. Los servicios de ayuda para casos de maltrato \
            pueden ayudarte a estar a salvo:",
        ),
        _ => None,
    }
}

/// The words of the link after [`safety_caveat`].
pub const SAFETY_LINK: &str = "Si alguien te hace daño o te controla";

/// Under the result, before the link to `routes::SELF_HELP_LIMITS`.
pub const SELF_HELP_LIMITS: &str = "Algunos problemas necesitan primero a un médico o terapeuta, \
    no autoayuda. Por favor, lee esto:";

pub const SET_AS_FOCUS: &str = "Elegir como mi área de enfoque";

pub const FOCUS_SAVED: &str = "Se guardó como tu área de enfoque en este dispositivo. Puedes \
    cambiarla cuando quieras.";
