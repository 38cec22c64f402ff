//! The "new assessment" form: who the relationship is with (offering the known subjects), and
//! whose view it is.

use super::field::{Edit, TextArea};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Subject,
    Respondent,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub subject: TextArea,
    pub respondent: TextArea,
    pub field: Field,
    /// The subjects already in the store, most recent first.
    pub known: Vec<String>,
    /// The suggestion chosen with ↑/↓, if any.
    pub selected: Option<usize>,
    pub error: Option<String>,
}

impl Form {
    pub fn new(known: Vec<String>) -> Self {
        Self {
            subject: TextArea::default(),
            respondent: TextArea::new(crate::assessment::DEFAULT_RESPONDENT),
            field: Field::Subject,
            known,
            selected: None,
            error: None,
        }
    }

    /// Known subjects containing what was typed (ignoring case); all of them before typing.
    pub fn suggestions(&self) -> Vec<&str> {
        let typed = self.subject.text().trim().to_lowercase();
        self.known
            .iter()
            .filter(|k| k.to_lowercase().contains(&typed))
            .map(String::as_str)
            .collect()
    }

    pub fn edit(&mut self, edit: Edit) {
        self.error = None;
        match self.field {
            Field::Subject => {
                self.subject.apply(edit);
                self.selected = None;
            }
            Field::Respondent => {
                self.respondent.apply(edit);
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self.field {
            Field::Subject => self.subject.insert_str(text),
            Field::Respondent => self.respondent.insert_str(text),
        }
    }

    /// Moves through the suggestions (subject field only).
    pub fn select(&mut self, delta: isize) {
        let count = self.suggestions().len();
        if self.field != Field::Subject || count == 0 {
            return;
        }
        self.selected = match (self.selected, delta) {
            (None, d) if d > 0 => Some(0),
            (None, _) => None,
            (Some(0), d) if d < 0 => None,
            (Some(i), d) => Some((i as isize + d).clamp(0, count as isize - 1) as usize),
        };
    }

    /// Tab: takes the chosen (or only) suggestion, else moves to the other field.
    pub fn tab(&mut self) {
        let suggestions = self.suggestions();
        let pick = self.selected.or((suggestions.len() == 1).then_some(0));
        match (self.field, pick.and_then(|i| suggestions.get(i))) {
            (Field::Subject, Some(name)) if *name != self.subject.text() => {
                self.subject = TextArea::new(name);
                self.selected = None;
            }
            (Field::Subject, _) => self.field = Field::Respondent,
            (Field::Respondent, _) => self.field = Field::Subject,
        }
    }

    /// Enter: on the subject, confirms it and moves on; on the respondent, gives both.
    pub fn submit(&mut self) -> Option<(String, String)> {
        if self.field == Field::Subject {
            if let Some(name) = self
                .selected
                .and_then(|i| self.suggestions().get(i).map(|s| s.to_string()))
            {
                self.subject = TextArea::new(&name);
                self.selected = None;
            }
            if self.subject.text().trim().is_empty() {
                self.error = Some("Type the name of the person, team or community.".into());
                return None;
            }
            self.field = Field::Respondent;
            return None;
        }
        let subject = self.subject.text().trim().to_string();
        if subject.is_empty() {
            self.field = Field::Subject;
            self.error = Some("Type the name of the person, team or community.".into());
            return None;
        }
        let respondent = match self.respondent.text().trim() {
            "" => crate::assessment::DEFAULT_RESPONDENT.to_string(),
            r => r.to_string(),
        };
        Some((subject, respondent))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(form: &mut Form, text: &str) {
        text.chars().for_each(|c| form.edit(Edit::Insert(c)));
    }

    #[test]
    fn suggestions_filter_and_complete() {
        let mut f = Form::new(vec!["Alice".into(), "Team Atlas".into(), "Bob".into()]);
        assert_eq!(f.suggestions().len(), 3);
        typed(&mut f, "a");
        assert_eq!(f.suggestions(), ["Alice", "Team Atlas"]);
        f.select(1);
        f.select(1);
        f.tab();
        assert_eq!(f.subject.text(), "Team Atlas");
        assert_eq!(f.submit(), None);
        assert_eq!(f.field, Field::Respondent);
        assert_eq!(f.submit(), Some(("Team Atlas".into(), "self".into())));
    }

    #[test]
    fn a_new_name_and_a_respondent() {
        let mut f = Form::new(vec![]);
        assert_eq!(f.submit(), None);
        assert!(f.error.is_some(), "an empty name is refused");
        typed(&mut f, "  Zoé 🚀 ");
        f.submit();
        f.edit(Edit::Clear);
        typed(&mut f, "Zoé");
        assert_eq!(f.submit(), Some(("Zoé 🚀".into(), "Zoé".into())));
    }
}
