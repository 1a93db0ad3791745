//! The interface's own words, in one place so they can be reviewed for tone
//! and translated without touching components. Module text lives in
//! `modules/`, crisis contacts in `crisis_contacts.rs`.

pub const APP_NAME: &str = "IPT Companion";
pub const SKIP_TO_CONTENT: &str = "Saltar al contenido principal";
pub const NAV_LABEL: &str = "Principal";
pub const NAV_HOME: &str = "Inicio";
pub const NAV_LEARN: &str = "Aprende";
pub const NAV_MAP: &str = "Mapa";
pub const NAV_JOURNAL: &str = "Diario";
pub const NAV_DATA: &str = "Datos";
pub const GET_HELP_NOW: &str = "Ayuda ahora";
/// The other language's code and name, in that language, for the switch
/// in the header: the same page in English.
pub const OTHER_LANGUAGE: &str = "en";
pub const OTHER_LANGUAGE_NAME: &str = "English";
/// Said by screen readers in place of the name alone.
pub const OTHER_LANGUAGE_LABEL: &str = "This page in English";

pub const FOOTER_DISCLAIMER: &str = "IPT Companion es educación y autoayuda. No es terapia, ni un diagnóstico, ni un servicio de emergencias. Todo lo que escribes aquí se queda en este dispositivo.";

/// The words of the link to `routes::SELF_HELP_LIMITS` (the section of
/// "What is IPT?" that says when self-help alone is the wrong tool), used
/// on `/`, on `/help` and under the self-check's result.
pub const SELF_HELP_LIMITS_LINK: &str = "Cuando la autoayuda no basta";

/// Shown when JavaScript is off, above the page as built (which reads, but
/// whose buttons need the app); `cargo xtask dist` writes it into every
/// page's `<noscript>`, followed by a link to `/help` (which lists every
/// number without JavaScript too).
pub const NOSCRIPT: &str = "IPT Companion necesita JavaScript para funcionar. Si estás en crisis, llama al número de emergencias de tu zona o abre la página de ayuda, que funciona sin JavaScript:";
pub const NOSCRIPT_HELP_LINK: &str = "Ayuda ahora: líneas de crisis y de ayuda por maltrato";

/// What a page without a description of its own says of the app to search
/// engines and link previews (`cargo xtask dist` writes it into the page).
pub const SITE_DESCRIPTION: &str = "Autoayuda gratuita, privada y sin conexión para aprender \
    la psicoterapia interpersonal (IPT): cómo el ánimo y las relaciones se influyen entre sí.";
/// The installed app's description (the web app manifest).
pub const MANIFEST_DESCRIPTION: &str =
    "Aprende y practica por tu cuenta la psicoterapia interpersonal (IPT), con una app privada, gratuita y que funciona sin conexión.";

/// Where a page drawn around today's date and the stored data will be, in
/// the HTML rendered before the app runs (`pages::lazy`).
pub const OPENING_PAGE: &str = "Abriendo esta página en tu dispositivo…";

/// Builds a document title: "Page · IPT Companion".
pub fn document_title(page: &str) -> String {
    format!("{page} · {APP_NAME}")
}

