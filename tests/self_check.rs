#![cfg(not(target_arch = "wasm32"))]
//! The problem-area self-check, run on the real question list: answers lead
//! to the areas IPT would expect, and no answers lead to a strange result.

use std::collections::HashSet;

use ipt_companion::content::self_check::{answer_label, why, ANSWER_LABELS, SELF_CHECK_QUESTIONS};
use ipt_companion::model::problem_area::ProblemArea;
use ipt_companion::model::self_check::{evaluate, Answer, AreaScore, Outcome};
use proptest::prelude::*;

/// Answers every question with what `answer_for` gives for its area.
fn answers_by_area(
    answer_for: impl Fn(ProblemArea) -> Option<Answer>,
) -> Vec<(ProblemArea, Option<Answer>)> {
    SELF_CHECK_QUESTIONS
        .iter()
        .map(|question| (question.area, answer_for(question.area)))
        .collect()
}

fn outcome(answers: &[(ProblemArea, Option<Answer>)]) -> Outcome {
    evaluate(answers).0
}

fn question_count(area: ProblemArea) -> usize {
    SELF_CHECK_QUESTIONS
        .iter()
        .filter(|q| q.area == area)
        .count()
}

/// Answers each listed area's questions in order with the given answers,
/// and every other question with "no".
fn answers_for(given: &[(ProblemArea, &[Option<Answer>])]) -> Vec<(ProblemArea, Option<Answer>)> {
    let mut next: Vec<(ProblemArea, std::slice::Iter<Option<Answer>>)> = given
        .iter()
        .map(|(area, answers)| (*area, answers.iter()))
        .collect();
    SELF_CHECK_QUESTIONS
        .iter()
        .map(|question| {
            let answer = match next.iter_mut().find(|(area, _)| *area == question.area) {
                Some((_, answers)) => *answers.next().expect("an answer for each question"),
                None => Some(Answer::No),
            };
            (question.area, answer)
        })
        .collect()
}

#[test]
fn grief_yes_and_no_elsewhere_points_to_grief() {
    let answers = answers_by_area(|area| {
        Some(if area == ProblemArea::Grief {
            Answer::Yes
        } else {
            Answer::No
        })
    });
    assert_eq!(outcome(&answers), Outcome::Fits(vec![ProblemArea::Grief]));
}

#[test]
fn each_area_on_its_own_points_to_that_area() {
    for target in ProblemArea::ALL {
        let answers = answers_by_area(|area| {
            Some(if area == target {
                Answer::Yes
            } else {
                Answer::No
            })
        });
        assert_eq!(outcome(&answers), Outcome::Fits(vec![target]), "{target:?}");
    }
}

#[test]
fn strong_disputes_and_role_transitions_give_both_best_first() {
    use Answer::{Somewhat, Yes};
    use ProblemArea::{Disputes, RoleTransitions};
    // The shares below assume three questions in each of these areas.
    assert_eq!(question_count(Disputes), 3, "update this test");
    assert_eq!(question_count(RoleTransitions), 3, "update this test");

    // Both all "yes": a tie, in the order of ProblemArea::ALL.
    let answers = answers_for(&[
        (Disputes, &[Some(Yes), Some(Yes), Some(Yes)]),
        (RoleTransitions, &[Some(Yes), Some(Yes), Some(Yes)]),
    ]);
    assert_eq!(
        outcome(&answers),
        Outcome::Fits(vec![Disputes, RoleTransitions])
    );

    // Role transitions 5/6, disputes 3/4 (one skipped): both, best first.
    let answers = answers_for(&[
        (Disputes, &[Some(Yes), Some(Somewhat), None]),
        (RoleTransitions, &[Some(Yes), Some(Somewhat), Some(Yes)]),
    ]);
    assert_eq!(
        outcome(&answers),
        Outcome::Fits(vec![RoleTransitions, Disputes])
    );

    // 1 against 5/6 is a gap of 1/6, more than 0.15: only the best.
    let answers = answers_for(&[
        (Disputes, &[Some(Yes), Some(Somewhat), Some(Yes)]),
        (RoleTransitions, &[Some(Yes), Some(Yes), Some(Yes)]),
    ]);
    assert_eq!(outcome(&answers), Outcome::Fits(vec![RoleTransitions]));
}

#[test]
fn only_isolation_yes_points_to_isolation() {
    let answers = answers_by_area(|area| {
        Some(if area == ProblemArea::Isolation {
            Answer::Yes
        } else {
            Answer::No
        })
    });
    assert_eq!(
        outcome(&answers),
        Outcome::Fits(vec![ProblemArea::Isolation])
    );
}

#[test]
fn isolation_alone_when_another_area_is_close_but_low() {
    use Answer::{No, Somewhat};
    use ProblemArea::{Grief, Isolation};
    assert_eq!(question_count(Grief), 2, "update this test");
    assert_eq!(question_count(Isolation), 2, "update this test");
    // Isolation 1/2; grief 1/4 is within 0.15 of it but below one third.
    let answers = answers_for(&[
        (Grief, &[Some(Somewhat), Some(No)]),
        (Isolation, &[Some(Somewhat), Some(Somewhat)]),
    ]);
    assert_eq!(outcome(&answers), Outcome::Fits(vec![Isolation]));
}

