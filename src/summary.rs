//! What one assessment says, ready to show: names, scores, indices and stage, and its JSON form.
//! Shared by `show`, `export`, `trend` and the TUI so that they can never disagree.

use crate::assessment::Assessment;
use crate::questionnaire::{Catalog, Dimension, Questionnaire};
use crate::score::{self, Scores};
use crate::store::Stored;

mod json;
mod ladder;

pub use ladder::Ladder;

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

    /// A questionnaire text as this assessment's respondent reads it.
    pub(crate) fn fill(&self, text: &str) -> String {
        self.assessment.fill(text, self.owner)
    }

    /// Dimensions where a statement and its reversed sibling were answered the same way.
    pub(crate) fn reversed_pairs(&self) -> Vec<crate::consistency::ReversedPair> {
        crate::consistency::reversed_pairs(self.questionnaire, &self.assessment.answers)
    }

    /// The answers as a whole lean one way, reversed statements included (see
    /// [`crate::consistency::answered_alike`]).
    pub(crate) fn answered_alike(&self) -> bool {
        crate::consistency::answered_alike(self.questionnaire, &self.assessment.answers)
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
mod tests;
