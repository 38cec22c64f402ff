//! A note or intention typed on results is never lost to a failed or refused write: the
//! editor keeps the text and says why; only the field edited is written.

use std::io;

use super::super::fake::Fake;
use super::super::*;
use super::session;
use crate::store::StoreError;
use crate::tui::app::{Mode, NoteLine, Origin, Overlay, ResultsState, Screen};
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

/// The results of A1 with the intention editor open and `typed` in it.
fn typing(store: &Fake, typed: &str) -> App {
    store.completed.borrow_mut().push(completed("A1"));
    let mut app = App::new(store.load(), Origin::Home, Theme::mono());
    app.screen = Screen::Results(ResultsState::new("Alice", "A1"));
    crate::tui::update(&mut app, Msg::Intention);
    crate::tui::update(&mut app, Msg::Paste(typed.into()));
    app
}

/// The screen as drawn at 100×30, rows joined.
fn screen_text(app: &App) -> String {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let area = Rect::new(0, 0, 100, 30);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn editor(app: &App) -> &crate::tui::app::NoteEditor {
    match &app.overlay {
        Some(Overlay::Note(editor)) => editor,
        other => panic!("no editor: {other:?}"),
    }
}

#[test]
fn a_failed_write_keeps_the_text_in_the_editor_and_says_so() {
    for msg in [Msg::Submit, Msg::Interrupt] {
        let store = Fake::new();
        let mut app = typing(&store, "Ask before deciding");
        let mut session = session(&store);
        *store.failing.borrow_mut() = Some(io::ErrorKind::StorageFull);
        assert_eq!(
            dispatch(&mut app, msg.clone(), &mut session),
            Next::Continue,
            "{msg:?}: not left with the text unsaved"
        );
        assert_eq!(app.mode(), Mode::Note, "{msg:?}");
        assert_eq!(editor(&app).text(), "Ask before deciding");
        assert_eq!(editor(&app).line, Some(NoteLine::NotSaved));
        let shown = screen_text(&app);
        assert!(shown.contains("Not saved:"), "{shown}");
        assert!(shown.contains("Your text is kept here"), "{shown}");
        // The disk has room again: Enter writes it.
        *store.failing.borrow_mut() = None;
        dispatch(&mut app, Msg::Submit, &mut session);
        assert_eq!(
            store.completed.borrow()[0].intention.as_deref(),
            Some("Ask before deciding")
        );
        assert!(app.overlay.is_none());
    }
}

#[test]
fn a_field_changed_elsewhere_is_not_overwritten_and_the_text_stays() {
    let store = Fake::new();
    let mut app = typing(&store, "mine");
    let mut session = session(&store);
    // Another window writes the intention meanwhile, and the note too.
    store.completed.borrow_mut()[0].intention = Some("theirs".into());
    store.completed.borrow_mut()[0].note = Some("their note".into());
    dispatch(&mut app, Msg::Submit, &mut session);
    assert_eq!(
        store.completed.borrow()[0].intention.as_deref(),
        Some("theirs")
    );
    assert_eq!(editor(&app).text(), "mine");
    assert_eq!(editor(&app).line, Some(NoteLine::NotSaved));
    // Told, the person writes over it on purpose; the other field is left alone.
    dispatch(&mut app, Msg::Submit, &mut session);
    let now = store.completed.borrow()[0].clone();
    assert_eq!(now.intention.as_deref(), Some("mine"));
    assert_eq!(now.note.as_deref(), Some("their note"));
}

#[test]
fn an_assessment_deleted_meanwhile_is_said_in_the_editor() {
    let store = Fake::new();
    let mut app = typing(&store, "mine");
    let mut session = session(&store);
    *store.refusal.borrow_mut() = Some(StoreError::NoLongerHeld {
        path: "/fake/A1.toml".into(),
        id: "A1".into(),
    });
    dispatch(&mut app, Msg::Submit, &mut session);
    assert_eq!(editor(&app).text(), "mine", "kept, to be copied elsewhere");
    assert!(
        editor(&app)
            .not_saved
            .as_deref()
            .is_some_and(|w| w.contains("no longer holds")),
        "{:?}",
        editor(&app).not_saved
    );
}
