//! The words of the relationship map (`/map`).

use crate::model::problem_area::ProblemArea;
use crate::model::relationship_map::edit::{FieldProblem, MAX_NAME_CHARS};
use crate::model::relationship_map::{DisputeStage, Relationship, RelationshipKind, Ring};

pub const TITLE: &str = "Tu mapa de relaciones";
pub const INTRO: &str = "Pon a las personas de tu vida en un círculo de cercanía, contigo en el centro. Es el inventario interpersonal de la IPT: quién te importa, cuánta cercanía sientes con cada persona y qué es bueno y difícil en cada relación. Se queda en este dispositivo.";
pub const EMPTY_HEADING: &str = "Empieza tu mapa";
pub const EMPTY_STEPS: [&str; 4] = [
    "Añade a las personas que hoy importan en tu vida: familia, amistades, tu pareja, gente del trabajo.",
    "Pon a cada persona en un anillo: el anillo interior es para las personas más cercanas.",
    "Con cada persona, anota lo bueno y lo difícil, lo que esperas de ella y lo que ella espera de ti.",
    "Vuelve a lo largo de las semanas, mueve a las personas cuando las cosas cambien y guarda instantáneas del mapa para compararlas.",
];
pub const READ_FIRST: &str = "Leer primero sobre el inventario interpersonal";
pub const ME: &str = "Yo";
pub const DRAWING_LABEL: &str = "Círculo de cercanía. Cada persona es un botón: pulsa Intro (Enter) para verla, las flechas arriba y abajo para acercarla o alejarla, y las flechas izquierda y derecha para moverla alrededor del anillo.";
pub const LIST_HEADING: &str = "Todas las personas de tu mapa";
pub const ADD_PERSON: &str = "Añadir persona";
pub const EDIT: &str = "Editar";
pub const REMOVE: &str = "Quitar";
pub const REMOVED: &str = "Se quitó de tu mapa:";
pub const MOVE_CLOSER: &str = "Acercar";
pub const MOVE_FURTHER: &str = "Alejar";
pub const MOVE_LEFT: &str = "Mover alrededor, en sentido antihorario";
pub const MOVE_RIGHT: &str = "Mover alrededor, en sentido horario";
pub const UNDO: &str = "Deshacer";
pub const REDO: &str = "Rehacer";
pub const CLOSE: &str = "Cerrar";
pub const SAVE: &str = "Guardar";
pub const CANCEL: &str = "Cancelar";
pub const FORM_ADD_HEADING: &str = "Añadir persona";
pub const FORM_EDIT_HEADING: &str = "Editar";
pub const FIX_BEFORE_SAVING: &str = "Revisa el campo marcado. Lo que escribiste sigue aquí.";
/// After [`problem_message`] for a person removed while being changed.
pub const SAVE_ADDS_AGAIN: &str =
    "No se guardó nada. Lo que escribiste sigue aquí: al pulsar Guardar, esta persona vuelve al mapa.";

pub const FIELD_NAME: &str = "Nombre o apodo (obligatorio)";
pub const FIELD_RELATIONSHIP: &str = "Quién es para ti";
pub const FIELD_RELATIONSHIP_OTHER: &str = "Con tus propias palabras";
pub const FIELD_RING: &str = "Cuánta cercanía";
pub const FIELD_CONTACT: &str = "Frecuencia del contacto";
pub const FIELD_SUPPORT: &str = "Cuánto apoyo te da (0 = nada, 4 = mucho)";
pub const FIELD_CONFLICT: &str = "Cuánto conflicto hay (0 = nada, 4 = mucho)";
pub const FIELD_GOOD: &str = "Lo bueno";
pub const FIELD_HARD: &str = "Lo difícil";
pub const FIELD_MY_EXPECTATIONS: &str = "Lo que espero de esta persona";
pub const FIELD_THEIR_EXPECTATIONS: &str = "Lo que esta persona espera de mí";
pub const FIELD_CHANGE: &str = "Una cosa que cambiaría";
pub const FIELD_AREA: &str = "Área problema relacionada";
pub const FIELD_STAGE: &str = "Etapa del desacuerdo";
pub const NONE: &str = "Ninguna";

pub const SUPPORT: &str = "Apoyo";
pub const CONFLICT: &str = "Conflicto";
pub const OF_FOUR: &str = "de 4";
pub const LEGEND_HEADING: &str = "Cómo leer el mapa";
pub const LEGEND_LITTLE_SUPPORT: &str = "Borde fino: poco apoyo";
pub const LEGEND_MORE_SUPPORT: &str = "Borde grueso: mucho apoyo";
pub const LEGEND_SOME_CONFLICT: &str = "Borde discontinuo: algo de conflicto";
pub const LEGEND_A_LOT_OF_CONFLICT: &str = "!: mucho conflicto";
pub const LEGEND_SELECTED: &str = "Aro alrededor: la persona que ves en detalle";
pub const EMPTY_DRAWING_LABEL: &str = "Un círculo de cercanía vacío: tú en el centro, y espacio en cada anillo para las personas de tu vida.";