pub mod home {
    pub const TITLE: &str = "Te damos la bienvenida";
    pub const HEADING: &str = "El ánimo y las relaciones, paso a paso";
    pub const INTRO: &str = "IPT Companion te ayuda a conocer la psicoterapia interpersonal (IPT, por sus siglas en inglés), una terapia psicológica breve y muy estudiada para la depresión, y a practicar sus ideas por tu cuenta. La IPT se basa en una idea: cómo te sientes y cómo te va con las personas de tu vida se influyen entre sí.";
    pub const NOT_THERAPY: &str = "Esto es educación y autoayuda. No sustituye a un terapeuta ni a un médico, y no es un servicio de emergencias.";
    pub const PRIVATE: &str = "Nada de lo que escribes sale de este dispositivo: no hay cuenta ni servidor. Pero cualquiera que pueda usar este dispositivo puede abrir la app, salvo que actives el bloqueo con contraseña en la página Tus datos.";
    pub const SELF_HELP_LIMITS: &str = "La autoayuda por sí sola no es adecuada para todo el mundo, ni para todos los momentos. Por favor, lee esto primero:";
    pub const START: &str = "Empezar";
    pub const DASHBOARD_TITLE: &str = "Tu camino";
    pub const DASHBOARD_INTRO: &str = "Los pasos siguen el mismo orden que la IPT. Ve a tu ritmo: puedes completar cualquier semana más tarde, o simplemente dejarla como está.";
    pub const NEXT_STEP: &str = "Tu siguiente paso:";
    pub const NOT_STARTED: &str = "Sin empezar";
    pub const IN_PROGRESS: &str = "En curso";
    pub const DONE: &str = "Hecho";
    pub const STEP_LEARN: &str = "Aprender lo básico";
    pub const STEP_MAP: &str = "Crear tu mapa de relaciones";
    pub const STEP_FOCUS: &str = "Encontrar tu área de enfoque";
    pub const STEP_CHECK_INS: &str = "Repasos semanales";
    pub const STEP_PRACTISE: &str = "Practicar habilidades para tu área de enfoque";
    pub const STEP_FINISH: &str = "Terminar bien";
    pub const ACTION_LEARN: &str = "Leer el siguiente módulo";
    pub const ACTION_LEARN_DONE: &str = "Ver todos los módulos";
    pub const ACTION_MAP: &str = "Abrir tu mapa";
    pub const ACTION_FOCUS: &str = "Hacer la autoevaluación breve";
    pub const ACTION_CHECK_IN: &str = "Abrir el repaso de esta semana";
    pub const ACTION_PRACTISE: &str = "Abrir el módulo de tu área de enfoque";
    pub const ACTION_PRACTISE_NO_FOCUS: &str = "Elegir primero un área de enfoque";
    pub const ACTION_FINISH: &str = "Leer sobre cómo terminar bien";
    pub fn people_so_far(count: usize) -> String {
        format!(
            "{} en tu mapa hasta ahora",
            super::counted(count, "persona", "personas")
        )
    }
    pub const FOCUS_IS: &str = "Tu área de enfoque:";
    pub const NO_FOCUS_YET: &str = "Aún no has elegido un área de enfoque.";
    pub const THIS_WEEK_OPEN: &str = "El repaso de esta semana está abierto.";
    pub const THIS_WEEK_DONE: &str = "El repaso de esta semana está hecho.";
    pub const WEEKS_SO_FAR: &str = "Semana de tu plan:";
    pub const PLAN_LENGTH: &str = "Duración de tu plan";
    pub const WEEKS: &str = "semanas";
    pub const PHASE_INITIAL: &str = "la fase inicial (los primeros pasos)";
    pub const PHASE_MIDDLE: &str = "la fase central (trabajar en tu área de enfoque)";
    pub const PHASE_FINAL: &str = "la fase final (terminar bien)";
    pub const PHASE_BEYOND: &str = "una semana posterior al final de tu plan";
    pub const YOU_ARE_IN: &str = "Estás en";
    pub const SUMMARY_LINK: &str = "Preparar un resumen para tu terapeuta o médico";
}

pub mod learn {
    /// The groups of the Learn page, in order: each module's `group` (its
    /// front matter) and the group's heading.
    pub const GROUPS: &[(&str, &str)] = &[
        ("basics", "Lo básico"),
        ("problem-areas", "Las cuatro áreas problema"),
        ("skills", "Habilidades y contexto"),
        ("finishing", "Terminar bien"),
    ];
    pub const TEXT_LOADING: &str = "Cargando esta parte…";
    pub const TEXT_FAILED: &str = "Esta parte no se pudo cargar. Por favor, recarga la página. Si no tienes conexión, se cargará cuando vuelvas a tenerla.";
    pub const TITLE: &str = "Aprende sobre la IPT";
    pub const INTRO: &str = "Doce módulos breves, en el mismo orden que sigue la IPT. Cada uno tiene su propio enlace, que puedes compartir.";
    pub const MINUTES_TO_READ: &str = "min de lectura";
    pub const KEY_TAKEAWAYS: &str = "Puntos clave";
    pub const SOURCES: &str = "Fuentes";
    pub const PREVIOUS: &str = "Anterior";
    pub const NEXT: &str = "Siguiente";
    pub const ALL_MODULES: &str = "Todos los módulos";
    pub const ON_THIS_PAGE: &str = "En esta página";
    pub const SELF_CHECK_LINK: &str =
        "¿No sabes qué área problema encaja contigo? Haz la autoevaluación breve";
    pub const SELF_CHECK_RESULT: &str = "Lo que sugieren tus respuestas";
}

/// Shown when part of the app cannot start (a page's code failed to load,
/// most often because the connection dropped before it was saved for
/// offline use). Plain text and a link: the app may no longer run.
pub mod load_failure {
    pub const HEADING: &str = "Esta página no se pudo cargar";
    pub const MESSAGE: &str = "Una parte de la app no llegó, quizá porque se cortó la conexión. No se ha perdido nada de lo que guardaste. Por favor, inténtalo de nuevo.";
    pub const RELOAD: &str = "Recargar la página";
    pub const HELP: &str = "Ayuda ahora";
}

