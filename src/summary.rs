//! What one assessment says, ready to show: names, scores, indices and stage, and its JSON form.
//! Shared by `show`, `export`, `trend` and the TUI so that they can never disagree.

use crate::assessment::Assessment;
use crate::i18n::{Common, fill};
use crate::questionnaire::{Catalog, Dimension, Questionnaire, Stage};
use crate::score::{self, Scores};
use crate::store::Stored;

mod json;

/// One assessment with its scores, borrowing the questionnaire's texts.
pub struct Summary<'a> {
    pub assessment: &'a Assessment,
    pub questionnaire: &'a Questionnaire,
    pub scores: Scores,
    /// The owner's name, for the texts the other side reads (see [`Assessment::fill`]).
    pub(crate) owner: Option<&'a str>,
}

/// A note written on one question, with the question as its respondent read it.
pub(crate) struct QuestionNote<'a> {
    pub item: &'a str,
    pub(crate) question: String,
    pub note: &'a str,
}

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

/// Whether `other` asks the same questions as `q` and scores them the same way (same id, same
/// dimensions, items, scale and stage thresholds, in the same order), so that it can show an
/// assessment of `q` in its own language.
pub(crate) fn same_shape(q: &Questionnaire, other: &Questionnaire) -> bool {
    q.id == other.id
        && q.scale.min == other.scale.min
        && q.scale.max == other.scale.max
        && q.dimensions.len() == other.dimensions.len()
        && q.dimensions
            .iter()
            .zip(&other.dimensions)
            .all(|(a, b)| a.id == b.id && a.group == b.group)
        && q.items.len() == other.items.len()
        && q.items.iter().zip(&other.items).all(|(a, b)| {
            a.id == b.id
                && a.dimension == b.dimension
                && a.reverse == b.reverse
                && a.outcome == b.outcome
        })
        && q.stages.len() == other.stages.len()
        && q.stages
            .iter()
            .zip(&other.stages)
            .all(|(a, b)| a.min == b.min && a.markers == b.markers)
}

pub(crate) struct Row<'a> {
    pub dimension: &'a Dimension,
    pub(crate) score: Option<f64>,
    pub(crate) answered: usize,
    pub items: usize,
}

impl<'a> Summary<'a> {
    pub(crate) fn new(assessment: &'a Assessment, questionnaire: &'a Questionnaire) -> Self {
        Self {
            scores: score::score(questionnaire, &assessment.answers),
            assessment,
            questionnaire,
            owner: None,
        }
    }

    /// The same summary, its texts worded for the other side with the owner's name.
    pub(crate) fn with_owner(mut self, owner: Option<&'a str>) -> Self {
        self.owner = owner;
        self
    }

