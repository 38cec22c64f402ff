//! `update` for the messages that report what the event loop did, and for signals: the same
//! on every screen.

use super::{flow_to_keep, leave};
use std::ops::ControlFlow;

use crate::flow::Flow;
use crate::i18n::fill;
use crate::tui::app::{
    App, Data, Effect, Failure, Msg, NoteLine, Notice, Origin, Overlay, ResultsState, Screen,
};

/// Messages that report what the event loop did, and signals: the effect they lead to, or the
/// message given back when it is not one of these.
pub(super) fn report(app: &mut App, msg: Msg) -> ControlFlow<Effect, Msg> {
    ControlFlow::Break(match msg {
        Msg::Terminate => {
            // The note being typed is part of what is saved.
            if let Some(Overlay::Note(editor)) = &app.overlay {
                let (target, text) = (editor.target, editor.text());
                let shown = editor.opened_with.clone();
                if let Some(flow) = flow_to_keep(app) {
                    app.screen = Screen::Assess(Box::new(flow));
                } else if editor.changed() {
                    // Leaving whatever happens: the editor closes.
                    app.overlay = None;
                    let effect = super::notes::save(app, target, text, shown);
                    if effect != Effect::None {
                        app.exit_after = true;
                        return ControlFlow::Break(effect);
                    }
                }
            }
            app.overlay = None;
            Effect::SaveDraftAndExit
        }
        // Kept at most every `KEEP_TYPING` while typed: a kill -9 loses at most the last keys.
        Msg::Pulse if std::mem::take(&mut app.typing) && app.flow().is_some() => Effect::KeepTyping,
        Msg::Pulse => Effect::None,
        Msg::TypingKept => {
            app.draft_on_disk = true;
            app.typing_kept = true;
            Effect::None
        }
        Msg::Began(flow, note) => start(app, flow, note, false),
        Msg::Resumed(flow, note) => start(app, flow, note, true),
        Msg::Saved => {
            app.draft_on_disk = true;
            if app.unsaved {
                app.unsaved = false;
                app.info(app.says().saved);
            }
            Effect::None
        }
        Msg::SaveFailed(reason) => {
            app.unsaved = true;
            app.exit_after = false;
            let t = app.says();
            let then = if app.leaving {
                t.then_leave
            } else {
                t.then_retry
            };
            app.error(fill(t.save_failed, &[("reason", &reason), ("then", &then)]));
            Effect::None
        }
        Msg::Left => {
            app.draft_on_disk = true;
            app.unsaved = false;
            if std::mem::take(&mut app.exit_after) {
                app.overlay = None;
                return ControlFlow::Break(Effect::Exit);
            }
            leave(app)
        }
        Msg::CannotResume(reason, data) => {
            reload(app, data);
            app.error(app.failure(&reason));
            Effect::None
        }
        Msg::DraftDeleted => {
            app.unsaved = false;
            app.leaving = false;
            app.draft_on_disk = false;
            let effect = leave(app);
            let deleted = app.says().draft_deleted;
            if effect == Effect::Exit {
                app.farewell = Some(deleted.into());
            }
            app.error(deleted);
            effect
        }
        Msg::Completed {
            subject,
            id,
            unconfirmed,
            data,
        } => {
            reload(app, data);
            app.last_filed = Some((subject.clone(), id.clone()));
            app.screen = Screen::Results(ResultsState::new(subject, id));
            app.overlay = None;
            match unconfirmed {
                None => app.info(app.says().assessment_saved),
                Some(reason) => {
                    app.error(fill(app.says().saved_unconfirmed, &[("reason", &reason)]))
                }
            }
            Effect::None
        }
        Msg::Reloaded(data) => {
            reload(app, data);
            Effect::None
        }
        Msg::Briefed(home) => {
            if app.loading {
                app.data.home = home;
            }
            Effect::None
        }
        Msg::Loaded(data) => {
            app.loading = false;
            reload(app, data);
            Effect::None
        }
        Msg::Entered(data) => {
            app.data = data;
            app.entered = app.origin == Origin::Home;
            app.screen = Screen::Home { selected: 0 };
            app.overlay = None;
            app.status = None;
            Effect::None
        }
        Msg::LeftClient(data) => {
            let client = app.data.client.take();
            app.data = data;
            app.entered = false;
            let selected = app
                .data
                .clients
                .iter()
                .position(|c| {
                    client
                        .as_deref()
                        .is_some_and(|n| crate::names::same(&c.name, n))
                })
                .unwrap_or(0);
            app.screen = Screen::Home { selected };
            app.status = None;
            Effect::None
        }
        Msg::Amended(field, data) => {
            reload(app, data);
            app.overlay = None;
            if std::mem::take(&mut app.exit_after) {
                return ControlFlow::Break(Effect::Exit);
            }
            app.info(match field {
                crate::store::Amended::Intention => app.says().intention_saved,
                crate::store::Amended::Note => app.says().note_saved,
            });
            Effect::None
        }
        Msg::Discarded(data) => {
            reload(app, data);
            app.info(app.says().discarded);
            Effect::None
        }
        Msg::SettingSaved => Effect::None,
        Msg::Resize(width, height) => {
            app.size = (width, height);
            Effect::None
        }
        Msg::Stopped => Effect::Exit,
        Msg::Failed(reason) => failed(app, &reason),
        Msg::Outdated(reason, data) => {
            reload(app, data);
            super::notes::rebase(app);
            failed(app, &reason)
        }
        Msg::Despite(msg, failure) => {
            let effect = super::route(app, *msg);
            app.error(app.failure(&failure));
            // Leaving: the screens close, so it is said in the shell instead.
            if effect == Effect::Exit {
                app.farewell = Some(app.failure(&failure));
            }
            effect
        }
        other => return ControlFlow::Continue(other),
    })
}

/// Says why something cannot be done; leaves if the person was leaving after it. A note or
/// intention that could not be written stays in its editor, which says so: nothing typed is
/// lost, and the person decides (Enter tries again, Esc leaves it).
fn failed(app: &mut App, reason: &Failure) -> Effect {
    if let (Failure::NotAmended(why), Some(Overlay::Note(editor))) = (reason, &mut app.overlay) {
        editor.line = Some(NoteLine::NotSaved);
        editor.not_saved = Some(why.clone());
        app.exit_after = false;
        return Effect::None;
    }
    app.error(app.failure(reason));
    if std::mem::take(&mut app.exit_after) {
        app.farewell = app.status.as_ref().map(|s| s.text.clone());
        return Effect::Exit;
    }
    Effect::None
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
fn start(app: &mut App, flow: Box<Flow>, note: Option<Notice>, on_disk: bool) -> Effect {
    app.draft_on_disk = on_disk;
    app.unsaved = false;
    app.leaving = false;
    // A new assessment after an intention asks first whether it was followed.
    app.screen = if flow.asks_follow_up(on_disk) {
        Screen::FollowUp(flow)
    } else {
        Screen::Assess(flow)
    };
    app.overlay = None;
    app.status = None;
    if let Some(note) = note {
        app.info(app.notice(&note));
    }
    Effect::None
}
