//! The key bar fits in one row, and a narrow one keeps the way out, the help and the main
//! action.

use super::*;
use crate::tui::keys::table::MAIN;

const MODES: [Mode; 13] = [
    Mode::Home,
    Mode::Form,
    Mode::FollowUp,
    Mode::Ask,
    Mode::Prompt,
    Mode::Question,
    Mode::Review,
    Mode::Results,
    Mode::Trends,
    Mode::Compare,
    Mode::Group,
    Mode::Note,
    Mode::Help,
];

fn width(hints: &[(&str, &str)]) -> usize {
    1 + hints
        .iter()
        .map(|(k, a)| k.width() + 1 + a.width() + 2)
        .sum::<usize>()
}

/// The key bar is one row: each screen's keys fit in 80 columns, so that none is lost on a
/// common terminal. (Three English bars are longer, and lose their least useful keys there:
/// `fitting` always keeps `?` and the way out; every key is in the help overlay.) Home's
/// rows are exclusive (one Enter per kind of row): its bars are checked in `keys`' tests.
#[test]
fn every_key_bar_fits_in_80_columns() {
    for lang in [Lang::En, Lang::Fr] {
        for mode in MODES {
            let long = [Mode::Form, Mode::Review].contains(&mode) && lang == Lang::En;
            if long || [Mode::Results, Mode::Home].contains(&mode) {
                continue;
            }
            let hints = every_bar_key(mode, lang);
            assert!(
                width(&hints) <= 80,
                "{lang:?} {mode:?}: {} columns",
                width(&hints)
            );
        }
    }
}

fn ranked(mode: Mode, lang: Lang) -> Vec<Hint<'static>> {
    let words = Words::of(lang);
    crate::tui::keys::screen_table(mode)
        .iter()
        .filter_map(|e| e.bar.map(|(k, a)| (k(&words), a(&words), e.rank)))
        .collect()
}

#[test]
fn a_narrow_bar_drops_the_least_useful_keys_and_keeps_help_and_quit() {
    let k = crate::i18n::TuiKeys::of(Lang::En);
    let hints = ranked(Mode::Results, Lang::En);
    let kept = fitting(&hints, 36);
    assert!(kept.contains(&("?", k.help)), "{kept:?}");
    assert!(kept.contains(&("q", k.quit)), "{kept:?}");
    assert!(width(&kept) <= 36, "{kept:?}");
    assert_eq!(
        fitting(&hints, 60)[0],
        ("←→", k.earlier_later),
        "the most useful first"
    );
    // Without `q`, Esc is the way out.
    let hints = ranked(Mode::Question, Lang::En);
    let kept = fitting(&hints, 36);
    assert!(kept.iter().any(|(key, _)| *key == k.esc), "{kept:?}");
    let mut all: Vec<_> = hints.iter().collect();
    all.sort_by_key(|(_, _, rank)| if *rank == KEPT { u8::MAX } else { *rank });
    let all: Vec<_> = all.into_iter().map(|(k, a, _)| (*k, *a)).collect();
    assert_eq!(fitting(&hints, 200), all, "all when there is room");
}

/// The bar reads from the left: the most useful key first, whatever the table's order, and
/// `?` and the way out last (issue 23, item 14: a draft's bar put `d discard` before `a`).
#[test]
fn the_bar_shows_the_most_useful_keys_first() {
    let hints = [
        ("?", "help", KEPT),
        ("d", "discard", 3),
        ("↑↓", "select", 4),
        ("a", "new", MAIN),
        ("q", "quit", KEPT),
        ("Enter", "open", 2),
    ];
    assert_eq!(
        fitting(&hints, 200),
        [
            ("a", "new"),
            ("Enter", "open"),
            ("d", "discard"),
            ("↑↓", "select"),
            ("?", "help"),
            ("q", "quit")
        ]
    );
    assert_eq!(
        fitting(&hints, 36),
        [
            ("a", "new"),
            ("Enter", "open"),
            ("?", "help"),
            ("q", "quit")
        ],
        "a narrow bar drops the least useful"
    );
}

/// Every table names the way out (`q`, else Esc, else the key that says no) among the keys it
/// always keeps, and at most one main action per kind of row.
#[test]
fn every_bar_keeps_a_way_out() {
    for mode in MODES {
        let words = Words::of(Lang::En);
        let kept: Vec<&str> = crate::tui::keys::screen_table(mode)
            .iter()
            .filter(|e| e.rank == KEPT)
            .filter_map(|e| e.bar.map(|(k, _)| k(&words)))
            .collect();
        let out = ["q", "Esc", "other key"];
        assert!(kept.iter().any(|k| out.contains(k)), "{mode:?}: {kept:?}");
        let main = crate::tui::keys::screen_table(mode)
            .iter()
            .filter(|e| e.rank == MAIN)
            .count();
        assert!(
            main >= 1 || mode == Mode::Help,
            "{mode:?} has a main action"
        );
    }
}

/// The home bar at 60 columns drops `↑↓` and keeps `a`, the main action (it used to keep
/// `r resume draft`, which did nothing there, and drop `a`).
#[test]
fn a_narrow_home_bar_keeps_its_main_action() {
    let hints = vec![
        ("↑↓", "select", 4),
        ("Enter", "results", 2),
        ("a", "new assessment", MAIN),
        ("?", "help", KEPT),
        ("q", "quit", KEPT),
    ];
    assert_eq!(
        fitting(&hints, 60),
        [
            ("a", "new assessment"),
            ("Enter", "results"),
            ("?", "help"),
            ("q", "quit")
        ],
        "the main action first"
    );
    assert_eq!(
        fitting(&hints, 40),
        [("a", "new assessment"), ("?", "help"), ("q", "quit")]
    );
}
