//! Reading a text file a person may have written: a regular file only (never a pipe, a device
//! or a socket, which could block or have side effects), of bounded size, in UTF-8.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::diagnostic::{Diagnostic, line_column};
use crate::i18n::{DiagFiles, fill};

/// Larger files are not read. It is twice [`super::MAX_WRITE_BYTES`], the largest file the tool
/// writes, so that whatever the tool saved it can always read back.
pub const MAX_READ_BYTES: u64 = 32 * 1024 * 1024;

/// Reads `path` as UTF-8 text (a leading byte-order mark is dropped). Problems come back
/// located and never quote the file's content.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    read_text_with_meta(path).map(|(text, _)| text)
}

/// [`read_text`], with what the open file said of itself before it was read (a stamp taken
/// from it describes exactly the content read, whatever happens to the path since).
pub fn read_text_with_meta(path: &Path) -> Result<(String, fs::Metadata), Diagnostic> {
    let fail = |msg: String| Diagnostic::new(msg).in_file(path);
    let cannot = |e: io::Error| {
        fail(fill(
            DiagFiles::now().cannot_read,
            &[("reason", &io_reason(&e))],
        ))
    };
    // Look before opening: opening some devices has effects of its own.
    let meta = fs::metadata(path).map_err(cannot)?;
    check_kind(&meta).map_err(fail)?;
    // O_NONBLOCK: if the entry was swapped for a pipe since, opening must not wait for a writer.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(OFlags::NONBLOCK.bits() as i32 | OFlags::NOCTTY.bits() as i32)
        .open(path)
        .map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    check_kind(&meta).map_err(fail)?;
    if meta.len() > MAX_READ_BYTES {
        return Err(fail(too_large(meta.len())));
    }
    let bytes = read_bounded(file, meta.len()).map_err(cannot)?;
    if bytes.len() as u64 > MAX_READ_BYTES {
        return Err(fail(too_large(bytes.len() as u64)));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid =
            String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]).into_owned();
        let (line, column) = line_column(&valid, valid.len());
        let mut d = fail(DiagFiles::now().invalid_utf8.into());
        d.line = Some(line);
        d.column = Some(column);
        d
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Ok((text, meta))
}

fn check_kind(meta: &fs::Metadata) -> Result<(), String> {
    if meta.is_dir() {
        Err(DiagFiles::now().is_folder.into())
    } else if !meta.is_file() {
        Err(DiagFiles::now().not_regular.into())
    } else {
        Ok(())
    }
}

fn read_bounded(file: File, hint: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(hint.min(MAX_READ_BYTES) as usize);
    file.take(MAX_READ_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn too_large(len: u64) -> String {
    fill(
        DiagFiles::now().too_large_read,
        &[
            ("size", &format!("{:.1}", len as f64 / 1e6)),
            ("max", &(MAX_READ_BYTES / 1024 / 1024)),
        ],
    )
}

/// The reason of an I/O error in the interface's language for the errors met most, else in
/// the system's words without the "(os error N)" noise.
pub fn io_reason(e: &io::Error) -> String {
    io_reason_of(e, DiagFiles::now())
}

/// [`io_reason`] with the words of one language.
pub(super) fn io_reason_of(e: &io::Error, words: &DiagFiles) -> String {
    use io::ErrorKind as Kind;
    let known = match e.kind() {
        Kind::NotFound => Some(words.io_not_found),
        Kind::PermissionDenied => Some(words.io_permission),
        Kind::AlreadyExists => Some(words.io_exists),
        Kind::StorageFull => Some(words.io_full),
        Kind::ReadOnlyFilesystem => Some(words.io_read_only),
        Kind::NotADirectory => Some(words.io_not_folder),
        Kind::IsADirectory => Some(words.io_is_folder),
        Kind::FileTooLarge => Some(words.io_too_large),
        Kind::ResourceBusy => Some(words.io_busy),
        Kind::QuotaExceeded => Some(words.io_quota),
        _ => None,
    };
    // An error with no system code (a library's, or a kind alone) keeps its own words: only
    // the operating system's codes are replaced. The tool's own refusals are typed errors
    // (`FileError`, `StoreError`, `ConfigError`), worded from the tables.
    if let (Some(words), Some(_)) = (known, e.raw_os_error()) {
        return words.to_string();
    }
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        fs::write(&path, b"a = 1\nb = \"\xff\"\n").unwrap();
        let d = read_text(&path).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(6)));
    }

    #[test]
    fn a_pipe_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fifo.toml");
        use rustix::fs::{CWD, FileType, Mode, mknodat};
        mknodat(CWD, &path, FileType::Fifo, Mode::from_raw_mode(0o600), 0).unwrap();
        // Without the check this blocks forever waiting for a writer.
        let d = read_text(&path).unwrap_err();
        assert!(d.message.contains("not a regular file"), "{d}");
    }

    #[test]
    fn the_byte_order_mark_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bom.toml");
        fs::write(&path, "\u{feff}a = 1\n").unwrap();
        assert_eq!(read_text(&path).unwrap(), "a = 1\n");
    }
}
