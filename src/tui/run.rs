//! The event loop: an event becomes a [`Msg`], `update` answers with an [`Effect`], which is
//! performed and reported back as a `Msg`, until there is nothing left to do. The screen is
//! drawn again only when something happened.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::terminal::Screen;
use anyhow::Result;
use ratatui::crossterm::event::{self, Event};

use super::app::{App, Data, Effect, Msg};
use super::effects::{Session, perform};
use super::signals::{LastSave, hold, watch_for_termination};
use super::storage::Storage;
use super::{keys, terminal, update};
use crate::store::Store;

/// How often the loop looks at the termination flag while no event comes.
const POLL: Duration = Duration::from_millis(200);

/// How often a note being typed is kept in the draft: often enough that a kill -9 loses
/// only the last keys, seldom enough that typing is not a stream of writes.
pub(crate) const KEEP_TYPING: Duration = Duration::from_millis(500);

/// Whether the program goes on after a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    Continue,
    Exit,
}

/// Feeds `msg` to `update`, performs the effect it returns and feeds the result back, until
/// `update` asks for nothing more (or for the exit). No effect is dropped.
pub(crate) fn dispatch<S: Storage>(app: &mut App, msg: Msg, session: &mut Session<S>) -> Next {
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
pub(crate) fn run(app: App, session: &mut Session<Store>) -> Result<()> {
    run_loading(app, session, None)
}

/// At most this many keys are kept while the store is read.
const TYPE_AHEAD: usize = 32;

/// Whether `msg` waits for the store: home lists the subjects from the index, and the key
/// acts on them (leaving, the help and scrolling it act at once).
fn ahead(app: &App, msg: &Msg) -> bool {
    app.loading
        && !app.data.home.0.is_empty()
        && !matches!(
            msg,
            Msg::Quit | Msg::Interrupt | Msg::Back | Msg::Help | Msg::Scroll(_)
        )
}

/// How often the loop looks for the store being read in the background.
const LOADING_POLL: Duration = Duration::from_millis(20);

/// Like [`run`], with `app.loading` set: home is drawn at once with a progress line, and the
/// store read on a thread comes back through `loaded` as a [`Msg::Loaded`].
pub(crate) fn run_loading(
    mut app: App,
    session: &mut Session<Store>,
    loaded: Option<Receiver<super::Arrival>>,
) -> Result<()> {
    let terminate = Arc::new(AtomicBool::new(false));
    let last = Arc::new(Mutex::new(LastSave::of(&app, session)));
    watch_for_termination(Arc::clone(&terminate), Arc::clone(&last))?;
    let mut terminal = terminal::init()?;
    let result = event_loop(&mut app, &mut terminal, session, &terminate, &last, loaded);
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
    mut loaded: Option<Receiver<super::Arrival>>,
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
    let mut typed_ahead: Vec<Msg> = vec![];
    let mut kept_typing = Instant::now();
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
        if app.typing && kept_typing.elapsed() >= KEEP_TYPING {
            kept_typing = Instant::now();
            changed = true;
            let mut guard = hold(last);
            dispatch(app, Msg::Pulse, session);
            *guard = LastSave::of(app, session);
        }
        // For `scripts/bench/run.py`: the time to the first frame, subjects drawn (or with
        // `any`, the progress line), is the time the whole process takes with this set.
        if let Some(bench) = std::env::var_os(BENCH_FIRST_FRAME)
            && (!app.loading || bench == "any" || !app.data.home.0.is_empty())
        {
            return terminated(app, session);
        }
        if let Some(receiver) = &loaded {
            match receiver.try_recv() {
                Ok(super::Arrival::Home(home)) => {
                    changed = true;
                    dispatch(app, Msg::Briefed(home), session);
                    continue;
                }
                Ok(super::Arrival::Data(data)) => {
                    loaded = None;
                    changed = true;
                    dispatch(app, Msg::Loaded(data), session);
                    for msg in std::mem::take(&mut typed_ahead) {
                        if dispatch(app, msg, session) == Next::Exit {
                            return terminated(app, session);
                        }
                    }
                    continue;
                }
                // The reading thread died (a bug): nothing will come, so nothing waits for it.
                Err(TryRecvError::Disconnected) => {
                    loaded = None;
                    changed = true;
                    dispatch(app, Msg::Loaded(Data::default()), session);
                    continue;
                }
                Err(TryRecvError::Empty) => {}
            }
        }
        let wait = if loaded.is_some() { LOADING_POLL } else { POLL };
        let event = match event::poll(wait) {
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
        // Keys pressed on the subjects listed from the index, before the store is read, are
        // kept and acted on once it is: Enter on a subject opens it, however soon.
        if let Some(msg) = msg.as_ref().filter(|m| ahead(app, m))
            && typed_ahead.len() < TYPE_AHEAD
        {
            typed_ahead.push(msg.clone());
            continue;
        }
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
