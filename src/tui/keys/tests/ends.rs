//! `Home` and `End` reach the ends of every screen that scrolls or holds a list: home's list,
//! the results (and their ladder), trends' table, compare, the review and the help (issue 23,
//! item 20: they worked on trends and the review only).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::states::all;
use crate::tui::app::{App, Screen};
use crate::tui::{Msg, update};

/// Where a screen stands: its selected row or its first row shown.
fn at(app: &App) -> usize {
    if app.overlay.is_some() {
        return app.help_scroll;
    }
    match &app.screen {
        Screen::Home { selected } => *selected,
        Screen::Results(state) => state.scroll,
        Screen::Trends(state) => state.scroll,
        Screen::Compare(state) => state.scroll,
        Screen::Group(state) => state.scroll,
        Screen::Assess(flow) => flow.current_index(),
        _ => usize::MAX,
    }
}

fn press(app: &mut App, code: KeyCode) {
    let msg = super::map(app.mode(), KeyEvent::new(code, KeyModifiers::NONE));
    let msg = msg.unwrap_or_else(|| panic!("{code:?} does nothing on {:?}", app.mode()));
    update(app, msg);
}

#[test]
fn home_and_end_reach_the_ends_of_every_screen_that_scrolls() {
    let scrolling = [
        "home subject",
        "review",
        "results",
        "results ladder",
        "trends",
        "compare",
        "group",
        "help",
    ];
    for (name, mut app) in all().into_iter().filter(|(n, _)| scrolling.contains(n)) {
        // Small enough that every one of them scrolls.
        update(&mut app, Msg::Resize(40, 12));
        press(&mut app, KeyCode::Home);
        let top = at(&app);
        press(&mut app, KeyCode::End);
        let end = at(&app);
        assert!(end > top, "{name}: End went nowhere ({top} → {end})");
        press(&mut app, KeyCode::Up);
        press(&mut app, KeyCode::End);
        assert_eq!(at(&app), end, "{name}: End is the end");
        press(&mut app, KeyCode::Home);
        assert_eq!(at(&app), top, "{name}: Home is the start");
    }
}
