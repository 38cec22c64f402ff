//! The home screen's keys: the list of clients, subjects and drafts. What a row offers on the
//! key bar depends on its kind; the help lists every key.

use ratatui::crossterm::event::KeyCode::{Char, Down, End, Enter, Esc, Home, Up};

use super::table::{Entry, KEPT, Key::Code, MAIN, keys};
use super::when;
use crate::tui::app::Msg;

pub(crate) const HOME: &[Entry] = &[
    keys(&[
        (Code(Up), Msg::Up),
        (Code(Char('k')), Msg::Up),
        (Code(Down), Msg::Down),
        (Code(Char('j')), Msg::Down),
        (Code(Home), Msg::TableEnd(false)),
        (Code(End), Msg::TableEnd(true)),
    ])
    .bar(|_| "↑↓", |w| w.keys.select, 4)
    .when(when::home_moves)
    .help(|w| w.keys.select_keys, |w| w.help.home_select),
    // Enter says what it opens: a client's space, a draft, a subject's results.
    keys(&[(Code(Enter), Msg::Open)])
        .bar(|w| w.keys.enter, |w| w.keys.open_client, MAIN)
        .when(when::on_client)
        .help(|w| w.keys.enter, |w| w.help.home_open),
    keys(&[(Code(Enter), Msg::Open)])
        .bar(|w| w.keys.enter, |w| w.keys.resume_draft, MAIN)
        .when(when::on_draft),
    keys(&[(Code(Enter), Msg::Open)])
        .bar(|w| w.keys.enter, |w| w.keys.results, 2)
        .when(when::on_subject),
    // On a draft's bar, after `a` (its rank); in the help, after `r` (the row below).
    keys(&[(Code(Char('d')), Msg::Discard)])
        .bar(|_| "d", |w| w.keys.discard, 3)
        .when(when::on_draft),
    // The main action of a subject: its next assessment.
    keys(&[(Code(Char('a')), Msg::New)])
        .bar(|_| "a", |w| w.keys.new_assessment, MAIN)
        .when(when::on_subject_or_draft)
        .help(|_| "a", |w| w.help.home_new),
    keys(&[(Code(Char('a')), Msg::New)])
        .bar(|_| "a", |w| w.keys.start, MAIN)
        .when(when::no_rows),
    keys(&[(Code(Char('r')), Msg::Resume)])
        .bar(|_| "r", |w| w.keys.resume_draft, 3)
        .when(when::subject_has_draft)
        .help(|_| "r", |w| w.help.home_resume),
    keys(&[(Code(Char('d')), Msg::Discard)]).help(|_| "d", |w| w.help.home_discard),
    keys(&[(Code(Char('c')), Msg::NewClient)])
        .bar(|_| "c", |w| w.keys.new_client, 3)
        .when(when::new_client)
        .help(|_| "c", |w| w.help.home_client)
        .help_when(when::personal),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.back, 2)
        .when(when::entered)
        .help(|w| w.keys.esc, |w| w.help.home_back),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Char('q')), Msg::Quit)])
        .bar(|_| "q", |w| w.keys.quit, KEPT)
        .help(|_| "q", |w| w.help.quit),
];
