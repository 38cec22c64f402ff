//! The key bar and the help overlay's rows, read from the screens' key tables (`keys`): the bar
//! shows the keys that act on the selected row, as many as fit, most useful kept; the help
//! explains every key of the screen.

use crate::i18n::Lang;
use crate::tui::app::{App, Mode};
use crate::tui::keys::table::{KEPT, Words};
use unicode_width::UnicodeWidthStr;

/// (keys, what they do).
pub(crate) type Hints = Vec<(&'static str, &'static str)>;

/// One key of the bar: (keys, what they do, rank: see `table::Entry::rank`).
pub(crate) type Hint<'a> = (&'a str, &'a str, u8);

/// The key bar of the app as it is: the keys that act on the selected row and the screen's
/// state (or the overlay's), in the table's order.
pub(crate) fn bar(app: &App) -> Vec<Hint<'static>> {
    let words = Words::of(app.lang);
    crate::tui::keys::screen_table(app.mode())
        .iter()
        .filter(|e| (e.when)(app))
        .filter_map(|e| {
            e.bar
                .map(|(key, action)| (key(&words), action(&words), e.rank))
        })
        .collect()
}

/// Every key a screen's bar may show, whatever the row (the keys of text entry and of the
/// yes-or-no question, which have no help of their own).
pub(crate) fn every_bar_key(mode: Mode, lang: Lang) -> Hints {
    let words = Words::of(lang);
    crate::tui::keys::screen_table(mode)
        .iter()
        .filter_map(|e| e.bar.map(|(key, action)| (key(&words), action(&words))))
        .collect()
}

/// The hints that fit in a key bar `width` columns wide: the way out and `?` always, then the
/// main action, then the others, most useful first, as room allows. They are shown in that
/// order too (the eye reads the bar from the left): the most useful first, `?` and the way
/// out last.
pub(crate) fn fitting<'a>(hints: &[Hint<'a>], width: usize) -> Vec<(&'a str, &'a str)> {
    let cost = |(key, action, _): &Hint| key.width() + 1 + action.width() + 2;
    let mut order: Vec<usize> = (0..hints.len()).collect();
    order.sort_by_key(|&i| hints[i].2);
    // One column for the bar's margin.
    let mut used = 1 + hints
        .iter()
        .filter(|h| h.2 == KEPT)
        .map(cost)
        .sum::<usize>();
    let mut kept = vec![false; hints.len()];
    for &i in &order {
        if hints[i].2 == KEPT {
            kept[i] = true;
        } else if used + cost(&hints[i]) <= width {
            used += cost(&hints[i]);
            kept[i] = true;
        }
    }
    let (last, first): (Vec<usize>, Vec<usize>) = order
        .into_iter()
        .filter(|&i| kept[i])
        .partition(|&i| hints[i].2 == KEPT);
    first
        .into_iter()
        .chain(last)
        .map(|i| (hints[i].0, hints[i].1))
        .collect()
}

/// The help overlay's rows for the screen `mode` in the app as it is: every key of the
/// screen with its explanation, in the table's order.
pub(crate) fn details(app: &App, mode: Mode) -> Hints {
    let words = Words::of(app.lang);
    match mode {
        // The form types `?`, and no help opens over help: their keys are the key bar's.
        Mode::Form | Mode::Help | Mode::Ask | Mode::Prompt => every_bar_key(mode, app.lang),
        _ => crate::tui::keys::screen_table(mode)
            .iter()
            .filter(|e| (e.help_when)(app))
            .filter_map(|e| e.help.map(|(key, text)| (key(&words), text(&words))))
            .collect(),
    }
}

#[cfg(test)]
mod tests;
