//! The words of the weekly journal (`/journal`) and of the home page's
//! check-in banner. Plain, kind words for readers of 12 to 14 and up. The
//! PHQ-9's own words are in `phq9.rs` and are never changed.
//!
//! The safety panel follows safe-messaging practice: calm, hopeful, with
//! people to talk to, and no details of any method.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::journal::{Feeling, IsoWeek, MoodError, Phase, ProgressConcern, ScoreAdvice};
use crate::model::problem_area::ProblemArea;

pub const TITLE: &str = "Diario semanal";
pub const INTRO: &str = "Una vez por semana, tómate unos minutos para anotar cómo estuvo tu ánimo y qué pasó con las personas de tu vida. Con el tiempo, quizá empieces a ver cómo se relacionan las dos cosas.";
pub const SAVED_AS_YOU_TYPE: &str =
    "Todo lo que pones aquí se guarda en este dispositivo mientras escribes.";
pub const UNREADABLE_NOTICE: &str = "No se pudo leer tu diario guardado, así que no se ha tocado. Puedes seguir mirando, pero los cambios que hagas ahora no se guardarán.";

// The week picker.
pub const WEEK_PICKER_LABEL: &str = "Elige una semana";
pub const PREVIOUS_WEEK: &str = "Semana anterior";
pub const NEXT_WEEK: &str = "Semana siguiente";
pub const BACK_TO_THIS_WEEK: &str = "Volver a esta semana";
pub const WEEK_SELECT_LABEL: &str = "Ir a una semana en la que escribiste";
pub const THIS_WEEK: &str = "Esta semana";
pub const FUTURE_WEEK_NOTICE: &str = "Esa semana todavía no ha empezado, así que no hay nada que completar. Aquí tienes esta semana.";
pub const BAD_WEEK_NOTICE: &str =
    "No pudimos leer la semana de ese enlace. Aquí tienes esta semana.";
pub const PAST_WEEK_NOTE: &str =
    "Estás viendo una semana anterior. Todavía puedes completarla o cambiarla.";

// The mood.
pub const MOOD_HEADING: &str = "Tu ánimo";
pub const MOOD_LABEL: &str = "Ánimo de esta semana, de 0 a 10";
pub const MOOD_LOW_END: &str = "0 = muy bajo";
pub const MOOD_HIGH_END: &str = "10 = muy bueno";
pub const MOOD_HINT: &str =
    "Escribe un número entero. No hay respuesta correcta: elige el primero que se te ocurra.";
pub const MOOD_NOT_A_NUMBER: &str = "Escribe un número entero de 0 a 10, por ejemplo 6. Lo que escribiste no se ha guardado como tu ánimo.";
pub const MOOD_OUT_OF_RANGE: &str = "La escala va de 0 a 10. Escribe un número dentro de ese rango. Lo que escribiste no se ha guardado como tu ánimo.";
pub const MOOD_WEEK_NOT_STARTED: &str =
    "Esta semana todavía no ha empezado, así que no se ha guardado nada.";

/// The message shown next to the mood field when what was typed is refused.
pub fn mood_error(error: MoodError) -> &'static str {
    match error {
        MoodError::NotANumber => MOOD_NOT_A_NUMBER,
        MoodError::OutOfRange => MOOD_OUT_OF_RANGE,
        MoodError::Week(_) => MOOD_WEEK_NOT_STARTED,
    }
}

// The safety panel.
pub const SAFETY_HEADING: &str = "No tienes que pasar por esto a solas";
pub const SAFETY_INTRO: &str = "Por lo que anotaste, parece que ahora estás pasando por un momento muy difícil. Es mucho peso, y tiene sentido buscar apoyo. Sentimientos tan duros como estos pueden aliviarse con ayuda. Muchas personas que se han sentido así han visto que las cosas mejoraron.";
pub const SAFETY_TALK: &str = "Si piensas en quitarte la vida o en hacerte daño, por favor, habla hoy con alguien. Estas líneas son gratuitas, y quienes atienden quieren escucharte:";
pub const SAFETY_DANGER: &str =
    "Si crees que ahora mismo podrías no estar a salvo, llama al número de emergencias de tu zona.";
