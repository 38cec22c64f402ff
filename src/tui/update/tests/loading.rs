//! Home drawn while the store is read in the background: nothing acts on the half-read
//! store, leaving still works, and `Msg::Loaded` fills the screen in.

use super::*;
use crate::tui::app::ClientRow;

fn loading() -> App {
    let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
    app.loading = true;
    app
}

fn two_clients() -> Data {
    let client = |name: &str| ClientRow {
        name: name.into(),
        subjects: 1,
        last: None,
        latest: vec![],
        cadences: Default::default(),
    };
    Data {
        clients: vec![client("Marie"), client("Paul")],
        ..Data::default()
    }
}

#[test]
fn nothing_acts_on_the_store_while_it_loads() {
    let mut app = loading();
    for msg in [
        Msg::New,
        Msg::Open,
        Msg::Resume,
        Msg::NewClient,
        Msg::Discard,
        Msg::Down,
        Msg::HideNotes,
    ] {
        assert_eq!(update(&mut app, msg.clone()), Effect::None, "{msg:?}");
        assert_eq!(app.mode(), Mode::Home, "{msg:?}");
        assert!(app.overlay.is_none(), "{msg:?}");
        assert!(!app.hide_notes, "{msg:?}");
    }
    assert!(app.loading, "still waiting for the store");
}

#[test]
fn help_and_leaving_work_while_it_loads() {
    let mut app = loading();
    update(&mut app, Msg::Help);
    assert_eq!(app.mode(), Mode::Help);
    update(&mut app, Msg::Back);
    assert_eq!(app.mode(), Mode::Home);
    assert_eq!(update(&mut app, Msg::Quit), Effect::Exit);
    assert_eq!(update(&mut loading(), Msg::Interrupt), Effect::Exit);
    assert_eq!(update(&mut loading(), Msg::Back), Effect::Exit);
}

#[test]
fn the_loaded_store_fills_home_in_and_unlocks_it() {
    let mut app = loading();
    assert_eq!(update(&mut app, Msg::Loaded(two_clients())), Effect::None);
    assert!(!app.loading);
    assert_eq!(app.home_rows(), 2);
    update(&mut app, Msg::Down);
    assert!(matches!(app.screen, Screen::Home { selected: 1 }));
    update(&mut app, Msg::New);
    assert_eq!(
        app.mode(),
        Mode::Form,
        "a new assessment, on the whole store"
    );
}

/// The subjects from the summary index come first: home lists them, still not to be opened,
/// until the store itself is read; a late index never replaces a read store.
#[test]
fn the_indexed_subjects_are_listed_while_the_store_is_read() {
    use crate::subjects::roster::Row;
    use crate::tui::data::Home;
    let at = crate::time::Timestamp::parse("2026-11-20T10:00:00Z").unwrap();
    let row = Row {
        name: "Team Atlas".into(),
        count: 12,
        last: at,
        overall: Some(64.0),
        overall_respondent: "self".into(),
        respondents: vec!["self".into()],
        check_in_from: at,
        history: vec![Some(40.0), Some(64.0)],
    };
    let mut app = loading();
    update(&mut app, Msg::Briefed(Home(vec![row.clone()])));
    assert_eq!(app.data.home.0, std::slice::from_ref(&row));
    let shown = {
        use ratatui::widgets::Widget;
        let area = ratatui::layout::Rect::new(0, 0, 80, 12);
        let mut buf = ratatui::buffer::Buffer::empty(area);
        (&app).render(area, &mut buf);
        (0..12)
            .map(|y| (0..80).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(shown.contains("Reading the assessments…"), "{shown}");
    assert!(
        shown.contains("Team Atlas") && shown.contains("12 assessments"),
        "{shown}"
    );
    assert_eq!(update(&mut app, Msg::Open), Effect::None);
    assert_eq!(app.mode(), Mode::Home, "not opened before it is read");
    update(&mut app, Msg::Loaded(two_clients()));
    update(&mut app, Msg::Briefed(Home(vec![row])));
    assert!(
        app.data.home.0.is_empty(),
        "read: the index has nothing more to say"
    );
}
