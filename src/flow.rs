//! The guided assessment as a pure state machine: where the person is, what they answered,
//! and what must be saved. The TUI (and any other front end) drives it with [`Step`]s and
//! performs the `Outcome` it returns.

use std::sync::Arc;

use crate::assessment::{Answer, Assessment, Response};
use crate::questionnaire::{Item, Questionnaire};
use crate::time::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub questionnaire: Arc<Questionnaire>,
    /// The draft: answers in questionnaire order, no `completed`.
    pub draft: Assessment,
    pub(crate) at: Position,
    /// The scale point under the cursor on the current question: none on a question not yet
    /// answered, so that nothing is suggested (←/→ then start from the middle).
    pub(crate) highlight: Option<i64>,
    /// Digits typed towards an answer that could still grow (`1` on a 0-10 scale).
    pub(crate) pending: String,
    /// The item selected on the review screen.
    pub(crate) review_selected: usize,
    /// Set while an item chosen on the review screen is being edited.
    editing_from_review: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// Index of the item in asking order.
    Question(usize),
    Review,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Answer the current question with this scale point, and go on.
    Answer(i64),
    /// Move the highlight along the scale (from the middle when nothing is highlighted);
    /// `i64::MIN` and `i64::MAX` select the ends.
    Highlight(i64),
    /// A digit typed: it answers at once when no longer answer can start with it, else it
    /// waits (shown as pending) for the next digit or Enter.
    Digit(u8),
    /// Backspace: removes the last pending digit, or goes back when there is none.
    Erase,
    /// Answer with the pending digits, else the highlighted point, and go on.
    Confirm,
    Skip,
    Back,
    Forward,
    /// Set (or with `None`, remove) the current question's note.
    Note(Option<String>),
    /// Move the review selection.
    Select(isize),
    /// Edit the item selected on the review screen.
    Edit,
    /// Complete the assessment (from the review screen).
    Finish,
}

/// What the caller must do after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Nothing,
    /// The answers changed: write the draft.
    SaveDraft,
    /// The assessment is complete: file [`Flow::completed`] and remove the draft.
    Complete,
    /// Enter with no point chosen: say how to choose one.
    NoChoice,
    /// A digit that makes no point of the scale (`7` on 1-5): say which numbers do.
    NotOnScale,
}

impl Flow {
    /// A new assessment of `subject`, starting at the first question.
    pub fn start(
        questionnaire: Arc<Questionnaire>,
        subject: &str,
        respondent: &str,
        id: String,
        now: Timestamp,
    ) -> Self {
        let draft = Assessment {
            id,
            subject: subject.to_string(),
            respondent: respondent.to_string(),
            questionnaire: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version,
            side: questionnaire.side().map(str::to_string),
            lang: questionnaire.lang.clone(),
            started: now,
            completed: None,
            note: None,
            intention: None,
            previous_intention: None,
            answers: vec![],
            extra: Default::default(),
        };
        Self::resume(questionnaire, draft)
    }

    /// Picks up a draft at its first question without an answer (or the review if none).
    pub(crate) fn resume(questionnaire: Arc<Questionnaire>, mut draft: Assessment) -> Self {
        draft
            .answers
            .sort_by_key(|a| questionnaire.item_index(&a.item).unwrap_or(usize::MAX));
        let first_open = (0..questionnaire.items.len()).find(|&i| {
            !draft
                .answer(&questionnaire.items[i].id)
                .is_some_and(Answer::is_settled)
        });
        let mut flow = Self {
            highlight: None,
            pending: String::new(),
            questionnaire,
            draft,
            at: Position::Review,
            review_selected: 0,
            editing_from_review: false,
        };
        if let Some(i) = first_open {
            flow.go_to(i);
        }
        flow
    }

    pub(crate) fn total(&self) -> usize {
        self.questionnaire.items.len()
    }

    /// Questions answered or skipped.
    pub fn settled(&self) -> usize {
        self.draft.answers.iter().filter(|a| a.is_settled()).count()
    }

    pub(crate) fn item(&self, index: usize) -> &Item {
        &self.questionnaire.items[index]
    }

    pub(crate) fn answer_at(&self, index: usize) -> Option<&Answer> {
        self.draft.answer(&self.questionnaire.items[index].id)
    }

    pub(crate) fn response_at(&self, index: usize) -> Option<Response> {
        self.answer_at(index).map(|a| a.response)
    }

    pub(crate) fn note_at(&self, index: usize) -> Option<&str> {
        self.answer_at(index).and_then(|a| a.note.as_deref())
    }

    /// The index of the question on screen, or of the item selected on the review.
    pub(crate) fn current_index(&self) -> usize {
        match self.at {
            Position::Question(i) => i,
            Position::Review => self.review_selected,
        }
    }