pub mod help {
    pub const TITLE: &str = "Ayuda ahora";
    pub const COUNTRY: &str = "Mostrar primero los números de";
    pub const ALL_COUNTRIES: &str = "Todos los países";
    pub const PLAN_LINK: &str = "Tu plan de seguridad personal";
    pub const PLAN_LINK_HINT: &str =
        "Un plan breve, con tus propias palabras, para cuando las cosas se pongan difíciles.";
    pub const INTRO: &str = "Si estás pensando en quitarte la vida, o sientes que quizá no estés a salvo, mereces apoyo ahora mismo. No tienes que pasar por esto a solas. Con ayuda, estos sentimientos pueden pasar.";
    pub const DANGER: &str = "Si hay peligro ahora mismo para ti o para otra persona, llama al número de emergencias de tu zona.";
    pub const LINES_HEADING: &str = "Habla con alguien ahora";
    pub const CALL: &str = "Llamar al";
    pub const TEXT: &str = "Enviar un mensaje al";
    pub const VISIT: &str = "Visitar";
    /// What was checked, and when, for a list of lines: "We last checked
    /// these numbers against each service's own website on 22 November
    /// 2026." A list checked on several days names each, oldest first.
    pub fn last_checked(contacts: &[crate::content::crisis_contacts::CrisisContact]) -> String {
        let mut days: Vec<&str> = contacts
            .iter()
            .map(|contact| contact.last_checked)
            .collect();
        days.sort_unstable();
        days.dedup();
        let dates: Vec<String> = days
            .into_iter()
            .map(
                |day| match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                    Ok(date) => crate::content::journal_text::long_date(date),
                    Err(_) => day.to_string(),
                },
            )
            .collect();
        let when = match dates.as_slice() {
            // No dates: no sentence ("Última revisión: ." would look broken).
            [] => return String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} y {last}", rest.join(", ")),
        };
        format!(
            "Revisamos estos números en el sitio web de cada servicio. Última revisión: {when}."
        )
    }
    pub const NOT_EMERGENCY_SERVICE: &str = "IPT Companion no es un servicio de emergencias. No envía a nadie nada de lo que escribes, así que ninguna línea de ayuda ni ningún médico lo ve, salvo que tú se lo muestres.";
    pub const YOUTH_HEADING: &str = "Para niños, niñas y jóvenes";
    pub const YOUTH_INTRO: &str = "Si tienes menos de 18 años, las líneas de crisis de más arriba también son para ti. Son gratis y puedes hablar de cualquier cosa. También puedes hablar con tu madre, tu padre u otra persona adulta de confianza, como alguien de tu escuela o un médico.";
    pub const DEVICE_HEADING: &str = "Si alguien puede ver este dispositivo";
    pub const DEVICE_PRIVATE: &str = "Lo que escribes en IPT Companion nunca sale de este dispositivo. Pero cualquiera que pueda usar este dispositivo puede abrir la app y leerlo, salvo que el bloqueo con contraseña esté activado.";
    pub const DEVICE_EXIT: &str =
        "El botón \"Salir de esta página\", que está en todas las páginas, te saca de la app al \
        instante y abre una página web cualquiera. Si el bloqueo está activado, primero bloquea la app.";
    pub const DEVICE_TRACES: &str = "Salir de la página no borra todos los rastros. El historial del navegador y las pestañas abiertas pueden mostrar que usaste este sitio. Lo que ayuda: activa el bloqueo, cierra la pestaña y borra este sitio del historial. Una ventana privada (navegación privada) no guarda historial. Pero entonces, al cerrarla, no se guarda nada de lo que escribiste.";
    pub const ABUSE_HEADING: &str = "Si alguien te hace daño o te controla";
    pub const ABUSE_INTRO: &str = "Si tu pareja, alguien de tu familia u otra persona te hace daño, te amenaza o controla lo que haces, no es culpa tuya. Mereces estar a salvo. Estos servicios son gratis y privados. Te escuchan y pueden ayudarte a planear cómo mantenerte a salvo.";
    pub const ABUSE_LEAVING: &str = "Por favor, no te enfrentes a esa persona ni cargues con esto a solas. Irte, o prepararte para irte, puede ser un momento de riesgo. Por eso lo más seguro es planearlo con uno de estos servicios.";
    pub const DEVICE_HINT: &str = "El bloqueo, y cómo activarlo, están en esta página:";
    pub const DEVICE_SEE_BELOW: &str =
        "Si otra persona puede mirar este dispositivo, lee esto primero:";
    pub const DEVICE_LINK: &str = "Tus datos";
    pub const SELF_HELP_LIMITS: &str = "La autoayuda no es la herramienta adecuada para todo el mundo. Algunos problemas necesitan primero a un médico o a un terapeuta:";
}

pub mod not_found {
    pub const TITLE: &str = "Página no encontrada";
    pub const MESSAGE: &str =
        "No encontramos esa página. Puede que el enlace sea antiguo o esté mal escrito.";
    pub const GO_HOME: &str = "Ir a la página de inicio";
    pub const GO_LEARN: &str = "Ver todos los módulos";
}

