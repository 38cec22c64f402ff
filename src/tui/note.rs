//! The note editor's text: `ratatui_textarea::TextArea` (word wrap, undo, grapheme-aware
//! drawing), with the note limit, paste clean-up, and equality for the model.
//!
//! The crate's `TextArea` is not `PartialEq`; `NoteArea` wraps it and compares by text and
//! cursor (its scroll position and undo history are not part of what the model means).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};
use unicode_segmentation::UnicodeSegmentation;

/// An edit of the note, produced by `keys` and applied by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteEdit {
    /// A key in the crate's terms: characters, arrows, Home/End, Backspace, Delete, and
    /// Enter, which starts a new line (the Enter key itself saves: see `keys`).
    Key(Input),
    /// Ctrl-U: clear the whole text (undoable).
    Clear,
    /// Ctrl-Z.
    Undo,
    /// Ctrl-Y.
    Redo,
}

impl NoteEdit {
    pub(crate) fn key(key: Key) -> Self {
        Self::Key(Input {
            key,
            ..Input::default()
        })
    }

    pub fn char(c: char) -> Self {
        Self::key(Key::Char(c))
    }

    pub fn newline() -> Self {
        Self::key(Key::Enter)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct NoteArea {
    area: TextArea<'static>,
    /// The most bytes the text may grow to (a longer starting text is kept, and may shrink).
    limit: usize,
}

impl PartialEq for NoteArea {
    fn eq(&self, other: &Self) -> bool {
        self.area.lines() == other.area.lines()
            && self.area.cursor() == other.area.cursor()
            && self.limit == other.limit
    }
}

impl Eq for NoteArea {}

impl NoteArea {
    /// Starts with `text`, the cursor at its end; the cursor drawn in `cursor_style`.
    pub(crate) fn new(text: &str, limit: usize, cursor_style: Style) -> Self {
        let mut area = TextArea::new(text.split('\n').map(String::from).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(cursor_style);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Self { area, limit }
    }

    pub(crate) fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    fn len(&self) -> usize {
        let lines = self.area.lines();
        lines.iter().map(String::len).sum::<usize>() + lines.len() - 1
    }

    /// How many more bytes fit.
    fn room(&self) -> usize {
        self.limit.saturating_sub(self.len())
    }

    /// Applies an edit; returns false when it was refused because of the limit.
    pub(crate) fn apply(&mut self, edit: NoteEdit) -> bool {
        match edit {
            NoteEdit::Key(input) => {
                let grows = match input.key {
                    Key::Char(c) if !input.ctrl && !input.alt => c.len_utf8(),
                    Key::Enter => 1,
                    _ => 0,
                };
                if grows > self.room() {
                    return false;
                }
                if !input.ctrl && !input.alt {
                    // The crate edits by char: a grapheme (é as e + ◌́, 👍🏽) is several.
                    let repeat = self.grapheme_chars(&input.key);
                    for _ in 1..repeat {
                        self.area.input(input.clone());
                    }
                }
                let before = self.len();
                if self.area.input(input) && self.len() > self.limit.max(before) {
                    // A key that grew the text in a way not foreseen above (a yank).
                    self.area.undo();
                    return false;
                }
            }
            NoteEdit::Clear => {
                self.area.clear();
            }
            NoteEdit::Undo => {
                self.area.undo();
            }
            NoteEdit::Redo => {
                self.area.redo();
            }
        }
        true
    }

    /// How many chars the grapheme that `key` crosses or deletes holds (1 when none).
    fn grapheme_chars(&self, key: &Key) -> usize {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let line = &self.area.lines()[row];
        let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        let grapheme = match key {
            Key::Backspace | Key::Left => line[..at].graphemes(true).next_back(),
            Key::Delete | Key::Right => line[at..].graphemes(true).next(),
            _ => None,
        };
        grapheme.map_or(1, |g| g.chars().count())
    }

    /// Inserts pasted text at the cursor (CRLF and CR become LF, tabs four spaces); returns
    /// false when it was cut, at a char boundary, to fit the limit.
    pub(crate) fn paste(&mut self, s: &str) -> bool {
        let clean = s
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\t', "    ");
        let mut end = clean.len().min(self.room());
        while !clean.is_char_boundary(end) {
            end -= 1;
        }
        self.area.insert_str(&clean[..end]);
        end == clean.len()
    }
}

impl Widget for &NoteArea {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.area.render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str, limit: usize) -> NoteArea {
        let mut t = NoteArea::new("", limit, Style::default());
        for c in s.chars() {
            t.apply(if c == '\n' {
                NoteEdit::newline()
            } else {
                NoteEdit::char(c)
            });
        }
        t
    }

    #[test]
    fn typing_deleting_moving_and_undoing() {
        let mut t = typed("é🚀\"\\\nab", 100);
        assert_eq!(t.text(), "é🚀\"\\\nab");
        for key in [Key::Up, Key::End, Key::Left, Key::Left, Key::Backspace] {
            t.apply(NoteEdit::key(key));
        }
        assert_eq!(t.text(), "é\"\\\nab");
        t.apply(NoteEdit::key(Key::Home));
        t.apply(NoteEdit::char('x'));
        assert_eq!(t.text(), "xé\"\\\nab");
        t.apply(NoteEdit::Undo);
        assert_eq!(t.text(), "é\"\\\nab");
        t.apply(NoteEdit::Redo);
        t.apply(NoteEdit::Clear);
        assert_eq!(t.text(), "");
        t.apply(NoteEdit::Undo);
        assert_eq!(t.text(), "xé\"\\\nab");
    }

    #[test]
    fn moving_and_deleting_go_by_grapheme() {
        let mut t = NoteArea::new("ae\u{301}👍🏽b", 100, Style::default());
        t.apply(NoteEdit::key(Key::Left));
        t.apply(NoteEdit::key(Key::Backspace));
        assert_eq!(
            t.text(),
            "ae\u{301}b",
            "the thumb and its skin tone go together"
        );
        t.apply(NoteEdit::key(Key::Left));
        t.apply(NoteEdit::key(Key::Delete));
        assert_eq!(t.text(), "ab", "e and its accent go together");
    }

    #[test]
    fn opens_with_the_cursor_at_the_end() {
        let mut t = NoteArea::new("ab\ncd", 100, Style::default());
        t.apply(NoteEdit::char('!'));
        assert_eq!(t.text(), "ab\ncd!");
    }

    #[test]
    fn paste_normalises_line_endings_and_tabs() {
        let mut t = NoteArea::new("a", 100, Style::default());
        assert!(t.paste("b\r\nc\td\re"));
        assert_eq!(t.text(), "ab\nc    d\ne");
    }

    #[test]
    fn a_limited_text_refuses_to_grow_past_its_limit() {
        let mut t = NoteArea::new("ab", 4, Style::default());
        assert!(t.apply(NoteEdit::char('c')));
        assert!(!t.apply(NoteEdit::char('é')), "two bytes do not fit in one");
        assert!(t.apply(NoteEdit::char('d')));
        assert!(!t.apply(NoteEdit::newline()));
        assert_eq!(t.text(), "abcd");
        t.apply(NoteEdit::key(Key::Backspace));
        t.apply(NoteEdit::key(Key::Backspace));
        assert!(!t.paste("é🚀"), "the paste is cut");
        assert_eq!(t.text(), "abé", "at a char boundary");
        assert!(!t.apply(NoteEdit::newline()));
    }

    #[test]
    fn a_longer_starting_text_is_kept_and_can_shrink() {
        let mut t = NoteArea::new("abcdef", 3, Style::default());
        assert!(!t.apply(NoteEdit::char('x')));
        assert!(!t.paste("y"));
        assert!(t.apply(NoteEdit::key(Key::Backspace)));
        assert_eq!(t.text(), "abcde");
    }

    #[test]
    fn equal_by_text_and_cursor() {
        let a = typed("ab", 10);
        let mut b = typed("ab", 10);
        assert_eq!(a, b);
        b.apply(NoteEdit::key(Key::Left));
        assert_ne!(a, b);
    }
}
