//! Leftovers of interrupted saves, removed on a thread of their own when a space is opened:
//! finding them walks every folder of the space (a thousand subjects, a thousand folders),
//! which a command need not wait for before it reads. A space waits for its cleanup when it
//! is dropped, so that a command never ends with the walk half done.

use std::path::PathBuf;
use std::sync::Mutex;
use std::thread::JoinHandle;

use super::Store;

/// The cleanup of one space: under way, or what it removed.
pub(super) struct Cleanup(Mutex<State>);

enum State {
    Running(JoinHandle<Vec<PathBuf>>),
    Done(Vec<PathBuf>),
}

impl Cleanup {
    /// Starts removing `store`'s stale leftovers (on this thread when no other can start).
    pub(super) fn start(store: &Store) -> Self {
        let worker = store.writer();
        let spawned = std::thread::Builder::new()
            .name("cleanup".into())
            .spawn(move || worker.remove_stale_leftovers());
        Self(Mutex::new(match spawned {
            Ok(handle) => State::Running(handle),
            Err(_) => State::Done(store.remove_stale_leftovers()),
        }))
    }

    /// Nothing to clean: a space made from one already opened.
    pub(super) fn none() -> Self {
        Self(Mutex::new(State::Done(vec![])))
    }

    /// What was removed, once the cleanup is over.
    pub(super) fn wait(&self) -> Vec<PathBuf> {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let State::Running(_) = &*state
            && let State::Running(handle) = std::mem::replace(&mut *state, State::Done(vec![]))
        {
            *state = State::Done(handle.join().unwrap_or_default());
        }
        match &*state {
            State::Done(removed) => removed.clone(),
            State::Running(_) => vec![],
        }
    }
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        self.wait();
    }
}

impl std::fmt::Debug for Cleanup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cleanup")
    }
}
