//! The event loop with the real store: what a forced exit writes, and drafts deleted or
//! changed on disk while a window is open.

use super::run::{Next, dispatch};
use super::signals::LastSave;
use super::*;
use crate::flow::Step;
use crate::questionnaire::Catalog;
use crate::store::Store;
use crate::tui::app::Mode;
use crate::tui::theme::Theme;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().join("data"));
    (dir, store)
}

fn assessing(session: &mut Session<Store>) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let data = Data::default();
    let began = begin(session, &data, q, "Alice", "self", true);
    let mut app = App::new(data, Origin::Assess, Theme::mono());
    update(&mut app, began);
    app
}

#[test]
fn a_forced_exit_saves_the_note_being_typed_and_removes_the_lock() {
    let (_dir, store) = store();
    let mut session = Session::new(
        &store,
        Choice {
            questionnaire: "trust".into(),
            lang: "en".into(),
        },
    );
    let mut app = assessing(&mut session);
    let id = app.flow().unwrap().draft.id.clone();
    let lock = session.lock.as_ref().expect("locked").path().to_path_buf();
    assert!(lock.exists());
    assert_eq!(
        LastSave::of(&app, &session).draft,
        None,
        "nothing answered: nothing to save"
    );
    update(&mut app, Msg::Flow(Step::Answer(3)));
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("typed, not saved".into()));
    let last = LastSave::of(&app, &session);
    // As `process::exit` does: no destructor runs.
    std::mem::forget(session.lock.take());
    last.write();
    let saved = crate::store::read_assessment(&store.draft_path(&id), store.catalog()).unwrap();
    assert_eq!(saved.assessment.answers[0].value(), Some(3));
    assert_eq!(
        saved.assessment.answers[1].note.as_deref(),
        Some("typed, not saved")
    );
    assert!(!lock.exists(), "the lock file is removed");
}

fn session(store: &Store) -> Session<'_, Store> {
    Session::new(
        store,
        Choice {
            questionnaire: "trust".into(),
            lang: "en".into(),
        },
    )
}

fn lock_files(store: &Store) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(store.drafts_dir())
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "lock"))
                .collect()
        })
        .unwrap_or_default()
}

/// A step, then what the event loop does with its effect; true when the program exits.
fn act(app: &mut App, session: &mut Session<Store>, msg: Msg) -> bool {
    dispatch(app, msg, session) == Next::Exit
}

#[test]
fn a_draft_deleted_while_open_is_not_written_again() {
    let (_dir, store) = store();
    let mut session = session(&store);
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let began = begin(&mut session, &Data::default(), q, "Alice", "self", false);
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    update(&mut app, began);
    let path = store.draft_path(&app.flow().unwrap().draft.id);
    assert!(!act(&mut app, &mut session, Msg::Flow(Step::Answer(3))));
    assert!(path.exists(), "the first save writes the draft");
    std::fs::remove_file(&path).unwrap();
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("typed".into()));
    assert_eq!(
        LastSave::of(&app, &session).draft.map(|(p, _)| p),
        Some(path.clone())
    );
    LastSave::of(&app, &session).write();
    assert!(!path.exists(), "a forced exit does not write it again");
    assert!(!act(&mut app, &mut session, Msg::Submit));
    assert!(!path.exists(), "not written again");
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(
        app.status.as_ref().unwrap().text,
        crate::i18n::TuiStatus::EN.draft_deleted
    );
    assert!(session.lock.is_none() && lock_files(&store).is_empty());
}

#[test]
fn a_draft_deleted_while_open_is_not_written_on_exit_either() {
    let (_dir, store) = store();
    let mut session = session(&store);
    let mut app = assessing(&mut session);
    let path = store.draft_path(&app.flow().unwrap().draft.id);
    act(&mut app, &mut session, Msg::Flow(Step::Answer(3)));
    std::fs::remove_file(&path).unwrap();
    update(&mut app, Msg::Flow(Step::Answer(3)));
    assert!(act(&mut app, &mut session, Msg::Terminate));
    assert!(!path.exists(), "SIGTERM does not write it again");
}

