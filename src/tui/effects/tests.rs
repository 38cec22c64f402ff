//! `update` + `perform` against a store in memory: the paths a real disk rarely takes.

use std::io::ErrorKind;

use super::fake::Fake;
use super::*;
use crate::flow::Step;
use crate::i18n::TuiStatus;
use crate::tui::app::{Failure, Notice};
use crate::tui::app::{Mode, Origin, Screen};
use crate::tui::run::{Next, dispatch};
use crate::tui::theme::Theme;

const DRAFT_BUSY: &str = TuiStatus::EN.draft_busy;
const DRAFT_DELETED: &str = TuiStatus::EN.draft_deleted;
const DRAFT_GONE: &str = TuiStatus::EN.draft_gone;

fn session(store: &Fake) -> Session<'_, Fake> {
    Session::new(
        store,
        Choice {
            questionnaire: "trust".into(),
            lang: "en".into(),
        },
    )
}

/// The home screen of `store`, then `a`, the subject and Enter twice: a new assessment.
fn begun(store: &Fake, origin: Origin) -> (App, Session<'_, Fake>) {
    let mut session = session(store);
    let mut app = App::new(store.load(), origin, Theme::mono());
    let msg = match origin {
        Origin::Home => {
            dispatch(&mut app, Msg::New, &mut session);
            for c in "Alice".chars() {
                let edit = Msg::Edit(crate::tui::field::Edit::Insert(c));
                dispatch(&mut app, edit, &mut session);
            }
            dispatch(&mut app, Msg::Submit, &mut session);
            Msg::Submit
        }
        Origin::Assess => {
            let q = store.catalog.get("trust", "en").unwrap().clone();
            begin(&mut session, &app.data, q, "Alice", "self", false)
        }
    };
    dispatch(&mut app, msg, &mut session);
    assert_eq!(app.mode(), Mode::Question);
    (app, session)
}

fn status(app: &App) -> &str {
    app.status.as_ref().map_or("", |s| s.text.as_str())
}

#[test]
fn answering_saves_the_draft_and_escape_leaves_home_with_the_store_read_again() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Home);
    let id = app.flow().unwrap().draft.id.clone();
    assert!(
        store.locked.borrow().contains(&id),
        "the new draft is locked"
    );
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    assert_eq!(store.drafts.borrow()[&id].answers.len(), 1);
    assert!(app.draft_on_disk);
    // Esc saves, leaves, and the home screen reads the store again: three effects in a row.
    assert_eq!(dispatch(&mut app, Msg::Back, &mut session), Next::Continue);
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(app.data.drafts.len(), 1, "the draft is on the home screen");
    assert!(store.locked.borrow().is_empty(), "the lock is released");
}

#[test]
fn a_failed_save_is_said_and_the_answers_stay() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Assess);
    *store.failing.borrow_mut() = Some(ErrorKind::ReadOnlyFilesystem);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    assert!(app.unsaved && app.status.as_ref().unwrap().error);
    assert!(
        status(&app).starts_with("Could not save: "),
        "{}",
        status(&app)
    );
    assert_eq!(app.flow().unwrap().settled(), 1);
    assert_eq!(dispatch(&mut app, Msg::Back, &mut session), Next::Continue);
    assert!(status(&app).contains("Esc again leaves without saving"));
    *store.failing.borrow_mut() = None;
    dispatch(&mut app, Msg::Flow(Step::Answer(3)), &mut session);
    assert_eq!(status(&app), "Saved.", "the next save says it worked");
    assert_eq!(store.drafts.borrow().len(), 1);
}

#[test]
fn a_second_escape_after_a_failed_save_exits_without_saving() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Assess);
    *store.failing.borrow_mut() = Some(ErrorKind::StorageFull);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    assert_eq!(dispatch(&mut app, Msg::Back, &mut session), Next::Continue);
    assert_eq!(dispatch(&mut app, Msg::Back, &mut session), Next::Exit);
    assert!(store.drafts.borrow().is_empty());
}

