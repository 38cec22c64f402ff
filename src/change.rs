//! One rule for what counts as a change: when a difference between two scores (then and now,
//! my view and theirs, a blind spot, a hidden strength, an arrow in trends) is called out,
//! everywhere it is shown.
//!
//! A score is the mean of a few answers on a short scale, so it moves in steps: with three
//! statements on a 1-5 scale, one answer moving by one point moves a dimension by about 8
//! points. A difference is called out only when it is larger than [`MOVES`] such one-step
//! moves of answers could make; anything smaller is "about the same". The step is computed
//! from the scale and from how many statements were answered (the fewer, the larger each
//! step), so the rule means the same on every questionnaire.

use crate::questionnaire::{Group, Scale};
use crate::score::Scores;

/// How many answers moving by one step of the scale are still "about the same".
pub const MOVES: usize = 2;

/// A difference between two scores, as it is shown and whether it counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Between the scores as people see them (each rounded to a whole point).
    pub points: f64,
    /// Larger than [`MOVES`] one-step moves of answers: worth calling out.
    pub meaningful: bool,
}

/// How much one answer moving by one step of `scale` moves a mean of `answered` answers,
/// in points of 0-100; none without answers or without a scale.
pub(crate) fn step(scale: &Scale, answered: usize) -> Option<f64> {
    let span = scale.max.checked_sub(scale.min).filter(|s| *s > 0)?;
    (answered > 0).then(|| 100.0 / (span as f64 * answered as f64))
}

/// The change from `then` to `now`, two means of answers on `scale`, of which the less
/// precise was made of `answered` answers.
pub(crate) fn between(now: f64, then: f64, scale: &Scale, answered: usize) -> Change {
    let threshold = step(scale, answered).map_or(f64::INFINITY, |s| s * MOVES as f64);
    Change {
        points: crate::score::difference(now, then),
        // On the scores themselves: a rounded 17 may be exactly two moves (16.67).
        meaningful: (now - then).abs() > threshold + 1e-9,
    }
}

/// What a change is measured on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure<'a> {
    Overall,
    Index(Group),
    Dimension(&'a str),
}

/// A measure's score and how many answers it is made of.
fn reading(scores: &Scores, measure: Measure) -> Option<(f64, usize)> {
    let in_scored = |group: Option<Group>| {
        scores
            .dimensions
            .iter()
            .filter(|d| d.score.is_some() && group.is_none_or(|g| d.group == g))
            .map(|d| d.answered)
            .sum()
    };
    match measure {
        Measure::Overall => Some((scores.overall?, in_scored(None))),
        Measure::Index(Group::Virtue) => Some((scores.virtues?, in_scored(Some(Group::Virtue)))),
        Measure::Index(Group::Pillar) => Some((scores.pillars?, in_scored(Some(Group::Pillar)))),
        Measure::Dimension(id) => {
            let d = scores.dimension(id)?;
            Some((d.score?, d.answered))
        }
    }
}

/// The change of `measure` from `then` to `now` (two assessments on one scale); none when
/// either has no score for it.
pub(crate) fn of(measure: Measure, now: &Scores, then: &Scores, scale: &Scale) -> Option<Change> {
    let (now, answered_now) = reading(now, measure)?;
    let (then, answered_then) = reading(then, measure)?;
    Some(between(now, then, scale, answered_now.min(answered_then)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn five_points() -> Scale {
        Scale {
            min: 1,
            max: 5,
            labels: vec!["no".into(), "yes".into()],
        }
    }

    #[test]
    fn two_one_step_moves_are_about_the_same_three_are_not() {
        let scale = five_points();
        let one = step(&scale, 3).unwrap();
        assert!((one - 100.0 / 12.0).abs() < 1e-9, "8.33 points a move");
        let two = between(50.0 + 2.0 * one, 50.0, &scale, 3);
        assert_eq!(two.points, 17.0, "shown as 17");
        assert!(!two.meaningful, "two moves are about the same");
        let three = between(50.0 + 3.0 * one, 50.0, &scale, 3);
        assert!(three.meaningful && three.points == 25.0);
        let down = between(50.0 - 3.0 * one, 50.0, &scale, 3);
        assert!(down.meaningful && down.points == -25.0, "either way");
    }

    #[test]
    fn the_fewer_the_answers_the_larger_a_step() {
        let scale = five_points();
        // The smallest shown change called out: 26 with two answers, 17 with three, 13
        // with four, 3 for an overall made of 24.
        for (answered, below, called) in [
            (2, 25.0, 26.0),
            (3, 16.66, 17.0),
            (4, 12.5, 13.0),
            (24, 2.08, 3.0),
        ] {
            assert!(
                !between(50.0 + below, 50.0, &scale, answered).meaningful,
                "{answered}"
            );
            assert!(
                between(50.0 + called, 50.0, &scale, answered).meaningful,
                "{answered}"
            );
        }
        assert!(
            !between(100.0, 0.0, &scale, 0).meaningful,
            "no answers, no change"
        );
    }

    proptest::proptest! {
        /// The rule is symmetric and never calls out a difference smaller than two moves.
        #[test]
        fn symmetric_and_never_below_two_moves(
            a in 0.0f64..=100.0, b in 0.0f64..=100.0, answered in 1usize..30,
        ) {
            let scale = five_points();
            let there = between(a, b, &scale, answered);
            let back = between(b, a, &scale, answered);
            proptest::prop_assert_eq!(there.meaningful, back.meaningful);
            proptest::prop_assert_eq!(there.points, -back.points);
            if there.meaningful {
                proptest::prop_assert!((a - b).abs() > 2.0 * step(&scale, answered).unwrap());
            }
        }
    }
}
