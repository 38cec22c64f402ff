//! The "new assessment" form: who the relationship is with (offering the known subjects),
//! whose view it is (the owner's, or the other side's, offering the known respondents), the
//! owner's name when the other side answers and no name is known, and the questionnaire when
//! there are several.

use super::field::{Edit, TextArea};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Subject,
    View,
    Respondent,
    Owner,
    Remember,
    Questionnaire,
    /// Which side answers, for a questionnaire worded for two sides.
    Side,
}

/// Whose view the assessment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    /// The owner's: yours, or in a client's space the client's (`self`).
    Owner,
    /// The other side's: the subject, or a person of it.
    Other,
}

/// What the form refuses, worded by the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormError {
    /// The relationship has no name.
    NoSubject,
    /// The other side answers, and the owner's name (which it reads) is not given.
    NoOwner,
    /// The store spells this name several ways: which one is not guessed.
    Collides(Vec<String>),
}

/// A subject already in the space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Known {
    pub name: String,
    /// Who answered about it besides the owner.
    pub(crate) respondents: Vec<String>,
    /// The questionnaire of its latest assessment.
    pub questionnaire: String,
}

/// What the form gives once complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Start {
    pub subject: String,
    /// `None`: the owner's own view.
    pub respondent: Option<String>,
    /// The owner's name as typed, and whether to keep it in the config file.
    pub(crate) owner: Option<(String, bool)>,
    /// The questionnaire's id, when the form offered a choice.
    pub questionnaire: Option<String>,
    /// The side answering, for a questionnaire worded for sides.
    pub side: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub subject: TextArea,
    pub(crate) view: View,
    /// The other side's name (the subject's, unless changed).
    pub respondent: TextArea,
    /// The owner's name, asked when the other side answers and it is not known.
    pub(crate) owner_name: TextArea,
    /// Keep the owner's name in the config file.
    pub(crate) remember: bool,
    pub(crate) field: Field,
    /// The subjects already in the store, most recent first.
    pub(crate) known: Vec<Known>,
    /// The suggestion chosen with ↑/↓, if any (of subjects, or of respondents).
    pub(crate) selected: Option<usize>,
    pub(crate) error: Option<FormError>,
    /// How the owner is shown: the client's name, or "you" ("vous").
    pub(crate) yours: String,
    /// The owner's name is not known: the form asks for it when the other side answers.
    pub(crate) ask_owner: bool,
    /// The questionnaires to choose from, (id, title); a choice only with two or more.
    pub(crate) questionnaires: Vec<(String, String)>,
    pub questionnaire: usize,
    /// Each questionnaire's sides, (id, name), in the order of `questionnaires`; empty for
    /// one worded for a single side.
    pub(crate) sides: Vec<Vec<(String, String)>>,
    /// The side chosen, among the chosen questionnaire's.
    pub(crate) side: usize,
}

impl Form {
    /// The form, owner's view first; `yours` is how the owner is shown.
    pub(crate) fn new(known: Vec<Known>, yours: &str, ask_owner: bool) -> Self {
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
            sides: vec![],
            side: 0,
        }
    }

    /// The subject filled in (the one selected on the home screen): typing replaces it.
    pub(crate) fn with_subject(mut self, name: &str) -> Self {
        self.subject = TextArea::prefilled(name);
        self
    }

    /// The questionnaires to choose from, `default` first chosen.
    pub(crate) fn with_questionnaires(
        mut self,
        list: Vec<(String, String)>,
        default: &str,
    ) -> Self {
        self.questionnaire = list.iter().position(|(id, _)| id == default).unwrap_or(0);
        self.questionnaires = list;
        self
    }

    /// The sides of each questionnaire offered, in the order of `with_questionnaires`' list.
    pub(crate) fn with_sides(mut self, sides: Vec<Vec<(String, String)>>) -> Self {
        self.sides = sides;
        self
    }

    /// The sides of the chosen questionnaire: empty when it is worded for one side only.
    pub(crate) fn chosen_sides(&self) -> &[(String, String)] {
        self.sides
            .get(self.questionnaire)
            .map_or(&[], Vec::as_slice)
    }

    /// The fields on screen, in order.
    pub(crate) fn fields(&self) -> Vec<Field> {
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
        if !self.chosen_sides().is_empty() {
            fields.push(Field::Side);
        }
        fields
    }

    /// The suggestions of the field: known subjects, or the subject's known respondents,
    /// containing what was typed (ignoring case; all of them before typing).
    pub(crate) fn suggestions(&self) -> Vec<&str> {
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
    pub(crate) fn known_subject(&self) -> Option<&Known> {
        let typed = self.subject.text();
        self.known
            .iter()
            .find(|k| crate::names::same(&k.name, typed))
    }

    pub(crate) fn edit(&mut self, edit: Edit) {
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
                self.side = 0;
            }
            Field::Side if toggle && !self.chosen_sides().is_empty() => {
                let n = self.chosen_sides().len();
                let back = edit == Edit::Left;
                self.side = (self.side + if back { n - 1 } else { 1 }) % n;
            }
            _ => {}
        }
        self.selected = None;
    }

    pub(crate) fn paste(&mut self, text: &str) {
        match self.field {
            Field::Subject => self.subject.insert_str(text),
            Field::Respondent => self.respondent.insert_str(text),
            Field::Owner => self.owner_name.insert_str(text),
            _ => {}
        }
        self.selected = None;
    }
}

mod steps;

#[cfg(test)]
mod tests;
