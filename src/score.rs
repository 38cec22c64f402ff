//! Scoring: dimension scores, the virtues / pillars / overall indices, and the stage reached.
//! Full precision everywhere; rounding is for display only.

use crate::assessment::Answer;
use crate::questionnaire::{Group, Questionnaire, Scale};

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// In the questionnaire's display order.
    pub dimensions: Vec<DimensionScore>,
    pub(crate) virtues: Option<f64>,
    pub(crate) pillars: Option<f64>,
    pub overall: Option<f64>,
    /// Index into the questionnaire's stages; none without an overall score.
    pub(crate) stage: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    pub group: Group,
    /// 0 to 100; none when no item of the dimension was answered.
    pub(crate) score: Option<f64>,
    pub(crate) answered: usize,
    pub items: usize,
}

/// Where `v` lies on the scale, from 0 (agreeing least, or most for a reverse-keyed item) to
/// 100. None for a value off the scale or a scale with no width, so that a score can never
/// leave 0..=100; the arithmetic is checked because a `Scale` built in code has no bounds.
fn position(scale: &Scale, v: i64, reverse: bool) -> Option<f64> {
    let span = scale.max.checked_sub(scale.min).filter(|s| *s > 0)?;
    if !scale.contains(v) {
        return None;
    }
    // Reverse-keyed: min + max - v counts, and (min + max - v) - min is max - v.
    let from_min = if reverse {
        scale.max.checked_sub(v)?
    } else {
        v.checked_sub(scale.min)?
    };
    Some(from_min as f64 / span as f64 * 100.0)
}

/// Scores a set of answers. Answers to items the questionnaire does not have, and values off
/// its scale, are ignored (validation reports them before this is called).
pub fn score(q: &Questionnaire, answers: &[Answer]) -> Scores {
    let dimensions: Vec<DimensionScore> = q
        .dimensions
        .iter()
        .map(|dim| {
            let mut items = 0;
            let mut points = vec![];
            for item in q.items_of(&dim.id) {
                items += 1;
                let Some(point) = answers
                    .iter()
                    .find(|a| a.item == item.id)
                    .and_then(Answer::value)
                    .and_then(|v| position(&q.scale, v, item.reverse))
                else {
                    continue;
                };
                points.push(point);
            }
            DimensionScore {
                id: dim.id.clone(),
                group: dim.group,
                score: mean(points.iter().copied()),
                answered: points.len(),
                items,
            }
        })
        .collect();
    let of_group = |g: Group| {
        mean(
            dimensions
                .iter()
                .filter(|d| d.group == g)
                .filter_map(|d| d.score),
        )
    };
    let virtues = of_group(Group::Virtue);
    let pillars = of_group(Group::Pillar);
    let overall = mean(dimensions.iter().filter_map(|d| d.score));
    Scores {
        stage: overall.and_then(|o| stage_for(q, o)),
        dimensions,
        virtues,
        pillars,
        overall,
    }
}

/// The last stage whose `min` is at most `overall` as people see it (rounded to a whole
/// point): a score shown as 67 has reached a stage that starts at 67.
pub(crate) fn stage_for(q: &Questionnaire, overall: f64) -> Option<usize> {
    let shown = overall.round();
    q.stages.iter().rposition(|s| s.min <= shown)
}

/// `a - b` between two scores as people see them (each rounded to a whole point), so that
/// a change or a gap always matches the numbers shown beside it (51 and 48 differ by 3).
pub(crate) fn difference(a: f64, b: f64) -> f64 {
    a.round() - b.round()
}

/// The arithmetic mean; none for no values.
pub(crate) fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

/// A score as people read it: rounded to a whole point, or `–` when there is none.
pub(crate) fn display(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_string(), |s| format!("{}", s.round() as i64))
}

/// A horizontal bar of `width` cells for a 0-100 score; blank when there is none.
pub(crate) fn bar(score: Option<f64>, width: usize) -> String {
    match score {
        Some(s) => {
            let full = ((s / 100.0 * width as f64).round() as usize).min(width);
            format!("{}{}", "█".repeat(full), "·".repeat(width - full))
        }
        None => " ".repeat(width),
    }
}

