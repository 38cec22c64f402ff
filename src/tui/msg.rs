//! The messages (what happened: a key, or the result of an effect) and the effects (work
//! that touches the disk) exchanged between `update` and the event loop.

use super::data::Data;
use super::field::Edit;
use super::note::NoteEdit;
use crate::assessment::Followed;
use crate::config::Setting;
use crate::flow::{Flow, Step};
use crate::store::Amended;
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
    /// `r`: resume the selected draft (home); another respondent's view (results).
    Resume,
    /// `c` on home: a new client.
    NewClient,
    /// `d` on home: discard the selected draft.
    Discard,
    Help,
    /// Esc: save what needs saving, and go back (or leave).
    Back,
    /// Ctrl-C: as Esc, from anywhere.
    Interrupt,
    /// `q`: quit the program (home and results).
    Quit,
    Flow(Step),
    OpenNote,
    /// The note on the whole session (`N` on the review, `n` on results).
    SessionNote,
    /// `i` on results: the intention for next time.
    Intention,
    /// `h`: hide or show every note's text.
    HideNotes,
    /// ↑↓ PgUp PgDn on results: scroll by this many rows (Home End: `isize::MIN`, `MAX`).
    Scroll(isize),
    /// `l` on results: the whole ladder, or back to the scores.
    Ladder,
    /// The terminal's size (columns, rows): at start and whenever it changes.
    Resize(u16, u16),
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
    /// `t`: trends; `c`: compare; `g`: a group's view.
    Trends,
    Compare,
    Group,
    /// `a` on trends: all dimensions or one.
    ToggleAll,
    /// `e` on trends: even spacing by assessment, or by date.
    ToggleEven,
    /// `r` on trends: the next respondent's lines (all dimensions).
    NextRespondent,
    /// PgUp/PgDn on trends' table: by this many rows; Home/End: to an end (of home's list too).
    TableScroll(isize),
    TableEnd(bool),
    /// Space on compare: tick or untick the assessment under the cursor.
    Tick,
    /// The answer to a yes-or-no question.
    Yes,
    No,
    /// Whether last time's intention was followed; `None` skips the question.
    Followed(Option<Followed>),
    /// SIGTERM or SIGHUP: save and exit now.
    Terminate,
    /// Time passes (sent by the event loop while a note is being typed, at most every
    /// `run::KEEP_TYPING`): the note typed so far is kept in the draft.
    Pulse,
    /// The draft was written with the note being typed.
    TypingKept,
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
    /// Home's subjects, from the summary index, while the store is still read.
    Briefed(super::data::Home),
    /// The store, read in the background while home showed its progress line.
    Loaded(Data),
    /// A client's space is open: its data.
    Entered(Data),
    /// Back in the personal space: its data.
    LeftClient(Data),
    /// The completed assessment's note or intention (which one) was rewritten: the store
    /// read again.
    Amended(Amended, Data),
    /// The draft was discarded: the store read again.
    Discarded(Data),
    /// A setting was written in the config file.
    SettingSaved,
    /// The draft was saved (if it could be) on the way out of the program: exit.
    Stopped,
    /// What was asked cannot be done, and why (an unknown questionnaire, a draft open in
    /// another window).
    Failed(Failure),
    /// What was asked is no longer on disk as the screens show it (an assessment deleted in
    /// another window): why, and the store read again.
    Outdated(Failure, Data),
    /// Done, but something on the side failed (a lock not taken, a draft not removed, a
    /// draft not saved on the way out): the result, and why.
    Despite(Box<Msg>, Failure),
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
    /// The owner's name was written in the config file.
    NameSaved,
    /// The owner's name could not be written in the config file (why; `None`: the system
    /// has no config folder).
    NameNotSaved(Option<String>),
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
    /// The draft's assessment was already filed (a crash came before its draft was removed):
    /// the draft is removed.
    AlreadySaved,
    /// The questionnaire new assessments use is not in the catalog.
    UnknownQuestionnaire(String),
    /// Discarding the draft failed (why).
    NotDiscarded(String),
    /// Rewriting the completed assessment failed (why).
    NotAmended(String),
    /// The config file could not be written (why; `None`: the system has no config folder).
    SettingNotSaved(Option<String>),
    /// Two clients' names look alike: which one is meant is not guessed.
    ClientAmbiguous(Vec<String>),
    /// The client's space could not be made (why).
    ClientNotMade(String),
    /// The draft could not be locked (why): another window could open it too.
    NotLocked(String),
    /// The assessment is filed but its draft could not be removed (why).
    DraftNotRemoved(String),
    /// The draft could not be saved on the way out of the program (why).
    NotSavedOnExit(String),
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
        /// The questionnaire's id; `None`: the session's.
        questionnaire: Option<String>,
        /// The side answering, for a questionnaire worded for sides.
        side: Option<String>,
        /// The owner's name, to write in the config file first.
        remember: Option<String>,
    },
    /// Resume this draft; answered with `Msg::Resumed`, `Msg::CannotResume` or `Msg::Failed`.
    ResumeDraft(String),
    /// Write the draft; answered with `Msg::Saved` or `Msg::SaveFailed`.
    SaveDraft,
    /// Write the draft with the note being typed in the editor, which stays open; answered
    /// with `Msg::TypingKept` or `Msg::SaveFailed`.
    KeepTyping,
    /// Write the draft, then leave the assessment if that worked (`Msg::Left`).
    SaveDraftAndLeave,
    /// Write the draft if there is one, and exit whatever happens (SIGTERM, SIGHUP);
    /// answered with `Msg::Stopped`.
    SaveDraftAndExit,
    /// File the completed assessment and remove the draft; answered with `Msg::Completed`.
    Complete,
    /// Read the store again; answered with `Msg::Reloaded`.
    Reload,
    /// Open the space of the client named so (made, with `create`, if there is none);
    /// answered with `Msg::Entered` or `Msg::Failed`.
    EnterClient {
        name: String,
        create: bool,
    },
    /// Back to the personal space; answered with `Msg::LeftClient`.
    LeaveClient,
    /// Set `field` of completed assessment `id` to `value`, if it still holds `shown` (what
    /// the editor opened with); answered with `Msg::Amended`, `Msg::Outdated` or `Msg::Failed`.
    Amend {
        id: String,
        field: Amended,
        shown: Option<String>,
        value: Option<String>,
    },
    /// Delete draft `id` unless another window has it; answered with `Msg::Discarded` or
    /// `Msg::Failed`.
    DiscardDraft(String),
    /// Write one setting in the config file; answered with `Msg::SettingSaved` or
    /// `Msg::Failed`.
    SaveSetting(Setting),
    Exit,
}
