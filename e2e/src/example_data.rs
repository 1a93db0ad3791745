//! A realistic, made-up person's data in the app's own stored format: a
//! map of seven people, fourteen weeks of journal with a step and its
//! review, and a timeline. For the screenshots (README) and for looking at
//! the pages as a person would see them after a few months of use.

use chrono::{Days, NaiveDate};
use ipt_companion::model::journal::entry::{EventInput, Feeling};
use ipt_companion::model::journal::{IsoWeek, Journal, StepDraft, StepOutcome, StepReview};
use ipt_companion::model::problem_area::ProblemArea;
use ipt_companion::model::relationship_map::edit::PersonDraft;
use ipt_companion::model::relationship_map::{Relationship, RelationshipMap, Ring};
use ipt_companion::model::timeline::{
    LifeEventDraft, LifeEventKind, LowPeriodDraft, Lowness, Timeline,
};
use ipt_companion::storage::{area_key, encode};

/// (name, relationship, ring, support 0-4, conflict 0-4)
const PEOPLE: [(&str, Relationship, Ring, u8, u8); 7] = [
    ("Maya", Relationship::Partner, Ring::Closest, 3, 2),
    ("Jo", Relationship::Family, Ring::Closest, 4, 0),
    ("Dad", Relationship::Family, Ring::Close, 2, 3),
    ("Sam", Relationship::Friend, Ring::Close, 3, 0),
    ("Priya", Relationship::Work, Ring::Close, 2, 1),
    (
        "Tom next door",
        Relationship::Friend,
        Ring::FurtherAway,
        1,
        0,
    ),
    ("Coach Lee", Relationship::Work, Ring::FurtherAway, 1, 0),
];

pub fn example_map() -> RelationshipMap {
    let mut map = RelationshipMap::default();
    for (name, relationship, ring, support, conflict) in PEOPLE {
        let draft = PersonDraft {
            name: name.into(),
            relationship,
            ring,
            support: support.to_string(),
            conflict: conflict.to_string(),
            good: "We laugh a lot.".into(),
            ..PersonDraft::default()
        };
        map.add_person(&draft).expect("a valid person");
    }
    map
}

/// Fourteen weeks up to `today`: mood lifting slowly, with a dip.
pub fn example_journal(today: NaiveDate) -> Journal {
    let moods = [3, 3, 4, 2, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7];
    let mut journal = Journal::default();
    for (index, mood) in moods.iter().enumerate() {
        let weeks_ago = (moods.len() - 1 - index) as u64;
        let week = IsoWeek::from_date(today - Days::new(weeks_ago * 7));
        journal
            .set_mood_from_text(week, today, &mood.to_string())
            .expect("a mood");
        let (description, person, feeling) = match index % 4 {
            0 => ("Argued with Dad about money", 2, Feeling::Hard),
            1 => ("Walk with Sam by the river", 3, Feeling::Good),
            2 => ("Long talk with Maya", 0, Feeling::Mixed),
            _ => ("Jo came round for dinner", 1, Feeling::VeryGood),
        };
        let input = EventInput {
            description: description.into(),
            people: vec![person],
            feeling,
            problem_area: None,
        };
        journal.add_event(week, today, input).expect("an event");
    }
    let this_week = IsoWeek::from_date(today);
    let last_week = this_week.previous();
    let step = StepDraft {
        what: "Ask Sam to join the Saturday run".into(),
        person: Some(3),
        focus: Some(ProblemArea::Isolation),
    };
    journal.set_step(last_week, today, &step).expect("a step");
    journal.review_step(
        last_week,
        StepReview {
            outcome: StepOutcome::Partly,
            learned: "He said yes for next month.".into(),
        },
    );
    journal
}

pub fn example_timeline(today: NaiveDate) -> Timeline {
    let mut timeline = Timeline::default();
    for (when, what, kind, people) in [
        (
            "2023-09",
            "Started the new job",
            LifeEventKind::RoleChange,
            vec![4],
        ),
        ("2024-03-12", "Grandad died", LifeEventKind::Death, vec![]),
        (
            "2024-06",
            "Moved in with Maya",
            LifeEventKind::RoleChange,
            vec![0],
        ),
        (
            "2025-01",
            "Fell out with Dad",
            LifeEventKind::Conflict,
            vec![2],
        ),
        ("2025-08", "Sam moved away", LifeEventKind::Alone, vec![3]),
    ] {
        let draft = LifeEventDraft {
            when: when.into(),
            what: what.into(),
            people,
            kind: Some(kind),
        };
        timeline.add_event(&draft, today).expect("an event");
    }
    for (from, to, lowness) in [
        ("2024-04", "2024-08", Lowness::Low),
        ("2025-02", "", Lowness::VeryLow),
    ] {
        let draft = LowPeriodDraft {
            from: from.into(),
            to: to.into(),
            lowness: Some(lowness),
        };
        timeline.add_low_period(&draft, today).expect("a period");
    }
    timeline
}

/// The example as stored documents, ready to write into localStorage.
pub fn example_documents(today: NaiveDate) -> Vec<(String, String)> {
    vec![
        (area_key("map"), encode("map", 1, &example_map())),
        (
            area_key("journal"),
            encode("journal", 1, &example_journal(today)),
        ),
        (
            area_key("timeline"),
            encode("timeline", 1, &example_timeline(today)),
        ),
    ]
}

/// A fresh browser with the example stored, as if the person had used the
/// app for a few months (today's date from the machine's clock).
pub async fn browser_with_example(
    server: &crate::static_server::StaticServer,
) -> crate::browser::Browser {
    let today = chrono::Utc::now().date_naive();
    crate::browser::Browser::with_stored(server, &example_documents(today)).await
}
