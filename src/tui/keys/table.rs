//! What a row of a screen's key table holds: its keys and the message each sends, its words on
//! the key bar and in the help overlay, how useful it is, and when it acts.
//!
//! One table per screen (`home.rs`, `assess.rs`, `explore.rs`, `entry.rs`) is read by the key
//! handling (`map`), the key bar and the help overlay, so that none of them can name a key
//! the others do not know.

use ratatui::crossterm::event::KeyCode;

use crate::i18n::{Lang, TrendText, TuiGroup, TuiHelp, TuiKeys};
use crate::tui::app::{App, Mode, Msg};

/// A key as a table binds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// This key. A letter with Ctrl is not it (see [`Key::Ctrl`]); other modified keys never
    /// reach a screen's table (see `map`).
    Code(KeyCode),
    /// Ctrl with this letter: the editing keys of text entry.
    Ctrl(char),
    /// A digit `0`–`9`: sends the entry's `Msg::Flow(Step::Digit(_))` with the digit typed.
    Digit,
    /// The unshifted AZERTY digit row (`& é " ' ( - è _ ç à`), as [`Key::Digit`].
    Azerty,
    /// Any key no row before it takes (the "other key" of a yes-or-no question).
    Other,
}

/// The words of the interface in one language: the key bar's, the help's, the trends'.
pub(crate) struct Words {
    pub(crate) keys: &'static TuiKeys,
    pub(crate) help: &'static TuiHelp,
    pub(crate) trends: &'static TrendText,
    pub(crate) group: &'static TuiGroup,
}

impl Words {
    pub(crate) fn of(lang: Lang) -> Self {
        Self {
            keys: TuiKeys::of(lang),
            help: TuiHelp::of(lang),
            trends: TrendText::of(lang),
            group: TuiGroup::of(lang),
        }
    }
}

/// A string of a table, in the language of `Words`.
pub(crate) type Say = fn(&Words) -> &'static str;

/// Whether a row acts in the app as it is (the selected row, what the screen holds).
pub(crate) type When = fn(&App) -> bool;

/// Never left off the bar, however narrow: the way out and the help.
pub(crate) const KEPT: u8 = 0;
/// The screen's main action: left off only when not even it fits beside the way out and help.
pub(crate) const MAIN: u8 = 1;

/// One row of a screen's key table.
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    /// The keys and what each sends. A key bound by two rows of a screen sends the same
    /// message from both (a test checks it): `map` takes the first.
    pub(crate) binds: &'static [(Key, Msg)],
    /// On the key bar: the keys as written there, and what they do.
    pub(crate) bar: Option<(Say, Say)>,
    /// In the help overlay: the keys as written there, and what they do in full.
    pub(crate) help: Option<(Say, Say)>,
    /// How useful the row is on the bar: [`KEPT`], [`MAIN`], then higher is less useful. A
    /// narrow bar drops the least useful first; the bar shows the most useful first (rows of
    /// one rank in the table's order), and the [`KEPT`] ones (help, the way out) last.
    pub(crate) rank: u8,
    /// The bar shows the row only when it acts on the selected row and the screen's state.
    pub(crate) when: When,
    /// The help shows the row only when this holds (a key of the personal space only).
    pub(crate) help_when: When,
}

pub(crate) fn always(_: &App) -> bool {
    true
}

/// A row binding `binds`, on neither the bar nor the help until said.
pub(crate) const fn keys(binds: &'static [(Key, Msg)]) -> Entry {
    Entry {
        binds,
        bar: None,
        help: None,
        rank: u8::MAX,
        when: always,
        help_when: always,
    }
}

impl Entry {
    /// On the key bar, at this rank.
    pub(crate) const fn bar(self, key: Say, action: Say, rank: u8) -> Self {
        Self {
            bar: Some((key, action)),
            rank,
            ..self
        }
    }

    /// In the help overlay.
    pub(crate) const fn help(self, key: Say, text: Say) -> Self {
        Self {
            help: Some((key, text)),
            ..self
        }
    }

    /// On the bar only when `when` holds.
    pub(crate) const fn when(self, when: When) -> Self {
        Self { when, ..self }
    }

    /// In the help only when `when` holds.
    pub(crate) const fn help_when(self, help_when: When) -> Self {
        Self { help_when, ..self }
    }
}

/// The message of the first row binding `code` (`ctrl`: with Ctrl held) on this screen.
pub(crate) fn lookup(mode: Mode, code: KeyCode, ctrl: bool) -> Option<Msg> {
    let binds = super::screen_table(mode)
        .iter()
        .flat_map(|e| e.binds.iter());
    for (key, msg) in binds {
        let hit = match (key, code) {
            (Key::Code(k), _) if *k == code => !(ctrl && matches!(code, KeyCode::Char(_))),
            (Key::Ctrl(c), KeyCode::Char(typed)) => ctrl && *c == typed,
            (Key::Digit, KeyCode::Char(c @ '0'..='9')) if !ctrl => {
                return Some(with_digit(msg, c as u8 - b'0'));
            }
            (Key::Azerty, KeyCode::Char(c)) if !ctrl => match super::azerty_digit(c) {
                Some(d) => return Some(with_digit(msg, d as u8)),
                None => false,
            },
            (Key::Other, _) => true,
            _ => false,
        };
        if hit {
            return Some(msg.clone());
        }
    }
    None
}

/// A digit row's message with the digit typed.
fn with_digit(msg: &Msg, digit: u8) -> Msg {
    match msg {
        Msg::Flow(crate::flow::Step::Digit(_)) => Msg::Flow(crate::flow::Step::Digit(digit)),
        other => other.clone(),
    }
}
