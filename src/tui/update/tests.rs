//! `update` on its own: navigation, leaving, and what happens when saving fails.

use super::*;
use crate::flow::Flow;
use crate::questionnaire::Catalog;
use crate::time::Timestamp;
use crate::tui::app::{Data, Mode};
use crate::tui::theme::Theme;

fn assessing(origin: Origin) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let flow = Flow::start(q, "Alice", "self", "X1".into(), Timestamp::from_unix(0, 0));
    let mut app = App::new(Data::default(), origin, Theme::mono());
    update(
        &mut app,
        Msg::Began(Box::new(flow), Some("Resumed draft".into())),
    );
    app
}

#[test]
fn answering_saves_the_draft_and_clears_the_resume_notice() {
    let mut app = assessing(Origin::Assess);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Resumed draft")
    );
    assert_eq!(
        update(&mut app, Msg::Flow(Step::Answer(4))),
        Effect::SaveDraft
    );
    assert_eq!(app.status, None);
}

#[test]
fn escape_saves_then_leaves_home_or_exits() {
    let mut app = assessing(Origin::Home);
    assert_eq!(
        update(&mut app, Msg::Back),
        Effect::Reload,
        "nothing answered: nothing to save, straight home"
    );
    assert_eq!(app.mode(), Mode::Home);

    let mut app = assessing(Origin::Home);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::Back), Effect::SaveDraftAndLeave);
    assert_eq!(
        app.mode(),
        Mode::Question,
        "still there until the save succeeded"
    );
    assert_eq!(update(&mut app, Msg::Left), Effect::Reload);
    assert_eq!(app.mode(), Mode::Home);

    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::Interrupt), Effect::SaveDraftAndLeave);
    assert_eq!(update(&mut app, Msg::Left), Effect::Exit);
}

#[test]
fn a_failed_save_keeps_the_answers_and_says_so() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    update(&mut app, Msg::SaveFailed("Read-only file system".into()));
    let status = app.status.clone().unwrap();
    assert!(
        status.error
            && status
                .text
                .contains("Could not save: Read-only file system")
    );
    assert_eq!(app.flow().unwrap().settled(), 1, "answers kept in memory");
    assert_eq!(
        update(&mut app, Msg::Back),
        Effect::SaveDraftAndLeave,
        "Esc tries to save again"
    );
    update(&mut app, Msg::SaveFailed("Read-only file system".into()));
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("Esc again leaves without saving")
    );
    assert_eq!(app.flow().unwrap().settled(), 1);
    assert_eq!(
        update(&mut app, Msg::Back),
        Effect::Exit,
        "a second Esc leaves without saving"
    );
}

#[test]
fn note_editor_saves_on_enter_and_cancels_on_escape() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    assert_eq!(app.mode(), Mode::Note);
    update(&mut app, Msg::Paste("a \"quoted\" note".into()));
    assert_eq!(update(&mut app, Msg::Submit), Effect::SaveDraft);
    assert_eq!(app.flow().unwrap().note_at(0), Some("a \"quoted\" note"));
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Edit(crate::tui::textarea::Edit::Clear));
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(app.mode(), Mode::Note, "a changed note asks first");
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(app.mode(), Mode::Question);
    assert_eq!(
        app.flow().unwrap().note_at(0),
        Some("a \"quoted\" note"),
        "Esc twice cancels"
    );
}