impl Scores {
    pub(crate) fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The scored dimensions from the lowest up (ties keep display order).
    pub(crate) fn weakest(&self) -> Vec<&DimensionScore> {
        let mut scored: Vec<&DimensionScore> = self
            .dimensions
            .iter()
            .filter(|d| d.score.is_some())
            .collect();
        scored.sort_by(|a, b| {
            a.score
                .partial_cmp(&b.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        scored
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Response};
    use crate::questionnaire::parse;

    /// Three dimensions (two virtues, one pillar) on a `min`-`max` scale; `b.2` is reverse-keyed.
    fn questionnaire(min: i64, max: i64) -> Questionnaire {
        let text = include_str!("../tests/fixtures/mini-questionnaire.toml").replace(
            "min = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]",
            &format!("min = {min}\nmax = {max}\nlabels = [\"low\", \"high\"]"),
        );
        parse(&text).unwrap()
    }

    fn answer(item: &str, value: Option<i64>) -> Answer {
        Answer {
            item: item.into(),
            response: value.map_or(Response::Skipped, Response::Value),
            note: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn zero_to_ten_scale_with_reverse_item() {
        let q = questionnaire(0, 10);
        // a: 7 -> 70. b: 9 -> 90, reverse 2 -> 10 - 2 = 8 -> 80; mean 85. c: 3 -> 30.
        let s = score(
            &q,
            &[
                answer("a.1", Some(7)),
                answer("b.1", Some(9)),
                answer("b.2", Some(2)),
                answer("c.1", Some(3)),
            ],
        );
        assert_eq!(s.dimensions[0].score, Some(70.0));
        assert_eq!(s.dimensions[1].score, Some(85.0));
        assert_eq!(s.dimensions[2].score, Some(30.0));
        assert_eq!(s.virtues, Some(77.5));
        assert_eq!(s.pillars, Some(30.0));
        assert_eq!(s.overall, Some(185.0 / 3.0));
        assert_eq!(
            s.stage,
            Some(1),
            "61.67 reaches `mid` (50), not `high` (80)"
        );
    }

    #[test]
    fn one_to_five_scale_full_precision() {
        let q = questionnaire(1, 5);
        // a: 2 -> 25. b: 4 -> 75 and reverse 5 -> 1 -> 0: mean 37.5. c: 5 -> 100.
        let s = score(
            &q,
            &[
                answer("a.1", Some(2)),
                answer("b.1", Some(4)),
                answer("b.2", Some(5)),
                answer("c.1", Some(5)),
            ],
        );
        assert_eq!(s.dimensions[1].score, Some(37.5));
        assert_eq!(s.virtues, Some(31.25));
        assert_eq!(s.overall, Some(162.5 / 3.0));
        assert_eq!(display(s.overall), "54");
    }

    #[test]
    fn skips_and_empty_dimensions_have_no_score() {
        let q = questionnaire(1, 5);
        let s = score(
            &q,
            &[
                answer("a.1", None),
                answer("b.2", Some(2)),
                answer("c.1", Some(3)),
            ],
        );
        assert_eq!(s.dimensions[0].score, None, "a skipped item gives no score");
        assert_eq!(s.dimensions[0].answered, 0);
        assert_eq!(
            s.dimensions[1].score,
            Some(75.0),
            "only the answered item counts"
        );
        assert_eq!((s.dimensions[1].answered, s.dimensions[1].items), (1, 2));
        assert_eq!(
            s.virtues,
            Some(75.0),
            "dimensions without a score are ignored"
        );
        assert_eq!(s.overall, Some(62.5));
        let none = score(&q, &[]);
        assert_eq!(
            (none.virtues, none.pillars, none.overall, none.stage),
            (None, None, None, None)
        );
    }

    #[test]
    fn stage_is_the_last_reached() {
        let q = questionnaire(1, 5);
        assert_eq!(stage_for(&q, 0.0), Some(0));
        assert_eq!(stage_for(&q, 49.4), Some(0));
        assert_eq!(stage_for(&q, 49.6), Some(1), "shown as 50: the stage at 50");
        assert_eq!(stage_for(&q, 50.0), Some(1));
        assert_eq!(stage_for(&q, 100.0), Some(2));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn scores_stay_within_0_and_100(values in proptest::collection::vec(proptest::option::of(0i64..=10), 4)) {
                let q = questionnaire(0, 10);
                let ids = ["a.1", "b.1", "b.2", "c.1"];
                let answers: Vec<Answer> = ids.iter().zip(&values).map(|(i, v)| answer(i, *v)).collect();
                let s = score(&q, &answers);
                for v in s.dimensions.iter().filter_map(|d| d.score).chain(s.overall) {
                    prop_assert!((0.0..=100.0).contains(&v));
                }
                prop_assert_eq!(s.overall.is_some(), values.iter().any(Option::is_some));
            }

            #[test]
            fn any_scale_the_parser_accepts_scores_within_0_and_100(
                min in prop_oneof![-2000i64..2000, any::<i64>()],
                max in prop_oneof![-2000i64..2000, any::<i64>()],
                picks in proptest::collection::vec(any::<prop::sample::Index>(), 4),
            ) {
                let text = include_str!("../tests/fixtures/mini-questionnaire.toml").replace(
                    "min = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]",
                    &format!("min = {min}\nmax = {max}\nlabels = [\"low\", \"high\"]"),
                );
                let Ok(q) = parse(&text) else { return Ok(()); };
                prop_assert!(q.scale.max - q.scale.min <= 100);
                let points: Vec<i64> = q.scale.points().collect();
                let ids = ["a.1", "b.1", "b.2", "c.1"];
                let answers: Vec<Answer> = ids
                    .iter()
                    .zip(&picks)
                    .map(|(i, p)| answer(i, Some(points[p.index(points.len())])))
                    .collect();
                let s = score(&q, &answers);
                for v in s.dimensions.iter().filter_map(|d| d.score).chain(s.overall) {
                    prop_assert!((0.0..=100.0).contains(&v), "{v}");
                }
            }
        }
    }
}
