//! `update` for the messages that report what the event loop did, and for signals: the same
//! on every screen.

use super::{DRAFT_DELETED, flow_to_keep, leave};
use std::ops::ControlFlow;

use crate::flow::Flow;
use crate::tui::app::{App, Data, Effect, Msg, Overlay, ResultsState, Screen};

/// Messages that report what the event loop did, and signals: the effect they lead to, or the
/// message given back when it is not one of these.
pub fn report(app: &mut App, msg: Msg) -> ControlFlow<Effect, Msg> {
    ControlFlow::Break(match msg {
        Msg::Terminate => {
            // The note being typed is part of what is saved.
            if let Some(Overlay::Note(_)) = app.overlay
                && let Some(flow) = flow_to_keep(app)
            {
                app.screen = Screen::Assess(Box::new(flow));
            }
            app.overlay = None;
            Effect::SaveDraftAndExit
        }
        Msg::Began(flow, note) => start(app, flow, note, false),
        Msg::Resumed(flow, note) => start(app, flow, note, true),
        Msg::Saved => {
            app.draft_on_disk = true;
            if app.unsaved {
                app.unsaved = false;
                app.info("Saved.");
            }
            Effect::None
        }
        Msg::SaveFailed(reason) => {
            app.unsaved = true;
            let then = if app.leaving {
                "Esc again leaves without saving"
            } else {
                "saving is tried again with each change"
            };
            app.error(format!(
                "Could not save: {reason}. Your answers are kept here; {then}."
            ));
            Effect::None
        }
        Msg::Left => {
            app.draft_on_disk = true;
            app.unsaved = false;
            leave(app)
        }
        Msg::CannotResume(reason, data) => {
            reload(app, data);
            app.error(reason);
            Effect::None
        }
        Msg::DraftDeleted => {
            app.unsaved = false;
            app.leaving = false;
            app.draft_on_disk = false;
            let effect = leave(app);
            if effect == Effect::Exit {
                app.farewell = Some(DRAFT_DELETED.into());
            }
            app.error(DRAFT_DELETED);
            effect
        }
        Msg::Completed {
            subject,
            id,
            unconfirmed,
            data,
        } => {
            reload(app, data);
            app.screen = Screen::Results(ResultsState { subject, id });
            app.overlay = None;
            match unconfirmed {
                None => app.info("Assessment saved."),
                Some(reason) => app.error(format!(
                    "Assessment saved, but the disk did not confirm it ({reason}): check the disk."
                )),
            }
            Effect::None
        }
        Msg::Reloaded(data) => {
            reload(app, data);
            Effect::None
        }
        Msg::Stopped => Effect::Exit,
        Msg::Failed(reason) => {
            app.error(reason);
            Effect::None
        }
        other => return ControlFlow::Continue(other),
    })
}

/// The store read again; the home selection stays on a row that exists.
fn reload(app: &mut App, data: Data) {
    app.data = data;
    let last = app.home_rows().saturating_sub(1);
    if let Screen::Home { selected } = &mut app.screen {
        *selected = (*selected).min(last);
    }
}

/// An assessment on screen, new or resumed from its file.
fn start(app: &mut App, flow: Box<Flow>, note: Option<String>, on_disk: bool) -> Effect {
    app.draft_on_disk = on_disk;
    app.unsaved = false;
    app.leaving = false;
    app.screen = Screen::Assess(flow);
    app.overlay = None;
    app.status = None;
    if let Some(note) = note {
        app.info(note);
    }
    Effect::None
}
