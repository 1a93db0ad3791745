//! The problem-area self-check: a few plain questions, each about one of
//! IPT's four problem areas, scored to suggest the one or two areas whose
//! modules may be most useful to read. It is a reading guide, not an
//! assessment: in IPT a therapist chooses the area together with the person,
//! after the interpersonal inventory.
//!
//! All comparisons of shares are done on whole numbers (cross-multiplying
//! the fractions), so that a share of exactly one third or a gap of exactly
//! 0.15 is never decided by a rounding error.

use serde::{Deserialize, Serialize};

use crate::model::problem_area::ProblemArea;

/// One answer to a self-check question.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    No,
    Somewhat,
    Yes,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::No, Answer::Somewhat, Answer::Yes];

    /// The stable id in the page's input ids (and the saved word): never
    /// the label, so a translation changes neither.
    pub fn id(self) -> &'static str {
        match self {
            Answer::No => "no",
            Answer::Somewhat => "somewhat",
            Answer::Yes => "yes",
        }
    }

    /// Points towards the question's area: 0, 1 or 2.
    pub fn points(self) -> u32 {
        match self {
            Answer::No => 0,
            Answer::Somewhat => 1,
            Answer::Yes => 2,
        }
    }
}

/// The most points one answer can give.
const MAX_POINTS_PER_ANSWER: u32 = 2;

/// How one area scored: `points` out of `max_points`, counting only the
/// questions that were answered. `max_points` is zero when none of the
/// area's questions were answered; the share is then taken as zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaScore {
    pub area: ProblemArea,
    pub points: u32,
    pub max_points: u32,
}

impl AreaScore {
    /// The share as a fraction `(numerator, denominator)` with a non-zero
    /// denominator, so it can be compared by cross-multiplication.
    fn share(self) -> (u128, u128) {
        if self.max_points == 0 {
            (0, 1)
        } else {
            (u128::from(self.points), u128::from(self.max_points))
        }
    }

    /// Whether the share is at least `numerator / denominator`.
    fn share_at_least(self, numerator: u128, denominator: u128) -> bool {
        let (points, max) = self.share();
        points * denominator >= numerator * max
    }

    /// Whether the area fits meaningfully: at least one third of its points,
    /// which means more than one "somewhat" in three questions.
    fn is_meaningful(self) -> bool {
        self.points > 0 && self.share_at_least(1, 3)
    }

    /// Compares the shares of two scores (the larger share is `Greater`).
    fn compare_share(self, other: AreaScore) -> std::cmp::Ordering {
        let (points_a, max_a) = self.share();
        let (points_b, max_b) = other.share();
        (points_a * max_b).cmp(&(points_b * max_a))
    }

    /// Whether `self`'s share is no more than 0.15 (3/20) below `best`'s.
    fn is_close_to(self, best: AreaScore) -> bool {
        let (points_best, max_best) = best.share();
        let (points, max) = self.share();
        // best - self <= 3/20  <=>  20 * (pb * m - p * mb) <= 3 * mb * m.
        let best_scaled = points_best * max;
        let self_scaled = points * max_best;
        best_scaled <= self_scaled || 20 * (best_scaled - self_scaled) <= 3 * max_best * max
    }
}

/// What the self-check suggests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Fewer than half of the questions were answered.
    NotEnoughAnswers,
    /// No area reached a meaningful share.
    NoClearFit,
    /// One or two areas to read about, best first.
    Fits(Vec<ProblemArea>),
}