#[test]
fn everything_no_is_no_clear_fit() {
    let answers = answers_by_area(|_| Some(Answer::No));
    assert_eq!(outcome(&answers), Outcome::NoClearFit);
}

#[test]
fn fewer_than_half_answered_is_not_enough() {
    let half = SELF_CHECK_QUESTIONS.len().div_ceil(2);
    let answers: Vec<_> = SELF_CHECK_QUESTIONS
        .iter()
        .enumerate()
        .map(|(index, q)| (q.area, (index + 1 < half).then_some(Answer::Yes)))
        .collect();
    assert_eq!(outcome(&answers), Outcome::NotEnoughAnswers);
    let nothing = answers_by_area(|_| None);
    assert_eq!(outcome(&nothing), Outcome::NotEnoughAnswers);

    // Half answered is enough.
    let answers: Vec<_> = SELF_CHECK_QUESTIONS
        .iter()
        .enumerate()
        .map(|(index, q)| (q.area, (index < half).then_some(Answer::Yes)))
        .collect();
    assert_ne!(outcome(&answers), Outcome::NotEnoughAnswers);
}

#[test]
fn there_are_about_ten_questions_and_every_area_has_at_least_two() {
    assert!((8..=12).contains(&SELF_CHECK_QUESTIONS.len()));
    for area in ProblemArea::ALL {
        let count = SELF_CHECK_QUESTIONS
            .iter()
            .filter(|q| q.area == area)
            .count();
        assert!(count >= 2, "{area:?} has {count} questions");
    }
}

#[test]
fn question_ids_are_unique_short_kebab_case() {
    let mut seen = HashSet::new();
    for question in SELF_CHECK_QUESTIONS {
        let id = question.id;
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(!id.is_empty() && id.len() <= 32, "{id}: short");
        assert!(
            id.split('-')
                .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase())),
            "{id}: kebab-case"
        );
        assert!(
            question.text.trim().ends_with(['?', '.']),
            "{id}: a whole sentence"
        );
    }
}

#[test]
fn every_answer_and_area_has_its_words() {
    let labelled: Vec<Answer> = ANSWER_LABELS.iter().map(|(answer, _)| *answer).collect();
    assert_eq!(labelled, Answer::ALL);
    for answer in Answer::ALL {
        assert!(!answer_label(answer).is_empty());
    }
    for area in ProblemArea::ALL {
        assert!(!why(area).trim().is_empty());
    }
}

#[test]
fn the_questions_say_nothing_about_suicide_or_self_harm() {
    for question in SELF_CHECK_QUESTIONS {
        let text = question.text.to_lowercase();
        for word in ["suicid", "kill", "harm", "end your life", "dead"] {
            assert!(!text.contains(word), "{}: {word}", question.id);
        }
    }
}

/// The share of a score as a fraction, for comparing without floats.
fn share(score: &AreaScore) -> (u64, u64) {
    if score.max_points == 0 {
        (0, 1)
    } else {
        (u64::from(score.points), u64::from(score.max_points))
    }
}

fn at_least(a: &AreaScore, b: &AreaScore) -> bool {
    let ((pa, ma), (pb, mb)) = (share(a), share(b));
    pa * mb >= pb * ma
}

/// Checks what must hold for any answers to any questions.
fn check_outcome(answers: &[(ProblemArea, Option<Answer>)]) -> Result<(), TestCaseError> {
    let (outcome, scores) = evaluate(answers);
    let areas: Vec<ProblemArea> = scores.iter().map(|score| score.area).collect();
    prop_assert_eq!(areas, ProblemArea::ALL);

    let answered = answers.iter().filter(|(_, a)| a.is_some()).count();
    prop_assert_eq!(
        outcome == Outcome::NotEnoughAnswers,
        answered == 0 || answered * 2 < answers.len()
    );

    if let Outcome::Fits(fits) = outcome {
        prop_assert!(!fits.is_empty() && fits.len() <= 2, "{:?}", fits);
        let score_of = |area| scores.iter().find(|s| s.area == area).unwrap();
        for area in &fits {
            prop_assert!(score_of(*area).points > 0, "{:?} scored zero", area);
        }
        if fits.len() == 2 {
            prop_assert_ne!(fits[0], fits[1]);
            prop_assert!(at_least(score_of(fits[0]), score_of(fits[1])));
        }
        // The first is the best of all areas.
        for score in &scores {
            prop_assert!(at_least(score_of(fits[0]), score), "{:?}", scores);
        }
    }
    Ok(())
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop::option::of(prop::sample::select(Answer::ALL.to_vec()))
}

proptest! {
    #[test]
    fn any_answers_to_the_real_questions_give_a_sensible_outcome(
        given in prop::collection::vec(any_answer(), SELF_CHECK_QUESTIONS.len())
    ) {
        let answers: Vec<_> = SELF_CHECK_QUESTIONS
            .iter()
            .zip(given)
            .map(|(question, answer)| (question.area, answer))
            .collect();
        check_outcome(&answers)?;
    }

    #[test]
    fn any_answers_to_any_question_list_give_a_sensible_outcome(
        answers in prop::collection::vec(
            (prop::sample::select(ProblemArea::ALL.to_vec()), any_answer()),
            0..30,
        )
    ) {
        check_outcome(&answers)?;
    }
}
