//! Turns at a file that several processes read, change and write back (the config file,
//! `subjects.toml`, `clients/`): without them, two writers each read the old text and the
//! second rename throws the first one's change away while both say they wrote.
//!
//! A turn is the hidden file `.NAME.lock` beside the file, with a system lock on it, which the
//! system releases by itself if the process dies (`kill -9` leaves no turn held). As with the
//! drafts' locks, only the holder removes the file, while still holding it, and whoever takes
//! the lock checks that the name still leads to the file it locked.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::FILE_MODE;

/// This process's turn at a file: the others wait until it is dropped.
#[derive(Debug)]
pub(crate) struct Turn {
    /// Holding the open file is holding the lock.
    _file: File,
    path: PathBuf,
}

/// The lock file of `target`: hidden, beside it.
fn turn_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.lock"))
}

/// Waits for the turn at `target` (whose folder must exist). Never through a link.
pub(crate) fn take_turn(target: &Path) -> io::Result<Turn> {
    // Each turn of the loop means the holder removed the file between our open and our lock:
    // it only does so when done, so this ends quickly; the bound keeps a bug from spinning.
    match hold(turn_path(target), 1000, true)? {
        Held::Taken(turn) => Ok(turn),
        Held::Busy | Held::KeptChanging => Err(io::Error::from(io::ErrorKind::WouldBlock)),
    }
}

/// What trying to hold a lock file gave.
#[derive(Debug)]
pub(crate) enum Held {
    Taken(Turn),
    /// Another process holds it (only when not waiting).
    Busy,
    /// The file was removed under us at every try.
    KeptChanging,
}

/// Holds the lock file at `path` itself (made private if missing, never through a link):
/// waiting for it when `wait`, else answering [`Held::Busy`]. The turns and the drafts' locks
/// are both this one mechanism.
pub(crate) fn hold(path: PathBuf, tries: usize, wait: bool) -> io::Result<Held> {
    for _ in 0..tries {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(FILE_MODE)
            .custom_flags(OFlags::NOFOLLOW.bits() as i32 | OFlags::NONBLOCK.bits() as i32)
            .open(&path)?;
        if wait {
            file.lock()?;
        } else {
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => return Ok(Held::Busy),
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
        if same_file(&file, &path) {
            return Ok(Held::Taken(Turn { _file: file, path }));
        }
    }
    Ok(Held::KeptChanging)
}

impl Turn {
    /// The lock file held.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

pub(crate) fn same_file(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        // Removed while still held, so nobody locks a file that is about to disappear.
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn turns_are_taken_one_at_a_time_and_leave_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("subjects.toml");
        let log = Arc::new(Mutex::new(vec![]));
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let (target, log) = (target.clone(), log.clone());
                std::thread::spawn(move || {
                    let _turn = take_turn(&target).unwrap();
                    log.lock().unwrap().push(("in", i));
                    std::thread::yield_now();
                    log.lock().unwrap().push(("out", i));
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let log = log.lock().unwrap();
        for pair in log.chunks(2) {
            assert_eq!((pair[0].0, pair[1].0), ("in", "out"), "{log:?}");
            assert_eq!(pair[0].1, pair[1].1, "nobody in between: {log:?}");
        }
        assert!(!turn_path(&target).exists(), "no lock file left behind");
    }

    #[test]
    fn a_link_is_never_taken_for_the_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("config.toml");
        let elsewhere = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&elsewhere, turn_path(&target)).unwrap();
        assert!(take_turn(&target).is_err());
        assert!(!elsewhere.exists());
    }
}