/// Scores the answers and suggests one or two problem areas.
///
/// Each pair is one question's area and the person's answer (`None` when it
/// was skipped). Returns the outcome and one score per area, in the order of
/// [`ProblemArea::ALL`].
///
/// The rules, and the IPT reasons for them:
/// 1. If fewer than half of the questions were answered, there is too
///    little to go on: [`Outcome::NotEnoughAnswers`]. Skipping is allowed,
///    so a few skipped questions do not block a suggestion.
/// 2. Each area scores the share of its points over its answered questions,
///    so an area with more questions does not win just by having more.
/// 3. Isolation (interpersonal deficits) is the area IPT chooses when none
///    of the other three fits. So if grief, disputes and role transitions
///    all score below one third and isolation scores at least one third,
///    the suggestion is isolation alone.
/// 4. If no area reaches one third, nothing stands out:
///    [`Outcome::NoClearFit`].
/// 5. Otherwise IPT's practice is to choose one focus, so the suggestion is
///    the best area, with a second only when it fits almost as well (its
///    share within 0.15 of the best) and meaningfully itself (at least one
///    third), as a person's situation can honestly span two areas. Never
///    more than two. Ties go to the earlier area in [`ProblemArea::ALL`].
pub fn evaluate(answers: &[(ProblemArea, Option<Answer>)]) -> (Outcome, Vec<AreaScore>) {
    let scores: Vec<AreaScore> = ProblemArea::ALL
        .into_iter()
        .map(|area| {
            let answered = answers
                .iter()
                .filter(|(question_area, _)| *question_area == area)
                .filter_map(|(_, answer)| *answer);
            let (points, max_points) = answered.fold((0, 0), |(points, max), answer| {
                (points + answer.points(), max + MAX_POINTS_PER_ANSWER)
            });
            AreaScore {
                area,
                points,
                max_points,
            }
        })
        .collect();

    // Rule 1.
    let answered = answers
        .iter()
        .filter(|(_, answer)| answer.is_some())
        .count();
    if answered == 0 || answered * 2 < answers.len() {
        return (Outcome::NotEnoughAnswers, scores);
    }

    // Rule 3.
    let score_of = |area: ProblemArea| {
        scores
            .iter()
            .copied()
            .find(|score| score.area == area)
            .expect("one score per area")
    };
    let others_low = [
        ProblemArea::Grief,
        ProblemArea::Disputes,
        ProblemArea::RoleTransitions,
    ]
    .into_iter()
    .all(|area| !score_of(area).is_meaningful());
    if others_low && score_of(ProblemArea::Isolation).is_meaningful() {
        return (Outcome::Fits(vec![ProblemArea::Isolation]), scores);
    }

    // Rules 4 and 5. A stable sort keeps the order of ProblemArea::ALL
    // among equal shares, which is the tie-break.
    let mut ranked: Vec<AreaScore> = scores
        .iter()
        .copied()
        .filter(|score| score.is_meaningful())
        .collect();
    ranked.sort_by(|a, b| b.compare_share(*a));
    let Some(&best) = ranked.first() else {
        return (Outcome::NoClearFit, scores);
    };
    let mut fits = vec![best.area];
    if let Some(&second) = ranked.get(1) {
        if second.is_close_to(best) {
            fits.push(second.area);
        }
    }
    (Outcome::Fits(fits), scores)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Answer::{No, Somewhat, Yes};
    use ProblemArea::{Disputes, Grief, Isolation, RoleTransitions};

    #[test]
    fn answer_ids_are_the_saved_words_and_stay_fixed() {
        for answer in Answer::ALL {
            let saved = serde_json::to_string(&answer).unwrap();
            assert_eq!(saved, format!("\"{}\"", answer.id()));
        }
        let ids: Vec<&str> = Answer::ALL.iter().map(|answer| answer.id()).collect();
        assert_eq!(ids, ["no", "somewhat", "yes"]);
    }

    fn outcome(answers: &[(ProblemArea, Option<Answer>)]) -> Outcome {
        evaluate(answers).0
    }

    #[test]
    fn answers_give_zero_one_or_two_points() {
        let points: Vec<u32> = Answer::ALL.into_iter().map(Answer::points).collect();
        assert_eq!(points, [0, 1, 2]);
    }

    #[test]
    fn answers_are_stored_by_kebab_case_names() {
        use serde::de::value::{Error, StrDeserializer};
        for (name, answer) in [("no", No), ("somewhat", Somewhat), ("yes", Yes)] {
            let deserializer = StrDeserializer::<Error>::new(name);
            assert_eq!(Answer::deserialize(deserializer), Ok(answer));
        }
    }

    #[test]
    fn scores_count_only_answered_questions_in_area_order() {
        let (_, scores) = evaluate(&[
            (Disputes, Some(Yes)),
            (Disputes, None),
            (Grief, Some(Somewhat)),
        ]);
        assert_eq!(
            scores,
            [
                AreaScore {
                    area: Grief,
                    points: 1,
                    max_points: 2
                },
                AreaScore {
                    area: Disputes,
                    points: 2,
                    max_points: 2
                },
                AreaScore {
                    area: RoleTransitions,
                    points: 0,
                    max_points: 0
                },
                AreaScore {
                    area: Isolation,
                    points: 0,
                    max_points: 0
                },
            ]
        );
    }

    #[test]
    fn exactly_half_answered_is_enough_and_less_is_not() {
        let half = [(Grief, Some(Yes)), (Grief, None)];
        assert_eq!(outcome(&half), Outcome::Fits(vec![Grief]));
        let less = [(Grief, Some(Yes)), (Grief, None), (Disputes, None)];
        assert_eq!(outcome(&less), Outcome::NotEnoughAnswers);
        assert_eq!(outcome(&[]), Outcome::NotEnoughAnswers);
    }

    #[test]
    fn exactly_one_third_counts_as_meaningful() {
        // One "yes" and two "no" out of three questions: 2/6.
        let answers = [
            (Disputes, Some(Yes)),
            (Disputes, Some(No)),
            (Disputes, Some(No)),
        ];
        assert_eq!(outcome(&answers), Outcome::Fits(vec![Disputes]));
        // One "yes" and three "no": 2/8, below one third.
        let below = [
            (Disputes, Some(Yes)),
            (Disputes, Some(No)),
            (Disputes, Some(No)),
            (Disputes, Some(No)),
        ];
        assert_eq!(outcome(&below), Outcome::NoClearFit);
    }

    #[test]
    fn a_gap_of_exactly_0_15_still_suggests_two_areas() {
        // Grief 20/20 = 1.0 and disputes 17/20 = 0.85.
        let mut answers = vec![(Grief, Some(Yes)); 10];
        answers.extend(vec![(Disputes, Some(Yes)); 8]);
        answers.push((Disputes, Some(Somewhat)));
        answers.push((Disputes, Some(No)));
        assert_eq!(outcome(&answers), Outcome::Fits(vec![Grief, Disputes]));
        // One point less for disputes (16/20 = 0.8) is too far behind.
        answers.pop();
        answers.pop();
        answers.extend([(Disputes, Some(No)), (Disputes, Some(No))]);
        assert_eq!(outcome(&answers), Outcome::Fits(vec![Grief]));
    }

    #[test]
    fn ties_follow_the_order_of_all_areas() {
        let answers = [
            (Isolation, Some(Yes)),
            (RoleTransitions, Some(Yes)),
            (Disputes, Some(Yes)),
        ];
        assert_eq!(
            outcome(&answers),
            Outcome::Fits(vec![Disputes, RoleTransitions])
        );
    }

    #[test]
    fn isolation_alone_when_the_other_areas_are_low() {
        let answers = [
            (Grief, Some(Somewhat)),
            (Grief, Some(No)),
            (Disputes, Some(No)),
            (Isolation, Some(Somewhat)),
            (Isolation, Some(Somewhat)),
        ];
        // Grief's 1/4 is close to isolation's 1/2 but below one third.
        assert_eq!(outcome(&answers), Outcome::Fits(vec![Isolation]));
    }

    #[test]
    fn isolation_can_be_second_when_another_area_fits_too() {
        // Disputes 5/6 and isolation 3/4: a gap of 1/12.
        let answers = [
            (Disputes, Some(Yes)),
            (Disputes, Some(Yes)),
            (Disputes, Some(Somewhat)),
            (Isolation, Some(Yes)),
            (Isolation, Some(Somewhat)),
        ];
        assert_eq!(outcome(&answers), Outcome::Fits(vec![Disputes, Isolation]));
    }
}
