//! Home's rows as last seen (`SPACE/.cache/home`): each subject as the home screen lists it
//! (encoded by `subjects::roster`), written once the files were checked, so that the next start lists the subjects at once,
//! before anything is read. Only ever a first sight while the store is read (nothing can be
//! opened from it), replaced within moments by what the files say; with the same guards as the
//! other caches (this version, these questionnaires, a digest; never through a link).

use std::path::{Path, PathBuf};

use super::CACHE_DIR;
use crate::files::{ensure_private_dir, write_atomic};
use crate::questionnaire::Catalog;

pub(crate) const HOME_FILE: &str = "home";
const MAGIC: &str = "confiance home rows";
const FORMAT: u32 = 1;
/// Larger is not read (a hundred thousand subjects).
const MAX_BYTES: u64 = 16 * 1024 * 1024;

pub(crate) fn path(root: &Path) -> PathBuf {
    root.join(CACHE_DIR).join(HOME_FILE)
}

fn header(catalog: &Catalog, digest: u64) -> String {
    super::header_of(MAGIC, FORMAT, catalog, digest)
}

/// The rows last written for the space at `root` (as the home screen encodes them), if sound.
pub(crate) fn read(root: &Path, catalog: &Catalog) -> Option<Vec<u8>> {
    let dir = root.join(CACHE_DIR);
    if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        return None;
    }
    let bytes = match super::read_no_follow_limited(&path(root), MAX_BYTES).ok()? {
        super::Found::Bytes(bytes) => bytes,
        _ => return None,
    };
    let end = bytes.iter().position(|&b| b == b'\n')?;
    let (head, body) = (&bytes[..=end], &bytes[end + 1..]);
    (head == header(catalog, super::digest(body)).as_bytes()).then(|| body.to_vec())
}

/// Writes the rows of the space at `root` (a small file, written whole); never through a link.
pub(crate) fn write(root: &Path, catalog: &Catalog, body: &[u8]) {
    let dir = root.join(CACHE_DIR);
    let not_ours = |p: &Path, is: fn(&std::fs::Metadata) -> bool| {
        std::fs::symlink_metadata(p).is_ok_and(|m| !is(&m))
    };
    if not_ours(&dir, std::fs::Metadata::is_dir)
        || not_ours(&path(root), std::fs::Metadata::is_file)
    {
        return;
    }
    if ensure_private_dir(&dir).is_err() {
        return;
    }
    let mut bytes = header(catalog, super::digest(body)).into_bytes();
    bytes.extend_from_slice(body);
    // Only a first sight: one that cannot be written is a slower next start.
    let _ = write_atomic(&path(root), &bytes, true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_back_as_written_and_nothing_else_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let catalog = Catalog::builtin();
        assert_eq!(read(root, &catalog), None, "none yet");
        let body = br#"[["Team Atlas",3],["Alice",1]]"#;
        write(root, &catalog, body);
        assert_eq!(read(root, &catalog).as_deref(), Some(&body[..]));
        // A changed byte: the digest no longer matches.
        let text = std::fs::read_to_string(path(root)).unwrap();
        std::fs::write(path(root), text.replace("Alice", "Alicf")).unwrap();
        assert_eq!(read(root, &catalog), None);
        // A link where the file goes is neither read nor written through.
        let elsewhere = root.join("elsewhere");
        std::fs::write(&elsewhere, &text).unwrap();
        std::fs::remove_file(path(root)).unwrap();
        std::os::unix::fs::symlink(&elsewhere, path(root)).unwrap();
        assert_eq!(read(root, &catalog), None);
        write(root, &catalog, b"[]");
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), text);
    }
}
