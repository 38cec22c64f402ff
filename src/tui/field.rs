//! A one-line text field for the form: the text and a cursor. (Notes use `super::note`.)
//! Every such field holds a name (a subject, a respondent, yours, a client's), so it holds at
//! most `names::MAX_NAME_CHARS` characters, as every file and command line does.

use crate::names::MAX_NAME_CHARS;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextArea {
    text: String,
    /// A byte offset on a char boundary.
    cursor: usize,
    /// Filled in for the person and not touched yet: what they type replaces it, as a
    /// selected text would be.
    fresh: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Clear the whole text (Ctrl-U).
    Clear,
}

impl TextArea {
    /// Starts with `text`, the cursor at its end.
    pub(crate) fn new(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.len(),
            fresh: false,
        }
    }

    /// Starts with `text` filled in for the person: the first key typed replaces it (an arrow
    /// keeps it, to be edited).
    pub(crate) fn prefilled(text: &str) -> Self {
        Self {
            fresh: true,
            ..Self::new(text)
        }
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Whether the text is as filled in, not yet touched.
    pub(crate) fn is_fresh(&self) -> bool {
        self.fresh && !self.text.is_empty()
    }

    /// A key on a prefilled text: typing or deleting replaces it all, moving keeps it.
    fn touch(&mut self, replaces: bool) {
        if std::mem::take(&mut self.fresh) && replaces {
            self.text.clear();
            self.cursor = 0;
        }
    }

    /// Room left for this many more characters.
    fn room(&self) -> usize {
        MAX_NAME_CHARS.saturating_sub(self.text.chars().count())
    }

    /// Inserts pasted text at the cursor, as one line: tabs become spaces. What goes beyond
    /// the limit of a name is cut.
    pub(crate) fn insert_str(&mut self, s: &str) {
        self.touch(true);
        let room = self.room();
        let clean: String = s
            .chars()
            .take(room)
            .map(|c| if matches!(c, '\r' | '\n') { ' ' } else { c })
            .collect();
        let clean = clean.replace('\t', "    ");
        let clean: String = clean.chars().take(room).collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    pub(crate) fn apply(&mut self, edit: Edit) {
        self.touch(matches!(
            edit,
            Edit::Insert(_) | Edit::Backspace | Edit::Delete | Edit::Clear
        ));
        match edit {
            Edit::Insert(_) if self.room() == 0 => {}
            Edit::Insert(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Backspace => {
                if let Some(c) = self.text[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                    self.text.remove(self.cursor);
                }
            }
            Edit::Delete => {
                if self.cursor < self.text.len() {
                    self.text.remove(self.cursor);
                }
            }
            Edit::Left => {
                if let Some(c) = self.text[..self.cursor].chars().next_back() {
                    self.cursor -= c.len_utf8();
                }
            }
            Edit::Right => {
                if let Some(c) = self.text[self.cursor..].chars().next() {
                    self.cursor += c.len_utf8();
                }
            }
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextArea {
        let mut t = TextArea::default();
        s.chars().for_each(|c| t.apply(Edit::Insert(c)));
        t
    }

    #[test]
    fn typing_and_deleting_unicode() {
        let mut t = typed("é🚀\"\\");
        assert_eq!(t.text(), "é🚀\"\\");
        t.apply(Edit::Left);
        t.apply(Edit::Left);
        t.apply(Edit::Backspace);
        assert_eq!(t.text(), "é\"\\");
        t.apply(Edit::Delete);
        assert_eq!(t.text(), "é\\");
        t.apply(Edit::Home);
        t.apply(Edit::Insert('x'));
        assert_eq!(t.text(), "xé\\");
        t.apply(Edit::End);
        t.apply(Edit::Insert('y'));
        assert_eq!(t.text(), "xé\\y");
        t.apply(Edit::Clear);
        assert_eq!(t.text(), "");
        t.apply(Edit::Backspace);
        t.apply(Edit::Left);
    }

    #[test]
    fn typing_in_a_prefilled_field_replaces_it_and_an_arrow_keeps_it() {
        let mut t = TextArea::prefilled("Team Atlas");
        assert!(t.is_fresh());
        t.apply(Edit::Insert('B'));
        assert_eq!(t.text(), "B");
        let mut t = TextArea::prefilled("Team Atlas");
        t.apply(Edit::Backspace);
        assert_eq!(t.text(), "");
        let mut t = TextArea::prefilled("Team Atlas");
        t.apply(Edit::Left);
        t.apply(Edit::Insert('x'));
        assert_eq!(t.text(), "Team Atlaxs");
        let mut t = TextArea::prefilled("Team");
        t.insert_str("Bob");
        assert_eq!(t.text(), "Bob", "a paste replaces it too");
    }

    #[test]
    fn a_name_stops_at_its_limit_whether_typed_or_pasted() {
        use crate::names::MAX_NAME_CHARS;
        let mut t = typed(&"é".repeat(MAX_NAME_CHARS + 5));
        assert_eq!(t.text().chars().count(), MAX_NAME_CHARS);
        t.apply(Edit::Home);
        t.apply(Edit::Insert('x'));
        assert!(!t.text().starts_with('x'), "refused at the limit");
        let mut t = TextArea::new("ab");
        t.apply(Edit::Left);
        t.insert_str(&"z".repeat(2_600_000));
        assert_eq!(t.text().chars().count(), MAX_NAME_CHARS);
        assert!(t.text().starts_with("azz") && t.text().ends_with("zb"));
    }

    #[test]
    fn a_paste_stays_on_one_line() {
        let mut t = TextArea::new("a");
        t.insert_str("b\r\nc\td");
        assert_eq!(t.text(), "ab  c    d");
    }
}
