//! Temporary files of atomic writes. Their names carry a fixed marker that only this tool
//! writes (`.NAME~confiance-PID-N.tmp`), so a person's own hidden files are never taken for
//! them; the writer holds a lock on the file while it exists, so a live writer's file (even
//! one in another pid namespace) is never taken for a leftover.

use rustix::fs::OFlags;
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

const MARKER: &str = "~confiance-";
const SUFFIX: &str = ".tmp";

/// A temporary file younger than this is left alone even when unlocked: the writer may be
/// between creating it and locking it, or on a file system whose locks other hosts don't see.
const GRACE: Duration = Duration::from_secs(60);

/// The temporary name for writing `target`: hidden, in the same folder, unique to this
/// process and this write.
pub(crate) fn temp_path(target: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(
        ".{name}{MARKER}{}-{}{SUFFIX}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Whether a file name is one of this tool's temporary files.
pub(crate) fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(SUFFIX) && name.contains(MARKER)
}

/// Whether a file name is what versions before the marker named their temporary files,
/// `.NAME.PID-N.tmp` (see git history of `src/store/fsio.rs`). A person may name a hidden file
/// so too, and those writers held no lock: such a file is reported, never removed by guess.
pub(crate) fn is_older_temp_name(name: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    name.strip_prefix('.')
        .and_then(|n| n.strip_suffix(SUFFIX))
        .and_then(|n| n.rsplit_once('.'))
        .and_then(|(target, tail)| Some((target, tail.split_once('-')?)))
        .is_some_and(|(target, (pid, n))| !target.is_empty() && digits(pid) && digits(n))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TempState {
    /// Not one of ours.
    NotTemp,
    /// A save is writing it, or was interrupted less than a minute ago.
    InUse,
    /// Left by a save that was interrupted: it holds plaintext and can go.
    Stale,
    /// Named as an older version named its temporary files: reported, never removed.
    Older,
}

/// What a file found in a folder is, as a temporary file. Never follows a symbolic link.
pub(crate) fn temp_state(path: &Path) -> TempState {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let older = is_older_temp_name(&name);
    if !is_temp_name(&name) && !older {
        return TempState::NotTemp;
    }
    let Ok(file) = OpenOptions::new()
        .read(true)
        .custom_flags(
            OFlags::NOFOLLOW.bits() as i32
                | OFlags::NONBLOCK.bits() as i32
                | OFlags::NOCTTY.bits() as i32,
        )
        .open(path)
    else {
        return TempState::NotTemp;
    };
    let regular = file.metadata().is_ok_and(|m| m.is_file());
    if !regular {
        return TempState::NotTemp;
    }
    if older {
        return TempState::Older;
    }
    if is_old(&file) && lock_is_free(&file) {
        TempState::Stale
    } else {
        TempState::InUse
    }
}

fn is_old(file: &File) -> bool {
    file.metadata()
        .and_then(|m| m.modified())
        .is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or_default() > GRACE)
}

fn lock_is_free(file: &File) -> bool {
    match file.try_lock_shared() {
        Ok(()) => {
            let _ = file.unlock();
            true
        }
        Err(TryLockError::WouldBlock) => false,
        // Locks not supported here: age alone decides.
        Err(TryLockError::Error(_)) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(path: &Path, secs: u64) {
        let file = OpenOptions::new().write(true).open(path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    }

    #[test]
    fn only_our_marked_names_are_temporary() {
        let ours = temp_path(Path::new("/x/a.toml"));
        let name = ours.file_name().unwrap().to_string_lossy().into_owned();
        assert!(is_temp_name(&name), "{name}");
        assert!(
            !is_temp_name(".notes.123.tmp"),
            "a person's own hidden file"
        );
        assert!(!is_temp_name(".x.toml.4194999-3.tmp"), "no marker");
        assert!(!is_temp_name("a.toml"));
        assert!(is_older_temp_name(".config.toml.4194999-3.tmp"));
        assert!(!is_older_temp_name(".x.toml.pid-3.tmp") && !is_older_temp_name("..1-2.tmp"));
        assert!(!is_older_temp_name(&name), "the marked names are today's");
    }

    #[test]
    fn stale_only_when_old_and_unlocked() {
        let dir = tempfile::tempdir().unwrap();
        let path = temp_path(&dir.path().join("a.toml"));
        std::fs::write(&path, "x").unwrap();
        assert_eq!(temp_state(&path), TempState::InUse, "fresh: maybe live");
        age(&path, 3600);
        assert_eq!(temp_state(&path), TempState::Stale);
        let writer = File::open(&path).unwrap();
        writer.lock().unwrap();
        assert_eq!(
            temp_state(&path),
            TempState::InUse,
            "a live writer holds it"
        );
        drop(writer);
        let own = dir.path().join(".mine.123.tmp");
        std::fs::write(&own, "x").unwrap();
        age(&own, 3600);
        assert_eq!(temp_state(&own), TempState::NotTemp);
    }
}
