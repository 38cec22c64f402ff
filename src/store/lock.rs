//! Draft locks: a draft being answered in one terminal is not resumed in another, so two
//! sessions on the same subject write two drafts instead of overwriting each other.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::fsio::{FILE_MODE, ensure_private_dir};

/// Held while a draft is open; released (and its file removed) when dropped. The lock is an
/// advisory `flock`, which the system releases by itself if the process dies.
#[derive(Debug)]
pub struct DraftLock {
    file: File,
    path: PathBuf,
}

/// Takes the lock of draft `id` in `dir`; `Ok(None)` when another process holds it.
pub fn lock(dir: &std::path::Path, id: &str) -> io::Result<Option<DraftLock>> {
    ensure_private_dir(dir)?;
    let path = dir.join(format!(".{id}.lock"));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(FILE_MODE)
        .open(&path)?;
    // SAFETY: flock on a file descriptor we own; non-blocking.
    let result = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if result == 0 {
        return Ok(Some(DraftLock { file, path }));
    }
    let err = io::Error::last_os_error();
    if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
        Ok(None)
    } else {
        Err(err)
    }
}

/// Whether draft `id`'s lock is held by a live process (used to leave its files alone).
pub fn is_locked(dir: &std::path::Path, id: &str) -> bool {
    let path = dir.join(format!(".{id}.lock"));
    let Ok(file) = File::open(&path) else {
        return false;
    };
    // SAFETY: as above; a shared probe released at once.
    let free = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_SH | libc::LOCK_NB) } == 0;
    !free
}

impl DraftLock {
    /// The lock file, which dropping the lock removes.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        // Closing the file releases the lock.
        let _ = &self.file;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_refused_until_released() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock(dir.path(), "D1").unwrap().expect("free");
        assert!(is_locked(dir.path(), "D1"));
        assert!(
            lock(dir.path(), "D1").unwrap().is_none(),
            "held by the first"
        );
        assert!(
            lock(dir.path(), "D2").unwrap().is_some(),
            "other drafts are free"
        );
        drop(first);
        assert!(!is_locked(dir.path(), "D1"));
        assert!(lock(dir.path(), "D1").unwrap().is_some());
    }
}
