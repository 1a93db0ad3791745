//! The words of IPT's two working tools: the mood and life-events timeline
//! (`/timeline`) and this week's step in the journal.

/// `/timeline`.
pub mod timeline {
    use crate::model::timeline::{DateError, LifeEventKind, Lowness, TimelineProblem};

    pub const TITLE: &str = "Tu línea del tiempo";
    pub const NAV: &str = "Cronología";
    pub const INTRO: &str = "Una línea a lo largo del tiempo con dos cosas: las épocas en que tu ánimo estuvo bajo y lo que pasó con la gente. Verlas juntas puede mostrar cuándo empezó el ánimo bajo y qué pasaba por entonces.";
    pub const CLUE_NOT_CAUSE: &str = "Lo que notes aquí es una pista, no la única causa. El ánimo tiene muchas raíces; la línea del tiempo solo te ayuda a ver el panorama.";
    pub const SAVED: &str =
        "Todo lo que pones aquí se guarda en este dispositivo mientras escribes.";
    pub const DRAWING_HEADING: &str = "El dibujo";
    pub const DRAWING_LABEL: &str =
        "Dibujo de la línea del tiempo. Lo mismo aparece en las listas de abajo.";
    /// The box the drawing scrolls in (it takes the keyboard's arrow keys),
    /// named apart from the drawing so a screen reader does not say the
    /// same words twice.
    pub const DRAWING_SCROLLER_LABEL: &str = "Zona desplazable del dibujo de la línea del tiempo";
    pub const DRAWING_SCROLL_HINT: &str =
        "En una pantalla pequeña, el dibujo se desplaza hacia los lados.";
    pub const EMPTY: &str = "Tu línea del tiempo todavía está vacía. Empieza por algo que recuerdes: una época en que tu ánimo estuvo bajo, o algo que pasó con alguien.";
    pub const TODAY: &str = "Hoy";
    pub const LEGEND_LOW: &str = "Sombreado: una época de ánimo bajo (más oscuro es más bajo)";
    pub const LEGEND_EVENT: &str = "Marca: un acontecimiento de tu vida";

    pub const EVENTS_HEADING: &str = "Acontecimientos de tu vida";
    pub const NO_EVENTS: &str = "Todavía no hay acontecimientos.";
    pub const ADD_EVENT_HEADING: &str = "Añadir un acontecimiento";
    pub const EDIT_EVENT_HEADING: &str = "Cambiar este acontecimiento";
    pub const WHEN_LABEL: &str = "¿Cuándo?";
    pub const WHEN_HINT: &str = "Un mes, como 2025-03, o un día, como 2025-03-14. Si no recuerdas el día, basta con el mes.";
    pub const WHAT_LABEL: &str = "¿Qué pasó?";
    pub const PEOPLE_LEGEND: &str = "¿Con quién tuvo que ver? (opcional)";
    pub const NO_PEOPLE: &str = "Aquí podrás elegir a las personas que añadas a tu mapa.";
    pub const KIND_LEGEND: &str = "¿Qué tipo de acontecimiento fue?";
    pub const ADD_EVENT: &str = "Añadir este acontecimiento";

    pub const PERIODS_HEADING: &str = "Épocas de ánimo bajo";
    pub const NO_PERIODS: &str = "Todavía no hay épocas de ánimo bajo.";
    pub const ADD_PERIOD_HEADING: &str = "Añadir una época de ánimo bajo";
    pub const EDIT_PERIOD_HEADING: &str = "Cambiar esta época de ánimo bajo";
    pub const FROM_LABEL: &str = "Desde";
    pub const TO_LABEL: &str = "Hasta (déjalo en blanco si todavía sigue)";
    pub const LOWNESS_LEGEND: &str = "¿Cómo estuvo tu ánimo?";
    pub const ADD_PERIOD: &str = "Añadir esta época";
    pub const GOES_ON: &str = "ahora";
    pub const OVERLAP_NOTE: &str = "Dos de tus épocas de ánimo bajo se superponen. No pasa nada; si son una sola racha, quizá quieras unirlas.";

    pub const SAVE: &str = "Guardar cambios";
    pub const CANCEL: &str = "Cancelar";
    pub const EDIT: &str = "Cambiar";
    pub const REMOVE: &str = "Quitar";
    pub const ADDED: &str = "Se añadió a tu línea del tiempo.";
    pub const CHANGED: &str = "Tu cambio ya está en tu línea del tiempo.";
    pub const REMOVED: &str = "Se quitó de tu línea del tiempo.";

