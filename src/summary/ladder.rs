//! Where one assessment stands on its ladder: the stage reached, what the next one needs,
//! and whether the score sits at the edge of a neighbouring stage.

use super::Summary;
use crate::i18n::{Common, fill};
use crate::questionnaire::Stage;

/// The stage reached on the ladder of collaboration, and what the next one needs.
pub struct Ladder<'a> {
    /// 1 for the lowest stage.
    pub level: usize,
    pub(crate) total: usize,
    pub(crate) stage: &'a Stage,
    pub next: Option<&'a Stage>,
    /// Whole points of overall score still needed to reach the next stage (at least 1).
    pub(crate) points_to_next: Option<i64>,
    /// The overall score reaches the next stage, but the statements marking its rung do not.
    pub(crate) held_by_markers: bool,
    /// The neighbouring stage whose threshold lies closer to the overall score than a change
    /// worth calling out: the stage could read as that one after a couple of answers.
    pub(crate) edge: Option<&'a Stage>,
}

impl Ladder<'_> {
    /// "Close to Parallel production: two answers moving one step could change the stage."
    pub(crate) fn edge_text(&self, words: &Common) -> Option<String> {
        let edge = self.edge?;
        Some(fill(words.stage_edge, &[("name", &edge.name)]))
    }

    /// "Stage 4 of 6: Parallel production", in the language of `words`. (When nothing was
    /// answered there is no ladder: say `words.no_stage`.)
    pub fn title(&self, words: &Common) -> String {
        fill(
            words.stage_title,
            &[
                ("level", &self.level),
                ("total", &self.total),
                ("name", &self.stage.name),
            ],
        )
    }

    /// "Next: Shared values at 67 (9 points to go)"; `None` at the top of the ladder.
    pub fn next_text(&self, words: &Common) -> Option<String> {
        let next = self.next?;
        let (name, min) = (&next.name, &next.min);
        if self.held_by_markers {
            return Some(fill(words.next_stage_held, &[("name", name), ("min", min)]));
        }
        Some(match self.points_to_next {
            Some(points) => {
                let template = if points == 1 {
                    words.next_stage_one
                } else {
                    words.next_stage
                };
                fill(
                    template,
                    &[("name", name), ("min", min), ("points", &points)],
                )
            }
            None => fill(words.next_stage_top, &[("name", name), ("min", min)]),
        })
    }
}

impl<'a> Summary<'a> {
    pub(crate) fn stage(&self) -> Option<&'a Stage> {
        self.scores.stage.map(|i| &self.questionnaire.stages[i])
    }

    pub(crate) fn next_stage(&self) -> Option<&'a Stage> {
        let next = self.scores.stage.map_or(0, |i| i + 1);
        self.questionnaire.stages.get(next)
    }

    /// Where the assessment stands on the ladder; `None` when nothing was answered.
    pub fn ladder(&self) -> Option<Ladder<'a>> {
        let level = self.scores.stage?;
        let next = self.next_stage();
        Some(Ladder {
            level: level + 1,
            total: self.questionnaire.stages.len(),
            stage: self.stage()?,
            next,
            points_to_next: next
                .zip(self.scores.overall)
                .map(|(n, overall)| (n.min.ceil() - overall.round()).max(1.0) as i64),
            held_by_markers: next
                .zip(self.scores.overall)
                .is_some_and(|(n, overall)| overall.round() >= n.min),
            edge: self.edge(level, next),
        })
    }

    /// The stage next to the one reached (`level`, from 0) whose threshold is nearer the
    /// overall score than the one rule of [`crate::change`] calls a change.
    fn edge(&self, level: usize, next: Option<&'a Stage>) -> Option<&'a Stage> {
        let overall = self.scores.overall?;
        let answered: usize = self
            .scores
            .dimensions
            .iter()
            .filter(|d| d.score.is_some())
            .map(|d| d.answered)
            .sum();
        let near =
            crate::change::step(&self.questionnaire.scale, answered)? * crate::change::MOVES as f64;
        let stages = &self.questionnaire.stages;
        if let Some(n) = next
            && n.min - overall <= near
            && n.min > overall.round()
        {
            return Some(n);
        }
        let here = &stages[level];
        (level > 0 && overall - here.min < near).then(|| &stages[level - 1])
    }

    /// What to keep in mind beside the stage: that it sits near a neighbouring stage's
    /// threshold, and that it is one side's view of a relationship with two (a side's
    /// statements are mostly about what it does itself, which people rate high: review M4).
    pub(crate) fn stage_caveats(&self, ladder: &Ladder, words: &Common) -> Vec<String> {
        let side = self
            .side_name()
            .map(|side| fill(words.stage_one_side, &[("side", &side)]));
        ladder.edge_text(words).into_iter().chain(side).collect()
    }

    /// The name of the side this view was answered from ("The organisation"), for a
    /// questionnaire worded for two sides; its id when the questionnaire no longer names it.
    pub(crate) fn side_name(&self) -> Option<String> {
        let side = self.assessment.side.as_deref()?;
        Some(
            self.questionnaire
                .sides()
                .iter()
                .find(|s| s.id == side)
                .map_or_else(|| side.to_string(), |s| s.name.clone()),
        )
    }

    /// Whose view this is, with its side when it has one: "you (The organisation)".
    pub(crate) fn whose_with_side(&self, whose: &str) -> String {
        match self.side_name() {
            Some(side) => format!("{whose} ({side})"),
            None => whose.to_string(),
        }
    }
}
