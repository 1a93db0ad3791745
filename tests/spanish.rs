//! The Spanish build's words (the Cargo feature `es`; `cargo xtask test`
//! runs these with it): the PHQ-9 exactly as ../shared/ipt-content-brief.md
//! section 8c gives the official Spanish version, and crisis help from
//! that section's lines only.
#![cfg(all(feature = "es", not(target_arch = "wasm32")))]

use ipt_companion::content::crisis_contacts::{
    Reach, ABUSE_CONTACTS, CRISIS_CONTACTS, YOUTH_CONTACTS,
};
use ipt_companion::content::{phq9, LANGUAGE, MODULES};

/// The official Spanish PHQ-9 (Pfizer, for the USA), copied character for
/// character from the brief's section 8c.
const BRIEF_STEM: &str = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias \
    debido a los siguientes problemas?";
const BRIEF_ANSWERS: [&str; 4] = [
    "Ningún día",
    "Varios días",
    "Más de la mitad de los días",
    "Casi todos los días",
];
const BRIEF_ITEMS: [&str; 9] = [
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
const BRIEF_DIFFICULTY: &str = "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le \
    han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse \
    bien con otras personas?";
const BRIEF_DIFFICULTY_ANSWERS: [&str; 4] = [
    "No ha sido difícil",
    "Un poco difícil",
    "Muy difícil",
    "Extremadamente difícil",
];

#[test]
fn the_build_speaks_spanish() {
    assert_eq!(LANGUAGE, "es");
    let grief = MODULES.iter().find(|m| m.slug == "grief").unwrap();
    assert_eq!(grief.title, "Duelo");
}

/// The quick exit leaves for an ordinary site in the page's language: an
/// English site after a Spanish page would stand out.
#[test]
fn the_quick_exit_leaves_for_a_site_in_spanish() {
    use ipt_companion::content::ui_text::quick_exit::NEUTRAL_SITE;
    assert_eq!(NEUTRAL_SITE, "https://www.bbc.com/mundo");
}

#[test]
fn the_phq9_is_the_official_spanish_version_character_for_character() {
    assert_eq!(phq9::STEM, BRIEF_STEM);
    assert_eq!(phq9::ANSWER_OPTIONS, BRIEF_ANSWERS);
    assert_eq!(phq9::ITEMS, BRIEF_ITEMS);
    assert_eq!(phq9::DIFFICULTY_QUESTION, BRIEF_DIFFICULTY);
    assert_eq!(phq9::DIFFICULTY_OPTIONS, BRIEF_DIFFICULTY_ANSWERS);
    for name in [
        "Robert L. Spitzer",
        "Janet B.W. Williams",
        "Kurt Kroenke",
        "Pfizer Inc.",
    ] {
        assert!(phq9::CREDIT.contains(name), "{}", phq9::CREDIT);
    }
}

/// Every number of the brief's section 8c, as digits: the only ones the
/// Spanish lists may show.
const SECTION_8C_NUMBERS: &[&str] = &["988", "911", "024", "112", "016", "8009112000"];

#[test]
fn spanish_crisis_help_comes_from_the_briefs_spanish_lines_only() {
    let all = || {
        CRISIS_CONTACTS
            .iter()
            .chain(ABUSE_CONTACTS)
            .chain(YOUTH_CONTACTS)
    };
    for contact in all() {
        match contact.reach {
            Reach::Web => assert_eq!(contact.number_or_url, "https://findahelpline.com"),
            Reach::Call | Reach::Text => assert!(
                SECTION_8C_NUMBERS.contains(&contact.number_or_url),
                "{} is not in the brief's section 8c",
                contact.number_or_url
            ),
        }
    }
    // Every entry complete and dated.
    for contact in all() {
        for field in [
            contact.region,
            contact.region_name,
            contact.service,
            contact.display,
        ] {
            assert!(!field.trim().is_empty(), "{contact:?}");
        }
        assert!(!contact.note.trim().is_empty(), "{contact:?}");
        assert_eq!(contact.last_checked, "2026-12-05", "{contact:?}");
    }
    // Every line of the section is there, in its country.
    for (region, number) in [
        ("US", "988"),
        ("US", "911"),
        ("ES", "024"),
        ("ES", "112"),
        ("ES", "016"),
        ("MX", "8009112000"),
        ("MX", "911"),
    ] {
        assert!(
            all().any(|c| c.region == region && c.number_or_url == number),
            "{region} {number}"
        );
    }
    // 988 in Spanish: press 2 on a call, AYUDA by text.
    let us_988 = |reach| {
        CRISIS_CONTACTS
            .iter()
            .find(|c| c.region == "US" && c.number_or_url == "988" && c.reach == reach)
            .unwrap()
    };
    assert!(us_988(Reach::Call).note.contains("marca el 2"));
    assert!(us_988(Reach::Text).note.contains("AYUDA"));
    // Other countries: the directory, which has Spanish.
    assert!(CRISIS_CONTACTS.iter().any(|c| c.region == "INT"));
    // Spain's abuse line stays in the phone's list of calls: say so.
    let line_016 = ABUSE_CONTACTS
        .iter()
        .find(|c| c.number_or_url == "016")
        .unwrap();
    assert!(
        line_016.note.contains("registro de llamadas")
            && line_016.note.contains("borra esa llamada"),
        "{}",
        line_016.note
    );
}

/// Dates and week labels in Spanish, as the journal, the timeline and the
/// summary for a doctor show them: day, "de", month in lower case, year.
#[test]
fn dates_and_week_labels_are_written_the_spanish_way() {
    use chrono::NaiveDate;
    use ipt_companion::content::journal_text::{
        journal_week_number, long_date, short_date, week_days, week_of,
    };
    use ipt_companion::model::journal::IsoWeek;
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(long_date(date(2025, 12, 8)), "8 de diciembre de 2025");
    assert_eq!(short_date(date(2025, 9, 1)), "1 sep");
    let week = |y, n| IsoWeek::new(y, n).unwrap();
    assert_eq!(week_of(week(2025, 50)), "Semana del 8 de diciembre de 2025");
    assert_eq!(
        week_days(week(2025, 50)),
        "del 8 al 14 de diciembre de 2025"
    );
    assert_eq!(week_days(week(2025, 49)), "del 1 al 7 de diciembre de 2025");
    assert_eq!(
        week_days(week(2026, 1)),
        "del 29 de diciembre de 2025 al 4 de enero de 2026"
    );
    assert_eq!(
        week_days(week(2026, 9)),
        "del 23 de febrero al 1 de marzo de 2026"
    );
    assert_eq!(
        journal_week_number(3, 16),
        "Esta es la semana 3 de tu plan de 16 semanas."
    );
}

/// The journal's CSV files, downloaded from a Spanish page, are in Spanish:
/// column names and the words of each value, as the app shows them; what
/// the person wrote stays as written.
#[test]
fn the_journal_files_from_a_spanish_page_are_in_spanish() {
    use ipt_companion::content::journal_text::CSV_WORDS;
    use ipt_companion::model::journal::csv::{events_csv, parse_csv, weeks_csv};
    use ipt_companion::model::journal::{EventInput, Feeling, IsoWeek, Journal, Phq9Answers};
    use ipt_companion::model::problem_area::ProblemArea;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let week = IsoWeek::new(2026, 45).unwrap();
    let mut journal = Journal::default();
    journal.set_mood_from_text(week, today, "3").unwrap();
    journal
        .add_event(
            week,
            today,
            EventInput {
                description: "Discutimos, otra vez".to_string(),
                people: vec![1],
                feeling: Feeling::VeryHard,
                problem_area: Some(ProblemArea::Disputes),
            },
        )
        .unwrap();
    let answers = Phq9Answers {
        items: [Some(2); 9],
        difficulty: None,
    };
    journal.set_phq9(week, today, Some(answers)).unwrap();
    let weeks = parse_csv(&weeks_csv(&journal, &CSV_WORDS));
    assert_eq!(
        weeks[0],
        [
            "semana",
            "lunes",
            "ánimo",
            "puntuación_phq9",
            "nivel_phq9",
            "momentos",
            "nota"
        ]
    );
    assert_eq!(
        weeks[1],
        [
            "2026-W45",
            "2026-11-02",
            "3",
            "18",
            "Moderadamente grave",
            "1",
            ""
        ]
    );
    let events = parse_csv(&events_csv(&journal, &CSV_WORDS, |_| "Ana".to_string()));
    assert_eq!(
        events[0],
        [
            "semana",
            "descripción",
            "personas",
            "cómo_fue",
            "área_problema"
        ]
    );
    assert_eq!(
        events[1],
        [
            "2026-W45",
            "Discutimos, otra vez",
            "Ana",
            "Muy difícil",
            "Disputa"
        ]
    );
}
