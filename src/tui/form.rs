//! The "new assessment" form: who the relationship is with (offering the known subjects), and
//! whose view it is.

use super::field::{Edit, TextArea};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Subject,
    Respondent,
}

/// What the form refuses, worded by the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// The relationship has no name.
    NoSubject,
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
    pub error: Option<FormError>,
    /// How the person's own view (`self`) is shown, and typed: "you", "vous".
    pub yours: &'static str,
}

impl Form {
    /// The form, the respondent filled with `yours`: how `self` is shown in the interface's
    /// language, so that leaving it as it is means "my own view".
    pub fn new(known: Vec<String>, yours: &'static str) -> Self {
        Self {
            subject: TextArea::default(),
            respondent: TextArea::new(yours),
            field: Field::Subject,
            known,
            selected: None,
            error: None,
            yours,
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
                self.error = Some(FormError::NoSubject);
                return None;
            }
            self.field = Field::Respondent;
            return None;
        }
        let subject = self.subject.text().trim().to_string();
        if subject.is_empty() {
            self.field = Field::Subject;
            self.error = Some(FormError::NoSubject);
            return None;
        }
        // The word shown for `self`, and `self` itself, both mean the person's own view.
        let respondent = match self.respondent.text().trim() {
            r if r.is_empty()
                || crate::names::same(r, self.yours)
                || crate::names::same(r, crate::assessment::DEFAULT_RESPONDENT) =>
            {
                crate::assessment::DEFAULT_RESPONDENT.to_string()
            }
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
        let mut f = Form::new(
            vec!["Alice".into(), "Team Atlas".into(), "Bob".into()],
            "you",
        );
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
        let mut f = Form::new(vec![], "vous");
        assert_eq!(f.submit(), None);
        assert!(f.error.is_some(), "an empty name is refused");
        typed(&mut f, "  Zoé 🚀 ");
        f.submit();
        f.edit(Edit::Clear);
        typed(&mut f, "Zoé");
        assert_eq!(f.submit(), Some(("Zoé 🚀".into(), "Zoé".into())));
    }

    #[test]
    fn the_word_for_my_own_view_and_self_both_mean_self() {
        for typed_respondent in ["vous", "Vous ", "self", ""] {
            let mut f = Form::new(vec![], "vous");
            typed(&mut f, "Alice");
            f.submit();
            f.edit(Edit::Clear);
            typed(&mut f, typed_respondent);
            assert_eq!(
                f.submit(),
                Some(("Alice".into(), "self".into())),
                "{typed_respondent:?}"
            );
        }
        let mut f = Form::new(vec![], "vous");
        typed(&mut f, "Alice");
        f.submit();
        assert_eq!(
            f.submit(),
            Some(("Alice".into(), "self".into())),
            "left as it is"
        );
    }
}
