//! The keys, as a pure function from (screen, key) to message: the TUI's key contract.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Mode, Msg};
use super::field::Edit;
use super::note::NoteEdit;
use crate::flow::Step;
use ratatui_textarea::{Input, Key};

pub fn map(mode: Mode, key: KeyEvent) -> Option<Msg> {
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
    if modified && !matches!(mode, Mode::Note | Mode::Form | Mode::Prompt) {
        return None;
    }
    match mode {
        Mode::Note => note(key, ctrl),
        Mode::Form | Mode::Prompt => form(key, ctrl),
        Mode::Ask => Some(ask(key)),
        Mode::FollowUp => follow_up(key),
        Mode::Help => help(key),
        Mode::Home => home(key),
        Mode::Question => question(key),
        Mode::Review => review(key),
        Mode::Results => results(key),
        Mode::Trends => trends(key),
        Mode::Compare => compare(key),
    }
}

/// Text entry: Enter saves; Ctrl-J, Alt-Enter or Shift-Enter start a new line; Ctrl-U
/// clears, Ctrl-Z undoes, Ctrl-Y redoes. The other keys go to the text area as the crate's
/// `Input` (Ctrl or Alt with an arrow or Backspace: by word).
fn note(key: KeyEvent, ctrl: bool) -> Option<Msg> {
    let newline_mod = key
        .modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT);
    let edit = match key.code {
        KeyCode::Enter if newline_mod => NoteEdit::newline(),
        KeyCode::Char('j') if ctrl => NoteEdit::newline(),
        KeyCode::Enter => return Some(Msg::Submit),
        KeyCode::Esc => return Some(Msg::Back),
        KeyCode::Char('u') if ctrl => NoteEdit::Clear,
        KeyCode::Char('z') if ctrl => NoteEdit::Undo,
        KeyCode::Char('y') if ctrl => NoteEdit::Redo,
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

fn form(key: KeyEvent, ctrl: bool) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Enter => Msg::Submit,
        KeyCode::Esc => Msg::Back,
        KeyCode::Tab | KeyCode::BackTab => Msg::Tab,
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        _ => Msg::Edit(text_edit(key, ctrl)?),
    })
}

