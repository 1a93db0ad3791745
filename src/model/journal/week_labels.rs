//! Which weeks of the mood chart get a label: every week when there is
//! room, otherwise every 2nd, 4th, 13th (a quarter), 26th or 52nd, so that
//! no two labels ever touch, whether the chart shows 3 weeks or 520 on a
//! phone or a laptop.

/// Steps tried in turn: each a readable rhythm (weekly, fortnightly,
/// monthly-ish, quarterly, half-yearly, yearly, then every 2, 3, 5 or 10
/// years).
const STEPS: [usize; 11] = [1, 2, 4, 8, 13, 26, 52, 104, 156, 260, 520];

/// The indices (0-based, oldest first) of the weeks to label, for `weeks`
/// weeks spread evenly over `plot_width` pixels, each label needing
/// `label_width` pixels including the gap to the next. The newest week is
/// always labelled; counting goes back from it, so "this week" is never
/// the one left out.
pub fn labelled_weeks(weeks: usize, plot_width: f64, label_width: f64) -> Vec<usize> {
    if weeks == 0 {
        return Vec::new();
    }
    let spacing = week_spacing(weeks, plot_width);
    let step = STEPS
        .into_iter()
        .find(|step| *step as f64 * spacing >= label_width)
        .unwrap_or(weeks);
    let newest = weeks - 1;
    let mut labelled: Vec<usize> = (0..=newest / step).map(|n| newest - n * step).collect();
    labelled.reverse();
    labelled
}

/// The distance between two neighbouring weeks' centres.
pub fn week_spacing(weeks: usize, plot_width: f64) -> f64 {
    plot_width / weeks.max(1) as f64
}

/// The x of week `index`'s centre.
pub fn week_x(index: usize, weeks: usize, plot_width: f64) -> f64 {
    (index as f64 + 0.5) * week_spacing(weeks, plot_width)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn few_weeks_are_all_labelled_and_many_are_thinned() {
        assert_eq!(labelled_weeks(3, 600.0, 40.0), [0, 1, 2]);
        assert_eq!(labelled_weeks(0, 600.0, 40.0), Vec::<usize>::new());
        let year = labelled_weeks(52, 320.0, 40.0);
        assert_eq!(year.last(), Some(&51), "this week keeps its label");
        assert!(year.len() < 52);
        let decade = labelled_weeks(520, 320.0, 40.0);
        assert!(decade.len() <= 8, "{decade:?}");
    }

    proptest! {
        #[test]
        fn labels_never_overlap_and_stay_inside(
            weeks in 1usize..=520,
            plot_width in 320.0f64..=1280.0,
            label_width in 24.0f64..=64.0,
        ) {
            let labelled = labelled_weeks(weeks, plot_width, label_width);
            prop_assert!(!labelled.is_empty());
            prop_assert_eq!(labelled.last().copied(), Some(weeks - 1));
            for pair in labelled.windows(2) {
                let gap = week_x(pair[1], weeks, plot_width) - week_x(pair[0], weeks, plot_width);
                prop_assert!(gap >= label_width - 1e-9, "{:?} {}", pair, gap);
            }
            for index in &labelled {
                let x = week_x(*index, weeks, plot_width);
                prop_assert!((0.0..=plot_width).contains(&x));
            }
        }
    }
}