    /// The notes written on questions, in questionnaire order, each with its question.
    pub(crate) fn notes(&self) -> Vec<QuestionNote<'a>> {
        let a = self.assessment;
        let mut notes: Vec<(usize, QuestionNote)> = a
            .answers
            .iter()
            .filter_map(|answer| {
                let note = answer.note.as_deref()?;
                let index = self.questionnaire.item_index(&answer.item);
                let question = index
                    .map(|i| self.fill(&self.questionnaire.items[i].text))
                    .unwrap_or_else(|| answer.item.clone());
                Some((
                    index.unwrap_or(usize::MAX),
                    QuestionNote {
                        item: &answer.item,
                        question,
                        note,
                    },
                ))
            })
            .collect();
        notes.sort_by_key(|(i, _)| *i);
        notes.into_iter().map(|(_, n)| n).collect()
    }

    pub fn of(stored: &'a Stored) -> Self {
        Self::new(&stored.assessment, &stored.questionnaire)
    }

    /// The assessment read in the questionnaire of language `lang` (its names, meanings and
    /// stages) when the catalog has that language's version of it with the same shape; else in
    /// the assessment's own. The scores are the same either way.
    pub(crate) fn in_lang(stored: &'a Stored, catalog: &'a Catalog, lang: &str) -> Self {
        let own = &stored.questionnaire;
        let shown = catalog
            .find_exact(&own.id, lang, own.version, own.side())
            .filter(|q| q.lang != own.lang && same_shape(own, q))
            .map_or(&**own, |q| &**q);
        Self::new(&stored.assessment, shown)
    }

    pub(crate) fn rows(&self) -> impl Iterator<Item = Row<'a>> + '_ {
        self.questionnaire
            .dimensions
            .iter()
            .zip(&self.scores.dimensions)
            .map(|(dimension, s)| Row {
                dimension,
                score: s.score,
                answered: s.answered,
                items: s.items,
            })
    }

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

    /// A questionnaire text as this assessment's respondent reads it.
    pub(crate) fn fill(&self, text: &str) -> String {
        self.assessment.fill(text, self.owner)
    }

    /// Dimensions where a statement and its reversed sibling were answered the same way.
    pub(crate) fn reversed_pairs(&self) -> Vec<crate::consistency::ReversedPair> {
        crate::consistency::reversed_pairs(self.questionnaire, &self.assessment.answers)
    }

    /// The reversed statements answered like the others of their dimension, one line each
    /// ("Closeness of ties: “…”"), to look at again; empty when the answers agree.
    pub(crate) fn look_again_lines(&self, words: &crate::i18n::Common) -> Vec<String> {
        self.reversed_pairs()
            .iter()
            .filter_map(|pair| {
                let dimension = self.questionnaire.dimension(&pair.dimension)?;
                let reversed = pair
                    .items
                    .iter()
                    .filter_map(|id| self.questionnaire.item(id))
                    .find(|i| i.reverse)?;
                Some(crate::i18n::fill(
                    words.look_again_line,
                    &[
                        ("dimension", &dimension.name),
                        ("statement", &self.fill(&reversed.text)),
                    ],
                ))
            })
            .collect()
    }

    /// The outcome statements (asked, kept out of every score) as the respondent read them,
    /// each with its answer in words ("4 (Agree)", "Don't know / doesn't apply"); empty when
    /// the questionnaire has none.
    pub(crate) fn outcome_lines(&self, words: &crate::i18n::Common) -> Vec<(String, String)> {
        self.scores
            .outcomes
            .iter()
            .filter_map(|o| {
                let item = self.questionnaire.item(&o.item)?;
                let answered = self.assessment.answers.iter().any(|a| a.item == o.item);
                let answer = match o.value {
                    Some(v) => match self.questionnaire.scale.label(v) {
                        Some(label) if !label.is_empty() => format!("{v} ({label})"),
                        _ => v.to_string(),
                    },
                    None if answered => words.dont_know.to_string(),
                    None => words.no_answer.to_string(),
                };
                Some((self.fill(&item.text), answer))
            })
            .collect()
    }

    /// Why there is no stage: nothing scored, or too few dimensions scored; none when there
    /// is one (or no ladder).
    pub(crate) fn no_stage_text(&self, words: &crate::i18n::Common) -> Option<String> {
        if self.scores.stage.is_some() || self.questionnaire.stages.is_empty() {
            return None;
        }
        Some(match self.scores.overall {
            None => words.no_stage.to_string(),
            Some(_) => crate::i18n::fill(
                words.no_stage_few,
                &[
                    ("scored", &self.scores.scored()),
                    ("total", &self.scores.dimensions.len()),
                ],
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::same_shape;
    use crate::questionnaire::Catalog;

    #[test]
    fn only_a_questionnaire_of_the_same_shape_reads_another_languages_assessment() {
        let catalog = Catalog::builtin();
        let en = catalog.find("trust", "en").unwrap();
        let fr = catalog.find("trust", "fr").unwrap();
        assert!(same_shape(en, fr) && same_shape(fr, en));
        let mut other = (**fr).clone();
        other.dimensions[4].id = "nearness".into();
        assert!(!same_shape(en, &other), "another dimension");
        let mut other = (**fr).clone();
        other.items[2].reverse = !other.items[2].reverse;
        assert!(!same_shape(en, &other), "another scoring");
        let mut other = (**fr).clone();
        other.stages[3].min += 1.0;
        assert!(!same_shape(en, &other), "other stages");
    }
}

#[cfg(test)]
mod ladder_tests {
    use super::Summary;
    use crate::assessment::{Answer, Response};
    use crate::i18n::{Common, Lang};

    /// Alice's view with every statement of trust version 2 answered `value` (reversed ones
    /// mirrored), outcomes included.
    fn answered_all(value: i64) -> crate::store::Stored {
        let mut stored = crate::test_support::stored("A1", "Alice", "self", "2026-12-01T10:00:00Z");
        let catalog = crate::questionnaire::Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap().clone();
        stored.assessment.questionnaire_version = q.version;
        stored.assessment.answers = q
            .items
            .iter()
            .map(|i| Answer {
                item: i.id.clone(),
                response: Response::Value(if i.reverse { 6 - value } else { value }),
                note: None,
                extra: Default::default(),
            })
            .collect();
        stored.questionnaire = q;
        stored
    }

    /// A score nearer a threshold than a change worth calling out says the stage could read as
    /// its neighbour; one well inside its stage says nothing of the kind.
    #[test]
    fn a_score_at_the_edge_of_a_stage_says_so() {
        let words = Common::of(Lang::En);
        // Neutral everywhere: 50, ten points inside Dialogue (40-59).
        let neutral = answered_all(3);
        let report = Summary::of(&neutral);
        let ladder = report.ladder().unwrap();
        assert_eq!(ladder.stage.name, "Dialogue");
        assert_eq!(ladder.edge_text(words), None);
        // "Agree" everywhere but one plain statement at "neither": just under 75, at the edge
        // of Shared values (or just over: then at the edge of Parallel production).
        let mut near = answered_all(4);
        let first = near
            .assessment
            .answers
            .iter_mut()
            .find(|a| a.item == "closeness.frequent");
        first.unwrap().response = Response::Value(3);
        let report = Summary::of(&near);
        let ladder = report.ladder().unwrap();
        let edge = ladder.edge_text(words).expect("at an edge");
        assert!(
            edge == "Close to Shared values: two answers moving one step could change the stage."
                || edge.starts_with("Close to Parallel production"),
            "{edge} ({:?})",
            report.scores.overall
        );
    }

    /// An overall score high enough for the next rung whose marking statements are low: the
    /// next step says so, never "1 point to go".
    #[test]
    fn a_rung_held_back_by_its_statements_says_so() {
        let mut stored = crate::test_support::stored("A1", "Alice", "self", "2026-12-01T10:00:00Z");
        let catalog = crate::questionnaire::Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap().clone();
        stored.assessment.questionnaire_version = q.version;
        stored.assessment.answers = q
            .items
            .iter()
            .map(|i| Answer {
                item: i.id.clone(),
                response: Response::Value(match i.id.as_str() {
                    "common-language.terms" | "common-language.shorthand" => 1,
                    _ if i.reverse => 1,
                    _ => 5,
                }),
                note: None,
                extra: Default::default(),
            })
            .collect();
        stored.questionnaire = q;
        let report = Summary::of(&stored);
        let ladder = report.ladder().unwrap();
        assert_eq!(ladder.stage.name, "Dialogue");
        let next = ladder.next_text(Common::of(Lang::En)).unwrap();
        assert_eq!(
            next,
            "Next: Common understanding at 60: the overall score reaches it, the statements that mark it do not yet"
        );
    }
}
