//! The new-assessment form of a questionnaire worded for two sides: it asks which side
//! answers, says what that means, and starts the assessment worded for that side.

use std::sync::Arc;

use crate::common::fixtures::*;
use crate::common::render::render;
use confiance::i18n::Lang;
use confiance::questionnaire::Catalog;
use confiance::tui::field::Edit;
use confiance::tui::theme::Theme;
use confiance::tui::{Effect, Msg, update};

#[test]
fn the_form_asks_which_side_answers_the_community_questionnaire() {
    let mut app =
        home(filled_data(), Theme::colour()).speaking(Lang::En, Arc::new(Catalog::builtin()));
    update(&mut app, Msg::New);
    for c in "Club members".chars() {
        update(&mut app, Msg::Edit(Edit::Insert(c)));
    }
    // Subject, then whose view, then the questionnaire: the second one is community.
    update(&mut app, Msg::Submit);
    update(&mut app, Msg::Submit);
    let before = render(&app, 80, 24);
    assert!(
        !before.contains("Answering as"),
        "trust has no sides:\n{before}"
    );
    update(&mut app, Msg::Edit(Edit::Right));
    let shown = render(&app, 80, 24);
    assert!(
        shown.contains("Which side answers? The other side is the subject."),
        "{shown}"
    );
    assert!(
        shown.contains("Answering as   ◂ The organisation ▸ (1/2)"),
        "{shown}"
    );
    assert!(
        shown.contains("Name the subject as a group"),
        "how to name the other side is said under it:\n{shown}"
    );
    update(&mut app, Msg::Submit);
    update(&mut app, Msg::Edit(Edit::Right));
    let Effect::Begin {
        questionnaire,
        side,
        ..
    } = update(&mut app, Msg::Submit)
    else {
        panic!("begins");
    };
    assert_eq!(questionnaire.as_deref(), Some("community"));
    assert_eq!(side.as_deref(), Some("community"));
}
