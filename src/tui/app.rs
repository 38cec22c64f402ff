//! The TUI's model: what is on screen, and the data it shows. Changed only by `update`.

pub(crate) use super::data::AskedGroup;
pub use super::data::{ClientRow, Data, HomeRow};
pub use super::editor::{NoteEditor, NoteLine, NoteTarget};
pub use super::msg::{Effect, Failure, Msg, Notice};

use std::sync::Arc;

use super::field::TextArea;
use super::form::Form;
use super::theme::Theme;
use crate::flow::Flow;
use crate::i18n::Lang;
use crate::questionnaire::Catalog;
use crate::time::Timestamp;

#[derive(Debug, Clone)]
pub enum Screen {
    Home {
        selected: usize,
    },
    Form(Box<Form>),
    /// A new assessment asking first whether last time's intention was followed.
    FollowUp(Box<Flow>),
    Assess(Box<Flow>),
    Results(ResultsState),
    Trends(TrendsState),
    Compare(CompareState),
    Group(GroupState),
}

/// The trends screen, opened from `results`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrendsState {
    pub(crate) results: ResultsState,
    /// The dimension drawn with the overall score (an index in display order).
    pub dimension: usize,
    /// Draw every dimension instead of one.
    pub(crate) all: bool,
    /// With `all`: whose lines are drawn (an index among the respondents, `r` cycles).
    pub respondent: usize,
    /// One step per assessment rather than per day (`e`).
    pub(crate) even: bool,
    /// The first row shown of the table (PgUp/PgDn, Home/End); `usize::MAX`: the end.
    pub(crate) scroll: usize,
}

impl TrendsState {
    /// Trends opened from results: the overall score and the first dimension, by date, the
    /// table at its end (the latest assessments).
    pub(crate) fn new(results: ResultsState) -> Self {
        Self {
            results,
            dimension: 0,
            all: false,
            respondent: 0,
            even: false,
            scroll: usize::MAX,
        }
    }
}

/// The compare screen, opened from `results`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareState {
    pub(crate) results: ResultsState,
    /// Ticked assessment ids, at most four, kept in time order.
    pub ticked: Vec<String>,
    /// The row under the cursor in the list of the subject's assessments.
    pub(crate) cursor: usize,
    /// The first row shown of the radar, the table and the gaps (PgUp/PgDn).
    pub(crate) scroll: usize,
}

/// The group's screen, opened from `results` (`g`): a group's answers about the subject,
/// together, beside the owner's own view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupState {
    pub(crate) results: ResultsState,
    /// Which group: an index among those asked about the subject, first asked first.
    pub group: usize,
    /// Which time it was asked: an index, oldest first; past the end, the latest.
    pub time: usize,
    /// The first row shown of the page (↑↓ PgUp PgDn Home End).
    pub(crate) scroll: usize,
}