fn text_edit(key: KeyEvent, ctrl: bool) -> Option<Edit> {
    Some(match key.code {
        KeyCode::Char('u') if ctrl => Edit::Clear,
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

fn help(key: KeyEvent) -> Option<Msg> {
    match key.code {
        KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Esc | KeyCode::Enter => Some(Msg::Help),
        KeyCode::Up | KeyCode::Char('k') => Some(Msg::Scroll(-1)),
        KeyCode::Down | KeyCode::Char('j') => Some(Msg::Scroll(1)),
        KeyCode::PageUp => Some(Msg::Scroll(-10)),
        KeyCode::PageDown => Some(Msg::Scroll(10)),
        _ => None,
    }
}

fn home(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Enter => Msg::Open,
        KeyCode::Char('a') => Msg::New,
        KeyCode::Char('r') => Msg::Resume,
        KeyCode::Char('c') => Msg::NewClient,
        KeyCode::Char('d') => Msg::Discard,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Char('q') => Msg::Quit,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

/// Yes (`y`, or `o` for « oui »); any other key is no.
fn ask(key: KeyEvent) -> Msg {
    match key.code {
        KeyCode::Char('y' | 'Y' | 'o' | 'O') => Msg::Yes,
        _ => Msg::No,
    }
}

/// Was last time's intention followed: `y` yes (`o` oui), `p` partly, `n` no, Enter skips.
fn follow_up(key: KeyEvent) -> Option<Msg> {
    use crate::assessment::Followed;
    Some(match key.code {
        KeyCode::Char('y' | 'Y' | 'o' | 'O') => Msg::Followed(Some(Followed::Yes)),
        KeyCode::Char('p' | 'P') => Msg::Followed(Some(Followed::Partly)),
        KeyCode::Char('n' | 'N') => Msg::Followed(Some(Followed::No)),
        KeyCode::Enter => Msg::Followed(None),
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

/// The digit an unshifted key of the AZERTY digit row stands for: `& é " ' ( - è _ ç à` are
/// 1 … 9, 0 on a French keyboard, where the digits themselves need Shift.
pub fn azerty_digit(c: char) -> Option<i64> {
    const ROW: [char; 10] = ['à', '&', 'é', '"', '\'', '(', '-', 'è', '_', 'ç'];
    ROW.iter().position(|&k| k == c).map(|d| d as i64)
}

fn question(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Char(c @ '0'..='9') => Msg::Flow(Step::Digit(c as u8 - b'0')),
        // Only here, where none of these keys means anything else.
        KeyCode::Char(c) if azerty_digit(c).is_some() => {
            Msg::Flow(Step::Digit(azerty_digit(c).unwrap_or_default() as u8))
        }
        KeyCode::Left | KeyCode::Char('h') => Msg::Flow(Step::Highlight(-1)),
        KeyCode::Right | KeyCode::Char('l') => Msg::Flow(Step::Highlight(1)),
        KeyCode::Home => Msg::Flow(Step::Highlight(i64::MIN)),
        KeyCode::End => Msg::Flow(Step::Highlight(i64::MAX)),
        KeyCode::Enter => Msg::Flow(Step::Confirm),
        KeyCode::Char('s') => Msg::Flow(Step::Skip),
        // Backspace first takes back a pending digit.
        KeyCode::Backspace => Msg::Flow(Step::Erase),
        KeyCode::Up | KeyCode::Char('k') => Msg::Flow(Step::Back),
        KeyCode::Down | KeyCode::Char('j') => Msg::Flow(Step::Forward),
        KeyCode::Char('n') => Msg::OpenNote,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

fn review(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Flow(Step::Select(-1)),
        KeyCode::Down | KeyCode::Char('j') => Msg::Flow(Step::Select(1)),
        KeyCode::PageUp => Msg::Flow(Step::Select(-10)),
        KeyCode::PageDown => Msg::Flow(Step::Select(10)),
        KeyCode::Home | KeyCode::Char('g') => Msg::Flow(Step::Select(-1000)),
        KeyCode::End | KeyCode::Char('G') => Msg::Flow(Step::Select(1000)),
        KeyCode::Char('e') | KeyCode::Char(' ') => Msg::Flow(Step::Edit),
        KeyCode::Enter => Msg::Flow(Step::Finish),
        KeyCode::Backspace => Msg::Flow(Step::Back),
        KeyCode::Char('n') => Msg::OpenNote,
        KeyCode::Char('N') => Msg::SessionNote,
        KeyCode::Char('h') => Msg::HideNotes,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

fn results(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Left => Msg::Prev,
        KeyCode::Right => Msg::Next,
        KeyCode::Up | KeyCode::Char('k') => Msg::Scroll(-1),
        KeyCode::Down | KeyCode::Char('j') => Msg::Scroll(1),
        KeyCode::PageUp => Msg::Scroll(-10),
        KeyCode::PageDown => Msg::Scroll(10),
        KeyCode::Char('r') => Msg::Resume,
        KeyCode::Char('n' | 'N') => Msg::SessionNote,
        KeyCode::Char('i') => Msg::Intention,
        KeyCode::Char('h') => Msg::HideNotes,
        KeyCode::Char('t') => Msg::Trends,
        KeyCode::Char('c') => Msg::Compare,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Char('q') => Msg::Quit,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

fn trends(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Char('a') => Msg::ToggleAll,
        KeyCode::Char('e') => Msg::ToggleEven,
        KeyCode::Char('r') => Msg::NextRespondent,
        KeyCode::PageUp => Msg::TableScroll(-10),
        KeyCode::PageDown => Msg::TableScroll(10),
        KeyCode::Home => Msg::TableEnd(false),
        KeyCode::End => Msg::TableEnd(true),
        KeyCode::Char('c') => Msg::Compare,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Char('q') => Msg::Quit,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

fn compare(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Char(' ') | KeyCode::Enter => Msg::Tick,
        KeyCode::PageUp => Msg::Scroll(-10),
        KeyCode::PageDown => Msg::Scroll(10),
        KeyCode::Char('t') => Msg::Trends,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Char('q') => Msg::Quit,
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
