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

/// Whether a stage's marker statements reach its `min` on average: true without markers, and
/// true when fewer than [`MIN_ANSWERED`] of them are answered ("don't know" to the statements
/// that mark a rung leaves the overall score to decide, as it would without markers).
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
    if points.len() < MIN_ANSWERED.min(stage.markers.len()) {
        return true;
    }
    mean(points.iter().copied()).is_some_and(|m| m.round() >= stage.min)
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

    /// The scored dimensions with room to grow, from the lowest up (ties keep display order):
    /// a dimension at the top of its scale is no place to start.
    pub(crate) fn weakest(&self) -> Vec<&DimensionScore> {
        let mut scored: Vec<&DimensionScore> = self
            .dimensions
            .iter()
            .filter(|d| d.score.is_some_and(|s| s.round() < 100.0))
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
mod tests;
