//! What the week picker offers. Every week written in would be one choice
//! per week: ten years of journal made a list of 520, which the page drew
//! and laid out each time it opened. The picker lists the weeks of the
//! year being looked at, and one choice for each other year written in,
//! which opens that year's latest week with an entry (and then lists its
//! weeks): about sixty choices for ten years.

use super::IsoWeek;

/// One choice of the picker. Its value is always a week to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekChoice {
    Week(IsoWeek),
    /// Another year with entries: `weeks` of them, the latest `opens`.
    Year {
        year: i32,
        opens: IsoWeek,
        weeks: usize,
    },
}

impl WeekChoice {
    /// The week the choice opens.
    pub fn week(self) -> IsoWeek {
        match self {
            WeekChoice::Week(week) => week,
            WeekChoice::Year { opens, .. } => opens,
        }
    }
}

/// The choices, newest first: this week, the week shown and the weeks with
/// an entry (`written`, in any order) of the shown week's year; then each
/// other year with an entry. Nothing after `this_week`.
pub fn week_choices(
    written: impl IntoIterator<Item = IsoWeek>,
    this_week: IsoWeek,
    shown: IsoWeek,
) -> Vec<WeekChoice> {
    let shown = shown.min(this_week);
    let mut weeks: Vec<IsoWeek> = written
        .into_iter()
        .filter(|week| *week <= this_week)
        .collect();
    weeks.sort_unstable_by(|a, b| b.cmp(a));
    weeks.dedup();

    let mut choices: Vec<WeekChoice> = Vec::new();
    let mut in_shown_year: Vec<IsoWeek> = vec![shown];
    if this_week.year() == shown.year() {
        in_shown_year.push(this_week);
    }
    for week in weeks {
        if week.year() == shown.year() {
            in_shown_year.push(week);
            continue;
        }
        match choices.last_mut() {
            Some(WeekChoice::Year { year, weeks, .. }) if *year == week.year() => *weeks += 1,
            _ => choices.push(WeekChoice::Year {
                year: week.year(),
                opens: week,
                weeks: 1,
            }),
        }
    }
    in_shown_year.sort_unstable_by(|a, b| b.cmp(a));
    in_shown_year.dedup();
    // This week first when it is in another year than the one shown.
    let mut all: Vec<WeekChoice> = Vec::new();
    if this_week.year() != shown.year() {
        all.push(WeekChoice::Week(this_week));
    }
    let newer_years = choices
        .iter()
        .take_while(|choice| choice.week().year() > shown.year())
        .count();
    all.extend(choices[..newer_years].iter().copied());
    all.extend(in_shown_year.into_iter().map(WeekChoice::Week));
    all.extend(choices[newer_years..].iter().copied());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(year: i32, number: u32) -> IsoWeek {
        IsoWeek::new(year, number).unwrap()
    }

    #[test]
    fn the_shown_years_weeks_then_one_choice_per_other_year() {
        let written = [
            week(2024, 3),
            week(2024, 40),
            week(2026, 2),
            week(2026, 10),
            week(2025, 7),
        ];
        let choices = week_choices(written, week(2026, 12), week(2026, 12));
        assert_eq!(
            choices,
            vec![
                WeekChoice::Week(week(2026, 12)),
                WeekChoice::Week(week(2026, 10)),
                WeekChoice::Week(week(2026, 2)),
                WeekChoice::Year {
                    year: 2025,
                    opens: week(2025, 7),
                    weeks: 1
                },
                WeekChoice::Year {
                    year: 2024,
                    opens: week(2024, 40),
                    weeks: 2
                },
            ]
        );
    }

    #[test]
    fn an_earlier_year_shown_lists_its_weeks_between_the_newer_and_older_years() {
        let written = [week(2024, 3), week(2024, 40), week(2025, 7), week(2023, 1)];
        let choices = week_choices(written, week(2026, 12), week(2024, 20));
        assert_eq!(
            choices,
            vec![
                WeekChoice::Week(week(2026, 12)),
                WeekChoice::Year {
                    year: 2025,
                    opens: week(2025, 7),
                    weeks: 1
                },
                WeekChoice::Week(week(2024, 40)),
                WeekChoice::Week(week(2024, 20)),
                WeekChoice::Week(week(2024, 3)),
                WeekChoice::Year {
                    year: 2023,
                    opens: week(2023, 1),
                    weeks: 1
                },
            ]
        );
    }

    #[test]
    fn ten_years_of_weeks_make_about_sixty_choices_each_opening_a_week_once() {
        let this_week = week(2026, 48);
        let mut written = Vec::new();
        let mut at = this_week;
        for _ in 0..520 {
            written.push(at);
            at = at.previous();
        }
        let choices = week_choices(written.iter().copied(), this_week, this_week);
        assert!(choices.len() <= 48 + 10, "{} choices", choices.len());
        let mut opened: Vec<IsoWeek> = choices.iter().map(|choice| choice.week()).collect();
        opened.sort();
        opened.dedup();
        assert_eq!(
            opened.len(),
            choices.len(),
            "each choice opens its own week"
        );
        // Every year written in can be opened, and then its weeks.
        for &written_week in &written {
            assert!(choices
                .iter()
                .any(|choice| choice.week().year() == written_week.year()));
            let in_its_year = week_choices(written.iter().copied(), this_week, written_week);
            assert!(in_its_year.contains(&WeekChoice::Week(written_week)));
        }
    }

    #[test]
    fn nothing_after_this_week_is_offered() {
        let choices = week_choices([week(2026, 50)], week(2026, 48), week(2026, 52));
        assert_eq!(choices, vec![WeekChoice::Week(week(2026, 48))]);
    }
}
