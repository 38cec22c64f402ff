//! The keys of each screen: one table feeds both the footer and the help overlay.

use crate::tui::app::Mode;

/// (keys, what they do), most useful first: the footer shows as many as fit.
pub fn for_mode(mode: Mode) -> &'static [(&'static str, &'static str)] {
    match mode {
        Mode::Home => &[
            ("↑↓", "select"),
            ("Enter", "results"),
            ("a", "new assessment"),
            ("r", "resume draft"),
            ("?", "help"),
            ("q", "quit"),
        ],
        Mode::Form => &[
            ("Enter", "next / start"),
            ("Tab", "complete name / next field"),
            ("↑↓", "choose a known subject"),
            ("Ctrl-U", "clear"),
            ("Esc", "cancel"),
        ],
        Mode::Question => &[
            ("1-5", "answer"),
            ("←→", "choose"),
            ("s", "skip"),
            ("n", "note"),
            ("Esc", "save & leave"),
            ("↑↓", "move"),
            ("?", "help"),
        ],
        Mode::Review => &[
            ("↑↓", "select"),
            ("e", "edit"),
            ("Enter", "save the assessment"),
            ("n", "note"),
            ("?", "help"),
            ("Esc", "save draft & leave"),
        ],
        Mode::Results => &[
            ("←→", "earlier / later"),
            ("t", "trends"),
            ("c", "compare"),
            ("?", "help"),
            ("Esc", "back"),
            ("q", "quit"),
        ],
        Mode::Trends => &[
            ("↑↓", "dimension"),
            ("a", "all dimensions"),
            ("c", "compare"),
            ("?", "help"),
            ("Esc", "back"),
            ("q", "quit"),
        ],
        Mode::Compare => &[
            ("↑↓", "move"),
            ("Space", "tick / untick"),
            ("t", "trends"),
            ("?", "help"),
            ("Esc", "back"),
            ("q", "quit"),
        ],
        Mode::Note => &[
            ("Enter", "save note"),
            ("Ctrl-J", "new line"),
            ("Esc", "cancel"),
        ],
        Mode::Help => &[("Esc", "close help")],
    }
}

/// Longer explanations shown only in the help overlay.
pub fn details(mode: Mode) -> &'static [(&'static str, &'static str)] {
    match mode {
        Mode::Question => &[
            ("digit", "answer with that point of the scale and go on"),
            (
                "& é \" ' (",
                "the digits of a French (AZERTY) keyboard, unshifted",
            ),
            ("← → h l", "move the highlight along the scale"),
            ("Enter", "answer with the highlighted point"),
            ("s", "skip this question (recorded as skipped)"),
            ("n", "write a note on this question"),
            ("↑ k Backspace", "back one question"),
            ("↓ j", "forward to a question already answered"),
            ("Esc Ctrl-C", "save the draft and leave: nothing is lost"),
        ],
        Mode::Review => &[
            ("↑↓ j k", "select an item (PgUp PgDn Home End)"),
            ("e Space", "change the selected answer"),
            ("n", "write a note on the selected item"),
            ("Enter", "save the assessment and see the results"),
            ("Backspace", "back to the last question"),
            ("Esc Ctrl-C", "save the draft and leave"),
        ],
        Mode::Note => &[
            ("Enter", "save the note"),
            ("Ctrl-J Alt-Enter", "start a new line"),
            ("Ctrl-U", "clear the note"),
            ("Ctrl-Z Ctrl-Y", "undo, redo"),
            ("Esc", "cancel (asks first if you changed the note)"),
        ],
        Mode::Home => &[
            ("↑↓ j k", "select a subject or a draft"),
            ("Enter", "open the latest results (or resume a draft)"),
            ("a", "start a new assessment"),
            ("r", "resume the selected draft"),
            ("q Esc", "quit"),
        ],
        Mode::Results => &[
            ("← → h l", "the previous or next assessment of this subject"),
            ("t", "trends: the scores over time"),
            ("c", "compare: then vs now, my view vs theirs"),
            ("Esc", "back"),
            ("q", "quit"),
        ],
        Mode::Trends => &[
            (
                "↑↓ j k",
                "choose the dimension drawn with the overall score",
            ),
            ("a", "draw all the dimensions, or only one"),
            ("c", "compare assessments"),
            ("Esc", "back to the results"),
        ],
        Mode::Compare => &[
            ("↑↓ j k", "move in the list of assessments"),
            ("Space Enter", "tick or untick one (four at most)"),
            ("t", "trends"),
            ("Esc", "back to the results"),
        ],
        other => for_mode(other),
    }
}
