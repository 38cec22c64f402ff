//! Every key of the contract maps to the message it promises.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::flow::Step;
use crate::tui::field::Edit;
use crate::tui::note::NoteEdit;

fn press(mode: Mode, code: KeyCode) -> Option<Msg> {
    map(mode, KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn question_keys() {
    let q = Mode::Question;
    assert_eq!(
        press(q, KeyCode::Char('4')),
        Some(Msg::Flow(Step::Digit(4)))
    );
    assert_eq!(
        press(q, KeyCode::Char('0')),
        Some(Msg::Flow(Step::Digit(0)))
    );
    for code in [KeyCode::Left, KeyCode::Char('h')] {
        assert_eq!(press(q, code), Some(Msg::Flow(Step::Highlight(-1))));
    }
    for code in [KeyCode::Right, KeyCode::Char('l')] {
        assert_eq!(press(q, code), Some(Msg::Flow(Step::Highlight(1))));
    }
    assert_eq!(press(q, KeyCode::Enter), Some(Msg::Flow(Step::Confirm)));
    assert_eq!(press(q, KeyCode::Char('s')), Some(Msg::Flow(Step::Skip)));
    for code in [KeyCode::Up, KeyCode::Char('k')] {
        assert_eq!(press(q, code), Some(Msg::Flow(Step::Back)));
    }
    assert_eq!(press(q, KeyCode::Backspace), Some(Msg::Flow(Step::Erase)));
    assert_eq!(
        press(q, KeyCode::Home),
        Some(Msg::Flow(Step::Highlight(i64::MIN)))
    );
    assert_eq!(
        press(q, KeyCode::End),
        Some(Msg::Flow(Step::Highlight(i64::MAX)))
    );
    for code in [KeyCode::Down, KeyCode::Char('j')] {
        assert_eq!(press(q, code), Some(Msg::Flow(Step::Forward)));
    }
    assert_eq!(press(q, KeyCode::Char('n')), Some(Msg::OpenNote));
    assert_eq!(press(q, KeyCode::Char('?')), Some(Msg::Help));
    assert_eq!(press(q, KeyCode::Esc), Some(Msg::Back));
    assert_eq!(press(q, KeyCode::Char('x')), None);
}

#[test]
fn ctrl_c_interrupts_everywhere() {
    for mode in [
        Mode::Home,
        Mode::Form,
        Mode::Question,
        Mode::Review,
        Mode::Results,
        Mode::Note,
        Mode::Help,
        Mode::FollowUp,
        Mode::Trends,
        Mode::Compare,
        Mode::Group,
        Mode::Ask,
        Mode::Prompt,
    ] {
        let msg = map(
            mode,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert_eq!(msg, Some(Msg::Interrupt), "{mode:?}");
    }
}

#[test]
fn modified_keys_are_not_their_plain_letter() {
    let all = [
        Mode::Home,
        Mode::FollowUp,
        Mode::Question,
        Mode::Review,
        Mode::Results,
        Mode::Trends,
        Mode::Compare,
        Mode::Group,
        Mode::Help,
    ];
    for mode in all {
        for modifiers in [
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::SUPER,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ] {
            for c in ['s', '4', 'q', 'a', 'n', '?', 'e'] {
                let msg = map(mode, KeyEvent::new(KeyCode::Char(c), modifiers));
                assert_eq!(msg, None, "{mode:?} {modifiers:?} {c}");
            }
            let enter = map(mode, KeyEvent::new(KeyCode::Enter, modifiers));
            assert_eq!(enter, None, "{mode:?} {modifiers:?} Enter");
        }
        // The plain key still acts where it means something, and Shift is no modifier here.
        let plain_q = map(mode, KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT));
        assert!(plain_q.is_some(), "{mode:?}: Shift-? is ?");
    }
    assert_eq!(
        press(Mode::Question, KeyCode::Char('s')),
        Some(Msg::Flow(Step::Skip))
    );
    assert_eq!(
        map(
            Mode::Question,
            KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
        ),
        None
    );
    assert_eq!(
        map(
            Mode::Question,
            KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT)
        ),
        None
    );
    // Text entry: AltGr (reported as Alt) still types its character.
    assert_eq!(
        map(
            Mode::Note,
            KeyEvent::new(KeyCode::Char('@'), KeyModifiers::ALT)
        ),
        Some(Msg::Note(NoteEdit::char('@')))
    );
}

#[test]
fn note_editor_keys() {
    let n = Mode::Note;
    assert_eq!(press(n, KeyCode::Enter), Some(Msg::Submit));
    assert_eq!(press(n, KeyCode::Esc), Some(Msg::Back));
    assert_eq!(
        press(n, KeyCode::Char('q')),
        Some(Msg::Note(NoteEdit::char('q'))),
        "letters are text here"
    );
    assert_eq!(
        press(n, KeyCode::Char('"')),
        Some(Msg::Note(NoteEdit::char('"')))
    );
    assert_eq!(
        map(n, KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
        Some(Msg::Note(NoteEdit::newline()))
    );
    assert_eq!(
        map(n, KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL)),
        Some(Msg::Note(NoteEdit::newline()))
    );
    assert_eq!(
        press(n, KeyCode::Backspace),
        Some(Msg::Note(NoteEdit::key(ratatui_textarea::Key::Backspace)))
    );
    let ctrl = |c| map(n, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    assert_eq!(ctrl('u'), Some(Msg::Note(NoteEdit::Clear)));
    assert_eq!(ctrl('z'), Some(Msg::Note(NoteEdit::Undo)));
    assert_eq!(ctrl('y'), Some(Msg::Note(NoteEdit::Redo)));
    assert_eq!(ctrl('k'), None, "no other Ctrl shortcut of the crate");
    assert_eq!(press(n, KeyCode::Tab), None);
}

#[test]
fn review_keys() {
    let r = Mode::Review;
    assert_eq!(press(r, KeyCode::Up), Some(Msg::Flow(Step::Select(-1))));
    assert_eq!(
        press(r, KeyCode::Char('j')),
        Some(Msg::Flow(Step::Select(1)))
    );
    assert_eq!(press(r, KeyCode::Char('e')), Some(Msg::Flow(Step::Edit)));
    assert_eq!(press(r, KeyCode::Char(' ')), Some(Msg::Flow(Step::Edit)));
    assert_eq!(press(r, KeyCode::Enter), Some(Msg::Flow(Step::Finish)));
    assert_eq!(press(r, KeyCode::Esc), Some(Msg::Back));
}

#[test]
fn home_and_results_keys() {
    let h = Mode::Home;
    assert_eq!(press(h, KeyCode::Char('k')), Some(Msg::Up));
    assert_eq!(press(h, KeyCode::Down), Some(Msg::Down));
    assert_eq!(press(h, KeyCode::Enter), Some(Msg::Open));
    assert_eq!(press(h, KeyCode::Char('a')), Some(Msg::New));
    assert_eq!(press(h, KeyCode::Char('r')), Some(Msg::Resume));
    assert_eq!(press(h, KeyCode::Char('?')), Some(Msg::Help));
    assert_eq!(press(h, KeyCode::Char('q')), Some(Msg::Quit));
    assert_eq!(press(Mode::Results, KeyCode::Char('q')), Some(Msg::Quit));
    assert_eq!(press(Mode::Results, KeyCode::Esc), Some(Msg::Back));
    assert_eq!(press(Mode::Help, KeyCode::Esc), Some(Msg::Help));
}

#[test]
fn form_keys() {
    let f = Mode::Form;
    assert_eq!(
        press(f, KeyCode::Char('a')),
        Some(Msg::Edit(Edit::Insert('a')))
    );
    assert_eq!(press(f, KeyCode::Tab), Some(Msg::Tab));
    assert_eq!(press(f, KeyCode::Down), Some(Msg::Down));
    assert_eq!(press(f, KeyCode::Enter), Some(Msg::Submit));
}

#[test]
fn results_trends_and_compare_keys() {
    let r = Mode::Results;
    for (code, expected) in [
        (KeyCode::Left, Msg::Prev),
        (KeyCode::Right, Msg::Next),
        (KeyCode::Char('r'), Msg::Resume),
        (KeyCode::Down, Msg::Scroll(1)),
        (KeyCode::PageUp, Msg::Scroll(-10)),
        (KeyCode::Char('n'), Msg::SessionNote),
        (KeyCode::Char('i'), Msg::Intention),
        (KeyCode::Char('h'), Msg::HideNotes),
        (KeyCode::Char('t'), Msg::Trends),
        (KeyCode::Char('c'), Msg::Compare),
        (KeyCode::Char('?'), Msg::Help),
    ] {
        assert_eq!(press(r, code), Some(expected), "{code:?}");
    }
    let t = Mode::Trends;
    assert_eq!(press(t, KeyCode::Up), Some(Msg::Up));
    assert_eq!(press(t, KeyCode::Char('j')), Some(Msg::Down));
    assert_eq!(press(t, KeyCode::Char('a')), Some(Msg::ToggleAll));
    assert_eq!(press(t, KeyCode::Char('e')), Some(Msg::ToggleEven));
    assert_eq!(press(t, KeyCode::Char('r')), Some(Msg::NextRespondent));
    assert_eq!(press(t, KeyCode::PageDown), Some(Msg::TableScroll(10)));
    assert_eq!(press(t, KeyCode::PageUp), Some(Msg::TableScroll(-10)));
    assert_eq!(press(t, KeyCode::Home), Some(Msg::TableEnd(false)));
    assert_eq!(press(t, KeyCode::End), Some(Msg::TableEnd(true)));
    assert_eq!(press(t, KeyCode::Esc), Some(Msg::Back));
    let c = Mode::Compare;
    assert_eq!(press(c, KeyCode::Char(' ')), Some(Msg::Tick));
    assert_eq!(press(c, KeyCode::Down), Some(Msg::Down));
    assert_eq!(press(c, KeyCode::Char('q')), Some(Msg::Quit));
    assert_eq!(press(Mode::Results, KeyCode::Char('g')), Some(Msg::Group));
    let g = Mode::Group;
    assert_eq!(press(g, KeyCode::Left), Some(Msg::Prev));
    assert_eq!(press(g, KeyCode::Right), Some(Msg::Next));
    assert_eq!(press(g, KeyCode::Tab), Some(Msg::Tab));
    assert_eq!(press(g, KeyCode::PageDown), Some(Msg::Scroll(10)));
    assert_eq!(press(g, KeyCode::Char('h')), Some(Msg::HideNotes));
    assert_eq!(press(g, KeyCode::Esc), Some(Msg::Back));
}

#[test]
fn the_coachs_keys() {
    use crate::assessment::Followed;
    assert_eq!(press(Mode::Home, KeyCode::Char('c')), Some(Msg::NewClient));
    assert_eq!(press(Mode::Home, KeyCode::Char('d')), Some(Msg::Discard));
    assert_eq!(press(Mode::Home, KeyCode::Esc), Some(Msg::Back));
    assert_eq!(
        press(Mode::Review, KeyCode::Char('N')),
        Some(Msg::SessionNote)
    );
    assert_eq!(
        press(Mode::Review, KeyCode::Char('h')),
        Some(Msg::HideNotes)
    );
    let f = Mode::FollowUp;
    for (c, followed) in [
        ('y', Followed::Yes),
        ('o', Followed::Yes),
        ('p', Followed::Partly),
        ('n', Followed::No),
    ] {
        assert_eq!(
            press(f, KeyCode::Char(c)),
            Some(Msg::Followed(Some(followed)))
        );
    }
    assert_eq!(press(f, KeyCode::Enter), Some(Msg::Followed(None)));
    assert_eq!(press(Mode::Ask, KeyCode::Char('o')), Some(Msg::Yes));
    assert_eq!(press(Mode::Ask, KeyCode::Char('x')), Some(Msg::No));
    assert_eq!(press(Mode::Ask, KeyCode::Esc), Some(Msg::No));
    assert_eq!(
        press(Mode::Prompt, KeyCode::Char('M')),
        Some(Msg::Edit(Edit::Insert('M')))
    );
}

#[test]
fn the_azerty_digit_row_answers_on_a_question_only() {
    let row = ['&', 'é', '"', '\'', '(', '-', 'è', '_', 'ç', 'à'];
    for (i, c) in row.into_iter().enumerate() {
        let value = (i as u8 + 1) % 10;
        assert_eq!(
            press(Mode::Question, KeyCode::Char(c)),
            Some(Msg::Flow(Step::Digit(value))),
            "{c}"
        );
    }
    assert_eq!(press(Mode::Review, KeyCode::Char('&')), None);
    assert_eq!(press(Mode::Home, KeyCode::Char('é')), None);
}

mod acts;
mod ends;
pub(crate) mod states;