impl GroupState {
    /// The first group's latest view.
    pub(crate) fn new(results: ResultsState) -> Self {
        Self {
            results,
            group: 0,
            time: usize::MAX,
            scroll: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsState {
    pub subject: String,
    /// The assessment shown: an id among the subject's.
    pub id: String,
    /// The first row shown of the scrolling column (scores, stage, notes, intentions).
    pub(crate) scroll: usize,
    /// The whole ladder is shown instead of the scores (`l`).
    pub(crate) ladder: bool,
}

impl ResultsState {
    pub(crate) fn new(subject: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            subject: subject.into(),
            id: id.into(),
            scroll: 0,
            ladder: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Note(Box<NoteEditor>),
    /// A question answered with yes or no.
    Ask(Ask),
    /// The name of a new client.
    Prompt(TextArea),
}

/// What a yes-or-no question is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// Discard draft `id`, which holds answers and notes.
    Discard {
        id: String,
        subject: String,
        answered: usize,
        notes: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub(crate) error: bool,
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
    pub(crate) origin: Origin,
    pub theme: Theme,
    /// The last save failed.
    pub(crate) unsaved: bool,
    /// Esc was pressed and its save failed: Esc again leaves without saving.
    pub(crate) leaving: bool,
    /// The draft being answered has a file: it was resumed, or saved at least once. If that
    /// file goes, it was deleted on purpose, and it is not written again.
    pub(crate) draft_on_disk: bool,
    /// A question's note (or the draft's) was typed in the editor since it was last kept in
    /// the draft: the next [`Msg::Pulse`] keeps it.
    pub(crate) typing: bool,
    /// The draft on disk holds the note being typed: discarding it saves the draft again.
    pub(crate) typing_kept: bool,
    /// Printed once the terminal is restored, when the program ends on its own.
    pub(crate) farewell: Option<String>,
    /// The interface's language: every word on screen, and the questionnaire results are
    /// read in when the catalog has it (see `speech.rs`).
    pub lang: Lang,
    pub catalog: Arc<Catalog>,
    /// The person's own name (`--me`, else the config file's `name`): the owner of the
    /// personal space's relationships. A client's space is owned by the client.
    pub me: Option<String>,
    /// Note texts are hidden on screen (`h`; the config file's `hide_notes`).
    pub(crate) hide_notes: bool,
    /// The moment check-ins are counted to.
    pub now: Timestamp,
    /// Weeks between check-ins unless a subject has its own (the config file's).
    pub(crate) cadence_weeks: Option<u32>,
    /// The fewest answers a group's view is shown with (the config file's, never below 3).
    pub(crate) group_minimum: usize,
    /// The questionnaire the new-assessment form offers first (the config file's).
    pub questionnaire: String,
    /// A client's space was opened from the personal home: Esc there goes back to it.
    pub entered: bool,
    /// Leave once the note being saved is written (Ctrl-C or a signal in the editor).
    pub(crate) exit_after: bool,
    /// The assessment filed last in this session (subject, id): the line printed on leaving.
    pub(crate) last_filed: Option<(String, String)>,
    /// The terminal's size (columns, rows): how far a screen taller than it scrolls.
    pub size: (u16, u16),
    /// The first row shown of the help (`?`), which scrolls on small screens.
    pub(crate) help_scroll: usize,
    /// The store is still being read (in the background): home shows a progress line, and
    /// nothing that reads or changes the data is done until `Msg::Loaded` brings it.
    pub loading: bool,
}

/// The screen kind, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Home,
    Form,
    FollowUp,
    Question,
    Review,
    Results,
    Trends,
    Compare,
    Group,
    Note,
    Help,
    Ask,
    Prompt,
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
            typing: false,
            typing_kept: false,
            farewell: None,
            lang: Lang::En,
            catalog: Arc::default(),
            me: None,
            questionnaire: crate::questionnaire::DEFAULT_ID.into(),
            hide_notes: false,
            now: Timestamp::now(),
            cadence_weeks: None,
            group_minimum: crate::invitation::group::MINIMUM,
            entered: false,
            exit_after: false,
            last_filed: None,
            size: (80, 24),
            help_scroll: 0,
            loading: false,
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

    /// The owner of the space's relationships: the client in a client's space, else the
    /// person (when their name is known).
    pub(crate) fn owner(&self) -> Option<&str> {
        self.data.client.as_deref().or(self.me.as_deref())
    }

    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help) => Mode::Help,
            Some(Overlay::Note(_)) => Mode::Note,
            Some(Overlay::Ask(_)) => Mode::Ask,
            Some(Overlay::Prompt(_)) => Mode::Prompt,
            None => self.screen_mode(),
        }
    }

    /// The mode of the screen under any overlay (what the help overlay explains).
    pub(crate) fn screen_mode(&self) -> Mode {
        match &self.screen {
            Screen::Home { .. } => Mode::Home,
            Screen::Form(_) => Mode::Form,
            Screen::FollowUp(_) => Mode::FollowUp,
            Screen::Assess(flow) if flow.at == crate::flow::Position::Review => Mode::Review,
            Screen::Assess(_) => Mode::Question,
            Screen::Results(_) => Mode::Results,
            Screen::Trends(_) => Mode::Trends,
            Screen::Compare(_) => Mode::Compare,
            Screen::Group(_) => Mode::Group,
        }
    }

    /// The assessment being answered (or about to be).
    pub fn flow(&self) -> Option<&Flow> {
        match &self.screen {
            Screen::Assess(flow) | Screen::FollowUp(flow) => Some(flow),
            _ => None,
        }
    }

    pub(crate) fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub(crate) fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// Rows of the home list: clients, subjects, drafts.
    pub fn home_rows(&self) -> usize {
        self.data.home_rows()
    }
}