pub mod saving {
    pub const NOT_SAVED: &str = "Sin guardar: un cambio sigue en pantalla, pero no está guardado en este dispositivo. Descarga una copia de seguridad para no perderlo.";
    pub const BACKUP_LINK: &str = "Descargar una copia de seguridad";
    pub const UNAVAILABLE: &str = "Este navegador no deja que la app guarde nada (puede pasar en modo privado o por un ajuste de privacidad).";
    pub const REFUSED: &str = "El navegador no quiso guardar más, casi siempre porque su espacio para este sitio está lleno.";
    pub const NOT_READ_BACK: &str = "El navegador dijo que había guardado el cambio, pero al volver a leerlo dio algo distinto.";
    pub const CHANGED_ELSEWHERE: &str = "Esto también se cambió en otra pestaña o ventana, así que el cambio de aquí no se guardó encima. Elige qué versión quieres conservar.";
    pub const KEEP_THIS_VERSION: &str = "Conservar la versión de esta página";
    pub const USE_OTHER_VERSION: &str = "Usar la versión de la otra pestaña";
    pub const KEPT_UNREADABLE: &str = "Los datos guardados de esta parte de la app no se pudieron leer, así que se conservan tal como están, sin escribir nada encima.";
    pub const ENCRYPT_FAILED: &str = "El navegador no pudo cifrar tu cambio, así que no se guardó.";
    /// How the banner names each data area (by its stored name).
    pub fn area_name(area: &str) -> &'static str {
        match area {
            "learn" => "Tu progreso y tus ejercicios de la sección Aprende:",
            "map" => "Tu mapa de relaciones:",
            "journal" => "Tu diario:",
            "settings" => "Tu configuración:",
            "safety-plan" => "Tu plan de seguridad:",
            "timeline" => "Tu línea del tiempo:",
            _ => "Una parte de tus datos:",
        }
    }
    pub const UNREADABLE_NOTICE: &str = "Tu progreso guardado en la sección Aprende no se pudo leer, así que no se ha tocado. Puedes seguir leyendo todo, pero los cambios que hagas ahora no se guardarán.";
}

pub mod share {
    pub const SHARE_MODULE: &str = "Compartir este módulo";
    pub const SHARE_SECTION: &str = "Compartir esta sección";
    pub const COPIED: &str = "Enlace copiado:";
    pub const SHARED: &str = "Enlace compartido:";
    pub const COPY_BY_HAND: &str = "Copia este enlace:";
    pub const NO_DATA: &str = "El enlace no lleva nada de lo que has escrito.";
}

pub mod progress {
    pub const MARK_READ: &str = "Marcar como leído";
    pub const READ: &str = "Leído";
    pub const MARKED_READ: &str = "Marcado como leído";
    pub const EXERCISES: &str = "Ejercicios";
    pub const EXERCISE_DONE: &str = "He hecho este ejercicio";
    pub const EXERCISES_DONE: &str = "ejercicios hechos";
    pub const SAVED_AS_YOU_TYPE: &str = "Se guarda en este dispositivo mientras escribes.";
}

pub mod quick_exit {
    pub const EXIT: &str = "Salir de esta página";
    /// The name of the bar the button sits in (a landmark of its own).
    pub const LANDMARK: &str = "Salida rápida";
    /// Read by screen readers with the button: the keyboard way.
    pub const SHORTCUT_HINT: &str = "O pulsa 3 veces la tecla Mayús (Shift).";
    /// Where the quick exit goes: an ordinary, busy website (as GOV.UK's
    /// "Exit this page" does), so the screen shows nothing of the app: in
    /// Spanish, as the page was, so the change of language gives nothing
    /// away (BBC News Mundo, the news in Spanish).
    pub const NEUTRAL_SITE: &str = "https://www.bbc.com/mundo";
    /// Offline, the neutral site cannot load: a blank page instead.
    pub const OFFLINE_PAGE: &str = "about:blank";
}

pub mod auto_lock {
    use crate::model::auto_lock::QuietLimit;

    pub const HEADING: &str = "Bloqueo automático";
    pub const INTRO: &str = "Para que tus notas no se queden abiertas si dejas el teléfono o te alejas. Antes de bloquearse, la app guarda cada cambio, cifrado. Cualquier cosa que hagas (una tecla, un toque, desplazarte por la página) cuenta como uso, así que nunca se bloquea mientras escribes.";
    pub const AFTER_LEGEND: &str = "Bloquear automáticamente tras este tiempo sin uso";
    pub fn limit_words(limit: QuietLimit) -> &'static str {
        match limit {
            QuietLimit::OneMinute => "1 minuto",
            QuietLimit::FiveMinutes => "5 minutos",
            QuietLimit::FifteenMinutes => "15 minutos",
            QuietLimit::OneHour => "1 hora",
            QuietLimit::Never => "Nunca (solo cuando pulse \"Bloquear ahora\" o cierre la pestaña)",
        }
    }
    pub const WHEN_LEFT: &str = "Bloquear también cuando salga de la app";
    pub const WHEN_LEFT_HINT: &str = "Se bloquea cuando la app lleva un minuto fuera de la vista: cambiaste a otra pestaña u otra app, o se apagó la pantalla.";
    pub const BLOCKED: &str = "La app se iba a bloquear sola, pero antes no pudo guardar un cambio, así que sigue abierta para no perderlo. Mira el mensaje sobre el guardado.";
}

pub mod update {
    pub const READY: &str = "Hay una nueva versión lista. Recarga para actualizar.";
    pub const RELOAD: &str = "Recargar para actualizar";
    pub const UNSAVED_FIRST: &str = "Tu último cambio aún no está guardado, así que la app no se recargará ahora. Primero copia lo que escribiste en un lugar seguro.";
}

pub mod theme {
    pub const LABEL: &str = "Colores";
    pub const SYSTEM: &str = "Igual que mi dispositivo";
    pub const LIGHT: &str = "Claro";
    pub const DARK: &str = "Oscuro";
}

pub mod safety_plan {
    use crate::model::settings::SafetyPlanSection;

