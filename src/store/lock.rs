//! Draft locks: a draft being answered in one terminal is not resumed in another, so two
//! sessions on the same subject write two drafts instead of overwriting each other.
//!
//! A lock is the file `drafts/.<id>.lock` with an advisory lock on it, which the system
//! releases by itself if the process dies. Only the holder ever removes the file, and it does
//! so while still holding the lock; whoever locks a file checks that the name still leads to
//! it, so a file removed meanwhile is never taken for the lock.

use std::path::{Path, PathBuf};

use super::StoreError;
use crate::files::ensure_private_dir;
use crate::files::{Held, Turn, hold};

/// Held while a draft is open; released, and its file removed, when dropped (the same lock
/// file as every turn at a shared file: see `files::turn`).
#[derive(Debug)]
pub struct DraftLock(Turn);

impl DraftLock {
    pub(crate) fn path(&self) -> &Path {
        self.0.path()
    }
}

/// The lock file of draft `id` in `dir`.
pub(super) fn lock_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!(".{id}.lock"))
}

/// The draft id a lock file is for, if `name` is one.
pub(super) fn locked_id(name: &str) -> Option<&str> {
    name.strip_prefix('.')?.strip_suffix(".lock")
}

/// Takes the lock of draft `id` in `dir`; `Ok(None)` when another process holds it.
pub(super) fn lock(dir: &Path, id: &str) -> Result<Option<DraftLock>, StoreError> {
    ensure_private_dir(dir)?;
    let path = lock_path(dir, id);
    // Each try beyond the first means the holder removed the file between our open and our
    // lock: a handful is plenty.
    match hold(path, 16, false)? {
        Held::Taken(turn) => Ok(Some(DraftLock(turn))),
        Held::Busy => Ok(None),
        Held::KeptChanging => Err(StoreError::LockKeepsChanging { id: id.into() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::same_file;
    use std::fs::{self, OpenOptions};

    #[test]
    fn a_held_lock_is_refused_until_released() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock(dir.path(), "D1").unwrap().expect("free");
        assert!(
            lock(dir.path(), "D1").unwrap().is_none(),
            "held by the first"
        );
        assert!(
            lock(dir.path(), "D2").unwrap().is_some(),
            "other drafts are free"
        );
        drop(first);
        assert!(!lock_path(dir.path(), "D1").exists(), "no file left behind");
        assert!(lock(dir.path(), "D1").unwrap().is_some());
    }

    #[test]
    fn a_lock_on_a_removed_file_is_not_taken_for_the_draft() {
        let dir = tempfile::tempdir().unwrap();
        let path = lock_path(dir.path(), "D1");
        // A process opened the old file, then its holder removed it and released it.
        let old = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .unwrap();
        fs::remove_file(&path).unwrap();
        old.try_lock().unwrap();
        assert!(!same_file(&old, &path), "the name no longer leads to it");
        let held = lock(dir.path(), "D1").unwrap().expect("a fresh file");
        assert!(lock(dir.path(), "D1").unwrap().is_none());
        drop(held);
    }
}