#[test]
fn escape_on_a_changed_note_asks_before_discarding() {
    use crate::tui::app::NoteLine;
    use crate::tui::textarea::Edit;
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Back);
    assert_eq!(
        app.mode(),
        Mode::Question,
        "nothing typed: Esc closes at once"
    );

    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Edit(Edit::Insert('a')));
    update(&mut app, Msg::Edit(Edit::Backspace));
    update(&mut app, Msg::Back);
    assert_eq!(
        app.mode(),
        Mode::Question,
        "the same text as when it opened: Esc closes at once"
    );

    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("typed".into()));
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(editor(&app).line, Some(NoteLine::ConfirmDiscard));
    update(&mut app, Msg::Edit(Edit::Insert('x')));
    assert_eq!(editor(&app).line, None, "another key goes back to editing");
    assert_eq!(editor(&app).text(), "typed", "without typing that key");
    update(&mut app, Msg::Edit(Edit::Insert('!')));
    update(&mut app, Msg::Back);
    assert_eq!(editor(&app).line, Some(NoteLine::ConfirmDiscard));
    assert_eq!(
        update(&mut app, Msg::Submit),
        Effect::SaveDraft,
        "Enter saves"
    );
    assert_eq!(app.mode(), Mode::Question);
    assert_eq!(app.flow().unwrap().note_at(0), Some("typed!"));
}

#[test]
fn help_opens_and_closes() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Help);
    assert_eq!(app.mode(), Mode::Help);
    update(&mut app, Msg::Back);
    assert_eq!(app.mode(), Mode::Question);
}

#[test]
fn home_new_form_begins_an_assessment() {
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    update(&mut app, Msg::New);
    assert_eq!(app.mode(), Mode::Form);
    for c in "Zoé".chars() {
        update(&mut app, Msg::Edit(crate::tui::textarea::Edit::Insert(c)));
    }
    assert_eq!(update(&mut app, Msg::Submit), Effect::None);
    let begin = update(&mut app, Msg::Submit);
    assert_eq!(
        begin,
        Effect::Begin {
            subject: "Zoé".into(),
            respondent: "self".into(),
            fresh: false
        }
    );
    assert_eq!(
        update(&mut app, Msg::Quit),
        Effect::None,
        "q is a letter in the form"
    );
}

#[test]
fn home_resumes_the_selected_draft_or_says_there_is_none() {
    use crate::assessment::Assessment;
    use crate::store::Stored;
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let draft = Flow::start(
        q.clone(),
        "Bob",
        "self",
        "D1".into(),
        Timestamp::from_unix(0, 0),
    )
    .draft;
    let mut done: Assessment = draft.clone();
    done.id = "C1".into();
    done.subject = "Alice".into();
    done.completed = Some(Timestamp::from_unix(60, 0));
    let stored = |a: Assessment| Stored {
        assessment: a,
        questionnaire: q.clone(),
        path: "/x.toml".into(),
    };
    let data = Data {
        assessments: vec![stored(done)],
        drafts: vec![stored(draft)],
        problems: 0,
    };
    let mut app = App::new(data, Origin::Home, Theme::mono());
    assert_eq!(
        update(&mut app, Msg::Resume),
        Effect::None,
        "Alice has no draft"
    );
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("No draft to resume")
    );
    update(&mut app, Msg::Down);
    assert_eq!(
        update(&mut app, Msg::Resume),
        Effect::ResumeDraft("D1".into())
    );
    assert_eq!(
        update(&mut app, Msg::Open),
        Effect::ResumeDraft("D1".into()),
        "Enter on a draft resumes it too"
    );
    update(&mut app, Msg::Up);
    update(&mut app, Msg::Open);
    assert_eq!(
        app.mode(),
        Mode::Results,
        "Enter on a subject opens its results"
    );
}

fn editor(app: &App) -> &crate::tui::app::NoteEditor {
    match &app.overlay {
        Some(Overlay::Note(editor)) => editor,
        other => panic!("no note editor: {other:?}"),
    }
}

