//! The keys of the screens that show results: results, trends, compare.
//!
//! A row is on the bar, in the help, or both; the bar and the help each keep the table's order,
//! so a key may have one row for each where their orders differ.

use ratatui::crossterm::event::KeyCode::{
    Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Up,
};

use super::table::{Entry, KEPT, Key, Key::Code, MAIN, keys};
use super::when;
use crate::tui::app::Msg;

/// The keys that scroll a page: the results, a group's view, the help.
pub(crate) const SCROLL: &[(Key, Msg)] = &[
    (Code(Up), Msg::Scroll(-1)),
    (Code(Char('k')), Msg::Scroll(-1)),
    (Code(Down), Msg::Scroll(1)),
    (Code(Char('j')), Msg::Scroll(1)),
    (Code(PageUp), Msg::Scroll(-10)),
    (Code(PageDown), Msg::Scroll(10)),
    (Code(Home), Msg::Scroll(isize::MIN)),
    (Code(End), Msg::Scroll(isize::MAX)),
];

pub(crate) const RESULTS: &[Entry] = &[
    keys(&[(Code(Left), Msg::Prev), (Code(Right), Msg::Next)])
        .bar(|_| "←→", |w| w.keys.earlier_later, MAIN)
        .when(when::has_neighbour)
        .help(|_| "← →", |w| w.help.results_step),
    keys(&[(Code(Char('r')), Msg::Resume)]).help(|_| "r", |w| w.help.results_view),
    keys(SCROLL).help(|w| w.keys.scroll_keys, |w| w.help.results_scroll),
    keys(&[(Code(Char('t')), Msg::Trends)]).bar(|_| "t", |w| w.keys.trends, 2),
    keys(&[(Code(Char('c')), Msg::Compare)]).bar(|_| "c", |w| w.keys.compare, 3),
    keys(&[
        (Code(Char('n')), Msg::SessionNote),
        (Code(Char('N')), Msg::SessionNote),
    ])
    .bar(|_| "n", |w| w.keys.results_note, 4)
    .help(|_| "n", |w| w.help.session_note),
    keys(&[(Code(Char('i')), Msg::Intention)])
        .bar(|_| "i", |w| w.keys.intention, 5)
        .help(|_| "i", |w| w.help.results_intention),
    keys(&[(Code(Char('r')), Msg::Resume)])
        .bar(|_| "r", |w| w.keys.other_view, 6)
        .when(when::other_view),
    // The whole ladder, and back: the same key. Before the intention on a narrow bar: the
    // results' text offers `i` itself ("i writes one"), and nothing else offers `l`.
    keys(&[(Code(Char('l')), Msg::Ladder)])
        .bar(|_| "l", |w| w.keys.ladder, 4)
        .when(when::ladder_hidden)
        .help(|_| "l", |w| w.help.results_ladder),
    keys(&[(Code(Char('l')), Msg::Ladder)])
        .bar(|_| "l", |w| w.keys.back_to_results, MAIN)
        .when(when::ladder_shown),
    keys(&[(Code(Char('g')), Msg::Group)])
        .bar(|_| "g", |w| w.group.key_group, 3)
        .when(when::has_group),
    keys(&[(Code(Char('h')), Msg::HideNotes)]).help(|_| "h", |w| w.help.hide_notes),
    keys(&[(Code(Char('t')), Msg::Trends)]).help(|_| "t", |w| w.help.results_trends),
    keys(&[(Code(Char('c')), Msg::Compare)]).help(|_| "c", |w| w.help.results_compare),
    keys(&[(Code(Char('g')), Msg::Group)]).help(|_| "g", |w| w.group.help_open),
    keys(&[(Code(Esc), Msg::Back)]).help(|w| w.keys.esc, |w| w.help.back),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Char('q')), Msg::Quit)])
        .bar(|_| "q", |w| w.keys.quit, KEPT)
        .help(|_| "q", |w| w.help.quit),
];

pub(crate) const TRENDS: &[Entry] = &[
    keys(&[
        (Code(Up), Msg::Up),
        (Code(Char('k')), Msg::Up),
        (Code(Down), Msg::Down),
        (Code(Char('j')), Msg::Down),
    ])
    .bar(|_| "↑↓", |w| w.keys.dimension, MAIN)
    .when(when::several_dimensions)
    .help(|_| "↑↓ j k", |w| w.help.trends_dimension),
    keys(&[(Code(Char('a')), Msg::ToggleAll)])
        .bar(|_| "a", |w| w.keys.all_dimensions, 2)
        .help(|_| "a", |w| w.help.trends_all),
    keys(&[(Code(Char('r')), Msg::NextRespondent)]).help(|_| "r", |w| w.trends.help_respondent),
    keys(&[(Code(Char('e')), Msg::ToggleEven)]).help(|_| "e", |w| w.trends.help_even),
    keys(&[
        (Code(PageUp), Msg::TableScroll(-10)),
        (Code(PageDown), Msg::TableScroll(10)),
    ])
    .help(|w| w.trends.page_keys, |w| w.trends.help_scroll),
    keys(&[
        (Code(Home), Msg::TableEnd(false)),
        (Code(End), Msg::TableEnd(true)),
    ])
    .help(|w| w.trends.end_keys, |w| w.trends.help_ends),
    keys(&[(Code(Char('c')), Msg::Compare)])
        .bar(|_| "c", |w| w.keys.compare, 3)
        .help(|_| "c", |w| w.help.trends_compare),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.back, 4)
        .help(|w| w.keys.esc, |w| w.help.back_to_results),
    keys(&[(Code(Char('q')), Msg::Quit)]).bar(|_| "q", |w| w.keys.quit, KEPT),
];

pub(crate) const COMPARE: &[Entry] = &[
    keys(&[
        (Code(Up), Msg::Up),
        (Code(Char('k')), Msg::Up),
        (Code(Down), Msg::Down),
        (Code(Char('j')), Msg::Down),
    ])
    .bar(|_| "↑↓", |w| w.keys.move_list, MAIN)
    .when(when::several_assessments)
    .help(|_| "↑↓ j k", |w| w.help.compare_move),
    keys(&[(Code(Char(' ')), Msg::Tick), (Code(Enter), Msg::Tick)])
        .bar(|w| w.keys.space, |w| w.keys.tick, 2)
        .when(when::tickable)
        .help(|w| w.keys.space_enter, |w| w.help.compare_tick),
    keys(&[
        (Code(PageUp), Msg::Scroll(-10)),
        (Code(PageDown), Msg::Scroll(10)),
        (Code(Home), Msg::Scroll(isize::MIN)),
        (Code(End), Msg::Scroll(isize::MAX)),
    ])
    .help(|w| w.keys.page_end_keys, |w| w.help.compare_scroll),
    keys(&[(Code(Char('t')), Msg::Trends)])
        .bar(|_| "t", |w| w.keys.trends, 3)
        .help(|_| "t", |w| w.help.compare_trends),
    keys(&[(Code(Char('?')), Msg::Help)]).bar(|_| "?", |w| w.keys.help, KEPT),
    keys(&[(Code(Esc), Msg::Back)])
        .bar(|w| w.keys.esc, |w| w.keys.back, 4)
        .help(|w| w.keys.esc, |w| w.help.back_to_results),
    keys(&[(Code(Char('q')), Msg::Quit)]).bar(|_| "q", |w| w.keys.quit, KEPT),
];
