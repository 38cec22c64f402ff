//! Scoring: dimension scores, the virtues / pillars / overall indices, and the stage reached.
//! Full precision everywhere; rounding is for display only.
//!
//! A number is given only when the answers can carry it: a dimension needs at least
//! `MIN_ANSWERED` of its statements answered (and at least half of them), so that one
//! statement never stands for a whole dimension; a stage needs three quarters of the
//! dimensions scored (`enough_for_a_stage`). "Don't know" is never a score.

use crate::assessment::Answer;
use crate::questionnaire::{Group, Questionnaire, Scale};

/// Fewest answered statements that score a dimension.
pub(crate) const MIN_ANSWERED: usize = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// In the questionnaire's display order.
    pub dimensions: Vec<DimensionScore>,
    pub(crate) virtues: Option<f64>,
    pub(crate) pillars: Option<f64>,
    pub overall: Option<f64>,
    /// Index into the questionnaire's stages; none without enough dimensions scored.
    pub(crate) stage: Option<usize>,
    /// The outcome statements, in asking order, kept out of every score above.
    pub(crate) outcomes: Vec<Outcome>,
}

/// One outcome statement's answer (what trust makes possible).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Outcome {
    pub item: String,
    /// The value given; none for "don't know" or not reached.
    pub value: Option<i64>,
    /// Where it lies from 0 to 100, reversed where agreeing means less (as a score would).
    pub position: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    pub group: Group,
    /// 0 to 100; none without enough answers (see [`MIN_ANSWERED`]).
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
                score: enough(points.len(), items)
                    .then(|| mean(points.iter().copied()))
                    .flatten(),
                answered: points.len(),
                items,
            }
        })
        .collect();
    let outcomes = q
        .outcomes()
        .map(|item| {
            let value = answers
                .iter()
                .find(|a| a.item == item.id)
                .and_then(Answer::value)
                .filter(|v| q.scale.contains(*v));
            Outcome {
                item: item.id.clone(),
                value,
                position: value.and_then(|v| position(&q.scale, v, item.reverse)),
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
    let scored = dimensions.iter().filter(|d| d.score.is_some()).count();
    let stage = overall
        .filter(|_| enough_for_a_stage(scored, dimensions.len()))
        .and_then(|o| stage_for(q, o, answers));
    Scores {
        stage,
        dimensions,
        virtues,
        pillars,
        overall,
        outcomes,
    }
}

/// Whether `answered` of a dimension's `items` statements are enough to score it: at least
/// [`MIN_ANSWERED`] (all of them when it has fewer) and at least half.
pub(crate) fn enough(answered: usize, items: usize) -> bool {
    answered >= MIN_ANSWERED.min(items) && answered * 2 >= items && answered > 0
}

/// Whether `scored` of `dimensions` place a stage: three quarters (6 of 8). A ladder read
/// from two dimensions would say more about those two than about the relationship.
pub(crate) fn enough_for_a_stage(scored: usize, dimensions: usize) -> bool {
    dimensions > 0 && scored * 4 >= dimensions * 3
}

/// The highest stage reached, climbing from the first: a stage is reached when `overall` as
/// people see it (rounded: a score shown as 67 reaches a stage that starts at 67) reaches its
/// `min`, and, for a stage that names the behaviours marking it, when those statements too
/// reach it on average (with at least [`MIN_ANSWERED`] of them answered). A rung is never
/// reached over one that is not.
pub(crate) fn stage_for(q: &Questionnaire, overall: f64, answers: &[Answer]) -> Option<usize> {
    let shown = overall.round();
    let mut reached = None;
    for (i, stage) in q.stages.iter().enumerate() {
        if stage.min > shown || (i > 0 && !markers_reach(q, stage, answers)) {
            break;
        }
        reached = Some(i);
    }
    reached
}

/// Whether a stage's marker statements reach its `min` on average (true without markers).
fn markers_reach(
    q: &Questionnaire,
    stage: &crate::questionnaire::Stage,
    answers: &[Answer],
) -> bool {
    if stage.markers.is_empty() {
        return true;
    }
    let points: Vec<f64> = stage
        .markers
        .iter()
        .filter_map(|id| {
            let item = q.item(id)?;
            let v = answers.iter().find(|a| &a.item == id)?.value()?;
            position(&q.scale, v, item.reverse)
        })
        .collect();
    points.len() >= MIN_ANSWERED.min(stage.markers.len())
        && mean(points.iter().copied()).is_some_and(|m| m.round() >= stage.min)
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

    /// How many dimensions have a score.
    pub(crate) fn scored(&self) -> usize {
        self.dimensions.iter().filter(|d| d.score.is_some()).count()
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
    fn dont_know_and_empty_dimensions_have_no_score() {
        let q = questionnaire(1, 5);
        let s = score(
            &q,
            &[
                answer("a.1", None),
                answer("b.1", Some(4)),
                answer("b.2", Some(2)),
                answer("c.1", Some(3)),
            ],
        );
        assert_eq!(s.dimensions[0].score, None, "don't know gives no score");
        assert_eq!(s.dimensions[0].answered, 0);
        assert_eq!(s.dimensions[1].score, Some(75.0));
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

    /// One statement never stands for a dimension of two or more: 1 of 2 (or 1 of 3) gives
    /// "not enough answers", with the count kept; a one-statement dimension is its statement.
    #[test]
    fn a_dimension_needs_two_answers_and_half_of_its_statements() {
        let q = questionnaire(1, 5);
        let s = score(&q, &[answer("a.1", Some(5)), answer("b.2", Some(1))]);
        assert_eq!(s.dimensions[0].score, Some(100.0), "one statement of one");
        assert_eq!(s.dimensions[1].score, None, "one statement of two");
        assert_eq!((s.dimensions[1].answered, s.dimensions[1].items), (1, 2));
        assert_eq!(s.overall, Some(100.0), "from scored dimensions only");
        for (answered, items, expected) in [
            (0, 3, false),
            (1, 3, false),
            (2, 3, true),
            (2, 4, true),
            (2, 5, false),
            (3, 5, true),
            (1, 1, true),
            (0, 1, false),
        ] {
            assert_eq!(enough(answered, items), expected, "{answered} of {items}");
        }
    }

    #[test]
    fn a_stage_needs_three_quarters_of_the_dimensions() {
        assert!(enough_for_a_stage(6, 8));
        assert!(!enough_for_a_stage(5, 8));
        assert!(enough_for_a_stage(3, 3));
        assert!(!enough_for_a_stage(2, 3));
        assert!(!enough_for_a_stage(0, 0));
        let q = questionnaire(1, 5);
        let two_of_three = score(&q, &[answer("a.1", Some(5)), answer("c.1", Some(5))]);
        assert_eq!(two_of_three.overall, Some(100.0));
        assert_eq!(two_of_three.stage, None, "2 of 3 dimensions place no stage");
    }

    /// A rung that names its behaviours is reached only when they reach it too, and never
    /// over a rung below that is not reached.
    #[test]
    fn marked_rungs_need_their_behaviours() {
        let text = include_str!("../tests/fixtures/mini-questionnaire.toml").replace(
            "min = 50\nname = \"mid\"",
            "min = 50\nname = \"mid\"\nmarkers = [\"a.1\", \"c.1\"]",
        );
        let q = parse(&text).unwrap();
        let all = |a: i64, b: i64, c: i64| {
            vec![
                answer("a.1", Some(a)),
                answer("b.1", Some(b)),
                answer("b.2", Some(4 - b)),
                answer("c.1", Some(c)),
            ]
        };
        // Overall 3 of 3 ("yes" everywhere): every rung.
        assert_eq!(score(&q, &all(3, 3, 3)).stage, Some(2));
        // b high, markers low: overall (0 + 100 + 0) / 3 = 33, below mid anyway.
        assert_eq!(score(&q, &all(1, 3, 1)).stage, Some(0));
        // Overall 83 but one marker low: the markers' mean is 50, mid is reached.
        assert_eq!(score(&q, &all(3, 3, 2)).stage, Some(2));
        // Markers at 25 on average with a high overall would need b above 100: check the
        // marker rule directly with a lower marker mean.
        let q_high = parse(&text.replace("min = 50", "min = 60")).unwrap();
        assert_eq!(
            score(&q_high, &all(3, 3, 1)).stage,
            Some(0),
            "overall 67 reaches 60, markers 50 do not: neither mid nor high"
        );
    }

    #[test]
    fn outcomes_are_kept_out_of_the_scores() {
        let text = include_str!("../tests/fixtures/mini-questionnaire.toml").to_string()
            + "\n[[items]]\nid = \"o.dare\"\ntext = \"x\"\noutcome = true\n";
        let q = parse(&text).unwrap();
        let s = score(
            &q,
            &[
                answer("a.1", Some(1)),
                answer("c.1", Some(1)),
                answer("o.dare", Some(3)),
            ],
        );
        assert_eq!(s.overall, Some(0.0), "the outcome's 3 counts nowhere");
        assert_eq!(
            s.outcomes,
            vec![Outcome {
                item: "o.dare".into(),
                value: Some(3),
                position: Some(100.0)
            }]
        );
    }

    #[test]
    fn stage_is_the_last_reached() {
        let q = questionnaire(1, 5);
        assert_eq!(stage_for(&q, 0.0, &[]), Some(0));
        assert_eq!(stage_for(&q, 49.4, &[]), Some(0));
        assert_eq!(
            stage_for(&q, 49.6, &[]),
            Some(1),
            "shown as 50: the stage at 50"
        );
        assert_eq!(stage_for(&q, 50.0, &[]), Some(1));
        assert_eq!(stage_for(&q, 100.0, &[]), Some(2));
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
                // a.1 and c.1 score alone; b needs both of its statements.
                let scored = values[0].is_some() || values[3].is_some() || (values[1].is_some() && values[2].is_some());
                prop_assert_eq!(s.overall.is_some(), scored);
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