#[test]
fn the_note_editor_refuses_to_grow_past_the_limit_and_says_so() {
    use crate::assessment::MAX_NOTE_BYTES;
    use crate::tui::app::NoteLine;
    use crate::tui::textarea::Edit;
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("a".repeat(MAX_NOTE_BYTES - 1) + "é"));
    assert_eq!(
        editor(&app).text().len(),
        MAX_NOTE_BYTES - 1,
        "the paste is cut before the two-byte é"
    );
    assert_eq!(editor(&app).line, Some(NoteLine::TooLong));
    update(&mut app, Msg::Edit(Edit::Insert('x')));
    assert_eq!(editor(&app).line, None, "the last byte fits");
    update(&mut app, Msg::Edit(Edit::Insert('y')));
    assert_eq!(editor(&app).text().len(), MAX_NOTE_BYTES);
    assert!(editor(&app).text().ends_with('x'));
    assert_eq!(editor(&app).line, Some(NoteLine::TooLong));
    update(&mut app, Msg::Edit(Edit::Newline));
    assert_eq!(editor(&app).text().len(), MAX_NOTE_BYTES);
    assert_eq!(update(&mut app, Msg::Submit), Effect::SaveDraft);
    assert_eq!(
        app.flow().unwrap().note_at(0).unwrap().len(),
        MAX_NOTE_BYTES
    );
}

#[test]
fn a_signal_saves_the_note_being_typed() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("half a thought".into()));
    assert_eq!(update(&mut app, Msg::Terminate), Effect::SaveDraftAndExit);
    assert_eq!(app.overlay, None);
    assert_eq!(app.flow().unwrap().note_at(1), Some("half a thought"));
}

#[test]
fn the_flow_to_keep_holds_the_note_being_typed_without_changing_the_model() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    assert_eq!(flow_to_keep(&app).unwrap().draft.answers.len(), 0);
    update(&mut app, Msg::Paste("typed".into()));
    assert_eq!(flow_to_keep(&app).unwrap().note_at(0), Some("typed"));
    assert_eq!(app.flow().unwrap().note_at(0), None);
    assert_eq!(app.mode(), Mode::Note);
}

#[test]
fn a_draft_deleted_elsewhere_leaves_home_or_exits_and_says_so() {
    let mut app = assessing(Origin::Home);
    assert!(!app.draft_on_disk, "a new assessment has no file yet");
    update(&mut app, Msg::Flow(Step::Answer(4)));
    update(&mut app, Msg::Saved);
    assert!(app.draft_on_disk);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::DraftDeleted), Effect::Reload);
    assert_eq!(app.mode(), Mode::Home);
    let status = app.status.clone().unwrap();
    assert!(status.error);
    assert_eq!(status.text, DRAFT_DELETED);
    update(&mut app, Msg::Reloaded(Data::default()));
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some(DRAFT_DELETED),
        "still said on the home screen"
    );

    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    assert_eq!(update(&mut app, Msg::DraftDeleted), Effect::Exit);
    assert_eq!(
        app.farewell.as_deref(),
        Some(DRAFT_DELETED),
        "said once the terminal is restored"
    );
}

#[test]
fn a_resumed_draft_has_a_file() {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let flow = Flow::start(q, "Alice", "self", "X1".into(), Timestamp::from_unix(0, 0));
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    update(&mut app, Msg::Resumed(Box::new(flow), None));
    assert!(app.draft_on_disk);
}

#[test]
fn a_draft_that_cannot_be_resumed_says_why_and_shows_the_store_again() {
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    update(&mut app, Msg::Down);
    assert_eq!(
        update(
            &mut app,
            Msg::CannotResume(DRAFT_GONE.into(), Data::default())
        ),
        Effect::None
    );
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(app.status.as_ref().unwrap().text, DRAFT_GONE);
}

#[test]
fn a_completion_the_disk_did_not_confirm_is_said_not_retried() {
    let mut app = assessing(Origin::Assess);
    let effect = update(
        &mut app,
        Msg::Completed {
            subject: "Alice".into(),
            id: "X1".into(),
            unconfirmed: Some("Input/output error".into()),
            data: Data::default(),
        },
    );
    assert_eq!(effect, Effect::None, "the file is there: no second save");
    let status = app.status.clone().unwrap();
    assert!(
        status.error && status.text.contains("did not confirm"),
        "{}",
        status.text
    );
    assert!(matches!(app.screen, Screen::Results(_)));
}
