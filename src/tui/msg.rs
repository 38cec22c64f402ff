//! The messages (what happened: a key, or the result of an effect) and the effects (work
//! that touches the disk) exchanged between `update` and the event loop.

use super::app::Data;
use super::field::Edit;
use super::note::NoteEdit;
use crate::flow::{Flow, Step};
use crate::time::Timestamp;

/// What a key (or an event) asks for. Produced by `keys::map`, consumed by `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Up,
    Down,
    /// Enter on a list: open the selection.
    Open,
    /// `a`: a new assessment.
    New,
    /// `r`: resume the selected draft.
    Resume,
    Help,
    /// Esc: save what needs saving, and go back (or leave).
    Back,
    /// Ctrl-C: as Esc, from anywhere.
    Interrupt,
    /// `q`: quit the program (home and results).
    Quit,
    Flow(Step),
    OpenNote,
    /// A key in a form field.
    Edit(Edit),
    /// A key in the note editor.
    Note(NoteEdit),
    Paste(String),
    /// Enter in the note editor or the form.
    Submit,
    /// Tab in the form.
    Tab,
    /// ←/→ on results: the previous or next assessment in time.
    Prev,
    Next,
    /// `t`: trends; `c`: compare.
    Trends,
    Compare,
    /// `a` on trends: all dimensions or one.
    ToggleAll,
    /// Space on compare: tick or untick the assessment under the cursor.
    Tick,
    /// SIGTERM or SIGHUP: save and exit now.
    Terminate,
    // Results of effects, sent back by the event loop.
    /// A new assessment, not yet saved, and what to tell the person.
    Began(Box<Flow>, Option<Notice>),
    /// A draft read from its file, and what to tell the person.
    Resumed(Box<Flow>, Option<Notice>),
    /// The draft could not be resumed (deleted, or unreadable): why, and the store read again.
    CannotResume(Failure, Data),
    /// The draft's file, saved before, is gone: deleted on purpose (`confiance forget`).
    DraftDeleted,
    Saved,
    SaveFailed(String),
    /// The draft was saved on the way out: leave the assessment.
    Left,
    /// Filed, and the store read again.
    Completed {
        subject: String,
        id: String,
        /// Filed, but the disk did not confirm it (why): said, not hidden.
        unconfirmed: Option<String>,
        data: Data,
    },
    Reloaded(Data),
    /// The draft was saved (if it could be) on the way out of the program: exit.
    Stopped,
    /// What was asked cannot be done, and why (an unknown questionnaire, a draft open in
    /// another window).
    Failed(Failure),
}

/// What the event loop has to tell the person. Facts only: `update` words them in the
/// interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A draft taken up again: when it was started, and how far it got.
    Resumed {
        started: Timestamp,
        answered: usize,
        total: usize,
    },
    /// The person's draft for `subject` is open in another window: this assessment is new.
    BusyNew { subject: String },
}

/// Why something asked for cannot be done; worded by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The draft is open in another window.
    DraftBusy,
    /// The draft's file is gone: it was deleted.
    DraftGone,
    /// The draft's file can no longer be read.
    DraftUnreadable,
    /// The questionnaire new assessments use is not in the catalog.
    UnknownQuestionnaire(String),
}

/// Work for the event loop: everything that touches the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Start (or resume) an assessment; answered with `Msg::Began` or `Msg::Resumed`.
    Begin {
        subject: String,
        respondent: String,
        fresh: bool,
    },
    /// Resume this draft; answered with `Msg::Resumed`, `Msg::CannotResume` or `Msg::Failed`.
    ResumeDraft(String),
    /// Write the draft; answered with `Msg::Saved` or `Msg::SaveFailed`.
    SaveDraft,
    /// Write the draft, then leave the assessment if that worked (`Msg::Left`).
    SaveDraftAndLeave,
    /// Write the draft if there is one, and exit whatever happens (SIGTERM, SIGHUP);
    /// answered with `Msg::Stopped`.
    SaveDraftAndExit,
    /// File the completed assessment and remove the draft; answered with `Msg::Completed`.
    Complete,
    /// Read the store again; answered with `Msg::Reloaded`.
    Reload,
    Exit,
}
