//! The keys of each screen, in the interface's language: one list feeds the key bar, a longer
//! one the help overlay.

use crate::i18n::{Lang, TrendText, TuiHelp, TuiKeys};
use crate::tui::app::{HomeRow, Mode};
use unicode_width::UnicodeWidthStr;

/// (keys, what they do).
pub type Hints = Vec<(&'static str, &'static str)>;

/// The language of a key table: the trends' own words live in another table.
fn lang_of(k: &TuiKeys) -> Lang {
    if k.enter == TuiKeys::FR.enter {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The key bar of the home screen before any assessment.
pub fn first_run(k: &TuiKeys) -> Hints {
    vec![("a", k.start), ("?", k.help), ("q", k.quit)]
}

/// The key bar of the home screen while the store is read: only what works then.
pub fn loading(k: &TuiKeys) -> Hints {
    vec![("?", k.help), ("q", k.quit)]
}

/// The key bar of the home screen: what the selected row's keys do; in a client's space
/// opened from the personal one, Esc goes back there.
pub fn home(row: Option<HomeRow>, entered: bool, k: &TuiKeys) -> Hints {
    if entered {
        let mut hints = match row {
            Some(HomeRow::Draft(_)) => vec![(k.enter, k.resume_draft), ("d", k.discard)],
            Some(_) => vec![(k.enter, k.results), ("a", k.new_assessment)],
            None => vec![("a", k.start)],
        };
        hints.extend([(k.esc, k.back), ("?", k.help), ("q", k.quit)]);
        return hints;
    }
    match row {
        Some(HomeRow::Client(_)) => vec![
            ("↑↓", k.select),
            (k.enter, k.open_client),
            ("c", k.new_client),
            ("?", k.help),
            ("q", k.quit),
        ],
        Some(HomeRow::Draft(_)) => vec![
            ("↑↓", k.select),
            (k.enter, k.resume_draft),
            ("d", k.discard),
            ("a", k.new_assessment),
            ("?", k.help),
            ("q", k.quit),
        ],
        _ => for_mode(Mode::Home, k),
    }
}

/// (keys, what they do), most useful first: the key bar shows as many as fit.
pub fn for_mode(mode: Mode, k: &TuiKeys) -> Hints {
    match mode {
        Mode::Home => vec![
            ("↑↓", k.select),
            (k.enter, k.results),
            ("a", k.new_assessment),
            ("r", k.resume_draft),
            ("?", k.help),
            ("q", k.quit),
        ],
        Mode::Form => vec![
            (k.enter, k.form_next),
            ("Tab", k.form_tab),
            ("↑↓", k.form_known),
            ("Ctrl-U", k.clear),
            (k.esc, k.cancel),
        ],
        Mode::Question => vec![
            ("1-5", k.answer),
            ("←→", k.choose),
            ("s", k.skip),
            ("n", k.note),
            (k.esc, k.save_leave),
            ("↑↓", k.move_question),
            ("?", k.help),
        ],
        Mode::Review => vec![
            ("e", k.edit),
            (k.enter, k.save_assessment),
            ("n", k.note),
            ("N", k.session_note),
            ("?", k.help),
            (k.esc, k.save_draft_leave),
        ],
        Mode::Results => vec![
            ("←→", k.earlier_later),
            ("t", k.trends),
            ("c", k.compare),
            ("n", k.results_note),
            ("i", k.intention),
            ("r", k.other_view),
            ("?", k.help),
            ("q", k.quit),
        ],
        Mode::FollowUp => vec![
            (k.yes, k.followed_yes),
            ("p", k.followed_partly),
            ("n", k.followed_no),
            (k.enter, k.skip),
            (k.esc, k.cancel),
            ("?", k.help),
        ],
        Mode::Ask => vec![(k.yes, k.followed_yes), (k.other_key, k.followed_no)],
        Mode::Prompt => vec![(k.enter, k.open_client), (k.esc, k.cancel)],
        Mode::Trends => vec![
            ("↑↓", k.dimension),
            ("a", k.all_dimensions),
            ("c", k.compare),
            ("?", k.help),
            (k.esc, k.back),
            ("q", k.quit),
        ],
        Mode::Compare => vec![
            ("↑↓", k.move_list),
            (k.space, k.tick),
            ("t", k.trends),
            ("?", k.help),
            (k.esc, k.back),
            ("q", k.quit),
        ],
        Mode::Note => vec![
            (k.enter, k.save_note),
            ("Ctrl-J", k.new_line),
            (k.esc, k.cancel),
        ],
        Mode::Help => vec![(k.esc, k.close_help)],
    }
}

/// The hints that fit in a key bar `width` columns wide, in their order: the way out (`q`,
/// else Esc) and `?` always, the others as room allows, most useful first.
pub fn fitting<'a>(
    hints: &[(&'a str, &'a str)],
    k: &TuiKeys,
    width: usize,
) -> Vec<(&'a str, &'a str)> {
    let cost = |(key, action): &(&str, &str)| key.width() + 1 + action.width() + 2;
    let has_q = hints.iter().any(|(key, _)| *key == "q");
    let essential = |key: &str| key == "?" || key == "q" || (key == k.esc && !has_q);
    // One column for the bar's margin.
    let mut used = 1 + hints
        .iter()
        .filter(|h| essential(h.0))
        .map(cost)
        .sum::<usize>();
    let mut kept = vec![];
    for hint in hints {
        if essential(hint.0) {
            kept.push(*hint);
        } else if used + cost(hint) <= width {
            used += cost(hint);
            kept.push(*hint);
        }
    }
    kept
}

/// Longer explanations shown only in the help overlay.
pub fn details(mode: Mode, k: &TuiKeys, h: &TuiHelp) -> Hints {
    match mode {
        Mode::Question => vec![
            (k.digit, h.digit),
            ("& é \" ' (", h.azerty),
            ("← → h l", h.highlight),
            (k.enter, h.answer_highlighted),
            ("s", h.skip),
            ("n", h.note_question),
            (k.up_back, h.back_one),
            ("↓ j", h.forward),
            (k.esc_ctrl_c, h.leave_question),
        ],
        Mode::Review => vec![
            (k.scroll_keys, h.review_select),
            (k.e_space, h.review_edit),
            ("n", h.review_note),
            ("N", h.session_note),
            ("h", h.hide_notes),
            (k.enter, h.review_save),
            (k.backspace, h.review_back),
            (k.esc_ctrl_c, h.leave_review),
        ],
        Mode::Note => vec![
            (k.enter, h.note_save),
            (k.newline_keys, h.note_newline),
            ("Ctrl-U", h.note_clear),
            ("Ctrl-Z Ctrl-Y", h.note_undo),
            (k.esc, h.note_cancel),
        ],
        Mode::Home => vec![
            ("↑↓ j k", h.home_select),
            (k.enter, h.home_open),
            ("a", h.home_new),
            ("r", h.home_resume),
            ("d", h.home_discard),
            ("c", h.home_client),
            (k.esc, h.home_back),
            ("q", h.quit),
        ],
        Mode::Results => vec![
            ("← →", h.results_step),
            ("r", h.results_view),
            (k.scroll_keys, h.results_scroll),
            ("n", h.session_note),
            ("i", h.results_intention),
            ("h", h.hide_notes),
            ("t", h.results_trends),
            ("c", h.results_compare),
            (k.esc, h.back),
            ("q", h.quit),
        ],
        Mode::Trends => vec![
            ("↑↓ j k", h.trends_dimension),
            ("a", h.trends_all),
            ("r", TrendText::of(lang_of(k)).help_respondent),
            ("e", TrendText::of(lang_of(k)).help_even),
            (
                TrendText::of(lang_of(k)).page_keys,
                TrendText::of(lang_of(k)).help_scroll,
            ),
            (
                TrendText::of(lang_of(k)).end_keys,
                TrendText::of(lang_of(k)).help_ends,
            ),
            ("c", h.trends_compare),
            (k.esc, h.back_to_results),
        ],
        Mode::Compare => vec![
            ("↑↓ j k", h.compare_move),
            (k.space_enter, h.compare_tick),
            ("PgUp PgDn", h.compare_scroll),
            ("t", h.compare_trends),
            (k.esc, h.back_to_results),
        ],
        Mode::FollowUp => vec![
            (k.yes_keys, h.followed_yes),
            ("p", h.followed_partly),
            ("n", h.followed_no),
            (k.enter, h.followed_skip),
            (k.esc, h.followed_leave),
        ],
        // The form types `?`, and no help opens over help: their keys are the key bar's.
        Mode::Form | Mode::Help | Mode::Ask | Mode::Prompt => for_mode(mode, k),
    }
}

#[cfg(test)]
mod tests;
