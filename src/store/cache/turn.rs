//! Whose turn it is at the cache: writing it and removing it take the same system lock (on
//! `.cache` itself), and a writer keeps, under that lock, only the entries whose file is still
//! as it was stamped. So a command that read the files before a `forget` can never put back
//! what `forget` deleted: either it writes first (and `forget` then removes the cache), or it
//! writes after, and finds those files gone.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::Stamp;

/// Holds the lock on the cache's folder `dir` (never through a link): released when dropped.
pub(super) fn take(dir: &Path) -> io::Result<File> {
    let folder = OpenOptions::new()
        .read(true)
        .custom_flags(OFlags::DIRECTORY.bits() as i32 | OFlags::NOFOLLOW.bits() as i32)
        .open(dir)?;
    folder.lock()?;
    Ok(folder)
}

/// Whether the file at `path` is still the one stamped `stamp` (gone or changed: not cached).
pub(super) fn unchanged(path: &Path, stamp: Stamp) -> bool {
    fs::metadata(path)
        .ok()
        .filter(fs::Metadata::is_file)
        .is_some_and(|m| Stamp::of(&m) == stamp)
}
