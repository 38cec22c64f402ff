//! `update`: the only place where the TUI's model changes. Pure: anything touching the disk is
//! returned as an [`Effect`] for the event loop, whose result comes back as a [`Msg`].

use super::app::{
    App, Effect, Mode, Msg, NoteEditor, NoteLine, Origin, Overlay, ResultsState, Screen,
};
use std::ops::ControlFlow;

use super::form::Form;
use crate::flow::{Outcome, Step};

mod explore;
mod reports;

pub fn update(app: &mut App, msg: Msg) -> Effect {
    let msg = match reports::report(app, msg) {
        ControlFlow::Break(effect) => return effect,
        ControlFlow::Continue(msg) => msg,
    };
    match app.mode() {
        Mode::Help => help(app, msg),
        Mode::Note => note(app, msg),
        Mode::Home => home(app, msg),
        Mode::Form => form(app, msg),
        Mode::Question | Mode::Review => assess(app, msg),
        Mode::Results => explore::results(app, msg),
        Mode::Trends => explore::trends(app, msg),
        Mode::Compare => explore::compare(app, msg),
    }
}

fn help(app: &mut App, msg: Msg) -> Effect {
    match msg {
        Msg::Interrupt => {
            app.overlay = None;
            update(app, Msg::Interrupt)
        }
        Msg::Help | Msg::Back | Msg::Quit | Msg::Submit | Msg::Open => {
            app.overlay = None;
            Effect::None
        }
        _ => Effect::None,
    }
}

fn note(app: &mut App, msg: Msg) -> Effect {
    let Some(Overlay::Note(editor)) = &mut app.overlay else {
        return Effect::None;
    };
    let asking = editor.line == Some(NoteLine::ConfirmDiscard);
    match msg {
        // Esc never throws away typed text silently: a changed note asks first.
        Msg::Back if editor.changed() && !asking => editor.line = Some(NoteLine::ConfirmDiscard),
        Msg::Back => app.overlay = None,
        // Any other key answers "no": back to editing, and the key is typed.
        Msg::Note(edit) => {
            let fits = editor.area.apply(edit);
            editor.line = (!fits).then_some(NoteLine::TooLong);
        }
        Msg::Paste(text) => {
            let fits = editor.area.paste(&text);
            editor.line = (!fits).then_some(NoteLine::TooLong);
        }
        Msg::Submit | Msg::Interrupt => {
            let text = editor.text();
            app.overlay = None;
            let saved = step(app, Step::Note(Some(text)));
            if matches!(msg, Msg::Interrupt) {
                return update(app, Msg::Interrupt);
            }
            return saved;
        }
        _ if asking => editor.line = None,
        _ => {}
    }
    Effect::None
}

