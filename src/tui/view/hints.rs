//! The keys of each screen, in the interface's language: one list feeds the key bar, a longer
//! one the help overlay.

use crate::i18n::{TuiHelp, TuiKeys};
use crate::tui::app::Mode;

/// (keys, what they do).
pub type Hints = Vec<(&'static str, &'static str)>;

/// The key bar of the home screen before any assessment.
pub fn first_run(k: &TuiKeys) -> Hints {
    vec![("a", k.start), ("?", k.help), ("q", k.quit)]
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
            ("↑↓", k.select),
            ("e", k.edit),
            (k.enter, k.save_assessment),
            ("n", k.note),
            ("?", k.help),
            (k.esc, k.save_draft_leave),
        ],
        Mode::Results => vec![
            ("←→", k.earlier_later),
            ("t", k.trends),
            ("c", k.compare),
            ("?", k.help),
            (k.esc, k.back),
            ("q", k.quit),
        ],
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
            ("↑↓ j k", h.review_select),
            (k.e_space, h.review_edit),
            ("n", h.review_note),
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
            (k.q_esc, h.quit),
        ],
        Mode::Results => vec![
            ("← → h l", h.results_step),
            ("t", h.results_trends),
            ("c", h.results_compare),
            (k.esc, h.back),
            ("q", h.quit),
        ],
        Mode::Trends => vec![
            ("↑↓ j k", h.trends_dimension),
            ("a", h.trends_all),
            ("c", h.trends_compare),
            (k.esc, h.back_to_results),
        ],
        Mode::Compare => vec![
            ("↑↓ j k", h.compare_move),
            (k.space_enter, h.compare_tick),
            ("t", h.compare_trends),
            (k.esc, h.back_to_results),
        ],
        // The form types `?`, and no help opens over help: their keys are the key bar's.
        Mode::Form | Mode::Help => for_mode(mode, k),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const MODES: [Mode; 9] = [
        Mode::Home,
        Mode::Form,
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
                let width: usize = 1 + hints
                    .iter()
                    .map(|(k, a)| k.chars().count() + 1 + a.chars().count() + 2)
                    .sum::<usize>();
                assert!(width <= 80, "{lang:?} {mode:?}: {width} columns");
            }
        }
    }
}