    /// Between two modules' links under one clue.
    pub const OR: &str = " o ";
    pub const CLUES_HEADING: &str = "Lo que puede mostrar tu línea del tiempo";
    pub const CLUES_NONE: &str = "Cuando añadas una época de ánimo bajo y los acontecimientos de alrededor, esta parte señalará los acontecimientos cercanos al momento en que empezó el ánimo bajo.";
    pub const PRINT: &str = "Imprimir la línea del tiempo";
    pub const LEARN_MORE: &str = "Por qué ayuda una línea del tiempo, en el módulo de técnicas";
    /// On the home page's "find your focus" step.
    pub const HOME_LINK: &str =
        "Dibujar una línea del tiempo de tu ánimo y de los acontecimientos de tu vida";

    /// A clue in words: an event near the start of low mood.
    pub fn clue(kind: LifeEventKind, event: &str, onset: &str) -> String {
        let what = match kind {
            LifeEventKind::Death => "de la muerte de alguien cercano",
            LifeEventKind::RelationshipEnded => "del final de una relación",
            LifeEventKind::Loss => "de una pérdida",
            LifeEventKind::Conflict => "de un conflicto",
            LifeEventKind::RoleChange => "de un gran cambio en tu vida",
            LifeEventKind::Alone => "de una época de soledad o aislamiento",
            LifeEventKind::Other => "de un acontecimiento",
        };
        format!("Tu ánimo bajo empezó hacia {onset}, poco antes o después {what}: \"{event}\". Puede ser una pista que vale la pena comentar, no una causa.")
    }

    /// The home page's and self-check's one line about the timeline.
    pub fn clue_summary(kind: LifeEventKind) -> &'static str {
        match kind {
            LifeEventKind::Death => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de la muerte de alguien cercano. Es una pista, no una causa: el módulo de duelo puede ayudarte a pensarlo con calma."
            }
            LifeEventKind::RelationshipEnded => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después del final de una relación. Es una pista, no una causa: el módulo de transiciones de rol puede ayudarte con el cambio, y el de disputas interpersonales habla de las relaciones que terminan."
            }
            LifeEventKind::Loss => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de una pérdida. Es una pista, no una causa. Si alguien murió, el módulo de duelo puede ayudarte. Si terminó una relación, pueden ayudarte los módulos de transiciones de rol o de disputas interpersonales."
            }
            LifeEventKind::Conflict => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de un conflicto con alguien. Es una pista, no una causa: el módulo de disputas interpersonales puede ayudarte. Si esa persona te hace daño, te amenaza o te controla, eso es maltrato, no un desacuerdo, y no es culpa tuya: en Ayuda ahora hay líneas para eso."
            }
            LifeEventKind::RoleChange => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de un gran cambio en tu vida. Es una pista, no una causa: el módulo de transiciones de rol puede ayudarte."
            }
            LifeEventKind::Alone => {
                "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de una época de soledad o aislamiento. Es una pista, no una causa: el módulo de aislamiento puede ayudarte."
            }
            LifeEventKind::Other => "Tu línea del tiempo muestra que el ánimo bajo empezó poco antes o después de un acontecimiento.",
        }
    }

    pub fn kind_label(kind: LifeEventKind) -> &'static str {
        match kind {
            LifeEventKind::Death => "Una muerte (murió alguien cercano)",
            LifeEventKind::RelationshipEnded => {
                "Una relación que terminó (una ruptura, un divorcio, alguien que se fue)"
            }
            LifeEventKind::Loss => "Una pérdida (una muerte, o una relación que terminó)",
            LifeEventKind::Conflict => "Un conflicto con alguien",
            LifeEventKind::RoleChange => "Un cambio de rol (trabajo, casa, salud, familia)",
            LifeEventKind::Alone => "Soledad o aislamiento",
            LifeEventKind::Other => "Otra cosa",
        }
    }

    pub fn lowness_label(lowness: Lowness) -> &'static str {
        match lowness {
            Lowness::ABitLow => "Un poco bajo",
            Lowness::Low => "Bajo",
            Lowness::VeryLow => "Muy bajo",
        }
    }

    fn date_problem(error: DateError) -> &'static str {
        match error {
            DateError::Empty => {
                "está vacío. Escribe un mes, como 2025-03, o un día, como 2025-03-14."
            }
            DateError::Malformed => "no es un mes como 2025-03 ni un día como 2025-03-14.",
            DateError::NoSuchDate => "no es una fecha que exista. Revisa el mes y el día.",
        }
    }

    /// A refusal as a sentence naming its field.
    pub fn problem(problem: TimelineProblem) -> String {
        match problem {
            TimelineProblem::When(error) => format!("El campo \"¿Cuándo?\" {}", date_problem(error)),
            TimelineProblem::WhenInFuture => {
                "El campo \"¿Cuándo?\" tiene una fecha futura. La línea del tiempo es para lo que ya ha pasado.".into()
            }
            TimelineProblem::EmptyDescription => {
                "Escribe unas palabras sobre lo que pasó.".into()
            }
            TimelineProblem::NoKind => "Elige qué tipo de acontecimiento fue.".into(),
            TimelineProblem::From(error) => format!("El campo \"Desde\" {}", date_problem(error)),
            TimelineProblem::FromInFuture => "El campo \"Desde\" tiene una fecha futura.".into(),
            TimelineProblem::To(error) => format!("El campo \"Hasta\" {}", date_problem(error)),
            TimelineProblem::ToInFuture => {
                "El campo \"Hasta\" tiene una fecha futura. Déjalo en blanco si el ánimo bajo todavía sigue.".into()
            }
            TimelineProblem::EndBeforeStart => {
                "La fecha de \"Hasta\" es anterior a la de \"Desde\". Revisa las fechas.".into()
            }
            TimelineProblem::NoLowness => "Elige cómo estuvo tu ánimo.".into(),
            TimelineProblem::EventGone => format!(
                "El acontecimiento que estabas cambiando ya no está en tu línea del tiempo (se quitó), así que no se guardó nada. Lo que escribiste sigue aquí: \"{ADD_EVENT}\" lo vuelve a añadir."
            ),
            TimelineProblem::PeriodGone => format!(
                "La época de ánimo bajo que estabas cambiando ya no está en tu línea del tiempo (se quitó), así que no se guardó nada. Lo que escribiste sigue aquí: \"{ADD_PERIOD}\" la vuelve a añadir."
            ),
        }
    }
}

