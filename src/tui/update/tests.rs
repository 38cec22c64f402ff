//! `update` on its own: navigation, leaving, and what happens when saving fails.

use super::*;
use crate::flow::Flow;
use crate::i18n::TuiStatus;
use crate::questionnaire::Catalog;
use crate::time::Timestamp;
use crate::tui::app::{Data, Failure, Mode, Notice};

const DRAFT_DELETED: &str = TuiStatus::EN.draft_deleted;
const DRAFT_GONE: &str = TuiStatus::EN.draft_gone;
use crate::tui::theme::Theme;

fn assessing(origin: Origin) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let flow = Flow::start(q, "Alice", "self", "X1".into(), Timestamp::from_unix(0, 0));
    let mut app = App::new(Data::default(), origin, Theme::mono());
    update(
        &mut app,
        Msg::Began(
            Box::new(flow),
            Some(Notice::Resumed {
                started: Timestamp::from_unix(0, 0),
                answered: 0,
                total: 24,
            }),
        ),
    );
    app
}

#[test]
fn answering_saves_the_draft_and_clears_the_resume_notice() {
    let mut app = assessing(Origin::Assess);
    // The date is shown in the machine's zone: only the words are checked.
    let text = app.status.as_ref().map_or("", |s| s.text.as_str());
    assert!(
        text.starts_with("Resumed draft from ") && text.ends_with(": 0 of 24 answered"),
        "{text}"
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
        update(&mut app, Msg::Edit(crate::tui::field::Edit::Insert(c)));
    }
    assert_eq!(update(&mut app, Msg::Submit), Effect::None);
    let begin = update(&mut app, Msg::Submit);
    assert_eq!(
        begin,
        Effect::Begin {
            subject: "Zoé".into(),
            respondent: "self".into(),
            fresh: false,
            questionnaire: None,
            side: None,
            remember: None,
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
        ..Data::default()
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
            Msg::CannotResume(Failure::DraftGone, Data::default())
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

mod group;
mod interrupt;
mod loading;
mod notes;