pub const SAFETY_HELP_LINK: &str = "Ver todas las formas de buscar ayuda ahora";
/// Added to the panel when item 9 is answered "More than half the days"
/// or "Nearly every day".
pub const SAFETY_CONTACT_TODAY: &str = "Respondiste que estos pensamientos aparecen más de la mitad de los días, o casi todos los días. Por favor, ponte hoy en contacto con un médico o con una línea de crisis. No hace falta esperar a tener la certeza de que estás en peligro.";
/// The invitation to make a safety plan, when there is none yet.
pub const SAFETY_MAKE_PLAN: &str = "Un plan de seguridad puede ayudarte en los días difíciles. Es una lista corta, con tus propias palabras, de lo que te ayuda y de a quién puedes llamar. Puedes empezarlo ahora, o cuando te sientas con fuerzas.";
pub const SAFETY_MAKE_PLAN_LINK: &str = "Hacer mi plan de seguridad";
pub const SAFETY_SAVED: &str =
    "Lo que escribiste está guardado, y puedes seguir escribiendo cuando quieras.";
pub const SAFETY_SEE_ABOVE: &str =
    "Tienes apoyo más arriba, en \"No tienes que pasar por esto a solas\".";

// Events.
pub const EVENTS_HEADING: &str = "Qué pasó con la gente";
pub const EVENTS_INTRO: &str =
    "Anota los momentos con otras personas que destacaron esta semana, buenos o difíciles.";
pub const NO_EVENTS: &str = "Todavía no hay nada anotado esta semana.";
pub const ADD_EVENT_HEADING: &str = "Añadir algo que pasó";
pub const EDIT_EVENT_HEADING: &str = "Cambiar este momento";
pub const DESCRIPTION_LABEL: &str = "¿Qué pasó? (en pocas palabras)";
pub const DESCRIPTION_MISSING: &str = "Primero escribe unas palabras sobre lo que pasó. Todavía no se ha añadido nada, y el resto de lo que elegiste sigue aquí.";
pub const PEOPLE_LEGEND: &str = "¿Con quién fue?";
pub const NO_PEOPLE_ON_MAP: &str =
    "Todavía no hay nadie en tu mapa de relaciones. Puedes escribir un nombre abajo.";
pub const LIST_TICKED_PEOPLE: &str = "Mostrar solo las personas marcadas";

pub fn list_everyone(count: usize) -> String {
    format!("Mostrar a las {count} personas para elegir")
}

pub const NEW_PERSON_LABEL: &str = "Alguien que todavía no está en tu mapa";
pub const ADD_TO_MAP: &str = "Añadir a mi mapa";
pub const NAME_MISSING: &str = "Primero escribe un nombre.";
pub const NAME_TOO_LONG: &str = "Ese nombre es demasiado largo. Usa 60 caracteres o menos.";
pub const FEELING_LEGEND: &str = "¿Cómo fue para ti?";
pub const AREA_LABEL: &str = "¿Tiene que ver con un área problema? (opcional)";
pub const AREA_NONE: &str = "No, o no lo sé";
pub const ADD_EVENT: &str = "Añadir este momento";
pub const SAVE_EVENT: &str = "Guardar cambios";
pub const CANCEL: &str = "Cancelar";
pub const EDIT: &str = "Cambiar";
pub const REMOVE: &str = "Quitar";
pub const UNDO: &str = "Deshacer";
pub const EVENT_ADDED: &str = "Se añadió a esta semana.";
pub const EVENT_SAVED: &str = "Cambios guardados.";
pub const EVENT_REMOVED: &str = "Se quitó de esta semana.";
pub const EVENT_RESTORED: &str = "Se recuperó.";
pub const EVENT_GONE: &str = "Este momento se quitó mientras tanto.";
pub const WITH: &str = "Con:";
pub const FELT: &str = "Cómo fue:";
pub const AREA: &str = "Área problema:";

/// How someone no longer on the map is named wherever they appear.
pub const REMOVED_PERSON: &str = "alguien que ya no está en el mapa";

