//! When a key acts: the conditions the key bar shows a key under, one per kind of row or
//! state. Each answers what `update` does with the key's message (the test of `keys`
//! drives `update` to hold them to it).

use crate::tui::app::{App, HomeRow, Overlay, Screen};
use crate::tui::form::Field;
use crate::tui::update::{explore, home};

/// The selected home row, once the store is read (until then only `?` and `q` work).
fn home_row(app: &App) -> Option<HomeRow> {
    match &app.screen {
        Screen::Home { selected } if !app.loading => app.data.home_row(*selected),
        _ => None,
    }
}

/// ↑↓ on home: there is another row to go to. (In a client's space opened from the
/// personal one, the bar leaves them out to make room for Esc.)
pub(crate) fn home_moves(app: &App) -> bool {
    !app.loading && !app.entered && app.home_rows() > 1
}

pub(crate) fn on_client(app: &App) -> bool {
    matches!(home_row(app), Some(HomeRow::Client(_))) && personal(app)
}

pub(crate) fn on_subject(app: &App) -> bool {
    matches!(home_row(app), Some(HomeRow::Subject(_)))
}

pub(crate) fn on_draft(app: &App) -> bool {
    matches!(home_row(app), Some(HomeRow::Draft(_)))
}

pub(crate) fn on_subject_or_draft(app: &App) -> bool {
    on_subject(app) || on_draft(app)
}

/// `a` starts the first assessment of an empty space.
pub(crate) fn no_rows(app: &App) -> bool {
    !app.loading && matches!(app.screen, Screen::Home { .. }) && app.home_rows() == 0
}

/// `c` on the key bar: on a client's row, and on a first launch's empty home, where a coach
/// begins with a client (clients are made in the personal space only).
pub(crate) fn new_client(app: &App) -> bool {
    on_client(app) || (no_rows(app) && personal(app))
}

/// `r` on a subject: it has a draft to resume (on a draft row, Enter says it).
pub(crate) fn subject_has_draft(app: &App) -> bool {
    on_subject(app) && home::draft_of(&app.data, home_row(app)).is_some()
}

/// Esc on home goes back to the personal space.
pub(crate) fn entered(app: &App) -> bool {
    app.entered && !app.loading
}

/// Clients are made in the personal space only.
pub(crate) fn personal(app: &App) -> bool {
    app.data.client.is_none()
}

/// Ctrl-U in the form: the field being typed in holds text.
pub(crate) fn field_has_text(app: &App) -> bool {
    let Screen::Form(form) = &app.screen else {
        return false;
    };
    let field = match form.field {
        Field::Subject => &form.subject,
        Field::Respondent => &form.respondent,
        Field::Owner => &form.owner_name,
        Field::View | Field::Remember | Field::Questionnaire | Field::Side => return false,
    };
    !field.text().is_empty()
}

/// Tab and ↑↓ in the form: the field under the cursor suggests names (known subjects, or
/// the subject's known respondents).
pub(crate) fn form_suggests(app: &App) -> bool {
    matches!(&app.screen, Screen::Form(form) if !form.suggestions().is_empty())
}

/// Enter on the new client's name: there is a name.
pub(crate) fn name_given(app: &App) -> bool {
    matches!(&app.overlay, Some(Overlay::Prompt(field))
        if !crate::names::identity(field.text()).is_empty())
}

/// ↑↓ on a question: there is a question before, or this one is answered (↓ goes on).
pub(crate) fn question_moves(app: &App) -> bool {
    let Some(flow) = app.flow() else {
        return false;
    };
    let at = flow.current_index();
    at > 0
        || flow
            .answer_at(at)
            .is_some_and(crate::assessment::Answer::is_settled)
}

/// ←→ on results: the same respondent has an assessment before or after this one.
pub(crate) fn has_neighbour(app: &App) -> bool {
    let Screen::Results(state) = &app.screen else {
        return false;
    };
    explore::neighbour(app, state, false).is_some()
        || explore::neighbour(app, state, true).is_some()
}

/// `r` on results: another respondent has a view of the subject.
pub(crate) fn other_view(app: &App) -> bool {
    let Screen::Results(state) = &app.screen else {
        return false;
    };
    explore::other_view(app, state).is_some()
}

/// `g` on results: a group was asked about the subject.
pub(crate) fn has_group(app: &App) -> bool {
    let Screen::Results(state) = &app.screen else {
        return false;
    };
    !app.data.groups_of(&state.subject).is_empty()
}

/// ←→ on a group's view: the group was asked more than once.
pub(crate) fn group_asked_again(app: &App) -> bool {
    let Screen::Group(state) = &app.screen else {
        return false;
    };
    let groups = app.data.groups_of(&state.results.subject);
    groups.get(state.group).is_some_and(|times| times.len() > 1)
}

/// Tab on a group's view: another group was asked about the subject.
pub(crate) fn other_group(app: &App) -> bool {
    let Screen::Group(state) = &app.screen else {
        return false;
    };
    app.data.groups_of(&state.results.subject).len() > 1
}

/// `l` on results opens the ladder: the results show the scores.
pub(crate) fn ladder_hidden(app: &App) -> bool {
    matches!(&app.screen, Screen::Results(state) if !state.ladder)
}

/// `l` on results comes back from the ladder.
pub(crate) fn ladder_shown(app: &App) -> bool {
    matches!(&app.screen, Screen::Results(state) if state.ladder)
}

/// ↑↓ on trends: the questionnaire has another dimension.
pub(crate) fn several_dimensions(app: &App) -> bool {
    explore::questionnaire_size(app) > 1
}

/// ↑↓ on compare: the list has another assessment.
pub(crate) fn several_assessments(app: &App) -> bool {
    explore::subject_ids(app).len() > 1
}

/// Space on compare: the assessment under the cursor can be unticked, or ticked (four at
/// most, all of one questionnaire).
pub(crate) fn tickable(app: &App) -> bool {
    let Screen::Compare(state) = &app.screen else {
        return false;
    };
    let ids = explore::subject_ids(app);
    let Some((id, questionnaire)) = ids.get(state.cursor) else {
        return false;
    };
    let mixed = |t: &String| ids.iter().any(|(i, q)| i == t && q != questionnaire);
    state.ticked.contains(id)
        || (!state.ticked.iter().any(mixed) && state.ticked.len() < crate::history::MAX_COMPARED)
}