fn home(app: &mut App, msg: Msg) -> Effect {
    let Screen::Home { selected } = &mut app.screen else {
        return Effect::None;
    };
    let rows = app.data.subjects().len() + app.data.drafts.len();
    let subjects = app.data.subjects().len();
    match msg {
        Msg::Up => *selected = selected.saturating_sub(1),
        Msg::Down => *selected = (*selected + 1).min(rows.saturating_sub(1)),
        Msg::Open if *selected < subjects => {
            let list = app.data.subjects();
            let subject = &list[*selected];
            let state = ResultsState {
                subject: subject.name.to_string(),
                id: subject.latest().assessment.id.clone(),
            };
            app.screen = Screen::Results(state);
        }
        Msg::Open | Msg::Resume => {
            let drafts = app.data.drafts_recent_first();
            let draft = match selected.checked_sub(subjects) {
                Some(i) => drafts.get(i).copied(),
                None => {
                    let name = app.data.subjects()[*selected].name.to_string();
                    drafts
                        .into_iter()
                        .find(|d| crate::names::same(&d.assessment.subject, &name))
                }
            };
            match draft {
                Some(d) => return Effect::ResumeDraft(d.assessment.id.clone()),
                None => app.info(app.says().no_draft),
            }
        }
        Msg::New => {
            let known = app
                .data
                .subjects()
                .iter()
                .map(|s| s.name.to_string())
                .collect();
            app.screen = Screen::Form(Form::new(known, app.common().you));
            app.status = None;
        }
        Msg::Help => app.overlay = Some(Overlay::Help),
        Msg::Quit | Msg::Back | Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

fn form(app: &mut App, msg: Msg) -> Effect {
    let Screen::Form(form) = &mut app.screen else {
        return Effect::None;
    };
    match msg {
        Msg::Edit(edit) => form.edit(edit),
        Msg::Paste(text) => form.paste(&text),
        Msg::Up => form.select(-1),
        Msg::Down => form.select(1),
        Msg::Tab => form.tab(),
        Msg::Submit => {
            if let Some((subject, respondent)) = form.submit() {
                return Effect::Begin {
                    subject,
                    respondent,
                    fresh: false,
                };
            }
        }
        Msg::Back | Msg::Interrupt => app.screen = Screen::Home { selected: 0 },
        _ => {}
    }
    Effect::None
}

fn assess(app: &mut App, msg: Msg) -> Effect {
    match msg {
        Msg::Flow(s) => step(app, s),
        Msg::OpenNote => {
            if let Some(flow) = app.flow() {
                let note = flow.note_at(flow.current_index()).unwrap_or_default();
                app.overlay = Some(Overlay::Note(Box::new(NoteEditor::new(
                    note,
                    app.theme.selected,
                ))));
            }
            Effect::None
        }
        Msg::Help => {
            app.overlay = Some(Overlay::Help);
            Effect::None
        }
        Msg::Back | Msg::Interrupt => {
            let empty = app.flow().is_some_and(|f| f.draft.answers.is_empty());
            if empty || (app.leaving && app.unsaved) {
                // Nothing to save, or saving failed and the person chose to leave anyway.
                app.leaving = false;
                app.unsaved = false;
                return leave(app);
            }
            app.leaving = true;
            Effect::SaveDraftAndLeave
        }
        _ => Effect::None,
    }
}

/// The assessment as it must be saved if the program ends now: with the note being typed in
/// the editor, if it changed.
pub fn flow_to_keep(app: &App) -> Option<crate::flow::Flow> {
    let mut flow = app.flow()?.clone();
    if let Some(Overlay::Note(editor)) = &app.overlay
        && editor.changed()
    {
        flow.step(Step::Note(Some(editor.text())));
    }
    Some(flow)
}

/// One step of the flow; the resume notice goes once the person acts.
fn step(app: &mut App, step: Step) -> Effect {
    app.leaving = false;
    let Screen::Assess(flow) = &mut app.screen else {
        return Effect::None;
    };
    let outcome = flow.step(step);
    if outcome == Outcome::NoChoice {
        app.info(app.says().choose_first);
        return Effect::None;
    }
    if outcome != Outcome::Nothing && app.status.as_ref().is_some_and(|s| !s.error) {
        app.status = None;
    }
    match outcome {
        Outcome::Nothing | Outcome::NoChoice => Effect::None,
        Outcome::SaveDraft => Effect::SaveDraft,
        Outcome::Complete => Effect::Complete,
    }
}

/// Back to the home screen, or out of the program when it was started on an assessment.
pub(super) fn leave(app: &mut App) -> Effect {
    app.overlay = None;
    match app.origin {
        Origin::Assess => Effect::Exit,
        Origin::Home => {
            let subject = match &app.screen {
                Screen::Results(r) => Some(r.subject.clone()),
                _ => None,
            };
            let selected = subject
                .and_then(|name| {
                    app.data
                        .subjects()
                        .iter()
                        .position(|s| crate::names::same(s.name, &name))
                })
                .unwrap_or(0);
            app.screen = Screen::Home { selected };
            app.status = None;
            Effect::Reload
        }
    }
}

#[cfg(test)]
mod tests;
