//! The "new assessment" form: who the relationship is with (offering the known subjects),
//! whose view it is (the owner's, or the other side's, offering the known respondents), the
//! owner's name when the other side answers and no name is known, and the questionnaire when
//! there are several.

use super::field::{Edit, TextArea};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Subject,
    View,
    Respondent,
    Owner,
    Remember,
    Questionnaire,
}

/// Whose view the assessment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The owner's: yours, or in a client's space the client's (`self`).
    Owner,
    /// The other side's: the subject, or a person of it.
    Other,
}

/// What the form refuses, worded by the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// The relationship has no name.
    NoSubject,
    /// The other side answers, and the owner's name (which it reads) is not given.
    NoOwner,
    /// The store spells this name several ways: which one is not guessed.
    Collides(Vec<String>),
}

/// A subject already in the space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub name: String,
    /// Who answered about it besides the owner.
    pub respondents: Vec<String>,
    /// The questionnaire of its latest assessment.
    pub questionnaire: String,
}

/// What the form gives once complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub subject: String,
    /// `None`: the owner's own view.
    pub respondent: Option<String>,
    /// The owner's name as typed, and whether to keep it in the config file.
    pub owner: Option<(String, bool)>,
    /// The questionnaire's id, when the form offered a choice.
    pub questionnaire: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub subject: TextArea,
    pub view: View,
    /// The other side's name (the subject's, unless changed).
    pub respondent: TextArea,
    /// The owner's name, asked when the other side answers and it is not known.
    pub owner_name: TextArea,
    /// Keep the owner's name in the config file.
    pub remember: bool,
    pub field: Field,
    /// The subjects already in the store, most recent first.
    pub known: Vec<Known>,
    /// The suggestion chosen with ↑/↓, if any (of subjects, or of respondents).
    pub selected: Option<usize>,
    pub error: Option<FormError>,
    /// How the owner is shown: the client's name, or "you" ("vous").
    pub yours: String,
    /// The owner's name is not known: the form asks for it when the other side answers.
    pub ask_owner: bool,
    /// The questionnaires to choose from, (id, title); a choice only with two or more.
    pub questionnaires: Vec<(String, String)>,
    pub questionnaire: usize,
}

impl Form {
    /// The form, owner's view first; `yours` is how the owner is shown.
    pub fn new(known: Vec<Known>, yours: &str, ask_owner: bool) -> Self {
        Self {
            subject: TextArea::default(),
            view: View::Owner,
            respondent: TextArea::default(),
            owner_name: TextArea::default(),
            remember: true,
            field: Field::Subject,
            known,
            selected: None,
            error: None,
            yours: yours.to_string(),
            ask_owner,
            questionnaires: vec![],
            questionnaire: 0,
        }
    }

    /// The subject filled in (the one selected on the home screen): typing replaces it.
    pub fn with_subject(mut self, name: &str) -> Self {
        self.subject = TextArea::prefilled(name);
        self
    }

    /// The questionnaires to choose from, `default` first chosen.
    pub fn with_questionnaires(mut self, list: Vec<(String, String)>, default: &str) -> Self {
        self.questionnaire = list.iter().position(|(id, _)| id == default).unwrap_or(0);
        self.questionnaires = list;
        self
    }

    /// The fields on screen, in order.
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = vec![Field::Subject, Field::View];
        if self.view == View::Other {
            fields.push(Field::Respondent);
            if self.ask_owner {
                fields.extend([Field::Owner, Field::Remember]);
            }
        }
        if self.questionnaires.len() > 1 {
            fields.push(Field::Questionnaire);
        }
        fields
    }

    /// The suggestions of the field: known subjects, or the subject's known respondents,
    /// containing what was typed (ignoring case; all of them before typing).
    pub fn suggestions(&self) -> Vec<&str> {
        let (typed, names): (&TextArea, Vec<&str>) = match self.field {
            Field::Subject => (
                &self.subject,
                self.known.iter().map(|k| k.name.as_str()).collect(),
            ),
            Field::Respondent => (
                &self.respondent,
                self.known_subject()
                    .map(|k| k.respondents.iter().map(String::as_str).collect())
                    .unwrap_or_default(),
            ),
            _ => return vec![],
        };
        let typed = if typed.is_fresh() {
            String::new()
        } else {
            typed.text().trim().to_lowercase()
        };
        names
            .into_iter()
            .filter(|k| k.to_lowercase().contains(&typed))
            .collect()
    }

    /// The subject typed, if it is a known one.
    pub fn known_subject(&self) -> Option<&Known> {
        let typed = self.subject.text();
        self.known
            .iter()
            .find(|k| crate::names::same(&k.name, typed))
    }

    pub fn edit(&mut self, edit: Edit) {
        self.error = None;
        let toggle = matches!(edit, Edit::Insert(' ') | Edit::Left | Edit::Right);
        match self.field {
            Field::Subject => self.subject.apply(edit),
            Field::Respondent => self.respondent.apply(edit),
            Field::Owner => self.owner_name.apply(edit),
            Field::View if toggle => {
                self.view = match self.view {
                    View::Owner => View::Other,
                    View::Other => View::Owner,
                }
            }
            Field::Remember if toggle => self.remember = !self.remember,
            Field::Questionnaire if toggle && !self.questionnaires.is_empty() => {
                let n = self.questionnaires.len();
                let back = edit == Edit::Left;
                self.questionnaire = (self.questionnaire + if back { n - 1 } else { 1 }) % n;
            }
            _ => {}
        }
        self.selected = None;
    }

    pub fn paste(&mut self, text: &str) {
        match self.field {
            Field::Subject => self.subject.insert_str(text),
            Field::Respondent => self.respondent.insert_str(text),
            Field::Owner => self.owner_name.insert_str(text),
            _ => {}
        }
        self.selected = None;
    }

    /// ↑/↓: through the suggestions of a name, else from field to field.
    pub fn select(&mut self, delta: isize) {
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
    pub fn tab(&mut self) {
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
    pub fn submit(&mut self) -> Option<Start> {
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
            self.questionnaire = at;
        }
    }
}

#[cfg(test)]
mod tests;
