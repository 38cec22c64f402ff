//! Every key of the contract maps to the message it promises.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;

fn press(mode: Mode, code: KeyCode) -> Option<Msg> {
    map(mode, KeyEvent::new(code, KeyModifiers::NONE))
}

fn is(msg: Option<Msg>, expected: &str) -> bool {
    format!("{msg:?}") == expected
}

#[test]
fn question_keys() {
    let q = Mode::Question;
    assert!(is(press(q, KeyCode::Char('4')), "Some(Flow(Answer(4)))"));
    assert!(is(press(q, KeyCode::Char('0')), "Some(Flow(Answer(0)))"));
    for code in [KeyCode::Left, KeyCode::Char('h')] {
        assert!(is(press(q, code), "Some(Flow(Highlight(-1)))"));
    }
    for code in [KeyCode::Right, KeyCode::Char('l')] {
        assert!(is(press(q, code), "Some(Flow(Highlight(1)))"));
    }
    assert!(is(press(q, KeyCode::Enter), "Some(Flow(Confirm))"));
    assert!(is(press(q, KeyCode::Char('s')), "Some(Flow(Skip))"));
    for code in [KeyCode::Backspace, KeyCode::Up, KeyCode::Char('k')] {
        assert!(is(press(q, code), "Some(Flow(Back))"));
    }
    for code in [KeyCode::Down, KeyCode::Char('j')] {
        assert!(is(press(q, code), "Some(Flow(Forward))"));
    }
    assert!(is(press(q, KeyCode::Char('n')), "Some(OpenNote)"));
    assert!(is(press(q, KeyCode::Char('?')), "Some(Help)"));
    assert!(is(press(q, KeyCode::Esc), "Some(Back)"));
    assert!(is(press(q, KeyCode::Char('x')), "None"));
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
    ] {
        let msg = map(
            mode,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert!(is(msg, "Some(Interrupt)"), "{mode:?}");
    }
}

#[test]
fn note_editor_keys() {
    let n = Mode::Note;
    assert!(is(press(n, KeyCode::Enter), "Some(Submit)"));
    assert!(is(press(n, KeyCode::Esc), "Some(Back)"));
    assert!(
        is(press(n, KeyCode::Char('q')), "Some(Edit(Insert('q')))"),
        "letters are text here"
    );
    assert!(is(press(n, KeyCode::Char('"')), "Some(Edit(Insert('\"')))"));
    assert!(is(
        map(n, KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
        "Some(Edit(Newline))"
    ));
    assert!(is(
        map(n, KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL)),
        "Some(Edit(Newline))"
    ));
    assert!(is(press(n, KeyCode::Backspace), "Some(Edit(Backspace))"));
}

#[test]
fn review_keys() {
    let r = Mode::Review;
    assert!(is(press(r, KeyCode::Up), "Some(Flow(Select(-1)))"));
    assert!(is(press(r, KeyCode::Char('j')), "Some(Flow(Select(1)))"));
    assert!(is(press(r, KeyCode::Char('e')), "Some(Flow(Edit))"));
    assert!(is(press(r, KeyCode::Char(' ')), "Some(Flow(Edit))"));
    assert!(is(press(r, KeyCode::Enter), "Some(Flow(Finish))"));
    assert!(is(press(r, KeyCode::Esc), "Some(Back)"));
}

#[test]
fn home_and_results_keys() {
    let h = Mode::Home;
    assert!(is(press(h, KeyCode::Char('k')), "Some(Up)"));
    assert!(is(press(h, KeyCode::Down), "Some(Down)"));
    assert!(is(press(h, KeyCode::Enter), "Some(Open)"));
    assert!(is(press(h, KeyCode::Char('a')), "Some(New)"));
    assert!(is(press(h, KeyCode::Char('r')), "Some(Resume)"));
    assert!(is(press(h, KeyCode::Char('?')), "Some(Help)"));
    assert!(is(press(h, KeyCode::Char('q')), "Some(Quit)"));
    assert!(is(press(Mode::Results, KeyCode::Char('q')), "Some(Quit)"));
    assert!(is(press(Mode::Results, KeyCode::Esc), "Some(Back)"));
    assert!(is(press(Mode::Help, KeyCode::Esc), "Some(Help)"));
}

#[test]
fn form_keys() {
    let f = Mode::Form;
    assert!(is(press(f, KeyCode::Char('a')), "Some(Edit(Insert('a')))"));
    assert!(is(press(f, KeyCode::Tab), "Some(Tab)"));
    assert!(is(press(f, KeyCode::Down), "Some(Down)"));
    assert!(is(press(f, KeyCode::Enter), "Some(Submit)"));
}

#[test]
fn results_trends_and_compare_keys() {
    let r = Mode::Results;
    for (code, expected) in [
        (KeyCode::Left, "Some(Prev)"),
        (KeyCode::Char('h'), "Some(Prev)"),
        (KeyCode::Right, "Some(Next)"),
        (KeyCode::Char('l'), "Some(Next)"),
        (KeyCode::Char('t'), "Some(Trends)"),
        (KeyCode::Char('c'), "Some(Compare)"),
        (KeyCode::Char('?'), "Some(Help)"),
    ] {
        assert!(is(press(r, code), expected), "{code:?}");
    }
    let t = Mode::Trends;
    assert!(is(press(t, KeyCode::Up), "Some(Up)"));
    assert!(is(press(t, KeyCode::Char('j')), "Some(Down)"));
    assert!(is(press(t, KeyCode::Char('a')), "Some(ToggleAll)"));
    assert!(is(press(t, KeyCode::Esc), "Some(Back)"));
    let c = Mode::Compare;
    assert!(is(press(c, KeyCode::Char(' ')), "Some(Tick)"));
    assert!(is(press(c, KeyCode::Down), "Some(Down)"));
    assert!(is(press(c, KeyCode::Char('q')), "Some(Quit)"));
}
