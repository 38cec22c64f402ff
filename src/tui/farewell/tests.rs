//! The line printed in the shell on leaving: what it says, in both languages, and the
//! command in it typed back as it is.

use super::*;
use crate::flow::{Flow, Step};
use crate::i18n::Lang;
use crate::questionnaire::Catalog;
use crate::time::Timestamp;
use crate::tui::app::{Data, Msg, Origin};
use crate::tui::theme::Theme;
use crate::tui::update;

fn answering(subject: &str, answered: usize) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let flow = Flow::start(q, subject, "self", "X1".into(), Timestamp::from_unix(0, 0));
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    update(&mut app, Msg::Began(Box::new(flow), None));
    for _ in 0..answered {
        update(&mut app, Msg::Flow(Step::Answer(4)));
    }
    app
}

#[test]
fn a_draft_says_how_far_it_went_and_how_to_resume_it() {
    let app = answering("Alice", 12);
    assert_eq!(
        line(&app).as_deref(),
        Some("Draft saved (12 of 29 answered). Resume: confiance assess Alice")
    );
    let mut app = answering("Marie Curie", 1);
    app.data.client = Some("Bob's team".into());
    assert_eq!(
        line(&app).as_deref(),
        Some(
            "Draft saved (1 of 29 answered). Resume: confiance assess 'Marie Curie' \
             --client 'Bob'\\''s team'"
        )
    );
}

#[test]
fn french_counts_its_answers_right() {
    let mut app = answering("Alice", 1);
    app.lang = Lang::Fr;
    assert_eq!(
        line(&app).as_deref(),
        Some(
            "Brouillon enregistré (1 réponse sur 29). Pour reprendre\u{a0}: confiance assess Alice"
        )
    );
    let mut app = answering("Alice", 2);
    app.lang = Lang::Fr;
    assert!(line(&app).unwrap().contains("(2 réponses sur 29)"));
}

#[test]
fn nothing_answered_or_nothing_kept_says_nothing() {
    assert_eq!(line(&answering("Alice", 0)), None);
    let mut app = answering("Alice", 3);
    app.unsaved = true;
    assert_eq!(line(&app), None, "a failed save is not called saved");
    let app = App::new(Data::default(), Origin::Home, Theme::mono());
    assert_eq!(line(&app), None);
}

#[test]
fn a_filed_assessment_says_so_with_the_command_that_shows_it() {
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    app.last_filed = Some(("Alice".into(), "A1".into()));
    let said = line(&app).unwrap();
    assert!(said.starts_with("Assessment saved: Alice, "), "{said}");
    assert!(
        said.ends_with("See it again: confiance show Alice"),
        "{said}"
    );
}

#[test]
fn quoting_gives_the_word_back_to_the_shell() {
    assert_eq!(quoted("Alice"), "Alice");
    assert_eq!(quoted("Zoë"), "Zoë");
    assert_eq!(quoted("a b"), "'a b'");
    assert_eq!(quoted("it's"), "'it'\\''s'");
    assert_eq!(quoted("$(rm)"), "'$(rm)'");
    assert_eq!(quoted(""), "''");
}