pub fn added_to_map(name: &str) -> String {
    format!("{name} se añadió a tu mapa y su nombre quedó marcado. En la página del mapa puedes añadir más cosas sobre esta persona.")
}

pub fn already_on_map(name: &str) -> String {
    format!("{name} ya estaba en tu mapa, así que ahora su nombre está marcado.")
}

pub fn edit_event_label(description: &str) -> String {
    format!("Cambiar \"{description}\"")
}

pub fn remove_event_label(description: &str) -> String {
    format!("Quitar \"{description}\"")
}

pub fn feeling_label(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::VeryHard => "Muy difícil",
        Feeling::Hard => "Difícil",
        Feeling::Mixed => "Un poco de todo",
        Feeling::Good => "Bien",
        Feeling::VeryGood => "Muy bien",
    }
}

/// The problem areas by the names the Learn modules and the map use, with
/// a plain gloss.
pub fn area_label(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => "Duelo (tras una muerte)",
        ProblemArea::Disputes => "Disputas (desacuerdos)",
        ProblemArea::RoleTransitions => "Transiciones de rol (grandes cambios en la vida)",
        ProblemArea::Isolation => "Aislamiento (soledad o sentirte sin nadie cerca)",
    }
}

// Notes about people.
pub const PEOPLE_NOTES_HEADING: &str = "Cómo fue con la gente";
pub const PEOPLE_NOTES_INTRO: &str =
    "Si viste a alguien esta semana, puedes anotar cómo fue. Es opcional.";
pub const PEOPLE_NOTES_EMPTY: &str = "Cuando añadas un momento con alguien, o elijas un nombre abajo, aquí aparecerá un espacio para escribir sobre esa persona.";
pub const ADD_PERSON_NOTE_LABEL: &str = "Añadir una nota sobre otra persona";
pub const ADD_PERSON_NOTE_CHOOSE: &str = "Elige una persona";

pub fn person_note_label(name: &str) -> String {
    format!("¿Cómo te fue con {name}?")
}

// The free note.
pub const NOTE_HEADING: &str = "Algo más";
pub const NOTE_LABEL: &str = "¿Hay algo más de esta semana que quieras recordar?";

// The PHQ-9.
pub const PHQ9_HEADING: &str = "Cuestionario sobre el ánimo (PHQ-9, opcional)";
pub const PHQ9_INTRO: &str = "El PHQ-9 es un cuestionario corto y muy usado, con nueve preguntas sobre el ánimo bajo. Responderlo de vez en cuando puede ayudarte a ver cambios con el tiempo. Puedes saltarlo.";
pub const PHQ9_DUE: &str = "Han pasado unas semanas desde la última vez que respondiste el cuestionario. Si te sientes con fuerzas, esta semana puede ser un buen momento. Tú decides siempre.";
pub const PHQ9_FIRST: &str = "Si te sientes con fuerzas, puedes responder el cuestionario esta semana, y después más o menos una vez al mes. Tú decides siempre.";
pub const PHQ9_SHOW: &str = "Mostrar el cuestionario";
pub const PHQ9_PARTIAL: &str = "Responde las nueve preguntas para ver una puntuación.";
pub const PHQ9_NOT_DIAGNOSIS: &str =
    "Esta puntuación es el resultado de una prueba de detección, no un diagnóstico.";
pub const PHQ9_TALK_IT_OVER: &str =
    "Con una puntuación de 10 o más, vale la pena hablarlo con un médico o terapeuta, si puedes.";
pub const PHQ9_MAKE_AN_APPOINTMENT: &str = "Una puntuación de 15 a 19 es alta. Por favor, pide una cita con un médico o terapeuta para hablar de cómo te has sentido. La ayuda puede marcar una gran diferencia.";
pub const PHQ9_CONTACT_DOCTOR_SOON: &str = "Una puntuación de 20 o más está en el nivel más alto. Por favor, ponte pronto en contacto con un médico y cuéntale cómo te has sentido. No hace falta esperar a que las cosas empeoren, y la ayuda puede marcar una gran diferencia.";
pub const PHQ9_SEVERE_HELP_LINK: &str =
    "Ayuda ahora: personas a las que puedes llamar o escribir hoy";

