//! A coach's effects against a store in memory: entering and leaving a client's space, the
//! note and intention rewritten, a draft discarded (or refused), a setting written.

use std::collections::BTreeMap;

use super::super::fake::Fake;
use super::super::*;
use crate::test_support::completed;
use crate::tui::app::{Mode, Msg, Origin, Screen};
use crate::tui::run::dispatch;
use crate::tui::theme::Theme;

fn session(store: &Fake) -> Session<'_, Fake> {
    Session::new(
        store,
        Choice {
            questionnaire: "trust".into(),
            lang: "en".into(),
        },
    )
}

#[test]
fn enter_opens_a_clients_space_and_esc_comes_back() {
    let mut store = Fake::new();
    let marie = Fake::new();
    marie
        .completed
        .borrow_mut()
        .push(completed("M1", "Team Atlas"));
    store.clients = BTreeMap::from([("Marie".to_string(), marie), ("Jonas".into(), Fake::new())]);
    store
        .completed
        .borrow_mut()
        .push(completed("P1", "My manager"));
    let mut session = session(&store);
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    assert_eq!(app.data.clients.len(), 2);
    // Jonas, then Marie.
    dispatch(&mut app, Msg::Down, &mut session);
    dispatch(&mut app, Msg::Open, &mut session);
    assert!(app.entered);
    assert_eq!(app.data.client.as_deref(), Some("Marie"));
    assert!(app.data.clients.is_empty(), "no other client inside hers");
    assert_eq!(app.data.assessments[0].assessment.subject, "Team Atlas");
    assert_eq!(app.owner(), Some("Marie"));
    assert_eq!(app.respondent("self"), "Marie");
    dispatch(&mut app, Msg::Back, &mut session);
    assert!(!app.entered && session.entered.is_none());
    assert_eq!(app.data.clients.len(), 2);
    assert!(
        matches!(app.screen, Screen::Home { selected: 1 }),
        "on Marie"
    );
}

#[test]
fn a_new_client_is_made_and_opened() {
    let store = Fake::new();
    let mut session = session(&store);
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    dispatch(&mut app, Msg::NewClient, &mut session);
    assert_eq!(app.mode(), Mode::Prompt);
    dispatch(&mut app, Msg::Submit, &mut session);
    assert_eq!(app.mode(), Mode::Prompt, "a name is needed");
    dispatch(&mut app, Msg::Paste("Zoé".into()), &mut session);
    dispatch(&mut app, Msg::Submit, &mut session);
    assert_eq!(app.data.client.as_deref(), Some("Zoé"));
    assert_eq!(app.mode(), Mode::Home);
}

#[test]
fn the_intention_written_on_results_rewrites_the_file_and_is_read_again() {
    let store = Fake::new();
    store.completed.borrow_mut().push(completed("A1", "Alice"));
    let mut session = session(&store);
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    dispatch(&mut app, Msg::Open, &mut session);
    dispatch(&mut app, Msg::Intention, &mut session);
    dispatch(&mut app, Msg::Paste("Call weekly".into()), &mut session);
    dispatch(&mut app, Msg::Submit, &mut session);
    assert_eq!(
        store.completed.borrow()[0].intention.as_deref(),
        Some("Call weekly")
    );
    assert_eq!(
        app.data.assessments[0].assessment.intention.as_deref(),
        Some("Call weekly")
    );
    assert_eq!(app.status.as_ref().unwrap().text, "Intention saved.");
    // Ctrl-C in the editor: the note is written, then the program ends.
    dispatch(&mut app, Msg::SessionNote, &mut session);
    dispatch(&mut app, Msg::Paste("Said in a hurry".into()), &mut session);
    assert_eq!(
        dispatch(&mut app, Msg::Interrupt, &mut session),
        crate::tui::run::Next::Exit
    );
    assert_eq!(
        store.completed.borrow()[0].note.as_deref(),
        Some("Said in a hurry")
    );
}

#[test]
fn a_draft_open_elsewhere_is_not_discarded_and_one_free_is() {
    let mut store = Fake::new();
    let mut draft = completed("D1", "Bob");
    draft.completed = None;
    store.drafts.borrow_mut().insert("D1".into(), draft);
    store.busy.insert("D1".into());
    let mut session = session(&store);
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    dispatch(&mut app, Msg::Discard, &mut session);
    dispatch(&mut app, Msg::Yes, &mut session);
    assert_eq!(store.drafts.borrow().len(), 1);
    assert_eq!(
        app.status.as_ref().unwrap().text,
        crate::i18n::TuiStatus::EN.draft_busy
    );
    drop(session);
    store.busy.clear();
    let mut session = self::session(&store);
    dispatch(&mut app, Msg::Discard, &mut session);
    dispatch(&mut app, Msg::Yes, &mut session);
    assert!(store.drafts.borrow().is_empty());
    assert!(app.data.drafts.is_empty());
}

#[test]
fn hiding_notes_is_written_in_the_config_file_keeping_its_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "# mine\nname = \"Sam\"\n").unwrap();
    let store = Fake::new();
    store.completed.borrow_mut().push(completed("A1", "Alice"));
    let mut session = session(&store);
    session.config_path = Some(path.clone());
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    dispatch(&mut app, Msg::Open, &mut session);
    dispatch(&mut app, Msg::HideNotes, &mut session);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# mine\n") && text.contains("hide_notes = true"),
        "{text}"
    );
    // Without a config folder, it is said, and the screen still hides them.
    session.config_path = None;
    dispatch(&mut app, Msg::HideNotes, &mut session);
    assert!(!app.hide_notes);
    assert!(app.status.as_ref().unwrap().error);
}