/// This week's step, on the journal's week.
pub mod step {
    use crate::model::journal::StepOutcome;

    pub const HEADING: &str = "Un paso que voy a probar esta semana";
    pub const INTRO: &str = "Algo pequeño que hacer con alguien: una llamada, una conversación, aceptar una invitación. Lo pequeño está bien.";
    pub const WHAT_LABEL: &str = "Mi paso";
    pub const PERSON_LABEL: &str = "Con alguien de mi mapa (opcional)";
    pub const NOBODY: &str = "Nadie en particular";
    pub const FOCUS_LABEL: &str = "Área en la que trabajo (opcional)";
    pub const NO_FOCUS: &str = "No lo sé, o ninguna";

    pub const REVIEW_HEADING: &str = "¿Cómo te fue con el paso de la semana pasada?";
    pub const REVIEW_LEGEND: &str = "Resultado:";
    pub const LEARNED_LABEL: &str = "¿Qué aprendí? (opcional)";
    pub const NOT_THIS_TIME_NOTE: &str = "No llegar a hacerlo es algo común, y también te dice algo: quizá el paso era demasiado grande, o la semana estaba demasiado llena. Puedes probar con uno más pequeño.";

    pub const RECENT_HEADING: &str = "Pasos recientes";
    pub const NOT_REVIEWED: &str = "todavía sin repasar";
    pub const MAKE_STEP: &str = "Elegir como mi paso de esta semana";
    pub const MADE_STEP: &str = "Es el paso de esta semana en tu diario.";
    pub const OPEN_JOURNAL: &str = "Abrir esta semana en el diario";

    pub fn outcome_label(outcome: StepOutcome) -> &'static str {
        match outcome {
            StepOutcome::Done => "Hecho",
            StepOutcome::Partly => "En parte",
            StepOutcome::NotThisTime => "Esta vez no",
        }
    }
}