/// The line under a complete score, if any: none below 10, a gentle
/// suggestion for 10 to 14, a firmer one for 15 to 19, and the firmest from
/// 20 (which the form follows with the link to /help).
pub fn phq9_advice(advice: ScoreAdvice) -> Option<&'static str> {
    match advice {
        ScoreAdvice::NothingMore => None,
        ScoreAdvice::TalkItOver => Some(PHQ9_TALK_IT_OVER),
        ScoreAdvice::MakeAnAppointment => Some(PHQ9_MAKE_AN_APPOINTMENT),
        ScoreAdvice::ContactDoctorSoon => Some(PHQ9_CONTACT_DOCTOR_SOON),
    }
}
/// The progress check (`model::journal::progress`), on the journal and the
/// home page: kind, never a verdict, and always a next step.
pub fn progress_concern(concern: ProgressConcern) -> &'static str {
    match concern {
        ProgressConcern::NotFallenByMidPlan => {
            "A mitad de tu plan, tus puntuaciones del cuestionario todavía no han bajado. No es un \
            fracaso, y no es culpa tuya. La depresión muchas veces necesita más de un tipo de \
            ayuda. Es un buen motivo para hablar con un médico o terapeuta sobre qué más te \
            podría ayudar."
        }
        ProgressConcern::RisingOverThreeCheckIns => {
            "Tus tres últimas puntuaciones del cuestionario han ido subiendo. No es un \
            fracaso, y no es culpa tuya. Es un buen motivo para hablar pronto con un médico o \
            terapeuta, para que te ayude a encontrar lo que funciona para ti."
        }
    }
}
pub const PROGRESS_SCREENING: &str =
    "Estas puntuaciones son resultados de una prueba de detección, no un diagnóstico.";
pub const PROGRESS_HELP_LINK: &str = "Si todo te resulta muy difícil, busca ayuda ahora";

pub const PHQ9_CLEAR: &str = "Borrar mis respuestas de esta semana";

pub fn phq9_answered(count: usize) -> String {
    format!("{count} de 9 respondidas.")
}

pub fn phq9_score(score: u8, band: &str) -> String {
    format!("Puntuación: {score} de 27 ({band}).")
}

// Insights.
pub const INSIGHTS_HEADING: &str = "Tus semanas hasta ahora";
/// For the moment between the week's form being shown and the insights
/// under it being drawn (a long journal's take a moment).
pub const INSIGHTS_DRAWING: &str = "Dibujando tus semanas…";
pub const INSIGHTS_EMPTY: &str =
    "Cuando hayas hecho tu primer repaso, tus semanas aparecerán aquí.";
pub const PATTERNS_NOT_CAUSES: &str = "Son patrones, no causas. Una semana difícil con alguien no quiere decir que esa persona la causara, y un número nunca cuenta toda la historia.";
pub const PLAN_HEADING: &str = "En qué punto del plan estás";
pub const PLAN_LABEL: &str = "Duración de tu plan";
pub const PLAN_HINT: &str = "La IPT suele durar de 12 a 16 sesiones semanales.";
pub const CHART_HEADING: &str = "Ánimo por semana";
pub const CHART_DESCRIPTION: &str = "Un gráfico de líneas con tu ánimo de cada semana (escala izquierda, de 0 a 10) y tu puntuación del cuestionario cuando lo respondiste (escala derecha, de 0 a 27). Los triángulos marcan las semanas con un momento difícil. La tabla de abajo muestra los mismos números.";
pub const CHART_PHASES_DESCRIPTION: &str = "Las bandas sombreadas detrás de la línea marcan las fases de tu plan. Cada una lleva su nombre arriba y en la leyenda de abajo:";
pub const CHART_MOOD_AXIS: &str = "Ánimo (0 a 10)";
pub const CHART_PHQ9_AXIS: &str = "PHQ-9 (0 a 27)";
pub const LEGEND_MOOD: &str = "Ánimo (escala izquierda)";
pub const LEGEND_PHQ9: &str = "Puntuación del PHQ-9 (escala derecha; resultado de una prueba de detección, no un diagnóstico)";
pub const LEGEND_HARD: &str = "Una semana con un momento difícil";
pub const LEGEND_EVENTS: &str = "Una semana con otros momentos";
pub const TABLE_CAPTION: &str = "Tus semanas en números (las puntuaciones del PHQ-9 son \
    resultados de una prueba de detección, no un diagnóstico)";

