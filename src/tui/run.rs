//! The event loop: an event becomes a [`Msg`], `update` answers with an [`Effect`], which is
//! performed and reported back as a `Msg`, until there is nothing left to do. The screen is
//! drawn again only when something happened.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::terminal::Screen;
use anyhow::Result;
use ratatui::crossterm::event::{self, Event};

use super::app::{App, Effect, Msg};
use super::effects::{Session, perform};
use super::signals::{LastSave, hold, watch_for_termination};
use super::storage::Storage;
use super::{keys, terminal, update};
use crate::store::Store;

/// How often the loop looks at the termination flag while no event comes.
const POLL: Duration = Duration::from_millis(200);

/// Whether the program goes on after a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Continue,
    Exit,
}

/// Feeds `msg` to `update`, performs the effect it returns and feeds the result back, until
/// `update` asks for nothing more (or for the exit). No effect is dropped.
pub fn dispatch<S: Storage>(app: &mut App, msg: Msg, session: &mut Session<S>) -> Next {
    let mut effect = update(app, msg);
    loop {
        if effect == Effect::Exit {
            return Next::Exit;
        }
        match perform(app, effect, session) {
            Some(report) => effect = update(app, report),
            None => return Next::Continue,
        }
    }
}

/// Set (to anything), the TUI leaves right after drawing its first frame (a benchmark's hook).
const BENCH_FIRST_FRAME: &str = "CONFIANCE_BENCH_FIRST_FRAME";

/// Runs the TUI until the person leaves. `app` is already on its first screen; the caller
/// has checked that there is a terminal.
pub fn run(mut app: App, session: &mut Session<Store>) -> Result<()> {
    let terminate = Arc::new(AtomicBool::new(false));
    let last = Arc::new(Mutex::new(LastSave::of(&app, session)));
    watch_for_termination(Arc::clone(&terminate), Arc::clone(&last))?;
    let mut terminal = terminal::init()?;
    let result = event_loop(&mut app, &mut terminal, session, &terminate, &last);
    terminal::restore(terminal);
    // One line left in the shell: what became of the work, and how to go on with it.
    if let Some(farewell) = app.farewell.clone().or_else(|| super::farewell::line(&app)) {
        let _ = writeln!(std::io::stderr(), "{farewell}");
    }
    result
}

fn event_loop(
    app: &mut App,
    terminal: &mut Screen,
    session: &mut Session<Store>,
    terminate: &AtomicBool,
    last: &Mutex<LastSave>,
) -> Result<()> {
    // Saves (with the note being typed) and releases the lock; nothing is left to do after.
    let terminated = |app: &mut App, session: &mut Session<Store>| {
        let mut guard = hold(last);
        dispatch(app, Msg::Terminate, session);
        session.lock = None;
        *guard = LastSave::default();
        Ok(())
    };
    let mut changed = true;
    if let Ok(size) = terminal.size() {
        dispatch(app, Msg::Resize(size.width, size.height), session);
    }
    loop {
        if terminate.load(Ordering::Relaxed) {
            return terminated(app, session);
        }
        // A terminal that went away (SIGHUP without the signal) is an ordinary way to end.
        if changed
            && terminal
                .draw(|frame| {
                    frame.render_widget(&*app, frame.area());
                    crate::chart::ascii::apply(frame.buffer_mut());
                })
                .is_err()
        {
            return terminated(app, session);
        }
        changed = false;
        // For `scripts/bench/run.py`: the time to the first frame, subjects drawn, is the time
        // the whole process takes with this set.
        if std::env::var_os(BENCH_FIRST_FRAME).is_some() {
            return terminated(app, session);
        }
        let event = match event::poll(POLL) {
            Ok(false) => continue,
            Ok(true) => event::read(),
            Err(e) => Err(e),
        };
        // The terminal went away: save what there is and end quietly.
        let Ok(event) = event else {
            return terminated(app, session);
        };
        let msg = match event {
            Event::Key(key) => keys::map(app.mode(), key),
            Event::Paste(text) => Some(Msg::Paste(text)),
            Event::Resize(width, height) => {
                changed = true;
                dispatch(app, Msg::Resize(width, height), session);
                None
            }
            _ => None,
        };
        if let Some(msg) = msg {
            changed = true;
            let mut guard = hold(last);
            if dispatch(app, msg, session) == Next::Exit {
                session.lock = None;
                *guard = LastSave::default();
                return Ok(());
            }
            *guard = LastSave::of(app, session);
        }
    }
}