fn home_with_a_draft(store: &Store, answers: &[i64]) -> (App, String) {
    let mut session = session(store);
    let mut app = assessing(&mut session);
    for v in answers {
        act(&mut app, &mut session, Msg::Flow(Step::Answer(*v)));
    }
    let id = app.flow().unwrap().draft.id.clone();
    drop(session);
    (App::new(load_data(store), Origin::Home, Theme::mono()), id)
}

#[test]
fn resuming_a_draft_deleted_since_the_home_screen_loaded_says_so() {
    let (_dir, store) = store();
    let (mut app, id) = home_with_a_draft(&store, &[4]);
    assert_eq!(app.data.drafts.len(), 1);
    std::fs::remove_file(store.draft_path(&id)).unwrap();
    let mut session = session(&store);
    assert!(!act(&mut app, &mut session, Msg::Resume));
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(
        app.status.as_ref().unwrap().text,
        crate::i18n::TuiStatus::EN.draft_gone
    );
    assert!(app.data.drafts.is_empty(), "the home screen is read again");
    assert!(!store.draft_path(&id).exists(), "not brought back");
    assert!(session.lock.is_none() && lock_files(&store).is_empty());
}

#[test]
fn resuming_reads_the_draft_from_its_file() {
    let (_dir, store) = store();
    let (mut app, id) = home_with_a_draft(&store, &[4]);
    let mut on_disk = app.data.drafts[0].assessment.clone();
    on_disk.answers[0].note = Some("written in another window".into());
    let _ = store.save_draft(&on_disk).unwrap();
    let mut session = session(&store);
    act(&mut app, &mut session, Msg::Resume);
    let flow = app.flow().expect("resumed");
    assert_eq!(flow.draft.id, id);
    assert_eq!(flow.note_at(0), Some("written in another window"));
    assert!(app.draft_on_disk);
}

#[test]
fn the_home_form_does_not_resume_a_draft_deleted_since_it_loaded() {
    let (_dir, store) = store();
    let (app, id) = home_with_a_draft(&store, &[4]);
    std::fs::remove_file(store.draft_path(&id)).unwrap();
    let mut session = session(&store);
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    match begin(&mut session, &app.data, q, "Alice", "self", false) {
        Msg::Began(flow, _) => assert_ne!(flow.draft.id, id),
        other => panic!("resumed a deleted draft: {other:?}"),
    }
}

#[test]
fn in_a_client_opened_from_home_everything_is_written_in_her_space() {
    let (_dir, store) = store();
    let mut session = session(&store);
    let mut app = App::new(load_data(&store), Origin::Home, Theme::mono());
    act(&mut app, &mut session, Msg::NewClient);
    act(&mut app, &mut session, Msg::Paste("Marie".into()));
    act(&mut app, &mut session, Msg::Submit);
    assert_eq!(app.data.client.as_deref(), Some("Marie"));
    let space = store.data_dir().join("clients/marie");
    assert!(space.join("client.toml").is_file(), "made at once");
    act(&mut app, &mut session, Msg::New);
    act(&mut app, &mut session, Msg::Paste("Team Atlas".into()));
    act(&mut app, &mut session, Msg::Submit);
    act(&mut app, &mut session, Msg::Submit);
    assert_eq!(app.mode(), Mode::Question);
    act(&mut app, &mut session, Msg::Flow(Step::Answer(4)));
    let id = app.flow().unwrap().draft.id.clone();
    let draft = space.join(format!("drafts/{id}.toml"));
    assert!(draft.is_file(), "the draft is in her space");
    assert_eq!(
        LastSave::of(&app, &session).draft.map(|(p, _)| p),
        Some(draft),
        "and a forced exit writes it there too"
    );
    assert!(!store.drafts_dir().exists(), "nothing in yours");
    act(&mut app, &mut session, Msg::Back);
    act(&mut app, &mut session, Msg::Back);
    assert_eq!(app.data.client, None, "back in yours");
    assert_eq!(app.data.clients.len(), 1);
}
