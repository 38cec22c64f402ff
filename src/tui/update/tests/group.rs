//! The group's screen: opened from results where a group was asked, stepping through the
//! times it was asked and the groups, back to the results; elsewhere `g` says how to ask one.

use crate::tui::app::{App, Msg, Screen};
use crate::tui::keys::tests::states;
use crate::tui::update::update;

fn state(name: &str) -> App {
    states::all()
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no state {name}"))
        .1
}

/// (group, time) shown, or none off the group's screen.
fn at(app: &App) -> Option<(usize, usize)> {
    match &app.screen {
        Screen::Group(s) => Some((s.group, s.time)),
        _ => None,
    }
}

#[test]
fn g_opens_the_latest_time_with_enough_answers_and_esc_comes_back() {
    let mut app = state("results alone");
    let results = app.screen.clone();
    update(&mut app, Msg::Group);
    // The latest time (2 answers) is still collecting: the one before is shown.
    assert_eq!(at(&app), Some((0, 0)));
    // The first time is the first: ← goes no further, → comes back to the latest.
    update(&mut app, Msg::Prev);
    assert_eq!(at(&app), Some((0, 0)));
    update(&mut app, Msg::Next);
    assert_eq!(at(&app), Some((0, 1)));
    update(&mut app, Msg::Next);
    assert_eq!(at(&app), Some((0, 1)));
    // Tab: the next group, at its latest; and round again.
    update(&mut app, Msg::Tab);
    assert_eq!(at(&app), Some((1, 0)));
    update(&mut app, Msg::Tab);
    assert_eq!(at(&app), Some((0, 0)));
    update(&mut app, Msg::Back);
    assert_eq!(format!("{:?}", app.screen), format!("{results:?}"));
}

#[test]
fn g_where_no_group_was_asked_says_how_to_ask_one() {
    let mut app = state("results");
    let before = app.screen.clone();
    update(&mut app, Msg::Group);
    assert_eq!(format!("{:?}", app.screen), format!("{before:?}"));
    let said = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        said.starts_with("No group was asked about Alice: `confiance invite Alice --group"),
        "{said}"
    );
}

#[test]
fn scrolling_stops_at_the_end_of_the_page() {
    let mut app = state("group small");
    update(&mut app, Msg::Scroll(isize::MAX));
    let Screen::Group(end) = app.screen.clone() else {
        panic!("not on the group's screen");
    };
    assert!(end.scroll > 0);
    update(&mut app, Msg::Scroll(1));
    assert!(matches!(&app.screen, Screen::Group(s) if s.scroll == end.scroll));
    update(&mut app, Msg::Scroll(isize::MIN));
    assert!(matches!(&app.screen, Screen::Group(s) if s.scroll == 0));
}
