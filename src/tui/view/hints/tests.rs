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
/// common terminal. (Two English bars were longer before French came, and are left as they
/// were: their last keys are in the help overlay.)
#[test]
fn every_key_bar_fits_in_80_columns() {
    for lang in [Lang::En, Lang::Fr] {
        for mode in MODES {
            if lang == Lang::En && [Mode::Form, Mode::Review].contains(&mode) {
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
