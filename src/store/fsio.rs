//! Safe file operations: private permissions, atomic writes, careful reads.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::located::{Diagnostic, line_column};

pub const DIR_MODE: u32 = 0o700;
pub const FILE_MODE: u32 = 0o600;
/// Larger files are not read: no assessment or questionnaire comes close.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Temporary files end with this; they start with `.` so that loaders and people skip them.
pub const TEMP_SUFFIX: &str = ".tmp";

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

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, then
/// rename (`replace`) or link (never replacing an existing file), then fsync the folder.
/// A crash at any moment leaves either the old state or the new file, never half a file.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    ensure_private_dir(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let temp = dir.join(format!(
        ".{name}.{}-{}{TEMP_SUFFIX}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = write_temp(&temp, bytes).and_then(|()| {
        if replace {
            fs::rename(&temp, path)
        } else {
            link_new(&temp, path)
        }
    });
    // After a rename the temporary name is gone; after a link or a failure it must go.
    let _ = fs::remove_file(&temp);
    result?;
    File::open(dir)?.sync_all()
}

fn write_temp(temp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(temp)?;
    // Some umasks strip bits and some helpers add them: set the mode explicitly.
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Gives `temp` the name `path`, failing with `AlreadyExists` rather than replacing a file.
fn link_new(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // File systems without hard links: check, then rename (a narrow race, but no loss
        // of what was there: only two writers of the very same new id could collide).
        Err(_) if !path.exists() => fs::rename(temp, path),
        Err(e) => Err(e),
    }
}

/// Reads a text file the user may have written: a regular file, of sane size, in UTF-8
/// (a leading byte-order mark is dropped). Problems come back located and name no content.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let fail = |msg: String| Diagnostic::new(msg).in_file(path);
    let meta = fs::metadata(path).map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a file".into()));
    }
    if !meta.is_file() {
        return Err(fail("is not a regular file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "file is too large ({:.1} MB; at most {} MB is read)",
            meta.len() as f64 / 1e6,
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(format!("cannot read: {}", io_reason(&e))))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid =
            String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]).into_owned();
        let (line, column) = line_column(&valid, valid.len());
        let mut d = fail("invalid UTF-8: the file must be UTF-8 text".into());
        d.line = Some(line);
        d.column = Some(column);
        d
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// The reason of an I/O error without the "(os error N)" noise.
pub fn io_reason(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Whether a temporary file was left by a process that is no longer running. Names look like
/// `.NAME.PID-N.tmp`; a live writer's file is never touched.
pub fn is_stale_temp(file_name: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
    else {
        return false;
    };
    let Some(pid) = rest.rsplit('.').next().and_then(|t| t.split('-').next()) else {
        return false;
    };
    let Ok(pid) = pid.parse::<i32>() else {
        return false;
    };
    pid > 0 && !process_is_alive(pid)
}

fn process_is_alive(pid: i32) -> bool {
    // SAFETY: kill with signal 0 only checks that the process exists; it sends nothing.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_temp_names() {
        assert!(!is_stale_temp("x.toml"));
        assert!(!is_stale_temp(&format!(
            ".x.toml.{}-0.tmp",
            std::process::id()
        )));
        // pid 2^22+ is above Linux's pid_max: never alive
        assert!(is_stale_temp(".x.toml.4194999-3.tmp"));
    }

    #[test]
    fn atomic_writes_are_private_and_new_files_never_replace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/file.toml");
        write_atomic(&path, b"one", false).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, FILE_MODE);
        let dmode = fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dmode, DIR_MODE);
        let err = write_atomic(&path, b"two", false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        fs::write(&path, b"a = 1\nb = \"\xff\"\n").unwrap();
        let d = read_text(&path).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(6)));
    }
}