    pub const TITLE: &str = "Mi plan de seguridad";
    pub const INTRO: &str = "Un plan de seguridad es una lista breve, con tus propias palabras, de qué hacer cuando las cosas se ponen muy difíciles. Completa lo que puedas. Se guarda en este dispositivo mientras escribes, y puedes imprimirlo o tenerlo en tu teléfono.";
    /// Each section's heading and hint.
    pub fn section(section: SafetyPlanSection) -> (&'static str, &'static str) {
        match section {
            SafetyPlanSection::WarningSigns => (
                "Señales de alarma",
                "Pensamientos, sentimientos o situaciones que me dicen que puede estar empezando una crisis",
            ),
            SafetyPlanSection::OnMyOwn => (
                "Cosas que puedo hacer por mi cuenta",
                "Cosas que me ayudan a sentir más calma o a distraerme",
            ),
            SafetyPlanSection::PeopleAndPlaces => (
                "Personas y lugares que me ayudan",
                "Personas y lugares que me dan un respiro o un cambio de ambiente",
            ),
            SafetyPlanSection::PeopleToAsk => {
                ("Personas a las que puedo pedir ayuda", "Nombres y cómo contactarlas")
            }
            SafetyPlanSection::Professionals => (
                "Profesionales y líneas de crisis",
                "Mi médico, mi terapeuta o una línea de crisis, con sus números",
            ),
            SafetyPlanSection::SaferSurroundings => (
                "Hacer más seguro mi entorno",
                "Pasos que hacen más seguro lo que me rodea cuando me siento así",
            ),
            SafetyPlanSection::ReasonsForLiving => (
                "Mis razones para vivir",
                "Las personas, las esperanzas y las cosas que me importan",
            ),
        }
    }
    pub const PRINT: &str = "Imprimir mi plan";
    pub const CRISIS_NOW: &str = "Si estás en peligro ahora, llama al número de emergencias de tu zona o a una línea de crisis.";
    pub const BACK_TO_HELP: &str = "Líneas de crisis";
    pub const FROM_THE_MAP: &str = "Añadir desde tu mapa:";
    pub const OPEN_MY_PLAN: &str = "Abrir mi plan de seguridad";
}

pub mod summary {
    pub const TITLE: &str = "Resumen para mi terapeuta o médico";
    pub const INTRO: &str = "Elige qué incluir. Luego imprímelo o guárdalo como PDF desde la ventana de impresión. Solo se incluye lo que marques, y no se envía nada a ningún sitio.";
    pub const RANGE: &str = "Semanas que incluir";
    pub const RANGES: [(u32, &str); 5] = [
        (4, "Las últimas 4 semanas"),
        (8, "Las últimas 8 semanas"),
        (12, "Las últimas 12 semanas"),
        (26, "Las últimas 26 semanas"),
        (0, "Todas las semanas"),
    ];
    pub const INCLUDE: &str = "Incluir";
    pub const INCLUDE_MOOD: &str = "Mi ánimo y mis puntuaciones del PHQ-9 (gráfico y tabla)";
    pub const INCLUDE_MAP: &str = "Mi mapa de relaciones";
    pub const INCLUDE_FOCUS: &str = "Mi área de enfoque";
    pub const INCLUDE_TIMELINE: &str =
        "Mi línea del tiempo del ánimo y de los acontecimientos de mi vida";
    pub const INCLUDE_STEPS: &str = "Mis pasos semanales recientes y cómo fueron";
    pub const INCLUDE_EXERCISE: &str = "Ejercicio:";
    pub const NOTHING_YET: &str = "Marca lo que quieras incluir y aparecerá abajo.";
    pub const OUTPUT_HEADING: &str = "De IPT Companion, una app de autoayuda";
    pub const MADE_ON: &str = "Creado el";
    pub const WEEKS_SHOWN: &str = "Semanas mostradas:";
    pub const MOOD_HEADING: &str = "Ánimo y PHQ-9 por semana";
    pub const MAP_HEADING: &str = "Mapa de relaciones";
    pub const FOCUS_HEADING: &str = "Área de enfoque";
    pub const EXERCISES_HEADING: &str = "Ejercicios";
    pub const SCREENING_NOTE: &str = "El ánimo es una valoración personal de 0 a 10. Las puntuaciones del PHQ-9 son resultados de una prueba de detección, no un diagnóstico. Junto a cada total está la respuesta a la pregunta 9, la de los pensamientos de que estaría mejor muerto(a) o de lastimarse.";
    pub const PRINT: &str = "Imprimir o guardar como PDF";
}