    pub(crate) fn step(&mut self, step: Step) -> Outcome {
        let scale = self.questionnaire.scale.clone();
        match (self.at, step) {
            (Position::Question(i), Step::Answer(v)) if scale.contains(v) => self.step_answer(i, v),
            (Position::Question(i), Step::Confirm) => match self.confirmed() {
                Some(v) => self.step_answer(i, v),
                None => Outcome::NoChoice,
            },
            (Position::Question(i), Step::Digit(d)) => match self.digit(d) {
                Typed::Answer(v) => self.step_answer(i, v),
                Typed::Pending => Outcome::Nothing,
                Typed::NotOnScale => Outcome::NotOnScale,
            },
            (Position::Question(i), Step::Erase) if !self.pending.is_empty() => {
                self.pending.pop();
                // The highlight follows what is left typed, else the answer as recorded:
                // digits typed then erased choose nothing.
                let typed = self.pending.parse().ok().filter(|v| scale.contains(*v));
                let recorded = match self.response_at(i) {
                    Some(Response::Value(v)) => Some(v),
                    _ => None,
                };
                self.highlight = typed.or(recorded);
                Outcome::Nothing
            }
            (Position::Question(_), Step::Erase) => self.step(Step::Back),
            (Position::Question(_), Step::Highlight(delta)) => {
                self.pending.clear();
                self.highlight = Some(match self.highlight {
                    None if delta == 1 || delta == -1 => scale.middle(),
                    from => from
                        .unwrap_or_else(|| scale.middle())
                        .saturating_add(delta)
                        .clamp(scale.min, scale.max),
                });
                Outcome::Nothing
            }
            (Position::Question(i), Step::Skip) => {
                self.set_response(i, Response::Skipped);
                self.advance(i);
                Outcome::SaveDraft
            }
            (Position::Question(i), Step::Back) if i > 0 => {
                self.editing_from_review = false;
                self.go_to(i - 1);
                Outcome::Nothing
            }
            (Position::Question(i), Step::Forward)
                if self.answer_at(i).is_some_and(Answer::is_settled) =>
            {
                self.advance(i);
                Outcome::Nothing
            }
            (Position::Question(i), Step::Note(note)) => {
                self.set_note(i, note);
                Outcome::SaveDraft
            }
            (Position::Review, Step::Back) => {
                self.go_to(self.total() - 1);
                Outcome::Nothing
            }
            (Position::Review, Step::Select(delta)) => {
                let last = self.total().saturating_sub(1) as isize;
                self.review_selected =
                    (self.review_selected as isize + delta).clamp(0, last) as usize;
                Outcome::Nothing
            }
            (Position::Review, Step::Edit) => {
                self.editing_from_review = true;
                self.go_to(self.review_selected);
                Outcome::Nothing
            }
            (Position::Review, Step::Note(note)) => {
                self.set_note(self.review_selected, note);
                Outcome::SaveDraft
            }
            (Position::Review, Step::Finish) => Outcome::Complete,
            _ => Outcome::Nothing,
        }
    }

    fn step_answer(&mut self, i: usize, value: i64) -> Outcome {
        self.set_response(i, Response::Value(value));
        self.advance(i);
        Outcome::SaveDraft
    }

    /// The completed assessment, ready to be filed.
    pub(crate) fn completed(&self, now: Timestamp) -> Assessment {
        let mut done = self.draft.clone();
        done.completed = Some(now.max(done.started));
        for answer in &mut done.answers {
            if answer.response == Response::Unanswered {
                answer.response = Response::Skipped;
            }
        }
        done
    }

    fn go_to(&mut self, index: usize) {
        self.at = Position::Question(index);
        self.pending.clear();
        // Nothing highlighted on a question without an answer: none is suggested.
        self.highlight = match self.response_at(index) {
            Some(Response::Value(v)) => Some(v),
            _ => None,
        };
    }

    /// After answering question `i`: the review when editing from it or at the end, else the
    /// next question.
    fn advance(&mut self, i: usize) {
        if self.editing_from_review || i + 1 >= self.total() {
            self.editing_from_review = false;
            if self.settled() == self.total() {
                self.review_selected = i;
                self.at = Position::Review;
                return;
            }
            // Some question is still open (e.g. noted but unanswered): go there first.
            let open =
                (0..self.total()).find(|&j| !self.answer_at(j).is_some_and(Answer::is_settled));
            self.go_to(open.unwrap_or(i));
            return;
        }
        self.go_to(i + 1);
    }
}

mod answers;
mod digits;
use digits::Typed;
mod follow_up;
#[cfg(test)]
mod tests;
