//! The terminal interface: a light Elm architecture. One [`App`] model, [`Msg`]s from a pure
//! key mapping, [`update`] returning [`Effect`]s that this event loop performs, and views as
//! `impl Widget for &App`.

pub mod app;
pub mod form;
pub mod keys;
pub mod textarea;
pub mod theme;
pub mod update;
pub mod view;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

pub use app::{App, Data, Effect, Msg, Origin};
pub use update::update;

use crate::flow::Flow;
use crate::id::new_id;
use crate::questionnaire::Questionnaire;
use crate::store::{DraftLock, Filed, Saved, Store, io_reason};
use crate::time::Timestamp;

/// Reads the store as the TUI shows it.
pub fn load_data(store: &Store) -> Data {
    let loaded = store.load();
    let drafts = store.drafts();
    Data {
        problems: loaded.problems.len() + drafts.problems.len(),
        assessments: loaded.assessments,
        drafts: drafts.assessments,
    }
}

/// The TUI needs a terminal on both ends; a clear error otherwise.
pub fn require_terminal() -> Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(crate::cli::InvalidInput(
            "the interactive screens need a terminal (stdin and stdout must be a terminal); \
             for scripts, use `confiance list`, `show`, `export` or `import`"
                .into()
        ));
    }
    Ok(())
}

/// What the event loop owns besides the model: the store, which questionnaire new
/// assessments use, and the lock of the draft being answered.
pub struct Session<'a> {
    pub store: &'a Store,
    pub choice: Choice,
    pub lock: Option<DraftLock>,
}

/// Which questionnaire new assessments use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub questionnaire: String,
    pub lang: String,
}

/// Starts (or resumes) an assessment the way `confiance assess` and the home form do, and
/// takes its draft's lock: a draft open in another terminal is not resumed there a second
/// time. A draft is resumed from its file, read again once locked: one deleted meanwhile
/// (`confiance forget`) is not brought back. Returns `Msg::Began` or `Msg::Resumed`.
pub fn begin(
    session: &mut Session,
    data: &Data,
    questionnaire: Arc<Questionnaire>,
    subject: &str,
    respondent: &str,
    fresh: bool,
) -> Msg {
    let mut busy = false;
    if !fresh {
        let candidates = data.drafts.iter().rev().filter(|d| {
            crate::names::same(&d.assessment.subject, subject)
                && crate::names::same(&d.assessment.respondent, respondent)
                && d.assessment.questionnaire == questionnaire.id
        });
        for draft in candidates {
            let id = &draft.assessment.id;
            match session.store.lock_draft(id) {
                Ok(None) => busy = true,
                // Locks are a courtesy between sessions; without one, resuming is still right.
                lock => {
                    session.lock = lock.ok().flatten();
                    match reread(session.store, id) {
                        Ok(stored) => return resume(&stored),
                        Err(_) => session.lock = None,
                    }
                }
            }
        }
    }
    let id = new_id(Timestamp::now_precise());
    session.lock = session.store.lock_draft(&id).ok().flatten();
    let note = busy
        .then(|| format!("The draft for {subject} is open in another window: this is a new one."));
    let flow = Flow::start(questionnaire, subject, respondent, id, Timestamp::now());
    Msg::Began(Box::new(flow), note)
}

/// Reads draft `id` from its file; what to tell the person if it cannot be resumed.
fn reread(store: &Store, id: &str) -> Result<crate::store::Stored, String> {
    let path = store.draft_path(id);
    match crate::store::read_assessment(&path, store.catalog()) {
        Ok(stored) if stored.assessment.is_draft() => Ok(stored),
        _ if is_gone(&path) => Err(update::DRAFT_GONE.into()),
        _ => Err("This draft can no longer be read: see `confiance check`.".into()),
    }
}

