//! Moving through the form: the suggestions, from field to field, and what Enter gives.

use super::{Field, Form, FormError, Start, View};
use crate::tui::field::TextArea;

impl Form {
    /// ↑/↓: through the suggestions of a name, else from field to field.
    pub(crate) fn select(&mut self, delta: isize) {
        let count = self.suggestions().len();
        if count == 0 {
            self.move_by(delta);
            return;
        }
        self.selected = match (self.selected, delta) {
            (None, d) if d > 0 => Some(0),
            (None, _) => None,
            (Some(0), d) if d < 0 => None,
            (Some(i), d) => Some((i as isize + d).clamp(0, count as isize - 1) as usize),
        };
    }

    /// Tab: takes the chosen (or only) suggestion, else moves to the next field.
    pub(crate) fn tab(&mut self) {
        let suggestions = self.suggestions();
        let pick = self.selected.or((suggestions.len() == 1).then_some(0));
        let current = match self.field {
            Field::Subject => self.subject.text(),
            _ => self.respondent.text(),
        };
        match pick.and_then(|i| suggestions.get(i)) {
            Some(name) if *name != current => {
                let name = name.to_string();
                self.take(&name);
            }
            _ => self.move_by(1),
        }
    }

    /// Enter: takes the chosen suggestion and moves on; on the last field, gives what the
    /// form holds (or says what is missing).
    pub(crate) fn submit(&mut self) -> Option<Start> {
        if let Some(name) = self
            .selected
            .and_then(|i| self.suggestions().get(i).map(|s| s.to_string()))
        {
            self.take(&name);
        }
        if self.field == Field::Subject && self.subject.text().trim().is_empty() {
            self.error = Some(FormError::NoSubject);
            return None;
        }
        if self.fields().last() != Some(&self.field) {
            self.move_by(1);
            return None;
        }
        self.finish()
    }

    /// Everything the form holds, or the first field missing.
    fn finish(&mut self) -> Option<Start> {
        let subject = self.subject.text().trim().to_string();
        if subject.is_empty() {
            self.field = Field::Subject;
            self.error = Some(FormError::NoSubject);
            return None;
        }
        let respondent = (self.view == View::Other).then(|| match self.respondent.text().trim() {
            "" => subject.clone(),
            typed => typed.to_string(),
        });
        let owner = (respondent.is_some() && self.ask_owner)
            .then(|| self.owner_name.text().trim().to_string());
        if owner
            .as_ref()
            .is_some_and(|o| crate::names::identity(o).is_empty())
        {
            self.field = Field::Owner;
            self.error = Some(FormError::NoOwner);
            return None;
        }
        Some(Start {
            subject,
            respondent,
            owner: owner.map(|o| (o, self.remember)),
            questionnaire: (self.questionnaires.len() > 1)
                .then(|| self.questionnaires[self.questionnaire].0.clone()),
            side: self.chosen_sides().get(self.side).map(|(id, _)| id.clone()),
        })
    }

    /// Puts suggestion `name` in the field.
    fn take(&mut self, name: &str) {
        match self.field {
            Field::Subject => self.subject = TextArea::new(name),
            _ => self.respondent = TextArea::new(name),
        }
        self.selected = None;
    }

    /// To the next (or previous) field, wrapping around.
    fn move_by(&mut self, delta: isize) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.field).unwrap_or(0) as isize;
        let n = fields.len() as isize;
        let next = fields[(at + delta).rem_euclid(n) as usize];
        if self.field == Field::Subject && next != Field::Subject {
            self.subject_chosen();
        }
        self.field = next;
        self.selected = None;
    }

    /// The subject is chosen: the other side is named after it (unless already typed), and
    /// a known subject keeps its questionnaire.
    fn subject_chosen(&mut self) {
        let subject = self.subject.text().trim().to_string();
        if self.respondent.is_fresh() || self.respondent.text().trim().is_empty() {
            self.respondent = TextArea::prefilled(&subject);
        }
        let latest = self.known_subject().map(|k| k.questionnaire.clone());
        if let Some(at) = latest.and_then(|id| self.questionnaires.iter().position(|q| q.0 == id)) {
            if at != self.questionnaire {
                self.side = 0;
            }
            self.questionnaire = at;
        }
    }
}
