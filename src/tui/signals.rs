//! Ends from outside: SIGTERM, SIGHUP or a hung-up terminal. A watcher thread tells the event
//! loop, and if the loop cannot answer (the terminal is gone), writes the [`LastSave`] itself.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::app::{App, Effect};
use super::effects::Session;
use super::storage::is_gone;
use super::update::{amend_to_keep, flow_to_keep};
use crate::store::{Amended, Store, Stored};

/// What must reach the disk if the process is ended from outside the event loop: the draft
/// as the person left it (the note being typed included), the note or intention being typed
/// on results, and the draft's lock file. The event loop keeps it up to date, holding it
/// while it changes the model or the disk.
#[derive(Debug, Default)]
pub(crate) struct LastSave {
    /// The draft's path and text.
    pub draft: Option<(PathBuf, String)>,
    /// The draft had a file: if it is gone, it was deleted on purpose and is not written.
    pub(crate) on_disk: bool,
    /// The lock file to remove.
    pub(crate) lock: Option<PathBuf>,
    /// The note or intention typed on results: where, and what to write.
    pub(crate) amend: Option<Box<LastAmend>>,
}

/// A note or intention typed on results, written as `Effect::Amend` would write it.
#[derive(Debug)]
pub(crate) struct LastAmend {
    pub(crate) store: Store,
    pub(crate) stored: Stored,
    pub(crate) field: Amended,
    pub(crate) shown: Option<String>,
    pub(crate) value: Option<String>,
}

impl LastSave {
    pub(crate) fn of(app: &App, session: &Session<Store>) -> Self {
        let draft = flow_to_keep(app)
            .filter(|f| !f.draft.answers.is_empty())
            .map(|f| {
                let path = session.space().draft_path(&f.draft.id);
                (path, crate::assessment::to_toml(&f.draft))
            });
        let amend = match amend_to_keep(app) {
            Some(Effect::Amend {
                id,
                field,
                shown,
                value,
            }) => app
                .data
                .assessments
                .iter()
                .find(|s| s.assessment.id == id)
                .map(|stored| {
                    Box::new(LastAmend {
                        store: session.space().writer(),
                        stored: stored.clone(),
                        field,
                        shown,
                        value,
                    })
                }),
            _ => None,
        };
        Self {
            draft,
            on_disk: app.draft_on_disk,
            lock: session.lock.as_ref().map(|l| l.path().to_path_buf()),
            amend,
        }
    }

    /// Saves the draft and removes the lock file, as dropping the lock would.
    pub(crate) fn write(&self) {
        if let Some((path, text)) = &self.draft
            && !(self.on_disk && is_gone(path))
        {
            let _ = crate::store::write_atomic(path, text.as_bytes(), true);
        }
        if let Some(a) = &self.amend {
            let shown = a.shown.as_deref();
            let _ = a
                .store
                .amend_completed(&a.stored, a.field, shown, a.value.clone());
        }
        if let Some(lock) = &self.lock {
            let _ = std::fs::remove_file(lock);
        }
    }
}

/// The last save, however the thread that held it ended.
pub(crate) fn hold(last: &Mutex<LastSave>) -> MutexGuard<'_, LastSave> {
    last.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// SIGTERM, SIGHUP or a hung-up terminal ask the event loop to save and restore the
/// terminal, which it notices within a poll interval. When the terminal itself is gone,
/// crossterm may keep reading the closed tty and never return to the loop: the process then
/// ends after a grace period (short when the terminal is gone), writing the last state of the draft and removing its lock
/// itself (`process::exit` runs no destructor).
pub(crate) fn watch_for_termination(
    terminate: Arc<AtomicBool>,
    last: Arc<Mutex<LastSave>>,
) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])
        .context("cannot watch for signals")?;
    std::thread::spawn(move || {
        loop {
            let signalled = signals.pending().next().is_some();
            let hung_up = stdin_hung_up(Duration::from_millis(300));
            if signalled || hung_up {
                terminate.store(true, Ordering::SeqCst);
                // A live terminal gets time to be restored by the loop; a gone one has nothing
                // left to restore, and `forced_exit` still waits for a save in progress.
                let gone = hung_up || stdin_hung_up(Duration::ZERO);
                std::thread::sleep(Duration::from_millis(if gone { 300 } else { 1500 }));
                forced_exit(&last);
            }
        }
    });
    Ok(())
}

/// Whether standard input reports a hang-up or an error within `wait` (the terminal is gone).
fn stdin_hung_up(wait: Duration) -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
    let timeout = Timespec {
        tv_sec: 0,
        tv_nsec: i64::from(wait.subsec_nanos()),
    };
    let ready = poll(&mut fds, Some(&timeout)).unwrap_or(0) > 0;
    ready
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// The loop did not end in time: write the last save and exit.
fn forced_exit(last: &Mutex<LastSave>) -> ! {
    // The loop holds `last` only while it updates the model and saves (an fsync can take
    // seconds on a busy disk): wait for that, but not for ever.
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