// The switch above the chart: the last 12 weeks or all of them.
pub const CHART_SPAN_LABEL: &str = "Semanas que se muestran";
pub const CHART_SPAN_RECENT: &str = "Últimas 12 semanas";

pub fn chart_span_all(count: usize) -> String {
    format!("Todas las semanas ({count})")
}

/// The table's caption beside the chart, saying which weeks it lists: the
/// same as the chart.
pub fn table_caption(recent: bool) -> &'static str {
    if recent {
        "Tus últimas 12 semanas en números, como en el gráfico (las puntuaciones del PHQ-9 \
        son resultados de una prueba de detección, no un diagnóstico)"
    } else {
        "Todas tus semanas en números, como en el gráfico (las puntuaciones del PHQ-9 son \
        resultados de una prueba de detección, no un diagnóstico)"
    }
}

/// A phase's name at the top of its band in the chart.
pub fn phase_short_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => "Inicio",
        Phase::Middle => "Parte central",
        Phase::Final => "Final",
        Phase::Beyond => "Después",
    }
}

/// A phase in the chart's key and its description: "Beginning phase
/// (weeks 1 to 3 of your plan)".
pub fn phase_key(phase: Phase, first: i64, last: i64) -> String {
    if first == last {
        format!("{} (semana {first} de tu plan)", phase_name(phase))
    } else {
        format!(
            "{} (semanas {first} a {last} de tu plan)",
            phase_name(phase)
        )
    }
}

// The year at a glance.
pub const YEAR_HEADING: &str = "Tu año de un vistazo";
pub const YEAR_INTRO: &str = "Un cuadrado por cada una de las últimas 52 semanas, con el color de tu ánimo. Cada fila es más o menos un trimestre y se lee de izquierda a derecha. Esta semana es el último cuadrado.";
pub const YEAR_NO_MOOD_KEY: &str = "Sin anotaciones, o sin ánimo anotado";
pub const YEAR_HARD_KEY: &str = "Una semana con un momento difícil (marca en la esquina)";

/// A band of moods in the key: "Mood 4 to 6".
pub fn mood_band_key(low: u8, high: u8) -> String {
    format!("Ánimo de {low} a {high}")
}

/// A square's name: "Week of 23 November 2026: mood 6, a hard event, this
/// week".
pub fn year_square_label(
    week: IsoWeek,
    entry: bool,
    mood: Option<u8>,
    hard: bool,
    current: bool,
) -> String {
    let mut label = format!("{}: ", week_of(week));
    label.push_str(&match (entry, mood) {
        (_, Some(mood)) => format!("ánimo {mood} de 10"),
        (true, None) => "sin ánimo anotado".to_string(),
        (false, None) => "sin anotaciones".to_string(),
    });
    if hard {
        label.push_str(", un momento difícil");
    }
    if current {
        label.push_str(", esta semana");
    }
    label
}

/// The start of a row of the year: "Dec 2025".
pub fn month_year(date: NaiveDate) -> String {
    format!("{} {}", &month_name(date.month())[..3], date.year())
}
pub const TABLE_WEEK: &str = "Semana";
pub const TABLE_MOOD: &str = "Ánimo";
pub const TABLE_PHQ9: &str = "PHQ-9";
pub const TABLE_EVENTS: &str = "Momentos";
/// The summary's column with the answer to PHQ-9 item 9.
pub const TABLE_ITEM9: &str = "Pregunta 9 del PHQ-9 (pensamientos de muerte o de hacerse daño)";
pub const NOT_NOTED: &str = "–";
pub const PEOPLE_HEADING: &str = "Las personas y tus semanas";

pub fn plan_weeks_option(weeks: u8) -> String {
    format!("{weeks} semanas")
}

pub fn journal_week_number(week: i64, plan: u8) -> String {
    format!("Esta es la semana {week} de tu plan de {plan} semanas.")
}

