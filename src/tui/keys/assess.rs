//! The keys of an assessment: last time's intention, a question, the review.
//!
//! A row is on the bar, in the help, or both; the bar and the help each keep the table's order,
//! so a key may have one row for each where their orders differ.

use ratatui::crossterm::event::KeyCode::{
    Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Up,
};

use super::table::{Entry, KEPT, Key::*, MAIN, keys};
use super::when;
use crate::assessment::Followed;
use crate::flow::Step;
use crate::tui::app::Msg;

/// Was last time's intention followed: `y` yes (`o` oui), `p` partly, `n` no, Enter skips.
pub(crate) const FOLLOW_UP: &[Entry] = &[
    keys(&[
        (Code(Char('y')), Msg::Followed(Some(Followed::Yes))),
        (Code(Char('Y')), Msg::Followed(Some(Followed::Yes))),
        (Code(Char('o')), Msg::Followed(Some(Followed::Yes))),
        (Code(Char('O')), Msg::Followed(Some(Followed::Yes))),
    ])
    .bar(|w| w.keys.yes, |w| w.keys.followed_yes, MAIN)
    .help(|w| w.keys.yes_keys, |w| w.help.followed_yes),
    keys(&[
        (Code(Char('p')), Msg::Followed(Some(Followed::Partly))),
        (Code(Char('P')), Msg::Followed(Some(Followed::Partly))),
    ])
    .bar(|_| "p", |w| w.keys.followed_partly, 2)
    .help(|_| "p", |w| w.help.followed_partly),
    keys(&[
        (Code(Char('n')), Msg::Followed(Some(Followed::No))),
        (Code(Char('N')), Msg::Followed(Some(Followed::No))),
    ])
    .bar(|_| "n", |w| w.keys.followed_no, 3)
    .help(|_| "n", |w| w.help.followed_no),
    keys(&[(Code(Enter), Msg::Followed(None))])
        .bar(|w| w.keys.enter, |w| w.keys.dont_know, 4)
        .help(|w| w.keys.enter, |w| w.help.followed_skip),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.cancel, KEPT)
        .help(|w| w.keys.esc, |w| w.help.followed_leave),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
];

/// A question. The bar's `1-5` is written with the questionnaire's scale.
pub(crate) const QUESTION: &[Entry] = &[
    keys(&[(Digit, Msg::Flow(Step::Digit(0)))])
        .bar(|_| "1-5", |w| w.keys.answer, MAIN)
        .help(|w| w.keys.digit, |w| w.help.digit),
    // Only here, where none of these keys means anything else.
    keys(&[(Azerty, Msg::Flow(Step::Digit(0)))]).help(|_| "& é \" ' (", |w| w.help.azerty),
    keys(&[
        (Code(Left), Msg::Flow(Step::Highlight(-1))),
        (Code(Char('h')), Msg::Flow(Step::Highlight(-1))),
        (Code(Right), Msg::Flow(Step::Highlight(1))),
        (Code(Char('l')), Msg::Flow(Step::Highlight(1))),
    ])
    .bar(|_| "←→", |w| w.keys.choose, 2)
    .help(|_| "← → h l", |w| w.help.highlight),
    keys(&[
        (Code(Home), Msg::Flow(Step::Highlight(i64::MIN))),
        (Code(End), Msg::Flow(Step::Highlight(i64::MAX))),
    ]),
    keys(&[(Code(Enter), Msg::Flow(Step::Confirm))])
        .help(|w| w.keys.enter, |w| w.help.answer_highlighted),
    keys(&[(Code(Char('s')), Msg::Flow(Step::Skip))])
        .bar(|_| "s", |w| w.keys.dont_know, 3)
        .help(|_| "s", |w| w.help.dont_know),
    keys(&[(Code(Char('n')), Msg::OpenNote)])
        .bar(|_| "n", |w| w.keys.note, 4)
        .help(|_| "n", |w| w.help.note_question),
    keys(&[(Code(Esc), Msg::Back)]).bar(|w| w.keys.esc, |w| w.keys.save_leave, KEPT),
    keys(&[
        (Code(Up), Msg::Flow(Step::Back)),
        (Code(Down), Msg::Flow(Step::Forward)),
    ])
    .bar(|_| "↑↓", |w| w.keys.move_question, 5)
    .when(when::question_moves),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    // Backspace first takes back a pending digit.
    keys(&[
        (Code(Up), Msg::Flow(Step::Back)),
        (Code(Char('k')), Msg::Flow(Step::Back)),
        (Code(Backspace), Msg::Flow(Step::Erase)),
    ])
    .help(|w| w.keys.up_back, |w| w.help.back_one),
    keys(&[
        (Code(Down), Msg::Flow(Step::Forward)),
        (Code(Char('j')), Msg::Flow(Step::Forward)),
    ])
    .help(|_| "↓ j", |w| w.help.forward),
    keys(&[(Code(Esc), Msg::Back)]).help(|w| w.keys.esc_ctrl_c, |w| w.help.leave_question),
];

/// The review of every answer before saving.
pub(crate) const REVIEW: &[Entry] = &[
    keys(&[
        (Code(Up), Msg::Flow(Step::Select(-1))),
        (Code(Char('k')), Msg::Flow(Step::Select(-1))),
        (Code(Down), Msg::Flow(Step::Select(1))),
        (Code(Char('j')), Msg::Flow(Step::Select(1))),
        (Code(PageUp), Msg::Flow(Step::Select(-10))),
        (Code(PageDown), Msg::Flow(Step::Select(10))),
        (Code(Home), Msg::Flow(Step::Select(-1000))),
        (Code(Char('g')), Msg::Flow(Step::Select(-1000))),
        (Code(End), Msg::Flow(Step::Select(1000))),
        (Code(Char('G')), Msg::Flow(Step::Select(1000))),
    ])
    .help(|w| w.keys.scroll_keys, |w| w.help.review_select),
    keys(&[
        (Code(Char('e')), Msg::Flow(Step::Edit)),
        (Code(Char(' ')), Msg::Flow(Step::Edit)),
    ])
    .bar(|_| "e", |w| w.keys.edit, 2)
    .help(|w| w.keys.e_space, |w| w.help.review_edit),
    keys(&[(Code(Enter), Msg::Flow(Step::Finish))]).bar(
        |w| w.keys.enter,
        |w| w.keys.save_assessment,
        MAIN,
    ),
    keys(&[(Code(Char('n')), Msg::OpenNote)])
        .bar(|_| "n", |w| w.keys.note, 3)
        .help(|_| "n", |w| w.help.review_note),
    keys(&[(Code(Char('N')), Msg::SessionNote)])
        .bar(|_| "N", |w| w.keys.session_note, 4)
        .help(|_| "N", |w| w.help.session_note),
    keys(&[(Code(Char('h')), Msg::HideNotes)]).help(|_| "h", |w| w.help.hide_notes),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Esc), Msg::Back)]).bar(|w| w.keys.esc, |w| w.keys.save_draft_leave, KEPT),
    keys(&[(Code(Enter), Msg::Flow(Step::Finish))]).help(|w| w.keys.enter, |w| w.help.review_save),
    keys(&[(Code(Backspace), Msg::Flow(Step::Back))])
        .help(|w| w.keys.backspace, |w| w.help.review_back),
    keys(&[(Code(Esc), Msg::Back)]).help(|w| w.keys.esc_ctrl_c, |w| w.help.leave_review),
];
