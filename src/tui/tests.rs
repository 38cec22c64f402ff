//! The event loop's side: what a forced exit writes.

use super::*;
use crate::flow::Step;
use crate::questionnaire::Catalog;
use crate::tui::theme::Theme;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().join("data"));
    (dir, store)
}

fn assessing(session: &mut Session) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let data = Data::default();
    let (flow, note) = begin(session, &data, q, "Alice", "self", true);
    let mut app = App::new(data, Origin::Assess, Theme::mono());
    update(&mut app, Msg::Began(Box::new(flow), note));
    app
}

#[test]
fn a_forced_exit_saves_the_note_being_typed_and_removes_the_lock() {
    let (_dir, store) = store();
    let mut session = Session {
        store: &store,
        choice: Choice {
            questionnaire: "trust".into(),
            lang: "en".into(),
        },
        lock: None,
    };
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
