//! A small multi-line text editor model for notes: the text, a cursor, and how it wraps.

use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextArea {
    text: String,
    /// A byte offset on a char boundary.
    cursor: usize,
    /// The most bytes the text may grow to (none when `None`).
    limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Newline,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    /// Clear the whole text (Ctrl-U).
    Clear,
}

impl TextArea {
    /// Starts with `text`, the cursor at its end.
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.len(),
            limit: None,
        }
    }

    /// The text may not grow past `bytes` (a longer starting text is kept, and may shrink).
    pub fn limited(mut self, bytes: usize) -> Self {
        self.limit = Some(bytes);
        self
    }

    /// How many more bytes fit.
    fn room(&self) -> usize {
        self.limit
            .map_or(usize::MAX, |max| max.saturating_sub(self.text.len()))
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Inserts pasted text at the cursor; returns false when it was cut to fit the limit.
    pub fn insert_str(&mut self, s: &str) -> bool {
        // Pasted text from Windows has CRLF; tabs would break the layout.
        let clean = s
            .replace("\r\n", "\n")
            .replace(['\r'], "\n")
            .replace('\t', "    ");
        let mut end = clean.len().min(self.room());
        while !clean.is_char_boundary(end) {
            end -= 1;
        }
        self.text.insert_str(self.cursor, &clean[..end]);
        self.cursor += end;
        end == clean.len()
    }

    /// Applies an edit; returns false when a character was refused because of the limit.
    pub fn apply(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Insert(c) if c.len_utf8() > self.room() => return false,
            Edit::Insert(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Newline => return self.apply(Edit::Insert('\n')),
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
            Edit::Home => self.cursor = self.line_start(),
            Edit::End => self.cursor = self.line_end(),
            Edit::Up => self.vertical(false),
            Edit::Down => self.vertical(true),
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
        }
        true
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Moves to the same column (in chars) of the previous or next line.
    fn vertical(&mut self, down: bool) {
        let start = self.line_start();
        let column = self.text[start..self.cursor].chars().count();
        let target_start = if down {
            let end = self.line_end();
            if end >= self.text.len() {
                return;
            }
            end + 1
        } else {
            if start == 0 {
                return;
            }
            self.text[..start - 1].rfind('\n').map_or(0, |i| i + 1)
        };
        let line = &self.text[target_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let offset: usize = line.chars().take(column).map(char::len_utf8).sum();
        self.cursor = target_start + offset;
    }

    /// The text wrapped to `width` columns, and the cursor's (row, column) in it.
    pub fn wrapped(&self, width: usize) -> (Vec<String>, (usize, usize)) {
        let width = width.max(2);
        let mut rows = vec![String::new()];
        let mut row_width = 0;
        let mut cursor = (0, 0);
        for (offset, c) in self
            .text
            .char_indices()
            .chain(std::iter::once((self.text.len(), '\0')))
        {
            let w = if c == '\n' || c == '\0' {
                0
            } else {
                c.width().unwrap_or(0)
            };
            if row_width + w > width || (row_width == width && offset == self.cursor) {
                rows.push(String::new());
                row_width = 0;
            }
            if offset == self.cursor {
                cursor = (rows.len() - 1, row_width);
            }
            match c {
                '\0' => {}
                '\n' => {
                    rows.push(String::new());
                    row_width = 0;
                }
                c if c.is_control() => {}
                c => {
                    rows.last_mut().expect("never empty").push(c);
                    row_width += w;
                }
            }
        }
        (rows, cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextArea {
        let mut t = TextArea::default();
        for c in s.chars() {
            t.apply(if c == '\n' {
                Edit::Newline
            } else {
                Edit::Insert(c)
            });
        }
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
        t.apply(Edit::Clear);
        assert_eq!(t.text(), "");
        t.apply(Edit::Backspace);
        t.apply(Edit::Left);
    }

    #[test]
    fn lines_and_vertical_moves() {
        let mut t = typed("abc\nde\nfghi");
        t.apply(Edit::Up);
        t.apply(Edit::Insert('X'));
        assert_eq!(
            t.text(),
            "abc\ndeX\nfghi",
            "column clamped to the shorter line"
        );
        t.apply(Edit::Up);
        t.apply(Edit::End);
        t.apply(Edit::Insert('Y'));
        assert_eq!(t.text(), "abcY\ndeX\nfghi");
        t.apply(Edit::Down);
        t.apply(Edit::Down);
        t.apply(Edit::Down);
        t.apply(Edit::Insert('Z'));
        assert_eq!(t.text(), "abcY\ndeX\nfghZi", "down keeps the column");
    }

    #[test]
    fn paste_normalises_line_endings() {
        let mut t = TextArea::new("a");
        t.insert_str("b\r\nc\td");
        assert_eq!(t.text(), "ab\nc    d");
    }

    #[test]
    fn a_limited_text_refuses_to_grow_past_its_limit() {
        let mut t = TextArea::new("ab").limited(4);
        assert!(t.apply(Edit::Insert('c')));
        assert!(!t.apply(Edit::Insert('é')), "two bytes do not fit in one");
        assert!(t.apply(Edit::Insert('d')));
        assert!(!t.apply(Edit::Newline));
        assert!(!t.apply(Edit::Insert('x')));
        assert_eq!(t.text(), "abcd");
        assert!(t.apply(Edit::Backspace) && t.apply(Edit::Backspace));
        assert!(!t.insert_str("é🚀"), "the paste is cut");
        assert_eq!(
            t.text(),
            "abé",
            "at a char boundary: the rocket's 4 bytes do not fit"
        );
        assert!(t.apply(Edit::Home) && t.apply(Edit::Delete));
        assert!(t.insert_str("z"), "room again after deleting");
        assert_eq!(t.text(), "zbé");
    }

    #[test]
    fn a_longer_starting_text_is_kept_and_can_shrink() {
        let mut t = TextArea::new("abcdef").limited(3);
        assert!(!t.apply(Edit::Insert('x')));
        assert!(!t.insert_str("y"));
        assert!(t.apply(Edit::Backspace));
        assert_eq!(t.text(), "abcde");
    }

    #[test]
    fn wrapping_places_the_cursor() {
        let t = typed("abcdef\ngh");
        let (rows, cursor) = t.wrapped(4);
        assert_eq!(rows, ["abcd", "ef", "gh"]);
        assert_eq!(cursor, (2, 2));
        let (rows, cursor) = typed("abcd").wrapped(4);
        assert_eq!(rows, ["abcd", ""]);
        assert_eq!(cursor, (1, 0), "a full row puts the cursor on the next one");
        let (rows, _) = typed("团队团队").wrapped(5);
        assert_eq!(rows, ["团队", "团队"], "wide characters count double");
    }
}
