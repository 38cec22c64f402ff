//! Ctrl-C leaves the program from every screen (after saving the draft being answered); a
//! status stays with the screen that made it.

use super::*;
use crate::tui::form::Form;

#[test]
fn ctrl_c_leaves_the_program_from_every_screen() {
    // An assessment opened from home: saved, then out of the program (not back home).
    let mut app = assessing(Origin::Home);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::SaveDraftAndLeave);
    assert_eq!(update(&mut app, Msg::Left), Effect::Exit);

    // Nothing answered yet: nothing to save, out at once.
    let mut app = assessing(Origin::Home);
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::Exit);

    // The form, and the help over a question.
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    app.screen = Screen::Form(Box::new(Form::new(vec![], "you", false)));
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::Exit);
    let mut app = assessing(Origin::Home);
    update(&mut app, Msg::Help);
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::Exit);

    // Home itself.
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::Exit);
}

#[test]
fn esc_after_a_failed_ctrl_c_save_goes_home_as_before() {
    let mut app = assessing(Origin::Home);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::SaveDraftAndLeave);
    update(&mut app, Msg::SaveFailed("Read-only file system".into()));
    assert_eq!(
        update(&mut app, Msg::Back),
        Effect::Reload,
        "left without saving"
    );
    assert_eq!(app.mode(), Mode::Home);
}

#[test]
fn a_status_stays_with_the_screen_that_made_it() {
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    app.screen = Screen::Results(crate::tui::app::ResultsState::new("Alice", "A1"));
    app.info("Assessment saved.");
    update(&mut app, Msg::HideNotes);
    update(&mut app, Msg::Trends);
    assert!(matches!(app.screen, Screen::Trends(_)));
    assert_eq!(app.status, None, "not carried to trends");
    // A message made by the change itself is shown.
    let mut app = assessing(Origin::Home);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    update(&mut app, Msg::DraftDeleted);
    assert!(app.status.is_some());
}
