//! Effects whose failure used to be dropped, and errors told apart by their variant: each
//! comes back to `update` as a message, and the screens react to what failed, not to words.

use std::io;

use super::super::fake::Fake;
use super::super::*;
use super::{begun, session, status};
use crate::flow::Step;
use crate::store::StoreError;
use crate::tui::app::{Failure, Mode, Msg, Origin, Screen};
use crate::tui::run::{Next, dispatch};
use crate::tui::theme::Theme;

fn completed(id: &str) -> crate::assessment::Assessment {
    let text = format!(
        "schema = 1\nid = \"{id}\"\nsubject = \"Alice\"\nquestionnaire = \"trust\"\n\
         questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n\
         completed = 2026-11-26T17:50:00Z\n"
    );
    crate::assessment::from_toml(&text).unwrap().0
}

fn amend(id: &str) -> Effect {
    Effect::Amend {
        id: id.into(),
        field: crate::store::Amended::Note,
        shown: None,
        value: Some("after".into()),
    }
}

#[test]
fn an_assessment_no_longer_there_reads_the_store_again_and_other_refusals_do_not() {
    let store = Fake::new();
    store.completed.borrow_mut().push(completed("A1"));
    let mut session = session(&store);
    let app = App::new(store.load(), Origin::Home, Theme::mono());

    // The same words could come from anywhere: only the variant decides.
    *store.refusal.borrow_mut() = Some(StoreError::NoLongerHeld {
        path: "/fake/A1.toml".into(),
        id: "A1".into(),
    });
    match perform(&app, amend("A1"), &mut session) {
        Some(Msg::Outdated(Failure::NotAmended(_), data)) => {
            assert_eq!(data.assessments.len(), 1)
        }
        other => panic!("{other:?}"),
    }
    *store.refusal.borrow_mut() = Some(StoreError::Io(io::ErrorKind::PermissionDenied.into()));
    assert!(matches!(
        perform(&app, amend("A1"), &mut session),
        Some(Msg::Failed(Failure::NotAmended(_)))
    ));

    // Gone from the store the screens show: said, and the store read again.
    store.completed.borrow_mut().clear();
    let effect = amend("A1");
    let mut app = app;
    let msg = perform(&app, effect, &mut session).expect("a message");
    assert!(matches!(msg, Msg::Outdated(..)), "{msg:?}");
    crate::tui::update(&mut app, msg);
    assert!(app.data.assessments.is_empty(), "read again");
    assert!(app.status.as_ref().unwrap().error);
    assert!(status(&app).contains("no longer holds"), "{}", status(&app));
}

#[test]
fn a_lock_the_system_refuses_is_said_and_the_assessment_goes_on() {
    let store = Fake {
        unlockable: true,
        ..Fake::new()
    };
    let (app, session) = begun(&store, Origin::Assess);
    assert!(session.lock.is_none());
    assert!(
        status(&app).starts_with("This draft could not be locked ("),
        "{}",
        status(&app)
    );
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn a_draft_left_behind_after_filing_is_said() {
    let store = Fake {
        stuck_drafts: true,
        ..Fake::new()
    };
    let (mut app, mut session) = begun(&store, Origin::Assess);
    for _ in 0..app.flow().unwrap().total() {
        dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    }
    dispatch(&mut app, Msg::Flow(Step::Finish), &mut session);
    assert!(
        matches!(app.screen, Screen::Results(_)),
        "filed all the same"
    );
    assert_eq!(store.completed.borrow().len(), 1);
    assert!(
        status(&app).starts_with("Assessment saved, but its draft could not be removed"),
        "{}",
        status(&app)
    );
}

#[test]
fn a_draft_not_saved_on_the_way_out_is_said_in_the_shell() {
    let store = Fake::new();
    let (mut app, mut session) = begun(&store, Origin::Home);
    dispatch(&mut app, Msg::Flow(Step::Answer(4)), &mut session);
    *store.failing.borrow_mut() = Some(io::ErrorKind::StorageFull);
    assert_eq!(dispatch(&mut app, Msg::Terminate, &mut session), Next::Exit);
    let farewell = app.farewell.as_deref().unwrap_or_default();
    assert!(
        farewell.starts_with("The draft could not be saved on the way out: "),
        "{farewell}"
    );
    assert_ne!(app.mode(), Mode::Home);
}