fn is_gone(path: &std::path::Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// The draft being answered was saved before and its file is gone: deleted on purpose
/// (`confiance forget`), so it must not be written again.
fn draft_deleted(app: &App, store: &Store) -> bool {
    app.draft_on_disk
        && app
            .flow()
            .is_some_and(|f| is_gone(&store.draft_path(&f.draft.id)))
}

fn resume(d: &crate::store::Stored) -> Msg {
    let flow = Flow::resume(d.questionnaire.clone(), d.assessment.clone());
    let note = format!(
        "Resumed draft from {}: {} of {} answered",
        d.assessment.started.date_time(),
        flow.settled(),
        flow.total()
    );
    Msg::Resumed(Box::new(flow), Some(note))
}

/// Runs the TUI until the person leaves. `app` is already on its first screen.
pub fn run(mut app: App, session: &mut Session) -> Result<()> {
    require_terminal()?;
    let terminate = Arc::new(AtomicBool::new(false));
    let last = Arc::new(Mutex::new(LastSave::of(&app, session)));
    watch_for_termination(Arc::clone(&terminate), Arc::clone(&last))?;
    let mut terminal = ratatui::try_init().context("cannot set up the terminal")?;
    // Replace ratatui's panic hook: same restore, but its eprintln! would panic again (and
    // abort) when the terminal is already gone.
    std::panic::set_hook(Box::new(|info| {
        let _ = ratatui::try_restore();
        let _ = writeln!(
            std::io::stderr(),
            "confiance crashed (this is a bug): {info}"
        );
    }));
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut app, &mut terminal, session, &terminate, &last);
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    // try_restore: after SIGHUP the terminal is gone, and reporting that would fail too.
    let _ = ratatui::try_restore();
    if let Some(farewell) = &app.farewell {
        let _ = writeln!(std::io::stderr(), "{farewell}");
    }
    result
}

/// What must reach the disk if the process is ended from outside the event loop: the draft
/// as the person left it (the note being typed included) and the draft's lock file. The
/// event loop keeps it up to date, holding it while it changes the model or the disk.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LastSave {
    /// The draft's path and text.
    pub draft: Option<(PathBuf, String)>,
    /// The draft had a file: if it is gone, it was deleted on purpose and is not written.
    pub on_disk: bool,
    /// The lock file to remove.
    pub lock: Option<PathBuf>,
}

impl LastSave {
    pub fn of(app: &App, session: &Session) -> Self {
        let draft = update::flow_to_keep(app)
            .filter(|f| !f.draft.answers.is_empty())
            .map(|f| {
                let path = session.store.draft_path(&f.draft.id);
                (path, crate::assessment::to_toml(&f.draft))
            });
        Self {
            draft,
            on_disk: app.draft_on_disk,
            lock: session.lock.as_ref().map(|l| l.path().to_path_buf()),
        }
    }

    /// Saves the draft and removes the lock file, as dropping the lock would.
    pub fn write(&self) {
        if let Some((path, text)) = &self.draft
            && !(self.on_disk && is_gone(path))
        {
            let _ = crate::store::write_atomic(path, text.as_bytes(), true);
        }
        if let Some(lock) = &self.lock {
            let _ = std::fs::remove_file(lock);
        }
    }
}

fn hold(last: &Mutex<LastSave>) -> MutexGuard<'_, LastSave> {
    last.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// SIGTERM, SIGHUP or a hung-up terminal ask the event loop to save and restore the
/// terminal, which it notices within a poll interval. When the terminal itself is gone,
/// crossterm may keep reading the closed tty and never return to the loop: the process then
/// ends after a grace period, writing the last state of the draft and removing its lock
/// itself (`process::exit` runs no destructor).
fn watch_for_termination(terminate: Arc<AtomicBool>, last: Arc<Mutex<LastSave>>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])
        .context("cannot watch for signals")?;
    std::thread::spawn(move || {
        loop {
            let signalled = signals.pending().next().is_some();
            let mut stdin = libc::pollfd {
                fd: 0,
                events: 0,
                revents: 0,
            };
            // SAFETY: poll on one valid pollfd, waiting at most 300 ms.
            let ready = unsafe { libc::poll(&mut stdin, 1, 300) } > 0;
            let hung_up =
                ready && stdin.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
            if signalled || hung_up {
                terminate.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(1500));
                // The loop holds `last` only while it updates the model and saves (an fsync
                // can take seconds on a busy disk): wait for that, but not for ever.
                let start = Instant::now();
                while start.elapsed() < Duration::from_secs(10) {
                    match last.try_lock() {
                        Ok(guard) => {
                            guard.write();
                            break;
                        }
                        Err(std::sync::TryLockError::Poisoned(p)) => {
                            p.into_inner().write();
                            break;
                        }
                        Err(std::sync::TryLockError::WouldBlock) => {
                            std::thread::sleep(Duration::from_millis(20))
                        }
                    }
                }
                std::process::exit(0);
            }
        }
    });
    Ok(())
}

