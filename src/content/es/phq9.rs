//! The words of the PHQ-9, shown word for word. Its licence allows
//! reproduction with the credit line, and changed wording is no longer the
//! validated measure: never edit these texts, not even the punctuation. The
//! scoring lives in `model::journal::phq9`.

use crate::model::journal::Band;

/// The question asked before the nine items.
pub const STEM: &str =
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes \
     problemas?";

/// The nine items, in order. Item 9 (index 8) asks about thoughts of death
/// or self-harm: any answer above "Ningún día" opens the safety panel.
pub const ITEMS: [&str; 9] = [
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted \
     mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico \
     o ver la televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario \
     – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
];

/// The answers for every item; the index is the score (0 to 3).
pub const ANSWER_OPTIONS: [&str; 4] = [
    "Ningún día",
    "Varios días",
    "Más de la mitad de los días",
    "Casi todos los días",
];

/// The follow-up question. It is not scored.
pub const DIFFICULTY_QUESTION: &str = "Si marcó cualquiera de los problemas, ¿qué tanta \
     dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del \
     hogar, o llevarse bien con otras personas?";

/// The answers to the follow-up question; the index is the stored value.
pub const DIFFICULTY_OPTIONS: [&str; 4] = [
    "No ha sido difícil",
    "Un poco difícil",
    "Muy difícil",
    "Extremadamente difícil",
];

/// Shown wherever the questionnaire is shown, as its licence requires.
pub const CREDIT: &str = "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt \
     Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere \
     permiso para reproducir, traducir, presentar o distribuir.";

/// The paper that validated the questionnaire, for the "Sources" list.
pub const REFERENCE: &str = "Kroenke, Spitzer & Williams (2001), J Gen Intern Med \
     16(9):606–613.";

/// The usual name of a severity band, as used in the scoring table.
pub fn band_label(band: Band) -> &'static str {
    match band {
        Band::Minimal => "Mínima",
        Band::Mild => "Leve",
        Band::Moderate => "Moderada",
        Band::ModeratelySevere => "Moderadamente grave",
        Band::Severe => "Grave",
    }
}