#[test]
fn a_draft_open_in_another_window_is_not_resumed() {
    let mut store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Assess);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    let id = app.flow().unwrap().draft.id.clone();
    drop(session);
    store.busy.insert(id.clone());
    let mut session = self::session(&store);
    let mut home = App::new(store.load(), Origin::Home, Theme::mono());
    dispatch(&mut home, Msg::Resume, &mut session);
    assert_eq!(home.mode(), Mode::Home);
    assert_eq!(status(&home), DRAFT_BUSY);
    // `confiance assess` starts a new draft instead, and says why.
    let q = store.catalog.get("trust", "en").unwrap().clone();
    match begin(&mut session, &home.data, q, "Alice", "self", false) {
        Msg::Began(flow, Some(note)) => {
            assert_ne!(flow.draft.id, id);
            assert_eq!(
                note,
                Notice::BusyNew {
                    subject: "Alice".into()
                }
            );
            assert!(home.notice(&note).contains("open in another window"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn resuming_a_deleted_draft_says_so_and_reads_the_store_again() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Assess);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    drop(session);
    let mut session = self::session(&store);
    let mut home = App::new(store.load(), Origin::Home, Theme::mono());
    store.drafts.borrow_mut().clear();
    dispatch(&mut home, Msg::Resume, &mut session);
    assert_eq!(home.mode(), Mode::Home);
    assert_eq!(status(&home), DRAFT_GONE);
    assert!(home.data.drafts.is_empty());
    assert!(session.lock.is_none() && store.locked.borrow().is_empty());
}

#[test]
fn a_draft_deleted_while_open_is_not_written_again() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Home);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    store.drafts.borrow_mut().clear();
    dispatch(&mut app, Msg::Flow(Step::Answer(2)), &mut session);
    assert!(store.drafts.borrow().is_empty(), "not brought back");
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(status(&app), DRAFT_DELETED);
    assert!(session.lock.is_none());
}

#[test]
fn completing_files_the_assessment_removes_the_draft_and_shows_the_results() {
    for unconfirmed in [false, true] {
        let store = Fake {
            unconfirmed,
            ..Fake::new()
        };
        let (mut app, mut session) = begun(&store, Origin::Assess);
        for _ in 0..app.flow().unwrap().total() {
            dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
        }
        assert_eq!(app.mode(), Mode::Review);
        assert_eq!(
            dispatch(&mut app, Msg::Flow(Step::Finish), &mut session),
            Next::Continue
        );
        assert!(matches!(app.screen, Screen::Results(_)));
        assert_eq!(store.completed.borrow().len(), 1);
        assert!(store.drafts.borrow().is_empty());
        assert_eq!(
            app.data.assessments.len(),
            1,
            "the results read the store again"
        );
        assert!(session.lock.is_none());
        let error = app.status.as_ref().unwrap().error;
        assert_eq!(error, unconfirmed);
        assert_eq!(status(&app).contains("did not confirm"), unconfirmed);
    }
}

#[test]
fn an_unknown_questionnaire_is_said_on_the_form() {
    let store = Fake::new();
    let mut session = Session {
        choice: Choice {
            questionnaire: "nope".into(),
            lang: "en".into(),
        },
        ..session(&store)
    };
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    let effect = Effect::Begin {
        subject: "Alice".into(),
        respondent: "self".into(),
        fresh: false,
        questionnaire: None,
        side: None,
        remember: None,
    };
    assert_eq!(
        perform(&app, effect, &mut session),
        Some(Msg::Failed(Failure::UnknownQuestionnaire("nope".into())))
    );
    crate::tui::update(
        &mut app,
        Msg::Failed(Failure::UnknownQuestionnaire("nope".into())),
    );
    let status = app.status.as_ref().unwrap();
    assert!(status.error);
    assert_eq!(status.text, "Unknown questionnaire `nope`.");
}

#[test]
fn a_side_chosen_in_the_form_words_the_questionnaire_and_is_kept() {
    let store = Fake::new();
    let mut session = session(&store);
    let app = App::new(store.load(), Origin::Home, Theme::mono());
    let effect = Effect::Begin {
        subject: "Atlas users".into(),
        respondent: "self".into(),
        fresh: false,
        questionnaire: Some("community".into()),
        side: Some("community".into()),
        remember: None,
    };
    let Some(Msg::Began(flow, _)) = perform(&app, effect, &mut session) else {
        panic!("begun");
    };
    assert_eq!(flow.draft.side.as_deref(), Some("community"));
    assert_eq!(flow.questionnaire.side(), Some("community"));
    assert!(flow.questionnaire.intro.contains("member of the community"));
}

#[test]
fn a_signal_saves_and_exits() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Home);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    dispatch(&mut app, Msg::OpenNote, &mut session);
    dispatch(&mut app, Msg::Paste("typed".into()), &mut session);
    assert_eq!(dispatch(&mut app, Msg::Terminate, &mut session), Next::Exit);
    let drafts = store.drafts.borrow();
    let draft = drafts.values().next().unwrap();
    assert_eq!(draft.answers[1].note.as_deref(), Some("typed"));
    assert!(session.lock.is_none());
}

mod coach;
mod errors;
mod results_notes;