pub fn started_on(monday: NaiveDate) -> String {
    format!("Empezaste tu diario la semana del {}.", long_date(monday))
}

/// What the phase is about, after its name.
pub fn phase_text(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => {
            "Conocer tu ánimo y a las personas que te rodean, y elegir un área en la que \
            trabajar."
        }
        Phase::Middle => "Trabajar en el área que elegiste, semana a semana.",
        Phase::Final => "Mirar atrás para ver qué ha cambiado, y planear lo que viene después.",
        Phase::Beyond => {
            "Ya has pasado las semanas que planeaste. Puedes seguir con tus repasos todo el \
            tiempo que te ayude."
        }
    }
}

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => "Fase de inicio",
        Phase::Middle => "Fase central",
        Phase::Final => "Fase final",
        Phase::Beyond => "Después del plan",
    }
}

pub fn events_cell(total: usize, hard: usize) -> String {
    match (total, hard) {
        (0, _) => "ninguno".to_string(),
        (total, 0) => format!("{total}"),
        // Spanish only: "1 difícil" but "2 difíciles".
        (total, 1) => format!("{total} (1 difícil)"),
        (total, hard) => format!("{total} ({hard} difíciles)"),
    }
}

/// A week of the chart, for the tooltip of its marks.
pub fn chart_week_summary(
    week: IsoWeek,
    mood: Option<u8>,
    phq9: Option<u8>,
    events: usize,
    hard: usize,
) -> String {
    let mood = match mood {
        Some(mood) => format!("ánimo {mood}"),
        None => "sin ánimo anotado".to_string(),
    };
    let phq9 = phq9
        .map(|score| format!(", PHQ-9 {score}"))
        .unwrap_or_default();
    let events = match (events, hard) {
        (0, _) => String::new(),
        (1, 0) => ", 1 momento".to_string(),
        (total, 0) => format!(", {total} momentos"),
        (1, _) => ", 1 momento difícil".to_string(),
        // Spanish only: "1 difícil" but "2 difíciles".
        (total, 1) => format!(", {total} momentos (1 difícil)"),
        (total, hard) => format!(", {total} momentos ({hard} difíciles)"),
    };
    format!("{}: {mood}{phq9}{events}", week_of(week))
}

pub fn weeks(count: usize) -> String {
    crate::content::ui_text::counted(count, "semana", "semanas")
}

/// "the other week" or "the other 5 weeks".
fn other_weeks(count: usize) -> String {
    if count == 1 {
        "la semana restante".to_string()
    } else {
        format!("las otras {count} semanas")
    }
}

