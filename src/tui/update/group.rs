//! `update` for the group's screen: the times a group was asked, the other groups asked about
//! the subject, scrolling, and back to the results.

use super::notes;
use crate::tui::app::{App, Effect, GroupState, Msg, Overlay, ResultsState, Screen};

/// `g` on results: the group's view, or why there is none.
pub(super) fn open(app: &mut App, results: ResultsState) {
    if app.data.groups_of(&results.subject).is_empty() {
        let said = crate::i18n::fill(
            crate::i18n::TuiGroup::of(app.lang).no_group,
            &[("subject", &crate::printable::printable(&results.subject))],
        );
        app.info(said);
        return;
    }
    // The latest time with enough answers: a new invitation still collecting them does not
    // hide the view there is.
    let time = first_time(app, &results.subject, 0);
    app.screen = Screen::Group(GroupState {
        time,
        ..GroupState::new(results)
    });
}

/// The time of group `group` shown first: see [`crate::invitation::group::shown_first`].
fn first_time(app: &App, subject: &str, group: usize) -> usize {
    let groups = app.data.groups_of(subject);
    let withheld: Vec<bool> = groups.get(group).map_or(vec![], |times| {
        times
            .iter()
            .map(|t| {
                crate::invitation::group::view(&t.questionnaire, &t.answers, app.group_minimum)
                    .withheld
            })
            .collect()
    });
    crate::invitation::group::shown_first(&withheld)
}

pub(super) fn group(app: &mut App, msg: Msg) -> Effect {
    let Screen::Group(state) = &app.screen else {
        return Effect::None;
    };
    let mut state = state.clone();
    let groups = app.data.groups_of(&state.results.subject);
    let times = groups.get(state.group).map_or(0, Vec::len);
    let count = groups.len();
    drop(groups);
    // The time shown, as an index (past the end means the latest).
    let at = state.time.min(times.saturating_sub(1));
    match msg {
        Msg::Prev if at > 0 => {
            state.time = at - 1;
            state.scroll = 0;
        }
        Msg::Next if at + 1 < times => {
            state.time = at + 1;
            state.scroll = 0;
        }
        Msg::Tab if count > 1 => {
            state.group = (state.group + 1) % count;
            state.time = first_time(app, &state.results.subject, state.group);
            state.scroll = 0;
        }
        Msg::Scroll(delta) => {
            let most = crate::tui::view::group_rows(app, &state) as isize;
            let page = crate::tui::view::results_page(app) as isize;
            let delta = match delta {
                isize::MIN | isize::MAX => delta,
                _ => delta.clamp(-page, page),
            };
            state.scroll = (state.scroll as isize).saturating_add(delta).clamp(0, most) as usize;
        }
        Msg::HideNotes => return notes::toggle_hidden(app),
        Msg::Help => {
            app.overlay = Some(Overlay::Help);
            return Effect::None;
        }
        Msg::Back => {
            app.screen = Screen::Results(state.results);
            return Effect::None;
        }
        Msg::Quit | Msg::Interrupt => return Effect::Exit,
        _ => return Effect::None,
    }
    app.screen = Screen::Group(state);
    Effect::None
}
