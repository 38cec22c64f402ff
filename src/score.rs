//! Scoring: dimension scores, the virtues / pillars / overall indices, and the stage reached.
//! Full precision everywhere; rounding is for display only.

use crate::assessment::Answer;
use crate::questionnaire::{Group, Questionnaire};

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// In the questionnaire's display order.
    pub dimensions: Vec<DimensionScore>,
    pub virtues: Option<f64>,
    pub pillars: Option<f64>,
    pub overall: Option<f64>,
    /// Index into the questionnaire's stages; none without an overall score.
    pub stage: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    pub group: Group,
    /// 0 to 100; none when no item of the dimension was answered.
    pub score: Option<f64>,
    pub answered: usize,
    pub items: usize,
}

/// Scores a set of answers. Answers to items the questionnaire does not have are ignored
/// (validation reports them before this is called).
pub fn score(q: &Questionnaire, answers: &[Answer]) -> Scores {
    let span = (q.scale.max - q.scale.min) as f64;
    let dimensions: Vec<DimensionScore> = q
        .dimensions
        .iter()
        .map(|dim| {
            let mut items = 0;
            let mut points = vec![];
            for item in q.items_of(&dim.id) {
                items += 1;
                let Some(v) = answers.iter().find(|a| a.item == item.id).and_then(Answer::value) else {
                    continue;
                };
                let v = if item.reverse { q.scale.min + q.scale.max - v } else { v };
                points.push((v - q.scale.min) as f64 / span * 100.0);
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
    let of_group = |g: Group| mean(dimensions.iter().filter(|d| d.group == g).filter_map(|d| d.score));
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

/// The last stage whose `min` is at most `overall`.
pub fn stage_for(q: &Questionnaire, overall: f64) -> Option<usize> {
    q.stages.iter().rposition(|s| s.min <= overall)
}

/// The arithmetic mean; none for no values.
pub fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

/// A score as people read it: rounded to a whole point, or `–` when there is none.
pub fn display(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_string(), |s| format!("{}", s.round() as i64))
}

impl Scores {
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The scored dimensions from the lowest up (ties keep display order).
    pub fn weakest(&self) -> Vec<&DimensionScore> {
        let mut scored: Vec<&DimensionScore> = self.dimensions.iter().filter(|d| d.score.is_some()).collect();
        scored.sort_by(|a, b| a.score.partial_cmp(&b.score).unwrap_or(std::cmp::Ordering::Equal));
        scored
    }
}
