//! The keys, as a pure function from (screen, key) to message: the TUI's key contract, read
//! from each screen's key table (which the key bar and the help overlay read too).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Mode, Msg};
use super::field::Edit;
use super::note::NoteEdit;
use ratatui_textarea::{Input, Key};

mod assess;
mod entry;
mod explore;
mod group;
mod home;
pub(crate) mod table;
mod when;

pub(crate) fn map(mode: Mode, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Msg::Interrupt);
    }
    // Ctrl-S, Alt-s or Alt-4 are not `s` or `4`: on the screens a modified key does nothing,
    // so that a shortcut meant for the terminal or another program never answers or skips.
    // Text entry keeps its own (Alt or AltGr types a character there).
    let modified = key.modifiers.intersects(
        KeyModifiers::CONTROL
            | KeyModifiers::ALT
            | KeyModifiers::SUPER
            | KeyModifiers::META
            | KeyModifiers::HYPER,
    );
    match mode {
        Mode::Note => note(key, ctrl),
        Mode::Form | Mode::Prompt => {
            table::lookup(mode, key.code, ctrl).or_else(|| Some(Msg::Edit(text_edit(key, ctrl)?)))
        }
        _ if modified => None,
        _ => table::lookup(mode, key.code, false),
    }
}

/// Text entry: Alt-Enter or Shift-Enter start a new line; the table's keys (Enter saves,
/// Ctrl-J, Ctrl-U, Ctrl-Z, Ctrl-Y); the other keys go to the text area as the crate's `Input`
/// (Ctrl or Alt with an arrow or Backspace: by word).
fn note(key: KeyEvent, ctrl: bool) -> Option<Msg> {
    let newline_mod = key
        .modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT);
    if key.code == KeyCode::Enter && newline_mod {
        return Some(Msg::Note(NoteEdit::newline()));
    }
    if let Some(msg) = table::lookup(Mode::Note, key.code, ctrl) {
        return Some(msg);
    }
    let edit = match key.code {
        KeyCode::Char('a') if ctrl => NoteEdit::key(Key::Home),
        KeyCode::Char('e') if ctrl => NoteEdit::key(Key::End),
        KeyCode::Char(_) if ctrl => return None,
        // Alt (or AltGr) with a character types it, as before.
        KeyCode::Char(c) => NoteEdit::char(c),
        KeyCode::Backspace
        | KeyCode::Delete
        | KeyCode::Left
        | KeyCode::Right
        | KeyCode::Up
        | KeyCode::Down
        | KeyCode::Home
        | KeyCode::End => NoteEdit::Key(Input::from(key)),
        _ => return None,
    };
    Some(Msg::Note(edit))
}

/// A form field's editing keys (the table's Ctrl-U aside).
fn text_edit(key: KeyEvent, ctrl: bool) -> Option<Edit> {
    Some(match key.code {
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        KeyCode::Char(_) if ctrl => return None,
        KeyCode::Char(c) => Edit::Insert(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    })
}

/// The key table of a screen (or of an overlay): what `map`, the key bar and the help read.
pub(crate) fn screen_table(mode: Mode) -> &'static [table::Entry] {
    match mode {
        Mode::Home => home::HOME,
        Mode::Form => entry::FORM,
        Mode::Prompt => entry::PROMPT,
        Mode::Ask => entry::ASK,
        Mode::Note => entry::NOTE,
        Mode::Help => entry::HELP,
        Mode::FollowUp => assess::FOLLOW_UP,
        Mode::Question => assess::QUESTION,
        Mode::Review => assess::REVIEW,
        Mode::Results => explore::RESULTS,
        Mode::Trends => explore::TRENDS,
        Mode::Compare => explore::COMPARE,
        Mode::Group => group::GROUP,
    }
}

/// The digit an unshifted key of the AZERTY digit row stands for: `& é " ' ( - è _ ç à` are
/// 1 … 9, 0 on a French keyboard, where the digits themselves need Shift.
pub(crate) fn azerty_digit(c: char) -> Option<i64> {
    const ROW: [char; 10] = ['à', '&', 'é', '"', '\'', '(', '-', 'è', '_', 'ç'];
    ROW.iter().position(|&k| k == c).map(|d| d as i64)
}

#[cfg(test)]
pub(crate) mod tests;
