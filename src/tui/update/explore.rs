//! `update` for the screens that show results: stepping through time, trends, comparisons.

use super::{leave, notes};
use crate::history::default_comparison;
use crate::subjects::Subject;
use crate::tui::app::{
    App, CompareState, Effect, Msg, NoteTarget, Overlay, ResultsState, Screen, TrendsState,
};

pub(super) fn results(app: &mut App, msg: Msg) -> Effect {
    let Screen::Results(state) = &app.screen else {
        return Effect::None;
    };
    let state = state.clone();
    match msg {
        Msg::Prev | Msg::Next => {
            let forward = matches!(msg, Msg::Next);
            if let Some(id) = neighbour(app, &state, forward) {
                // The ladder stays open: stepping through time shows the stage move.
                let ladder = state.ladder;
                app.screen = Screen::Results(ResultsState {
                    ladder,
                    ..ResultsState::new(state.subject, id)
                });
            }
        }
        Msg::Resume => match other_view(app, &state) {
            Some(id) => app.screen = Screen::Results(ResultsState::new(state.subject, id)),
            None => app.info(app.says().one_view),
        },
        Msg::Scroll(delta) => {
            let most = crate::tui::view::results_rows(app, &state);
            // PgDn and PgUp step by what the view shows above its "↓ more" row, at most: no
            // line is stepped over on a small screen. (Home and End go to the ends.)
            let page = crate::tui::view::results_page(app) as isize;
            let delta = match delta {
                isize::MIN | isize::MAX => delta,
                _ => delta.clamp(-page, page),
            };
            let scroll = (state.scroll as isize)
                .saturating_add(delta)
                .clamp(0, most as isize) as usize;
            app.screen = Screen::Results(ResultsState { scroll, ..state });
        }
        Msg::Ladder => {
            let ladder = !state.ladder;
            app.screen = Screen::Results(ResultsState {
                ladder,
                scroll: 0,
                ..state
            });
        }
        // Esc from the ladder comes back to the scores.
        Msg::Back if state.ladder => {
            app.screen = Screen::Results(ResultsState {
                ladder: false,
                scroll: 0,
                ..state
            });
        }
        Msg::SessionNote => notes::open_on_results(app, NoteTarget::Session),
        Msg::Intention => notes::open_on_results(app, NoteTarget::Intention),
        Msg::HideNotes => return notes::toggle_hidden(app),
        Msg::Trends => app.screen = Screen::Trends(TrendsState::new(state)),
        Msg::Compare => app.screen = Screen::Compare(compare_state(app, state)),
        Msg::Group => super::group::open(app, state),
        Msg::Help => app.overlay = Some(Overlay::Help),
        Msg::Back => return leave(app),
        Msg::Quit | Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

pub(super) fn trends(app: &mut App, msg: Msg) -> Effect {
    let dimensions = questionnaire_size(app);
    let (respondents, rows) = match &app.screen {
        Screen::Trends(state) => crate::tui::view::trends_counts(app, state),
        _ => (1, 0),
    };
    let Screen::Trends(state) = &mut app.screen else {
        return Effect::None;
    };
    let last_row = rows.saturating_sub(1);
    let size = app.size;
    match msg {
        Msg::Up => state.dimension = (state.dimension + dimensions - 1) % dimensions.max(1),
        Msg::Down => state.dimension = (state.dimension + 1) % dimensions.max(1),
        Msg::ToggleAll => {
            state.all = !state.all;
            // Another table: it opens at its end, the latest assessments.
            state.scroll = usize::MAX;
        }
        Msg::ToggleEven => state.even = !state.even,
        Msg::NextRespondent if state.all => {
            state.respondent = (state.respondent + 1) % respondents.max(1);
            state.scroll = usize::MAX;
        }
        // From one dimension, `r` opens the respondents' views: all dimensions, the first.
        Msg::NextRespondent => {
            state.all = true;
            state.scroll = usize::MAX;
        }
        Msg::TableScroll(delta) => {
            // A page is the rows the table shows at this height (as the view lays it out),
            // so that PgDn never skips one.
            let page = match size.1 {
                0 => delta.unsigned_abs(),
                height => ((height.saturating_sub(4) * 2 / 5).max(5) as usize)
                    .saturating_sub(2)
                    .max(1),
            };
            let last_first = rows.saturating_sub(page).min(last_row);
            let from = state.scroll.min(last_first) as isize;
            let step = delta.signum() * page as isize;
            state.scroll = (from + step).clamp(0, last_first as isize) as usize;
        }
        Msg::TableEnd(end) => state.scroll = if end { usize::MAX } else { 0 },
        Msg::Compare => {
            let results = state.results.clone();
            app.screen = Screen::Compare(compare_state(app, results));
        }
        Msg::Help => app.overlay = Some(Overlay::Help),
        Msg::Back => app.screen = Screen::Results(state.results.clone()),
        Msg::Quit | Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

pub(super) fn compare(app: &mut App, msg: Msg) -> Effect {
    if let (Msg::Scroll(delta), Screen::Compare(state)) = (&msg, &app.screen) {
        let most = crate::tui::view::compare_rows(app, state) as isize;
        let scroll = (state.scroll as isize)
            .saturating_add(*delta)
            .clamp(0, most) as usize;
        if let Screen::Compare(state) = &mut app.screen {
            state.scroll = scroll;
        }
        return Effect::None;
    }
    let ids = subject_ids(app);
    let Screen::Compare(state) = &mut app.screen else {
        return Effect::None;
    };
    match msg {
        Msg::Up => state.cursor = state.cursor.saturating_sub(1),
        Msg::Down => state.cursor = (state.cursor + 1).min(ids.len().saturating_sub(1)),
        Msg::Tick => {
            if let Some((id, questionnaire)) = ids.get(state.cursor) {
                let mixed = |t: &String| ids.iter().any(|(i, q)| i == t && q != questionnaire);
                if let Some(at) = state.ticked.iter().position(|t| t == id) {
                    state.ticked.remove(at);
                } else if state.ticked.iter().any(mixed) {
                    app.info(app.says().other_questionnaire);
                } else if state.ticked.len() < crate::history::MAX_COMPARED {
                    state.ticked.push(id.clone());
                    // Keep time order: series and columns read from then to now.
                    state
                        .ticked
                        .sort_by_key(|t| ids.iter().position(|(i, _)| i == t));
                } else {
                    app.info(app.says().four_at_most);
                }
            }
        }
        Msg::Trends => {
            let results = state.results.clone();
            app.screen = Screen::Trends(TrendsState::new(results));
        }
        Msg::Help => app.overlay = Some(Overlay::Help),
        Msg::Back => app.screen = Screen::Results(state.results.clone()),
        Msg::Quit | Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

fn with_subject<T>(app: &App, name: &str, f: impl FnOnce(&Subject) -> T) -> Option<T> {
    let subjects = app.data.subjects();
    subjects
        .iter()
        .find(|s| crate::names::same(s.name, name))
        .map(f)
}

fn results_subject(app: &App) -> Option<String> {
    match &app.screen {
        Screen::Results(r) => Some(r.subject.clone()),
        Screen::Trends(t) => Some(t.results.subject.clone()),
        Screen::Compare(c) => Some(c.results.subject.clone()),
        Screen::Group(g) => Some(g.results.subject.clone()),
        _ => None,
    }
}

/// The subject's assessment ids with their questionnaire's, oldest first.
pub(crate) fn subject_ids(app: &App) -> Vec<(String, String)> {
    results_subject(app)
        .and_then(|name| {
            with_subject(app, &name, |s| {
                s.assessments
                    .iter()
                    .map(|a| (a.assessment.id.clone(), a.assessment.questionnaire.clone()))
                    .collect()
            })
        })
        .unwrap_or_default()
}

pub(crate) fn questionnaire_size(app: &App) -> usize {
    results_subject(app)
        .and_then(|name| with_subject(app, &name, |s| s.latest().questionnaire.dimensions.len()))
        .unwrap_or(1)
        .max(1)
}

/// The same respondent's assessment before or after the one shown.
pub(crate) fn neighbour(app: &App, state: &ResultsState, forward: bool) -> Option<String> {
    with_subject(app, &state.subject, |s| {
        let shown = s.assessments.iter().find(|a| a.assessment.id == state.id)?;
        let theirs = s.of_respondent(&shown.assessment.respondent, None)?;
        let at = theirs
            .assessments
            .iter()
            .position(|a| a.assessment.id == state.id)?;
        let next = if forward { at + 1 } else { at.checked_sub(1)? };
        theirs
            .assessments
            .get(next)
            .map(|a| a.assessment.id.clone())
    })
    .flatten()
}

/// The latest assessment of the next respondent (in order of first appearance).
pub(crate) fn other_view(app: &App, state: &ResultsState) -> Option<String> {
    with_subject(app, &state.subject, |s| {
        let shown = s.assessments.iter().find(|a| a.assessment.id == state.id)?;
        let respondents = s.respondents();
        let at = respondents
            .iter()
            .position(|r| crate::names::same(r, &shown.assessment.respondent))?;
        let next = respondents[(at + 1) % respondents.len()];
        (respondents.len() > 1).then(|| s.latest_of(next).map(|a| a.assessment.id.clone()))?
    })
    .flatten()
}

fn compare_state(app: &App, results: ResultsState) -> CompareState {
    let (ticked, cursor) = with_subject(app, &results.subject, |s| {
        // Only the assessments made with the questionnaire of the one shown compare with it.
        let shown = s
            .assessments
            .iter()
            .find(|a| a.assessment.id == results.id)
            .map(|a| a.assessment.questionnaire.clone());
        let alike = Subject {
            name: s.name,
            assessments: s
                .assessments
                .iter()
                .copied()
                .filter(|a| {
                    shown
                        .as_ref()
                        .is_none_or(|q| *q == a.assessment.questionnaire)
                })
                .collect(),
        };
        let ticked: Vec<String> = default_comparison(&alike)
            .iter()
            .map(|a| a.assessment.id.clone())
            .collect();
        let cursor = s
            .assessments
            .iter()
            .position(|a| a.assessment.id == results.id)
            .unwrap_or(0);
        (ticked, cursor)
    })
    .unwrap_or_default();
    CompareState {
        results,
        ticked,
        cursor,
        scroll: 0,
    }
}
