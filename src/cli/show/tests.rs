//! Questionnaire text reaches `show`'s outputs neutralised, as any other text: a questionnaire
//! built in memory with escapes and a bidirectional override shows them visibly.

use crate::cli::Ui;
use crate::summary::Summary;
use crate::test_support::{acts, completed, hostile_trust};

fn ui() -> Ui {
    Ui::new(false, false, Box::new(std::io::sink()))
}

fn shown_visibly(output: &str, what: &str) {
    assert!(!acts(output), "{what} passes a control raw:\n{output:?}");
    assert!(output.contains("␛]52;c;"), "{what}:\n{output}");
    assert!(output.contains("<U+202E>"), "{what}:\n{output}");
}

#[test]
fn every_output_of_show_neutralises_the_questionnaires_text() {
    let q = hostile_trust();
    let mut a = completed("A1", "Alice");
    for item in &q.items {
        a.answers.push(crate::assessment::Answer {
            item: item.id.clone(),
            response: crate::assessment::Response::Value(4),
            note: None,
            extra: Default::default(),
        });
    }
    let report = Summary::new(&a, &q);
    let ui = ui();
    shown_visibly(&super::text::text(&report, &ui), "text");
    shown_visibly(&super::markdown::markdown(&report, &ui), "markdown");
    let radar = super::radar_text(&[&report], 200, &ui);
    assert!(!acts(&radar), "the radar passes a control raw:\n{radar:?}");
}

#[test]
fn notes_are_hidden_only_on_a_terminal_and_the_flags_decide_first() {
    use super::notes_shown;
    // notes, no_notes, hidden by the config, on a terminal
    assert!(notes_shown(false, false, false, true));
    assert!(!notes_shown(false, false, true, true));
    assert!(notes_shown(false, false, true, false), "a pipe or a file");
    assert!(notes_shown(true, false, true, true), "--notes");
    assert!(!notes_shown(false, true, false, false), "--no-notes");
}
