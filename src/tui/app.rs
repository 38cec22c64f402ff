//! The TUI's model: what is on screen, and the data it shows. Changed only by `update`.

pub use super::msg::{Effect, Failure, Msg, Notice};

use std::sync::Arc;

use super::form::Form;
use super::note::NoteArea;
use super::theme::Theme;
use crate::flow::Flow;
use crate::i18n::Lang;
use crate::questionnaire::Catalog;
use crate::store::Stored;
use crate::subjects::{self, Subject};

/// The store's content as the TUI shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Data {
    pub assessments: Vec<Stored>,
    pub drafts: Vec<Stored>,
    /// Files that could not be read, to mention on the home screen.
    pub problems: usize,
}

impl Data {
    pub fn subjects(&self) -> Vec<Subject<'_>> {
        subjects::by_subject(&self.assessments)
    }

    /// Drafts, most recent first.
    pub fn drafts_recent_first(&self) -> Vec<&Stored> {
        self.drafts.iter().rev().collect()
    }
}

#[derive(Debug, Clone)]
pub enum Screen {
    Home { selected: usize },
    Form(Form),
    Assess(Box<Flow>),
    Results(ResultsState),
    Trends(TrendsState),
    Compare(CompareState),
}

/// The trends screen, opened from `results`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendsState {
    pub results: ResultsState,
    /// The dimension drawn with the overall score (an index in display order).
    pub dimension: usize,
    /// Draw every dimension instead of one.
    pub all: bool,
}

/// The compare screen, opened from `results`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareState {
    pub results: ResultsState,
    /// Ticked assessment ids, at most four, kept in time order.
    pub ticked: Vec<String>,
    /// The row under the cursor in the list of the subject's assessments.
    pub cursor: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsState {
    pub subject: String,
    /// The assessment shown: an id among the subject's.
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Note(Box<NoteEditor>),
}

/// The note editor: the text being typed, the note as it was when the editor opened, and a
/// line for the person under the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    pub area: NoteArea,
    pub opened_with: String,
    pub line: Option<NoteLine>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteLine {
    /// Typing or pasting was refused or cut: notes are limited to `MAX_NOTE_BYTES`.
    TooLong,
    /// Esc on a changed note: Esc again discards the changes, Enter saves them.
    ConfirmDiscard,
}

impl NoteEditor {
    /// The cursor is drawn in `cursor_style` (the theme's).
    pub fn new(note: &str, cursor_style: ratatui::style::Style) -> Self {
        Self {
            area: NoteArea::new(note, crate::assessment::MAX_NOTE_BYTES, cursor_style),
            opened_with: note.to_string(),
            line: None,
        }
    }

    pub fn text(&self) -> String {
        self.area.text()
    }

    /// Whether the text differs from the note as it was when the editor opened.
    pub fn changed(&self) -> bool {
        self.text() != self.opened_with
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Where the program was started: Esc at the top level goes home, or exits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Home,
    Assess,
}

#[derive(Debug, Clone)]
pub struct App {
    pub data: Data,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub origin: Origin,
    pub theme: Theme,
    /// The last save failed.
    pub unsaved: bool,
    /// Esc was pressed and its save failed: Esc again leaves without saving.
    pub leaving: bool,
    /// The draft being answered has a file: it was resumed, or saved at least once. If that
    /// file goes, it was deleted on purpose, and it is not written again.
    pub draft_on_disk: bool,
    /// Printed once the terminal is restored, when the program ends on its own.
    pub farewell: Option<String>,
    /// The interface's language: every word on screen, and the questionnaire results are
    /// read in when the catalog has it (see `speech.rs`).
    pub lang: Lang,
    pub catalog: Arc<Catalog>,
}

/// The screen kind, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Home,
    Form,
    Question,
    Review,
    Results,
    Trends,
    Compare,
    Note,
    Help,
}

impl App {
    /// An app speaking English, reading every assessment in its own questionnaire; see
    /// [`App::speaking`] for another language.
    pub fn new(data: Data, origin: Origin, theme: Theme) -> Self {
        Self {
            data,
            screen: Screen::Home { selected: 0 },
            overlay: None,
            status: None,
            origin,
            theme,
            unsaved: false,
            leaving: false,
            draft_on_disk: false,
            farewell: None,
            lang: Lang::En,
            catalog: Arc::default(),
        }
    }

    /// The app in `lang`, showing assessments in that language's questionnaire when
    /// `catalog` has one of the same shape.
    pub fn speaking(self, lang: Lang, catalog: Arc<Catalog>) -> Self {
        Self {
            lang,
            catalog,
            ..self
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help) => Mode::Help,
            Some(Overlay::Note(_)) => Mode::Note,
            None => self.screen_mode(),
        }
    }

    /// The mode of the screen under any overlay (what the help overlay explains).
    pub fn screen_mode(&self) -> Mode {
        match &self.screen {
            Screen::Home { .. } => Mode::Home,
            Screen::Form(_) => Mode::Form,
            Screen::Assess(flow) if flow.at == crate::flow::Position::Review => Mode::Review,
            Screen::Assess(_) => Mode::Question,
            Screen::Results(_) => Mode::Results,
            Screen::Trends(_) => Mode::Trends,
            Screen::Compare(_) => Mode::Compare,
        }
    }

    pub fn flow(&self) -> Option<&Flow> {
        match &self.screen {
            Screen::Assess(flow) => Some(flow),
            _ => None,
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// Rows of the home list: subjects first, then drafts.
    pub fn home_rows(&self) -> usize {
        self.data.subjects().len() + self.data.drafts.len()
    }
}
