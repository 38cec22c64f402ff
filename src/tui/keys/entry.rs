//! The keys of text entry (the new-assessment form, a new client's name, the note editor),
//! of the yes-or-no question, and of the help overlay. Text entry keeps its editing keys in
//! `keys.rs`; the keys named on its bar are here.

use ratatui::crossterm::event::KeyCode::{BackTab, Char, Down, Enter, Esc, Tab, Up};
use ratatui_textarea::{Input, Key as TextKey};

use super::table::{Entry, KEPT, Key::*, MAIN, keys};
use super::when;
use crate::tui::app::Msg;
use crate::tui::field::Edit;
use crate::tui::note::NoteEdit;

pub(crate) const FORM: &[Entry] = &[
    keys(&[(Code(Enter), Msg::Submit)]).bar(|w| w.keys.enter, |w| w.keys.form_next, MAIN),
    // Tab and ↑↓ act on the names the form suggests; on another field they only move on, as
    // Enter does, so the bar leaves them out there.
    keys(&[(Code(Tab), Msg::Tab), (Code(BackTab), Msg::Tab)])
        .bar(|_| "Tab", |w| w.keys.form_tab, 2)
        .when(when::form_suggests),
    keys(&[(Code(Up), Msg::Up), (Code(Down), Msg::Down)])
        .bar(|_| "↑↓", |w| w.keys.form_known, 3)
        .when(when::form_suggests),
    keys(&[(Ctrl('u'), Msg::Edit(Edit::Clear))])
        .bar(|_| "Ctrl-U", |w| w.keys.clear, 4)
        .when(when::field_has_text),
    keys(&[(Code(Esc), Msg::Back)]).bar(|w| w.keys.esc, |w| w.keys.cancel, KEPT),
];

/// The name of a new client: a text field, as the form's.
pub(crate) const PROMPT: &[Entry] = &[
    keys(&[(Code(Enter), Msg::Submit)])
        .bar(|w| w.keys.enter, |w| w.keys.open_client, MAIN)
        .when(when::name_given),
    keys(&[(Code(Esc), Msg::Back)]).bar(|w| w.keys.esc, |w| w.keys.cancel, KEPT),
    // Sent as in the form; a name has no field to move to.
    keys(&[
        (Ctrl('u'), Msg::Edit(Edit::Clear)),
        (Code(Tab), Msg::Tab),
        (Code(BackTab), Msg::Tab),
        (Code(Up), Msg::Up),
        (Code(Down), Msg::Down),
    ]),
];

/// Yes (`y`, or `o` for « oui »); any other key is no.
pub(crate) const ASK: &[Entry] = &[
    keys(&[
        (Code(Char('y')), Msg::Yes),
        (Code(Char('Y')), Msg::Yes),
        (Code(Char('o')), Msg::Yes),
        (Code(Char('O')), Msg::Yes),
    ])
    .bar(|w| w.keys.yes, |w| w.keys.followed_yes, MAIN),
    keys(&[(Other, Msg::No)]).bar(|w| w.keys.other_key, |w| w.keys.followed_no, KEPT),
];

/// What the crate's text area calls a new line (the Enter key itself saves).
const NEWLINE: Msg = Msg::Note(NoteEdit::Key(Input {
    key: TextKey::Enter,
    ctrl: false,
    alt: false,
    shift: false,
}));

/// The note editor: Enter saves; Ctrl-J (and Alt-Enter or Shift-Enter, in `keys.rs`) starts a
/// new line; Ctrl-U clears, Ctrl-Z undoes, Ctrl-Y redoes.
pub(crate) const NOTE: &[Entry] = &[
    keys(&[(Code(Enter), Msg::Submit)])
        .bar(|w| w.keys.enter, |w| w.keys.save_note, MAIN)
        .help(|w| w.keys.enter, |w| w.help.note_save),
    keys(&[(Ctrl('j'), NEWLINE)])
        .bar(|_| "Ctrl-J", |w| w.keys.new_line, 2)
        .help(|w| w.keys.newline_keys, |w| w.help.note_newline),
    keys(&[(Ctrl('u'), Msg::Note(NoteEdit::Clear))]).help(|_| "Ctrl-U", |w| w.help.note_clear),
    keys(&[
        (Ctrl('z'), Msg::Note(NoteEdit::Undo)),
        (Ctrl('y'), Msg::Note(NoteEdit::Redo)),
    ])
    .help(|_| "Ctrl-Z Ctrl-Y", |w| w.help.note_undo),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.cancel, KEPT)
        .help(|w| w.keys.esc, |w| w.help.note_cancel),
];

/// The help overlay: it scrolls, and closes with what opened it or with a way out.
pub(crate) const HELP: &[Entry] = &[
    keys(&[
        (Code(Esc), Msg::Help),
        (Code(Char('?')), Msg::Help),
        (Code(Char('q')), Msg::Help),
        (Code(Enter), Msg::Help),
    ])
    .bar(|w| w.keys.esc, |w| w.keys.close_help, KEPT),
    keys(super::explore::SCROLL),
];