pub mod data {
    pub const TITLE: &str = "Tus datos";
    pub const DEVICE_HEADING: &str = "Si otra persona puede revisar este dispositivo";
    pub const DEVICE_NOTE: &str = "Si te preocupa que alguien revise este dispositivo, algunos pasos pueden ayudar. Activa abajo el bloqueo con contraseña, para que nada de lo que guardas aquí se pueda leer sin ella. Pulsa \"Bloquear ahora\" antes de dejar el dispositivo. El botón \"Salir de esta página\" te saca de la app al instante. El historial del navegador y las pestañas abiertas pueden mostrar que abriste este sitio. Quizá quieras cerrar la pestaña y borrar el sitio del historial. Una ventana privada no guarda historial, pero al cerrarla no se guarda nada de lo que escribiste en ella.";
    pub const DEVICE_HELP: &str = "Si alguien te hace daño o te controla, hay servicios especializados que pueden ayudarte a estar a salvo:";
    pub const DEVICE_HELP_LINK: &str = "Si alguien te hace daño o te controla";
    pub const WHERE: &str = "Todo lo que escribes en IPT Companion se guarda en este navegador, en este dispositivo, y en ningún otro sitio. No hay cuenta ni servidor, así que no se envía nada a ninguna parte. Si lo borras aquí, no se puede recuperar de ningún sitio. Cualquiera que pueda usar este navegador también puede abrirlo, salvo que el bloqueo con contraseña (más abajo) esté activado.";
    pub const SIZE: &str = "Espacio usado ahora en este navegador:";
    pub const KB: &str = "KB";
    pub const PERSISTED: &str =
        "Este navegador ha aceptado conservar los datos de la app aunque se quede sin espacio.";
    pub const NOT_PERSISTED: &str = "Este navegador no ha prometido conservar los datos de la app: puede borrarlos si se queda sin espacio. Una copia de seguridad te protege.";
    /// WebKitGTK, and browsers before 2020, have no `navigator.storage`.
    pub const PERSISTENCE_UNKNOWN: &str = "Este navegador no dice si conservará los datos de la app cuando se quede sin espacio. Una copia de seguridad te protege.";
    pub const SAFARI: &str = "En Safari (iPhone, iPad y Mac), los datos de un sitio que no visitas en 7 días se pueden borrar, salvo que añadas la app a la pantalla de inicio.";
    pub const BACKUP_DUE: &str =
        "Han pasado más de 30 días desde tu última copia de seguridad, o aún no has hecho \
        ninguna.";
    pub const LAST_BACKUP: &str = "Última copia de seguridad:";
    pub const BACKUP_HEADING: &str = "Descargar una copia de seguridad";
    pub const BACKUP_INTRO: &str =
        "Una copia de seguridad es un solo archivo con todo: tus lecturas, ejercicios, mapa, \
        diario, plan de seguridad y configuración. Guárdala en un lugar seguro.";
    pub const BACKUP_PLAIN: &str = "No está cifrada: cualquiera que tenga el archivo puede leerla. Con el bloqueo con contraseña activado (más abajo), las copias también se cifran.";
    pub const BACKUP_BUTTON: &str = "Descargar una copia de seguridad";
    pub const BACKUP_DONE: &str = "Copia creada:";
    pub const BACKUP_FAILED: &str =
        "El navegador no pudo crear el archivo. Por favor, inténtalo de nuevo.";
    pub const IMPORT_HEADING: &str = "Importar una copia de seguridad";
    pub const IMPORT_INTRO: &str = "Elige un archivo de copia de seguridad hecho con IPT Companion. Primero se revisa por completo, y nada cambia hasta que elijas cómo incorporarlo.";
    pub const IMPORT_FILE: &str = "Archivo de copia de seguridad";
    pub const IMPORT_HOLDS: &str = "Esta copia contiene:";
    pub const MADE_AT: &str = "creada el";
    pub const MERGE: &str = "Añadirla a mis datos (se conserva todo)";
    pub const MERGE_HINT: &str =
        "No se pierde nada: si tus datos y la copia tienen algo distinto, se conservan los dos.";
    pub const REPLACE: &str = "Reemplazar mis datos por esta copia";
    pub const REPLACE_HINT: &str = "Primero se descargan tus datos actuales como copia de seguridad, y luego se reemplazan. Para confirmar, escribe REEMPLAZAR.";
    pub const REPLACE_WORD: &str = "REEMPLAZAR";
    pub const REPLACE_CONFIRM_LABEL: &str = "Para confirmar, escribe REEMPLAZAR";
    pub const IMPORTED: &str = "La copia se importó. Todo está guardado en este dispositivo.";
    pub const NOTHING_CHANGED: &str = "No se ha cambiado nada.";
    pub const IMPORT_NOT_STORED: &str =
        "La copia no se pudo guardar en este dispositivo (puede que esté lleno), así que no se importó.";
    pub const IMPORT_PARTLY_STORED: &str = "La copia no se pudo guardar en este dispositivo (puede que esté lleno), y una parte de tus datos anteriores no se pudo restaurar. Por favor, descarga ahora una copia de seguridad. Luego libera algo de espacio e impórtala de nuevo.";
    pub const IMPORT_WORKING: &str = "Procesando…";
    pub const READ_FAILED: &str = "No se pudo leer el archivo.";
    pub fn holds(counts: &crate::model::import_check::Counts) -> String {
        use super::counted;
        format!(
            "{}, {}, {} en el mapa, {}, {} con {}, {} y {} en la línea del tiempo{}.",
            counted(counts.modules_read, "módulo leído", "módulos leídos"),
            counted(counts.exercises, "ejercicio", "ejercicios"),
            counted(counts.people, "persona", "personas"),
            counted(
                counts.snapshots,
                "instantánea del mapa",
                "instantáneas del mapa"
            ),
            counted(counts.weeks, "semana del diario", "semanas del diario"),
            counted(counts.events, "momento anotado", "momentos anotados"),
            counted(
                counts.life_events,
                "acontecimiento de la vida",
                "acontecimientos de la vida"
            ),
            counted(
                counts.low_periods,
                "época de ánimo bajo",
                "épocas de ánimo bajo"
            ),
            if counts.safety_plan_filled {
                ", además de un plan de seguridad"
            } else {
                ""
            }
        )
    }
    pub fn import_problem(problem: &crate::model::import_check::ImportProblem) -> String {
        use crate::model::import_check::{ImportProblem as P, MAX_BACKUP_BYTES};
        match problem {
            P::TooLarge { bytes } => format!(
                "Este archivo es demasiado grande ({} KB). Una copia de seguridad ocupa como máximo {} KB.",
                bytes / 1024,
                MAX_BACKUP_BYTES / 1024
            ),
            P::NotJson { line, column, .. } => format!("Este archivo no es una copia de seguridad: no es un JSON legible (línea {line}, columna {column})."),
            P::NotABackup => "Este archivo no es una copia de seguridad de IPT Companion.".to_string(),
            P::NewerVersion { schema } => format!(
                "Esta copia se hizo con una versión más nueva de la app (formato {schema}). Recarga la app para actualizarla y vuelve a intentarlo."
            ),
            P::MissingField { field, .. } => format!("Esta copia está incompleta: falta el campo «{field}»."),
            P::WrongType { .. } => "Esta copia tiene un valor de un tipo incorrecto.".to_string(),
            P::DuplicatePersonId { id } => format!("Esta copia está dañada: dos personas comparten el identificador {id}."),
            P::DuplicateEventId { id } => format!("Esta copia está dañada: dos momentos del diario comparten el identificador {id}."),
            P::UnknownPerson { id } => format!("Esta copia está dañada: el diario nombra a una persona (identificador {id}) que nunca estuvo en el mapa."),
            P::WeekMismatch { key } => format!("Esta copia está dañada: la semana del diario {key} no coincide con su entrada."),
        }
    }
    pub const SUMMARY_HEADING: &str = "Un resumen para tu terapeuta o médico";
    pub const DELETE_HEADING: &str = "Borrar todo";
    pub const DELETE_INTRO: &str = "Esto elimina todo lo que IPT Companion ha guardado en este navegador. No se puede deshacer. Quizá quieras descargar antes una copia de seguridad.";
    pub const DELETE_WORD: &str = "BORRAR";
    pub const DELETE_CONFIRM_LABEL: &str = "Para confirmar, escribe BORRAR";
    pub const DELETE_BUTTON: &str = "Borrar todo";
    pub const DELETED: &str = "Se borró todo de este navegador.";
    pub const DELETE_FAILED: &str =
        "Algunos datos no se pudieron borrar. Por favor, inténtalo de nuevo.";
}

