//! The self-help exercises inside the Learn modules: their ids (stable: the
//! answers are saved under them), the module each belongs to, and the
//! prompts. Answers are saved on the device as the person types.

pub use super::exercise_shape::{text, ChoiceOption, Exercise, Field, FieldKind};

pub static EXERCISES: &[Exercise] = &[
    Exercise {
        id: "grief-story",
        module_slug: "grief",
        title: "La historia de la relación",
        intro:
            "Tómate tu tiempo. Puedes escribir un poco, parar y volver otro día. Todo se queda en \
            este dispositivo. Si la muerte fue repentina o violenta, o fue una muerte por \
            suicidio, o si los recuerdos de esa muerte te vienen a la mente sin que quieras, deja \
            por ahora la parte sobre la muerte y repásala con un profesional. Si se vuelve \
            demasiado, para y habla con alguien de confianza o con un profesional. Las líneas de \
            crisis están en la página Ayuda ahora.",
        fields: &[
            text(
                "good-memories",
                "Buenos recuerdos de esa persona y del tiempo que compartiste con ella",
            ),
            text(
                "hard-memories",
                "Recuerdos difíciles o agridulces, si los hay",
            ),
            text(
                "around-the-death",
                "Lo que pasó en torno a la muerte, tal como lo recuerdas",
            ),
            text(
                "avoided-feelings",
                "Sentimientos que te ha costado permitirte sentir",
            ),
            text(
                "who-to-share-with",
                "Alguien con quien podrías compartir parte de esto",
            ),
            text(
                "one-step",
                "Un paso pequeño para volver a algo que antes disfrutabas",
            ),
        ],
        person_field: Some("who-to-share-with"),
        step_field: None,
    },
    Exercise {
        id: "dispute-stage-check",
        module_slug: "disputes",
        title: "¿En qué etapa está el desacuerdo?",
        intro: "Piensa en un desacuerdo con alguien importante para ti. Si en esta relación hay \
            maltrato, violencia o miedo, sáltate esto. En su lugar, lee la parte sobre cómo pedir \
            ayuda y estar a salvo.",
        fields: &[
            text(
                "who-and-what",
                "¿Con quién es y de qué se trata? (Basta con un apodo.)",
            ),
            text(
                "still-talking",
                "¿Las dos partes siguen intentando hablarlo? ¿Cómo va?",
            ),
            Field {
                id: "stage",
                label: "¿Qué etapa encaja mejor ahora?",
                kind: FieldKind::Choice(&[
                    ChoiceOption {
                        id: "renegotiation",
                        label: "Renegociación: los dos seguimos intentándolo de verdad",
                    },
                    ChoiceOption {
                        id: "impasse",
                        label:
                            "Punto muerto: ya no hablamos del tema, y el malestar sigue por dentro",
                    },
                    ChoiceOption {
                        id: "dissolution",
                        label: "Disolución: la relación se está terminando o ya ha terminado",
                    },
                    ChoiceOption {
                        id: "not-sure",
                        label: "Todavía no lo sé",
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
        title: "Dos columnas de expectativas",
        intro: "Los desacuerdos suelen venir de esperar cosas distintas. Escribe los dos lados de \
            la forma más justa que puedas. Si esta persona te hace daño o te da miedo, sáltate \
            esto y mira la página Ayuda ahora.",
        fields: &[
            text("mine", "Lo que espero de esta persona"),
            text(
                "mine-met",
                "Cuáles de mis expectativas se cumplen y cuáles no",
            ),
            text("theirs", "Lo que creo que esta persona espera de mí"),
            text(
                "theirs-met",
                "Cuáles de sus expectativas cumplo y cuáles no",
            ),
            text("blocks", "Lo que parece impedir que se resuelva"),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "dispute-ending",
        module_slug: "disputes",
        title: "Cuando una relación ha terminado",
        intro: "Si el desacuerdo ha terminado con la relación, puede ayudar hacer el duelo por \
            ella, como harías con otra pérdida. Ve con calma, y para cuando lo necesites. Si esta \
            persona te hizo daño o te da miedo, lo primero es tu seguridad. En la página Ayuda \
            ahora hay servicios que pueden ayudarte a hacer un plan, sobre todo si piensas irte.",
        fields: &[
            text(
                "what-it-gave",
                "Lo que te dio la relación en sus buenos momentos",
            ),
            text(
                "what-went-wrong",
                "Lo que salió mal, contado de la forma más justa que puedas",
            ),
            text("what-you-miss", "Lo que extrañas, y lo que no"),
            text(
                "what-next",
                "Lo que te gustaría llevarte a otras relaciones",
            ),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "role-four-lists",
        module_slug: "role-transitions",
        title: "Cuatro listas: el rol anterior y el nuevo",
        intro: "Un cambio suele traer pérdidas y ganancias a la vez. Intenta completar las cuatro \
            listas, aunque sea con una línea en cada una.",
        fields: &[
            text("old-good", "Lo bueno del rol anterior"),
            text("old-hard", "Lo difícil del rol anterior"),
            text(
                "new-good",
                "Lo bueno del nuevo rol, o lo que podría llegar a ser bueno",
            ),
            text("new-hard", "Lo difícil del nuevo rol"),
            text(
                "relationships",
                "Cómo ha afectado el cambio a tus relaciones",
            ),
            text(
                "one-step",
                "Un paso para sentirte más a gusto en el nuevo rol",
            ),
        ],
        person_field: None,
        step_field: None,
    },
    Exercise {
        id: "isolation-past-and-next",
        module_slug: "isolation",
        title: "Relaciones pasadas y un paso pequeño",
        intro: "Mirar atrás puede mostrar lo que funcionó antes. Trátate con cariño mientras \
            escribes.",
        fields: &[
            text(
                "past",
                "Relaciones del pasado que te hicieron bien, y qué las hacía funcionar",
            ),
            text(
                "patterns",
                "Patrones que parecen repetirse cuando las relaciones se apagan o salen mal",
            ),
            text(
                "recontact",
                "Una persona con la que podrías retomar el contacto",
            ),
            text("small-step", "Un paso pequeño y posible para esta semana"),
        ],
        person_field: Some("recontact"),
        step_field: Some("small-step"),
    },
    Exercise {
        id: "communication-analysis",
        module_slug: "techniques",
        title: "Análisis de la comunicación de una conversación",
        intro:
            "Elige una conversación reciente que te haya despertado emociones fuertes, y repásala \
            despacio. Si fue con alguien que te hace daño o te da miedo, sáltate esto y mira la \
            página Ayuda ahora.",
        fields: &[
            text("said", "Lo que se dijo, tan fielmente como lo recuerdes"),
            text(
                "meant",
                "Lo que quisiste decir, y lo que crees que quiso decir la otra persona",
            ),
            text("felt", "Lo que sentiste en ese momento"),
            text(
                "effect",
                "Qué efecto tuvo en ti, en la otra persona y en la relación",
            ),
            text(
                "instead",
                "Otras formas de decirlo la próxima vez, y cómo podría salir cada una",
            ),
        ],
        person_field: None,
        step_field: Some("instead"),
    },
    Exercise {
        id: "conversation-rehearsal",
        module_slug: "techniques",
        title: "Guion para ensayar una conversación",
        intro: "Planea una conversación que te gustaría tener, y luego practícala en voz alta o \
            mentalmente. Si la otra persona te hace daño o te da miedo, no planees una charla: \
            mira la página Ayuda ahora.",
        fields: &[
            text("goal", "Qué esperas que cambie con la conversación"),
            text("opening", "Cómo vas a empezar, con tus propias palabras"),
            text("their-reply", "Cómo podría responder la otra persona"),
            text("your-answer", "Cómo podrías contestar con calma"),
        ],
        person_field: None,
        step_field: Some("goal"),
    },
    Exercise {
        id: "decision-analysis",
        module_slug: "techniques",
        title: "Opciones con pros y contras",
        intro: "Cuando no veas por dónde seguir, haz una lista de las opciones que de verdad \
            tienes, incluso las que parezcan poco probables. Si una opción tiene que ver con \
            alguien que te hace daño o te da miedo, como dejar a esa persona, no lo planees a \
            solas. En la página Ayuda ahora hay servicios que pueden ayudarte a planearlo de \
            forma segura.",
        fields: &[
            text("decision", "La decisión que tienes delante"),
            text("option-1", "Opción 1, con sus pros y sus contras"),
            text("option-2", "Opción 2, con sus pros y sus contras"),
            text("option-3", "Opción 3, con sus pros y sus contras"),
            text(
                "next-step",
                "La opción por la que te inclinas, y un primer paso",
            ),
        ],
        person_field: None,
        step_field: Some("next-step"),
    },
    Exercise {
        id: "relapse-prevention-plan",
        module_slug: "ending-well",
        title: "Mi plan para prevenir recaídas",
        intro: "Un plan corto para el futuro, escrito mientras recuerdas lo que te ayudó.",
        fields: &[
            text("what-helped", "Lo que me ayudó"),
            text("warning-signs", "Mis primeras señales de alarma"),
            text("what-i-will-do", "Lo que voy a hacer si las noto"),
            text("who-i-will-contact", "A quién le voy a pedir ayuda"),
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
