//! Atomic, private writes: a temporary file in the same folder, flushed, then renamed or
//! linked into place, then the folder flushed. A crash at any moment leaves the old state or
//! the new file, never half a file.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use super::FileError;
use super::temp::temp_path;

pub const DIR_MODE: u32 = 0o700;
pub const FILE_MODE: u32 = 0o600;
/// The largest file the tool writes: far above any real assessment (24 notes of the longest
/// length, escaped, stay under 10 MB) and half of what it reads, so what it writes it can
/// always read back.
pub const MAX_WRITE_BYTES: usize = 16 * 1024 * 1024;

/// A write that reached its name. When the folder could not be flushed afterwards the file is
/// there, but a power cut could still lose it: the disk did not confirm.
#[derive(Debug)]
#[must_use]
pub enum Saved {
    Confirmed,
    Unconfirmed(io::Error),
}

/// Creates `dir` and any missing parents, each 0700 whatever the umask.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent()
        && !parent.as_os_str().is_empty()
    {
        ensure_private_dir(parent)?;
    }
    match fs::DirBuilder::new().mode(DIR_MODE).create(dir) {
        Ok(()) => fs::set_permissions(dir, fs::Permissions::from_mode(DIR_MODE)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path`, whose folder must exist: `replace` renames over an existing
/// file; otherwise the file is linked in and an existing one fails with `AlreadyExists`.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<Saved, FileError> {
    write_atomic_with(path, bytes, replace, sync_dir)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    replace: bool,
    sync_dir: fn(&Path) -> io::Result<()>,
) -> Result<Saved, FileError> {
    if bytes.len() > MAX_WRITE_BYTES {
        return Err(FileError::TooLargeToWrite {
            size: bytes.len(),
            max: MAX_WRITE_BYTES,
        });
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = temp_path(path);
    let result = write_temp(&temp, bytes, |_| {
        if replace {
            fs::rename(&temp, path)
        } else {
            link_new(&temp, path)
        }
    });
    // After a rename the temporary name is gone; after a link or a failure it must go.
    let _ = fs::remove_file(&temp);
    result?;
    // The file is in place from here on: a failure is no longer a failure to save.
    Ok(match sync_dir(dir) {
        Ok(()) => Saved::Confirmed,
        Err(e) => Saved::Unconfirmed(e),
    })
}

/// Writes the temporary file, holding a lock on it (so that nobody takes it for a leftover)
/// until `publish` has given it its name.
fn write_temp(
    temp: &Path,
    bytes: &[u8],
    publish: impl FnOnce(&File) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(temp)?;
    // Best effort: where locks are not supported, the leftover check goes by age.
    let _ = file.try_lock();
    // Some umasks strip bits and some helpers add them: set the mode explicitly.
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    publish(&file)
}

/// Gives `temp` the name `path`, failing with `AlreadyExists` rather than replacing a file.
fn link_new(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // File systems without hard links: check, then rename (a narrow race, but no loss
        // of what was there: only two writers of the very same new id could collide).
        Err(_) if fs::symlink_metadata(path).is_err() => fs::rename(temp, path),
        Err(e) => Err(e),
    }
}

/// Takes the group and other permission bits off a regular file or folder, keeping every
/// other bit (sticky, set-id, the owner's). Opens without following a link, so a name swapped
/// for a link meanwhile changes nothing elsewhere. Returns the new mode.
pub fn tighten_mode(path: &Path) -> Result<u32, FileError> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(
            OFlags::NOFOLLOW.bits() as i32
                | OFlags::NONBLOCK.bits() as i32
                | OFlags::NOCTTY.bits() as i32,
        )
        .open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() && !meta.is_dir() {
        return Err(FileError::NotFileOrFolder);
    }
    // A file with other names (hard links) may be someone's file elsewhere: not ours to change.
    if meta.is_file() && std::os::unix::fs::MetadataExt::nlink(&meta) > 1 {
        return Err(FileError::HardLinks);
    }
    let mode = meta.permissions().mode() & 0o7777;
    let tight = mode & !0o077;
    if tight != mode {
        file.set_permissions(fs::Permissions::from_mode(tight))?;
    }
    Ok(tight)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_are_private_and_new_files_never_replace() {
        let dir = tempfile::tempdir().unwrap();
        ensure_private_dir(&dir.path().join("a/b")).unwrap();
        let path = dir.path().join("a/b/file.toml");
        assert!(matches!(
            write_atomic(&path, b"one", false),
            Ok(Saved::Confirmed)
        ));
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, FILE_MODE);
        let dmode = fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dmode, DIR_MODE);
        let err = write_atomic(&path, b"two", false).unwrap_err();
        assert_eq!(
            err.io().map(io::Error::kind),
            Some(io::ErrorKind::AlreadyExists)
        );
        assert_eq!(fs::read(&path).unwrap(), b"one");
        let _ = write_atomic(&path, b"three", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failed_folder_flush_after_the_file_is_in_place_is_still_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file.toml");
        let failing = |_: &Path| {
            Err(io::Error::from_raw_os_error(
                rustix::io::Errno::IO.raw_os_error(),
            ))
        };
        let saved = write_atomic_with(&path, b"one", false, failing).unwrap();
        assert!(matches!(saved, Saved::Unconfirmed(_)));
        assert_eq!(fs::read(&path).unwrap(), b"one");
    }

    #[test]
    fn what_could_not_be_read_back_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.toml");
        let big = vec![b'x'; MAX_WRITE_BYTES + 1];
        assert!(matches!(
            write_atomic(&path, &big, true),
            Err(FileError::TooLargeToWrite { .. })
        ));
        assert!(!path.exists());
        const { assert!(MAX_WRITE_BYTES as u64 * 2 <= super::super::MAX_READ_BYTES) };
    }

    #[test]
    fn tightening_keeps_the_bits_it_did_not_set_and_never_follows_links() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("shared");
        fs::create_dir(&folder).unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o1777)).unwrap();
        assert_eq!(
            tighten_mode(&folder).unwrap(),
            0o1700,
            "the sticky bit stays"
        );
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, "x").unwrap();
        fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        assert!(tighten_mode(&link).is_err());
        let mode = fs::metadata(&outside).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "the link's target is untouched");
    }
}
