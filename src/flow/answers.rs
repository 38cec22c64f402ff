//! Writing into the draft: an answer's response and note, each kept in questionnaire order.

use super::Flow;
use crate::assessment::{Answer, Response};

impl Flow {
    pub(super) fn set_response(&mut self, index: usize, response: Response) {
        self.entry(index).response = response;
    }

    pub(super) fn set_note(&mut self, index: usize, note: Option<String>) {
        let note = note.filter(|n| !n.trim().is_empty());
        if note.is_none() && self.answer_at(index).is_none() {
            return;
        }
        self.entry(index).note = note;
    }

    /// The answer of item `index`, created (unanswered) in questionnaire order if missing.
    pub(super) fn entry(&mut self, index: usize) -> &mut Answer {
        let id = self.questionnaire.items[index].id.clone();
        let position = self
            .draft
            .answers
            .iter()
            .position(|a| a.item == id)
            .unwrap_or_else(|| {
                let at = self
                    .draft
                    .answers
                    .iter()
                    .position(|a| {
                        self.questionnaire
                            .item_index(&a.item)
                            .is_some_and(|j| j > index)
                    })
                    .unwrap_or(self.draft.answers.len());
                self.draft.answers.insert(
                    at,
                    Answer {
                        item: id,
                        response: Response::Unanswered,
                        note: None,
                        extra: Default::default(),
                    },
                );
                at
            });
        &mut self.draft.answers[position]
    }
}
