//! The note editor as the model holds it: what is being written (a question's note, the note on
//! the whole session, the intention for next time), the text, and a line for the person.

use super::note::NoteArea;

/// What the editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteTarget {
    /// The note of question `index` (in asking order) of the assessment being answered.
    Question(usize),
    /// The note on the whole session: the draft's on the review, the completed file's on
    /// results.
    Session,
    /// "What I will do before next time", on results.
    Intention,
}

/// The note editor: the text being typed, the note as it was when the editor opened, and a
/// line for the person under the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    pub(crate) target: NoteTarget,
    pub(crate) area: NoteArea,
    pub(crate) opened_with: String,
    pub line: Option<NoteLine>,
    /// Why the last save of this text failed, shown with [`NoteLine::NotSaved`].
    pub not_saved: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteLine {
    /// Typing or pasting was refused or cut: notes are limited to `MAX_NOTE_BYTES`.
    TooLong,
    /// Esc on a changed note: Esc again discards the changes, Enter saves them.
    ConfirmDiscard,
    /// Writing the note or intention into a completed assessment failed (`not_saved` says
    /// why): the text stays in the editor.
    NotSaved,
}

impl NoteEditor {
    /// The cursor is drawn in `cursor_style` (the theme's).
    pub(crate) fn new(target: NoteTarget, note: &str, cursor_style: ratatui::style::Style) -> Self {
        Self {
            target,
            area: NoteArea::new(note, crate::assessment::MAX_NOTE_BYTES, cursor_style),
            opened_with: note.to_string(),
            line: None,
            not_saved: None,
        }
    }

    pub fn text(&self) -> String {
        self.area.text()
    }

    /// Whether the text differs from the note as it was when the editor opened.
    pub(crate) fn changed(&self) -> bool {
        self.text() != self.opened_with
    }

    /// The text as it is kept: `None` when only blanks are left.
    pub(crate) fn kept(&self) -> Option<String> {
        let text = self.text();
        (!text.trim().is_empty()).then_some(text)
    }
}