/// `name` with a capital first letter, to start a sentence ("Someone
/// removed from the map came up…"). Names typed by the person are kept.
fn sentence_start(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One person's line in "People and your weeks".
pub fn person_pattern(
    name: &str,
    weeks_with: usize,
    hard: usize,
    mean_with: Option<f64>,
    weeks_without: usize,
    mean_without: Option<f64>,
) -> String {
    let mut text = format!(
        "{} aparece en {}: {} con un momento difícil y {} sin ninguno.",
        sentence_start(name),
        weeks(weeks_with),
        hard,
        weeks_with - hard.min(weeks_with)
    );
    if let (Some(with), Some(without)) = (mean_with, mean_without) {
        text.push_str(&format!(
            " Tu ánimo medio fue {with:.1} en las semanas con {name}, y {without:.1} en {}.",
            other_weeks(weeks_without)
        ));
    } else if let Some(with) = mean_with {
        text.push_str(&format!(" Tu ánimo medio fue {with:.1} en esas semanas."));
    }
    text
}

// Export.
pub const EXPORT_HEADING: &str = "Guardar una copia";
pub const EXPORT_INTRO: &str = "Descarga tu diario en dos archivos que se abren en una hoja de cálculo. Contienen lo que escribiste, así que guárdalos en un lugar privado.";
pub const DOWNLOAD_WEEKS: &str = "Descargar semanas (semanas.csv)";
pub const DOWNLOAD_EVENTS: &str = "Descargar momentos (momentos.csv)";
pub const WEEKS_FILE: &str = "semanas.csv";
pub const EVENTS_FILE: &str = "momentos.csv";
/// The files' column names and values: the words the app shows.
pub const CSV_WORDS: crate::model::journal::csv::CsvWords = crate::model::journal::csv::CsvWords {
    weeks_header: [
        "semana",
        "lunes",
        "ánimo",
        "puntuación_phq9",
        "nivel_phq9",
        "momentos",
        "nota",
    ],
    events_header: [
        "semana",
        "descripción",
        "personas",
        "cómo_fue",
        "área_problema",
    ],
    band: crate::content::phq9::band_label,
    feeling: feeling_label,
    area: crate::content::map_text::area_name,
};
pub const DOWNLOAD_FAILED: &str =
    "Tu navegador no pudo crear el archivo. Vuelve a intentarlo o prueba con otro navegador.";

// The reminder.
pub const REMINDER_HEADING: &str = "Un recordatorio semanal";
pub const REMINDER_INTRO: &str = "Esta app nunca envía nada a ninguna parte, así que no puede avisarte por sí sola. En su lugar, puedes añadir un recordatorio semanal a tu propia app de calendario.";
pub const REMINDER_DAY: &str = "Día";
pub const REMINDER_TIME: &str = "Hora";
pub const REMINDER_TIME_INVALID: &str = "Elige una hora, por ejemplo 19:00.";
pub const REMINDER_DOWNLOAD: &str = "Descargar el recordatorio (.ics)";
pub const REMINDER_FILE: &str = "ipt-companion-recordatorio-semanal.ics";
pub const REMINDER_HOW: &str = "Abre el archivo para añadirlo a tu calendario. Se repite cada semana y tiene un enlace a esta página.";

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Lunes",
        Weekday::Tue => "Martes",
        Weekday::Wed => "Miércoles",
        Weekday::Thu => "Jueves",
        Weekday::Fri => "Viernes",
        Weekday::Sat => "Sábado",
        Weekday::Sun => "Domingo",
    }
}

// The home page banner.
pub const CHECK_IN_OPEN: &str = "El repaso de esta semana está abierto.";
pub const CHECK_IN_LINK: &str = "Anotar cómo va tu semana";

// Dates.

fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "23 November 2026".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} de {} de {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "23 Nov", for the chart's axis.
pub fn short_date(date: NaiveDate) -> String {
    let month = month_name(date.month());
    format!("{} {}", date.day(), &month[..3])
}

/// The days of a week: "23 to 29 November 2026", "30 November to
/// 6 December 2026" or "28 December 2026 to 3 January 2027".
pub fn week_days(week: IsoWeek) -> String {
    let (monday, sunday) = (week.monday(), week.sunday());
    if monday.year() != sunday.year() {
        format!("del {} al {}", long_date(monday), long_date(sunday))
    } else if monday.month() != sunday.month() {
        format!(
            "del {} de {} al {}",
            monday.day(),
            month_name(monday.month()),
            long_date(sunday)
        )
    } else {
        format!("del {} al {}", monday.day(), long_date(sunday))
    }
}

/// The heading of the week being written: "This week: 23 to 29 November
/// 2026" or "Week of 16 to 22 November 2026".
pub fn week_heading(week: IsoWeek, is_current: bool) -> String {
    if is_current {
        format!("{THIS_WEEK}: {}", week_days(week))
    } else {
        format!("Semana {}", week_days(week))
    }
}

/// The week's name in the table and the week list: "Week of 23 November
/// 2026".
pub fn week_of(week: IsoWeek) -> String {
    format!("Semana del {}", long_date(week.monday()))
}

/// The week picker's choice for another year written in (it opens the
/// year's latest week with an entry).
pub fn year_of_weeks(year: i32, weeks: usize) -> String {
    match weeks {
        1 => format!("{year}: 1 semana escrita"),
        _ => format!("{year}: {weeks} semanas escritas"),
    }
}

pub const SHOW_FEWER_WEEKS: &str = "Mostrar solo las últimas semanas";

pub fn show_all_weeks(count: usize) -> String {
    format!("Mostrar todas las semanas ({count})")
}