pub mod recovery {
    pub const HEADING: &str = "No se pudieron leer algunos datos guardados";
    pub const KEPT: &str =
        "Se conservan tal como están, y no se escribirá nada encima. Puedes descargarlos tal \
        como están guardados y luego empezar esta parte de cero, o dejarlos sin tocar.";
    pub const NEWER: &str = "Se guardaron con una versión más nueva de la app. Recarga la página para tener la versión nueva. Hasta entonces, esta parte se puede leer, pero no cambiar.";
    pub const DOWNLOAD: &str = "Descargar el texto guardado";
    pub const START_AFRESH: &str = "Empezar esta parte de cero";
    pub const START_AFRESH_HINT: &str =
        "Primero descarga el texto guardado. Después, este botón funcionará.";
    pub const KEEP: &str = "Dejarlos sin tocar por ahora";
    pub fn area_name(area: &str) -> &'static str {
        match area {
            "learn" => "Tus lecturas y ejercicios",
            "map" => "Tu mapa de relaciones",
            "journal" => "Tu diario",
            "settings" => "Tu configuración",
            "safety-plan" => "Tu plan de seguridad",
            "timeline" => "Tu línea del tiempo",
            _ => "Una parte de tus datos guardados",
        }
    }
}

/// The passphrase lock: the unlock screen and its part of `/data`.
pub mod lock {
    pub const UNLOCK_TITLE: &str = "Bloqueado con contraseña";
    pub const UNLOCK_INTRO: &str = "Elegiste proteger con una contraseña lo que guardas aquí. Escríbela para abrir tu mapa, tu diario y tus notas en este dispositivo.";
    pub const PASSPHRASE: &str = "Contraseña";
    pub const UNLOCK: &str = "Desbloquear";
    pub const WORKING: &str =
        "Abriendo… Tarda un momento a propósito, para que sea más difícil adivinar la contraseña.";
    pub const UNLOCK_FAILED: &str = "Esa contraseña no abrió tus datos, o los datos guardados están dañados. No se ha cambiado nada. Revisa cómo la escribiste y el idioma del teclado, y vuelve a intentarlo.";
    pub const FORGOTTEN_HEADING: &str = "Si la has olvidado";
    pub const FORGOTTEN: &str = "Nadie puede abrir estos datos sin la contraseña: ni esta app, ni quienes la hicieron, ni nadie. Puedes descargarlos tal como están guardados (aún bloqueados) y conservar el archivo por si recuerdas la contraseña más adelante.";
    pub const DOWNLOAD_LOCKED: &str = "Descargar los datos bloqueados";
    pub const HELP_HEADING: &str = "¿Necesitas hablar con alguien ahora?";
    pub const HELP_INTRO: &str =
        "No hace falta desbloquear nada para esto. Estos servicios son gratis y confidenciales:";

