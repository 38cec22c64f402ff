//! Every key bar fits in one row of 80 columns.

use super::*;
use crate::i18n::Lang;

const MODES: [Mode; 12] = [
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
    Mode::Note,
    Mode::Help,
];

/// The key bar is one row: each screen's keys fit in 80 columns, so that none is lost on a
/// common terminal. (Three English bars are longer, and lose their least useful keys there:
/// `fitting` always keeps `?` and the way out; every key is in the help overlay.)
#[test]
fn every_key_bar_fits_in_80_columns() {
    for lang in [Lang::En, Lang::Fr] {
        for mode in MODES {
            let long = [Mode::Form, Mode::Review].contains(&mode) && lang == Lang::En;
            if long || mode == Mode::Results {
                continue;
            }
            let hints = for_mode(mode, TuiKeys::of(lang));
            assert!(
                width(&hints) <= 80,
                "{lang:?} {mode:?}: {} columns",
                width(&hints)
            );
        }
        for row in [HomeRow::Client(0), HomeRow::Subject(0), HomeRow::Draft(0)] {
            for entered in [false, true] {
                let hints = home(Some(row), entered, TuiKeys::of(lang));
                assert!(width(&hints) <= 80, "{lang:?} {row:?} {entered}");
            }
        }
    }
}

fn width(hints: &Hints) -> usize {
    1 + hints
        .iter()
        .map(|(k, a)| k.chars().count() + 1 + a.chars().count() + 2)
        .sum::<usize>()
}

#[test]
fn a_narrow_bar_drops_the_least_useful_keys_and_keeps_help_and_quit() {
    let k = TuiKeys::of(Lang::En);
    let hints = for_mode(Mode::Results, k);
    let kept = fitting(&hints, k, 36);
    assert!(kept.contains(&("?", k.help)), "{kept:?}");
    assert!(kept.contains(&("q", k.quit)), "{kept:?}");
    assert!(width(&kept) <= 36, "{kept:?}");
    assert_eq!(
        fitting(&hints, k, 60)[0],
        ("←→", k.earlier_later),
        "the most useful first"
    );
    // Without `q`, Esc is the way out.
    let hints = for_mode(Mode::Question, k);
    let kept = fitting(&hints, k, 36);
    assert!(kept.iter().any(|(key, _)| *key == k.esc), "{kept:?}");
    assert_eq!(fitting(&hints, k, 200), hints, "all when there is room");
}
