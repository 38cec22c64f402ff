//! Draft locks: a draft being answered in one terminal is not resumed in another, so two
//! sessions on the same subject write two drafts instead of overwriting each other.
//!
//! A lock is the file `drafts/.<id>.lock` with an advisory lock on it, which the system
//! releases by itself if the process dies. Only the holder ever removes the file, and it does
//! so while still holding the lock; whoever locks a file checks that the name still leads to
//! it, so a file removed meanwhile is never taken for the lock.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::StoreError;
use crate::files::{FILE_MODE, ensure_private_dir};

/// Held while a draft is open; released, and its file removed, when dropped.
#[derive(Debug)]
pub struct DraftLock {
    /// Holding the open file is holding the lock.
    _file: File,
    path: PathBuf,
}

impl DraftLock {
    pub(crate) fn path(&self) -> &Path {
        &self.path
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
    // Each turn of the loop means the holder removed the file between our open and our lock:
    // a handful is plenty.
    for _ in 0..16 {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(FILE_MODE)
            .custom_flags(OFlags::NOFOLLOW.bits() as i32 | OFlags::NONBLOCK.bits() as i32)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(e.into()),
        }
        if same_file(&file, &path) {
            return Ok(Some(DraftLock { _file: file, path }));
        }
    }
    Err(StoreError::LockKeepsChanging { id: id.into() })
}

fn same_file(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Removed while still held (the file closes after this), so nobody can lock the file
        // that is about to disappear and believe they hold the draft.
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