    pub const HEADING: &str = "Bloqueo con contraseña";
    pub const OFF_INTRO: &str = "Puedes proteger con una contraseña todo lo que guardas aquí. Así, los datos se guardan cifrados y la app pide la contraseña cada vez que se abre. Quien use este navegador sin la contraseña no verá nada de ellos. Solo el idioma que elegiste para la app queda sin cifrar, para que se abra en él.";
    pub const WARNING: &str = "Por favor, lee esto primero: una contraseña olvidada no se puede recuperar. No hay forma de restablecerla, ni una copia en ningún sitio. Si la olvidas, todo lo que guardas aquí se pierde para siempre. Anótala en un lugar seguro.";
    pub const NEW_PASSPHRASE: &str = "Nueva contraseña (al menos 8 caracteres)";
    pub const REPEAT: &str = "Escribe otra vez la nueva contraseña";
    pub const UNDERSTOOD: &str =
        "Entiendo que, si olvido esta contraseña, no podré recuperar mis datos.";
    pub const TURN_ON: &str = "Activar el bloqueo";
    pub const TURNED_ON: &str =
        "El bloqueo está activado. A partir de ahora, la app te pedirá la contraseña al abrirse.";
    pub const ON_STATUS: &str = "El bloqueo está activado: lo que guardas aquí está cifrado.";
    pub const LOCK_NOW: &str = "Bloquear ahora";
    pub const LOCK_NOW_UNSAVED: &str = "Tu último cambio aún no está guardado (mira el mensaje en la parte de arriba de la página). Si bloqueas ahora, se perdería, así que la app sigue abierta.";
    pub const TURNED_ON_PARTLY: &str = "El bloqueo está activado, pero una parte de tus datos aún no se pudo guardar cifrada (mira el mensaje en la parte de arriba de la página). Se queda como estaba hasta que se pueda.";
    pub const CHANGE_HINT: &str = "A partir de ahora, la nueva contraseña lo abre todo. Las copias de seguridad hechas antes se siguen abriendo con la contraseña que tenías al hacerlas.";
    pub const LOCK_NOW_HINT: &str =
        "Cierra tus datos hasta que se vuelva a escribir la contraseña.";
    pub const CHANGE_HEADING: &str = "Cambiar la contraseña";
    pub const CURRENT: &str = "Contraseña actual";
    pub const CHANGE: &str = "Cambiar la contraseña";
    pub const CHANGED: &str = "La contraseña se cambió. A partir de ahora, usa la nueva.";
    pub const OFF_HEADING: &str = "Desactivar el bloqueo";
    pub const OFF_HINT: &str = "Tus datos se volverán a guardar en este navegador sin cifrar.";
    pub const TURN_OFF: &str = "Desactivar el bloqueo";
    pub const TURNED_OFF: &str = "El bloqueo está desactivado.";
    pub const WRONG_PASSPHRASE: &str = "Esa no es la contraseña actual. No se ha cambiado nada.";
    pub const FAILED: &str = "El navegador no pudo hacer esto. No se ha cambiado nada.";
    pub const UNREADABLE_FIRST: &str = "Una parte de tus datos no se pudo leer (mira el mensaje en la parte de arriba de la página). Resuelve eso primero. El bloqueo no se activó.";
    pub const BACKUPS_LOCKED: &str = "Mientras el bloqueo esté activado, las copias de seguridad también se cifran con tu contraseña: la necesitarás para restaurar una copia.";
    pub const BACKUP_PASSPHRASE: &str = "Esta copia está bloqueada. Contraseña con la que se hizo";
    pub const OPEN_BACKUP: &str = "Abrir la copia de seguridad";
    pub const BACKUP_NOT_OPENED: &str =
        "Esa contraseña no abrió esta copia, o el archivo está dañado. No se ha cambiado nada.";

    pub fn passphrase_problem(
        problem: crate::model::passphrase::PassphraseProblem,
    ) -> &'static str {
        use crate::model::passphrase::PassphraseProblem as P;
        match problem {
            P::TooShort => {
                "Elige una contraseña de al menos 8 caracteres. Unas cuantas palabras sin \
                relación entre sí son fáciles de recordar y difíciles de adivinar."
            }
            P::DoesNotMatch => "Las dos contraseñas no son iguales. Escríbelas otra vez.",
            P::NotUnderstood => {
                "Marca la casilla para confirmar que entiendes que una contraseña olvidada no \
                se puede recuperar."
            }
        }
    }
}

/// A count with its noun: "1 persona", "0 personas", "5 personas": en español, una forma para uno y otra para el resto.
pub fn counted(count: usize, one: &str, other: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {other}")
    }
}
