//! The keys of the group's screen: a group's view, the times it was asked, the other groups.

use ratatui::crossterm::event::KeyCode::{Char, Esc, Left, Right, Tab};

use super::table::{Entry, KEPT, Key::Code, MAIN, keys};
use super::when;
use crate::tui::app::Msg;

pub(crate) const GROUP: &[Entry] = &[
    keys(&[(Code(Left), Msg::Prev), (Code(Right), Msg::Next)])
        .bar(|_| "←→", |w| w.group.key_earlier_later, MAIN)
        .when(when::group_asked_again)
        .help(|_| "← →", |w| w.group.help_step),
    keys(&[(Code(Tab), Msg::Tab)])
        .bar(|_| "Tab", |w| w.group.key_next_group, 2)
        .when(when::other_group)
        .help(|_| "Tab", |w| w.group.help_next),
    keys(super::explore::SCROLL).help(|w| w.keys.scroll_keys, |w| w.group.help_scroll),
    keys(&[(Code(Char('h')), Msg::HideNotes)]).help(|_| "h", |w| w.help.hide_notes),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.back, 3)
        .help(|w| w.keys.esc, |w| w.help.back_to_results),
    keys(&[(Code(Char('q')), Msg::Quit)])
        .bar(|_| "q", |w| w.keys.quit, KEPT)
        .help(|_| "q", |w| w.help.quit),
];
