//! Where each moment of a time line goes across a chart of `width` units: by date or evenly
//! by assessment, each break (see [`super::breaks`]) taking a fixed gap, so that no line is
//! drawn across months without an assessment. The terminal's trend and the report's SVG one
//! both place their points with it.

use super::{Break, breaks};
use crate::time::Timestamp;

/// The columns of a trend's moments, from 0 to `width - 1`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TimeAxis {
    /// Every distinct moment, in time order, with its column.
    pub(crate) moments: Vec<(Timestamp, f64)>,
    /// Each break, with the columns of its two ends.
    pub(crate) breaks: Vec<(Break, f64, f64)>,
}

impl TimeAxis {
    /// `times` in any order; `even`: one step per assessment rather than per day; a break
    /// takes `gap` columns (less if there is no room).
    pub(crate) fn new(times: &[Timestamp], width: u16, even: bool, gap: f64) -> Self {
        let mut sorted = times.to_vec();
        sorted.sort();
        sorted.dedup();
        let found = breaks(&sorted);
        let last = f64::from(width.max(1) - 1);
        if sorted.len() < 2 {
            return Self {
                moments: sorted.into_iter().map(|t| (t, last / 2.0)).collect(),
                breaks: vec![],
            };
        }
        let is_break = |a: Timestamp| found.iter().any(|b| b.after == a);
        // By date, the axis counts days: two assessments of one day stand at one place (a day
        // apart from the next), never hours apart across the whole width.
        let weight = |a: Timestamp, b: Timestamp| {
            if even {
                1.0
            } else {
                (b.local_day() - a.local_day()) as f64
            }
        };
        let weights: f64 = sorted
            .windows(2)
            .filter(|w| !is_break(w[0]))
            .map(|w| weight(w[0], w[1]))
            .sum();
        let n_breaks = found.len() as f64;
        if weights <= 0.0 && found.is_empty() {
            // All on one day: one place, in the middle, as a single moment.
            return Self {
                moments: sorted.into_iter().map(|t| (t, last / 2.0)).collect(),
                breaks: vec![],
            };
        }
        // Breaks take at most half the width: the measured stretches matter more.
        let mut gap = gap.min(last / 2.0 / n_breaks.max(1.0));
        if weights <= 0.0 {
            gap = last / n_breaks.max(1.0);
        }
        let scale = if weights > 0.0 {
            (last - gap * n_breaks) / weights
        } else {
            0.0
        };
        let mut x = 0.0;
        let mut moments = vec![(sorted[0], 0.0)];
        let mut spans = vec![];
        for w in sorted.windows(2) {
            let from = x;
            if let Some(b) = found.iter().find(|b| b.after == w[0]) {
                x += gap;
                spans.push((*b, from, x));
            } else {
                x += weight(w[0], w[1]) * scale;
            }
            moments.push((w[1], x.min(last)));
        }
        Self {
            moments,
            breaks: spans,
        }
    }

    /// The column of a moment (one of the axis's; others fall at the nearest earlier one).
    pub(crate) fn x(&self, t: Timestamp) -> f64 {
        let at = self.moments.partition_point(|(m, _)| *m <= t);
        self.moments[at.saturating_sub(1)].1
    }

    /// Whether a line from `from` to `to` would cross a break.
    pub(crate) fn crosses_break(&self, from: Timestamp, to: Timestamp) -> bool {
        self.breaks.iter().any(|(b, _, _)| b.between(from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: i64) -> Timestamp {
        Timestamp::from_unix(1_700_000_000 + d * 86_400, 0)
    }

    #[test]
    fn a_break_takes_a_fixed_gap_and_the_rest_spreads_by_date() {
        let mut times: Vec<Timestamp> = (0..5).map(|w| day(w * 7)).collect();
        times.extend((0..15).map(|w| day(600 + w * 7)));
        let axis = TimeAxis::new(&times, 81, false, 16.0);
        assert_eq!(axis.breaks.len(), 1);
        let (_, from, to) = axis.breaks[0];
        assert!((to - from - 16.0).abs() < 1e-9);
        assert_eq!(axis.x(day(0)), 0.0);
        assert!((axis.x(day(600 + 14 * 7)) - 80.0).abs() < 1e-9);
        // 4 weeks before, 14 after, over 64 columns.
        assert!((from - 4.0 * 64.0 / 18.0).abs() < 1e-9);
        assert!(axis.crosses_break(day(0), day(600)));
        assert!(!axis.crosses_break(day(600), day(607)));
    }

    #[test]
    fn even_spacing_gives_each_assessment_a_step() {
        let times = [day(0), day(1), day(30), day(31)];
        let axis = TimeAxis::new(&times, 31, true, 8.0);
        let xs: Vec<f64> = axis.moments.iter().map(|m| m.1).collect();
        assert_eq!(xs, [0.0, 10.0, 20.0, 30.0]);
    }

    #[test]
    fn assessments_of_one_day_stand_at_one_place() {
        let at = |text: &str| Timestamp::parse(text).unwrap();
        let (morning, evening) = (at("2026-01-12T09:10:00Z"), at("2026-01-12T16:40:00Z"));
        let axis = TimeAxis::new(&[morning, evening], 41, false, 8.0);
        assert_eq!(axis.x(morning), axis.x(evening));
        assert_eq!(
            axis.x(morning),
            20.0,
            "one day: in the middle, like one moment"
        );
        let later = at("2026-01-22T09:00:00Z");
        let axis = TimeAxis::new(&[morning, evening, later], 41, false, 8.0);
        assert_eq!((axis.x(morning), axis.x(evening)), (0.0, 0.0));
        assert_eq!(axis.x(later), 40.0);
        // Evenly spaced, each assessment keeps its own step.
        let axis = TimeAxis::new(&[morning, evening], 41, true, 8.0);
        assert_eq!((axis.x(morning), axis.x(evening)), (0.0, 40.0));
    }

    #[test]
    fn one_moment_sits_in_the_middle() {
        let axis = TimeAxis::new(&[day(3), day(3)], 41, false, 8.0);
        assert_eq!(axis.moments, [(day(3), 20.0)]);
    }
}