fn event_loop(
    app: &mut App,
    terminal: &mut DefaultTerminal,
    session: &mut Session,
    terminate: &AtomicBool,
    last: &Mutex<LastSave>,
) -> Result<()> {
    // Saves (with the note being typed) and releases the lock; nothing is left to do after.
    let terminated = |app: &mut App, session: &mut Session| {
        let mut guard = hold(last);
        let effect = update(app, Msg::Terminate);
        perform(app, effect, session);
        session.lock = None;
        *guard = LastSave::default();
        Ok(())
    };
    loop {
        if terminate.load(Ordering::Relaxed) {
            return terminated(app, session);
        }
        // A terminal that went away (SIGHUP without the signal) is an ordinary way to end.
        if terminal
            .draw(|frame| frame.render_widget(&*app, frame.area()))
            .is_err()
        {
            return terminated(app, session);
        }
        let event = match event::poll(Duration::from_millis(200)) {
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
            _ => None,
        };
        if let Some(msg) = msg {
            let mut guard = hold(last);
            let effect = update(app, msg);
            if perform(app, effect, session) {
                session.lock = None;
                *guard = LastSave::default();
                return Ok(());
            }
            *guard = LastSave::of(app, session);
        }
    }
}

/// Performs an effect and feeds its result back; returns true when the program should exit.
pub fn perform(app: &mut App, effect: Effect, session: &mut Session) -> bool {
    let store = session.store;
    let mut effect = effect;
    loop {
        let msg = match effect {
            Effect::None => return false,
            Effect::Exit => return true,
            Effect::SaveDraftAndExit => {
                if let Some(flow) = app.flow().filter(|f| !f.draft.answers.is_empty())
                    && !draft_deleted(app, store)
                {
                    let _ = store.save_draft(&flow.draft);
                }
                return true;
            }
            Effect::SaveDraft | Effect::SaveDraftAndLeave | Effect::Complete
                if draft_deleted(app, store) =>
            {
                session.lock = None;
                Msg::DraftDeleted
            }
            Effect::SaveDraft | Effect::SaveDraftAndLeave => {
                let leave = effect == Effect::SaveDraftAndLeave;
                match app.flow().map(|f| store.save_draft(&f.draft)) {
                    Some(Err(e)) => Msg::SaveFailed(io_reason(&e)),
                    _ if leave => {
                        update(app, Msg::Saved);
                        session.lock = None;
                        Msg::Left
                    }
                    _ => Msg::Saved,
                }
            }
            Effect::Complete => match complete(app, store) {
                Ok((subject, id, unconfirmed)) => {
                    session.lock = None;
                    update(app, Msg::Reloaded(load_data(store)));
                    Msg::Completed {
                        subject,
                        id,
                        unconfirmed,
                    }
                }
                Err(reason) => Msg::SaveFailed(reason),
            },
            Effect::Begin {
                subject,
                respondent,
                fresh,
            } => {
                let choice = session.choice.clone();
                let Some(q) = store
                    .catalog()
                    .get(&choice.questionnaire, &choice.lang)
                    .cloned()
                else {
                    app.error(format!("Unknown questionnaire `{}`.", choice.questionnaire));
                    return false;
                };
                let data = app.data.clone();
                begin(session, &data, q, &subject, &respondent, fresh)
            }
            Effect::ResumeDraft(id) => {
                match store.lock_draft(&id) {
                    Ok(None) => {
                        app.error(
                            "This draft is open in another window: finish or leave it there first.",
                        );
                        return false;
                    }
                    Ok(lock) => session.lock = lock,
                    Err(_) => session.lock = None,
                }
                // The copy in memory may be stale: `confiance forget` may have deleted it.
                match reread(store, &id) {
                    Ok(draft) => resume(&draft),
                    Err(reason) => {
                        session.lock = None;
                        Msg::CannotResume(reason, load_data(store))
                    }
                }
            }
            Effect::Reload => Msg::Reloaded(load_data(store)),
        };
        effect = update(app, msg);
    }
}

/// Files the completed assessment, then removes its draft. Also says when the disk did not
/// confirm the save: the file is there, so saving again would only make a second copy.
fn complete(app: &App, store: &Store) -> Result<(String, String, Option<String>), String> {
    let flow = app.flow().ok_or("no assessment in progress")?;
    let done = flow.completed(Timestamp::now());
    let filed = store.save_completed(&done).map_err(|e| io_reason(&e))?;
    let unconfirmed = match filed {
        Filed::New(_, Saved::Unconfirmed(e)) => Some(io_reason(&e)),
        _ => None,
    };
    // The assessment is safe; a draft that cannot be removed is only clutter.
    let _ = store.remove_draft(&done.id);
    Ok((done.subject.clone(), done.id.clone(), unconfirmed))
}

#[cfg(test)]
mod tests;