pub const SNAPSHOTS_HEADING: &str = "Instantáneas del mapa a lo largo del tiempo";
pub const SNAPSHOTS_INTRO: &str = "La IPT mira cómo cambian las relaciones con las semanas. Guarda una instantánea de tu mapa de vez en cuando, y compara una anterior con el mapa de hoy.";
pub const TAKE_SNAPSHOT: &str = "Guardar una instantánea de mi mapa";
pub const SNAPSHOT_SAVED: &str = "Instantánea guardada el";
pub const COMPARE_WITH: &str = "Comparar el mapa de hoy con la instantánea del día";
pub const THEN: &str = "Antes";
pub const NOW: &str = "Hoy";
pub const MOVED: &str = "Cambiaron de anillo";
pub const ADDED: &str = "Personas nuevas desde el";
pub const LEFT: &str = "Ya no están en el mapa";
pub const NO_CHANGES: &str = "Desde entonces no se ha añadido, movido ni quitado a nadie.";

pub const EXPORT_HEADING: &str = "Guardar o imprimir tu mapa";
pub const EXPORT_SVG: &str = "Descargar como SVG";
/// The downloaded drawing's file names.
pub const SVG_FILE: &str = "mapa-de-relaciones.svg";
pub const PNG_FILE: &str = "mapa-de-relaciones.png";
pub const EXPORT_PNG: &str = "Descargar como PNG";
pub const PRINT: &str = "Imprimir";

pub fn ring_name(ring: Ring) -> &'static str {
    match ring {
        Ring::Closest => "Muy cerca",
        Ring::Close => "Cerca",
        Ring::FurtherAway => "Más lejos",
    }
}

/// The rings' names, inner ring first.
pub fn ring_names() -> [&'static str; 3] {
    Ring::ALL.map(ring_name)
}

pub fn relationship_name(relationship: &Relationship) -> &str {
    match relationship {
        Relationship::Partner => "Pareja",
        Relationship::Family => "Familia",
        Relationship::Friend => "Amistad",
        Relationship::Work => "Trabajo",
        Relationship::Other(words) if words.trim().is_empty() => "Otra relación",
        Relationship::Other(words) => words,
    }
}

/// The words for each choice of the form's relationship list.
pub fn relationship_kind_name(kind: RelationshipKind) -> &'static str {
    match kind {
        RelationshipKind::Partner => "Pareja",
        RelationshipKind::Family => "Familia",
        RelationshipKind::Friend => "Amistad",
        RelationshipKind::Work => "Trabajo",
        RelationshipKind::Other => "Otra",
    }
}

pub fn area_name(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => "Duelo",
        ProblemArea::Disputes => "Disputa",
        ProblemArea::RoleTransitions => "Transición de rol",
        ProblemArea::Isolation => "Aislamiento",
    }
}

pub fn stage_name(stage: DisputeStage) -> &'static str {
    match stage {
        DisputeStage::Renegotiation => "Renegociación: todavía se habla del tema",
        DisputeStage::Impasse => "Punto muerto: ya no se habla del tema",
        DisputeStage::Dissolution => "Disolución: la relación se está terminando o ya ha terminado",
    }
}

pub fn problem_message(problem: FieldProblem) -> String {
    match problem {
        FieldProblem::NameMissing => "Escribe un nombre o un apodo.".to_string(),
        FieldProblem::NameTooLong { chars } => format!(
            "El nombre puede tener como máximo {MAX_NAME_CHARS} caracteres (ahora tiene {chars})."
        ),
        FieldProblem::SupportNotInRange => "El apoyo es un número de 0 a 4.".to_string(),
        FieldProblem::ConflictNotInRange => "El conflicto es un número de 0 a 4.".to_string(),
        FieldProblem::UnknownPerson => {
            "Esta persona ya no está en el mapa (quizá se quitó en otra pestaña).".to_string()
        }
    }
}

pub const DUPLICATE_NAME: &str = "Ya hay alguien en tu mapa con este nombre. No pasa nada; quizá quieras usar un apodo para distinguir a cada persona.";
pub const NAME: &str = "Nombre";
pub const ACTIONS: &str = "Acciones";
pub const SHOW_LIST: &str = "Ver a todas las personas en una lista";
pub const HIDE_LIST: &str = "Ocultar la lista";
