//! `update`: the only place where the TUI's model changes. Pure: anything touching the disk is
//! returned as an [`Effect`] for the event loop, whose result comes back as a [`Msg`].

use super::app::{App, Effect, Mode, Msg, NoteLine, NoteTarget, Origin, Overlay, Screen};
use std::ops::ControlFlow;

use crate::flow::{Outcome, Step};

pub(super) mod explore;
mod group;
pub(super) mod home;
mod keep;
mod notes;
mod reports;

pub use keep::{amend_to_keep, flow_to_keep};

pub fn update(app: &mut App, msg: Msg) -> Effect {
    // A status belongs to the screen that made it: "Assessment saved." does not follow the
    // person to trends or to another assessment.
    let (place, status) = (place(&app.screen), app.status.clone());
    let effect = route(app, msg);
    if place != self::place(&app.screen) && app.status == status {
        app.status = None;
    }
    effect
}

/// Which screen is shown, and which assessment on the results (and whether its ladder is).
fn place(screen: &Screen) -> (std::mem::Discriminant<Screen>, Option<(String, bool)>) {
    let id = match screen {
        Screen::Results(state) => Some((state.id.clone(), state.ladder)),
        _ => None,
    };
    (std::mem::discriminant(screen), id)
}

fn route(app: &mut App, msg: Msg) -> Effect {
    let msg = match reports::report(app, msg) {
        ControlFlow::Break(effect) => return effect,
        ControlFlow::Continue(msg) => msg,
    };
    // A half-read store is never acted on: while it loads, only leaving and the help work.
    if app.loading
        && !matches!(
            msg,
            Msg::Quit | Msg::Interrupt | Msg::Back | Msg::Help | Msg::Scroll(_)
        )
    {
        return Effect::None;
    }
    match app.mode() {
        Mode::Help => help(app, msg),
        Mode::Note => note(app, msg),
        Mode::Ask => home::ask(app, msg),
        Mode::Prompt => home::prompt(app, msg),
        Mode::Home => home::home(app, msg),
        Mode::Form => home::form(app, msg),
        Mode::FollowUp => notes::follow_up(app, msg),
        Mode::Question | Mode::Review => assess(app, msg),
        Mode::Results => explore::results(app, msg),
        Mode::Trends => explore::trends(app, msg),
        Mode::Compare => explore::compare(app, msg),
        Mode::Group => group::group(app, msg),
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
            app.help_scroll = 0;
            Effect::None
        }
        Msg::Scroll(delta) => {
            let most = crate::tui::view::help_rows(app) as isize;
            app.help_scroll = (app.help_scroll as isize)
                .saturating_add(delta)
                .clamp(0, most) as usize;
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
        Msg::Back => {
            app.overlay = None;
            app.typing = false;
            // The draft on disk holds what was typed: it goes back to the note as it was.
            if std::mem::take(&mut app.typing_kept) {
                return Effect::SaveDraft;
            }
        }
        // Any other key answers "no": back to editing, and the key is typed.
        Msg::Note(edit) => {
            let fits = editor.area.apply(edit);
            editor.line = (!fits).then_some(NoteLine::TooLong);
            app.typing = true;
        }
        Msg::Paste(text) => {
            let fits = editor.area.paste(&text);
            editor.line = (!fits).then_some(NoteLine::TooLong);
            app.typing = true;
        }
        Msg::Submit | Msg::Interrupt => {
            app.typing = false;
            app.typing_kept = false;
            let (target, text) = (editor.target, editor.text());
            let shown = editor.opened_with.clone();
            let open = app.overlay.take();
            let saved = notes::save(app, target, text, shown);
            if let Effect::Amend { .. } = saved {
                // On results, the editor stays open with its text until the file is written:
                // if that fails, the text is still there, and the editor says so.
                app.overlay = open;
                // Leave once the note is written.
                app.exit_after = matches!(msg, Msg::Interrupt);
                return saved;
            }
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

fn assess(app: &mut App, msg: Msg) -> Effect {
    match msg {
        Msg::Flow(s) => step(app, s),
        Msg::OpenNote => {
            if let Some(flow) = app.flow() {
                let index = flow.current_index();
                let note = flow.note_at(index).unwrap_or_default().to_string();
                notes::open(app, NoteTarget::Question(index), &note);
            }
            Effect::None
        }
        Msg::SessionNote if app.mode() == Mode::Review => {
            let note = app.flow().and_then(|f| f.draft.note.clone());
            notes::open(app, NoteTarget::Session, &note.unwrap_or_default());
            Effect::None
        }
        Msg::HideNotes => notes::toggle_hidden(app),
        Msg::Help => {
            app.overlay = Some(Overlay::Help);
            Effect::None
        }
        Msg::Back | Msg::Interrupt => {
            let interrupt = matches!(msg, Msg::Interrupt);
            let empty = app.flow().is_some_and(|f| f.draft.answers.is_empty());
            if empty || (app.leaving && app.unsaved) {
                // Nothing to save, or saving failed and the person chose to leave anyway.
                app.leaving = false;
                app.unsaved = false;
                if interrupt {
                    app.overlay = None;
                    return Effect::Exit;
                }
                return leave(app);
            }
            app.leaving = true;
            // Ctrl-C leaves the program once the draft is saved, wherever it was started.
            app.exit_after = interrupt;
            Effect::SaveDraftAndLeave
        }
        _ => Effect::None,
    }
}

/// One step of the flow; the resume notice goes once the person acts.
fn step(app: &mut App, step: Step) -> Effect {
    app.leaving = false;
    let Screen::Assess(flow) = &mut app.screen else {
        return Effect::None;
    };
    let digit = matches!(step, Step::Digit(_));
    let outcome = flow.step(step);
    let scale = &flow.questionnaire.scale;
    let (min, max) = (scale.min, scale.max);
    match outcome {
        Outcome::NoChoice => {
            app.info(app.says().choose_first);
            return Effect::None;
        }
        Outcome::NotOnScale => {
            let hint = crate::i18n::fill(app.says().not_on_scale, &[("min", &min), ("max", &max)]);
            app.info(hint);
            return Effect::None;
        }
        _ => {}
    }
    // A hint goes once the person acts on it (a digit typed, an answer given).
    if (outcome != Outcome::Nothing || digit) && app.status.as_ref().is_some_and(|s| !s.error) {
        app.status = None;
    }
    match outcome {
        Outcome::Nothing | Outcome::NoChoice | Outcome::NotOnScale => Effect::None,
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
                Screen::Assess(flow) | Screen::FollowUp(flow) => Some(flow.draft.subject.clone()),
                _ => None,
            };
            let selected = subject
                .and_then(|name| app.data.subject_row(&name))
                .unwrap_or(0);
            app.screen = Screen::Home { selected };
            app.status = None;
            Effect::Reload
        }
    }
}

#[cfg(test)]
mod tests;
