//! The summary cache: every valid assessment of a space as last read, so that a large store
//! is not parsed again at every command. Only ever a cache: the TOML files stay the truth.
//!
//! - An entry is used only when the file's path, size, times, inode and device all match
//!   ([`Stamp`]); any doubt (another version, another set of questionnaires, a digest that
//!   does not match, a field that does not convert back) means the file is read.
//! - Deleting it is always safe; it is rebuilt by the next command that reads the store.
//! - `SPACE/.cache/summary`: hidden (never taken for an assessment), 0600 in a 0700 folder,
//!   written atomically; a `.cache` or `summary` that is a symbolic link is neither read nor
//!   written through.
//! - Small spaces (under [`CACHE_FROM`] assessments) have none: reading them is already fast.

pub(crate) mod home;
pub(crate) mod index;
mod record;
mod turn;
mod verify;

use rustix::fs::OFlags;
use std::collections::HashMap;
use std::fs::{self, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use record::Stamp;
use record::{Entry, Items, Record};
pub(crate) use verify::{Verdict, Verifier};

use super::StoreError;
use crate::assessment::Assessment;
use crate::files::{Fnv, ensure_private_dir, write_atomic};
use crate::questionnaire::Catalog;

pub(crate) const CACHE_DIR: &str = ".cache";
pub(crate) const CACHE_FILE: &str = "summary";
/// Below this many assessments a space keeps no cache.
pub const CACHE_FROM: usize = 100;
const MAGIC: &str = "confiance summary cache";
const FORMAT: u32 = 2;
/// A cache larger than this is not read (about 150,000 assessments).
const MAX_BYTES: u64 = 96 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct Body {
    items: Vec<String>,
    entries: Vec<Entry>,
}

/// What a space's cache file is.
pub(crate) enum Cached {
    Absent,
    /// Cannot be used: damaged, from another version or for other questionnaires.
    Unusable,
    /// `.cache` or the file is a symbolic link, or not a regular file: not followed.
    NotFollowed,
    Usable(Lookup),
}

/// The entries of a usable cache, by path.
pub struct Lookup {
    items: Vec<String>,
    entries: HashMap<String, (Stamp, Record)>,
}

impl Lookup {
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The assessment cached for `path`, if its stamp is `stamp`; taken out of the cache.
    pub(crate) fn take(&mut self, path: &Path, stamp: Stamp) -> Option<Assessment> {
        let key = path.to_str()?;
        if self.entries.get(key)?.0 != stamp {
            return None;
        }
        let (_, record) = self.entries.remove(key)?;
        record::decode(record, &self.items)
    }
}

pub(crate) fn path(root: &Path) -> PathBuf {
    root.join(CACHE_DIR).join(CACHE_FILE)
}

fn header(catalog: &Catalog, digest: u64) -> String {
    header_of(MAGIC, FORMAT, catalog, digest)
}

/// A cache file's first line: what it is, its format, this version, the questionnaires it was
/// made with and the digest of the rest.
fn header_of(magic: &str, format: u32, catalog: &Catalog, digest: u64) -> String {
    format!(
        "{magic} {format} {} {:016x} {digest:016x}\n",
        env!("CARGO_PKG_VERSION"),
        catalog.fingerprint()
    )
}

fn digest(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.finish()
}

/// Reads the cache of the space at `root`.
pub(crate) fn read(root: &Path, catalog: &Catalog) -> Cached {
    let dir = root.join(CACHE_DIR);
    match fs::symlink_metadata(&dir) {
        Err(_) => return Cached::Absent,
        Ok(m) if !m.is_dir() => return Cached::NotFollowed,
        Ok(_) => {}
    }
    let bytes = match read_no_follow(&path(root)) {
        Ok(Found::Bytes(bytes)) => bytes,
        Ok(Found::NotFollowed) => return Cached::NotFollowed,
        Ok(Found::TooLarge) => return Cached::Unusable,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Cached::Absent,
        Err(_) => return Cached::Unusable,
    };
    parse(&bytes, catalog).map_or(Cached::Unusable, Cached::Usable)
}

/// What is at the cache's path.
enum Found {
    Bytes(Vec<u8>),
    /// A link, or not a regular file.
    NotFollowed,
    /// Larger than any cache the tool writes: not read.
    TooLarge,
}

/// Opens `path` for reading, never through a link (nor a pipe's or a terminal's wait).
fn open_no_follow(path: &Path) -> io::Result<std::fs::File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(
            OFlags::NOFOLLOW.bits() as i32
                | OFlags::NONBLOCK.bits() as i32
                | OFlags::NOCTTY.bits() as i32,
        )
        .open(path)
}

/// A regular file's bytes, never through a link.
fn read_no_follow(path: &Path) -> io::Result<Found> {
    read_no_follow_limited(path, MAX_BYTES)
}

/// [`read_no_follow`], for a file of at most `max` bytes.
fn read_no_follow_limited(path: &Path, max: u64) -> io::Result<Found> {
    let mut file = match open_no_follow(path) {
        Ok(f) => f,
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) => {
            return Ok(Found::NotFollowed);
        }
        Err(e) => return Err(e),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Found::NotFollowed);
    }
    if meta.len() > max {
        return Ok(Found::TooLarge);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)?;
    Ok(Found::Bytes(bytes))
}

fn parse(bytes: &[u8], catalog: &Catalog) -> Option<Lookup> {
    let end = bytes.iter().position(|&b| b == b'\n')?;
    let (head, body) = (&bytes[..=end], &bytes[end + 1..]);
    if head != header(catalog, digest(body)).as_bytes() {
        return None;
    }
    let body: Body = serde_json::from_slice(body).ok()?;
    let entries = body
        .entries
        .into_iter()
        .map(|Entry(path, stamp, record)| (path, (stamp, record)))
        .collect();
    Some(Lookup {
        items: body.items,
        entries,
    })
}

/// Writes the cache of the space at `root` (replacing any), or removes it when the space is
/// small. Assessments whose path is not UTF-8 or which the cache cannot carry are left out.
pub fn write<'a>(
    root: &Path,
    catalog: &Catalog,
    files: impl Iterator<Item = (&'a Path, Stamp, &'a Assessment)>,
    count: usize,
) -> Result<(), StoreError> {
    if count < CACHE_FROM {
        return remove_summary(root);
    }
    let dir = root.join(CACHE_DIR);
    // A link (or anything else) where the cache goes is left as it is, never written through.
    let not_ours =
        |p: &Path, is: fn(&fs::Metadata) -> bool| fs::symlink_metadata(p).is_ok_and(|m| !is(&m));
    if not_ours(&dir, fs::Metadata::is_dir) || not_ours(&path(root), fs::Metadata::is_file) {
        return Ok(());
    }
    ensure_private_dir(&dir)?;
    // Under the lock `forget` takes to remove the cache, and only what is still on disk as it
    // was read: nothing deleted meanwhile comes back.
    let _turn = turn::take(&dir)?;
    let mut items = Items::default();
    let entries: Vec<Entry> = files
        .filter(|(path, stamp, _)| turn::unchanged(path, *stamp))
        .filter_map(|(path, stamp, a)| {
            Some(Entry(
                path.to_str()?.to_string(),
                stamp,
                record::encode(a, &mut items)?,
            ))
        })
        .collect();
    let body = serde_json::to_vec(&Body {
        items: items.names,
        entries,
    })
    .map_err(|e| StoreError::NotEncoded(e.into()))?;
    let mut bytes = header(catalog, digest(&body)).into_bytes();
    bytes.extend_from_slice(&body);
    // Never a cache too large to be written or read back: the files are read instead.
    if bytes.len() > crate::files::MAX_WRITE_BYTES {
        drop(_turn);
        return remove_summary(root);
    }
    // A cache a power cut loses is rebuilt by the next command: unconfirmed is fine.
    Ok(write_atomic(&path(root), &bytes, true).map(|_saved| ())?)
}

/// A new temporary file beside the cache file `target` of the space at `root`, named as every
/// temporary file of the tool and locked while written (one a killed command leaves is
/// removed by the next, see `files::temp_state`); `None` where a link or anything else than
/// the tool's own folder and file stands (never written through).
fn temp_beside(root: &Path, target: &Path) -> io::Result<Option<(PathBuf, fs::File)>> {
    let dir = root.join(CACHE_DIR);
    let not_ours =
        |p: &Path, is: fn(&fs::Metadata) -> bool| fs::symlink_metadata(p).is_ok_and(|m| !is(&m));
    if not_ours(&dir, fs::Metadata::is_dir) || not_ours(target, fs::Metadata::is_file) {
        return Ok(None);
    }
    ensure_private_dir(&dir)?;
    let temp = crate::files::temp_path(target);
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(crate::files::FILE_MODE)
        .custom_flags(OFlags::NOFOLLOW.bits() as i32)
        .open(&temp)?;
    let _ = file.try_lock();
    Ok(Some((temp, file)))
}

/// Removes the summary cache alone (a space too small or too large to keep one), leaving the
/// index and home's rows, which are of every size.
fn remove_summary(root: &Path) -> Result<(), StoreError> {
    let dir = root.join(CACHE_DIR);
    if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        return Ok(());
    }
    let _turn = turn::take(&dir)?;
    match fs::remove_file(path(root)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Removes every cache of the space at `root` (not through a link), absent is fine, and leaves
/// a mark that no index begun before is written after (`forget`).
pub(crate) fn remove(root: &Path) -> Result<(), StoreError> {
    let dir = root.join(CACHE_DIR);
    if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        return Ok(());
    }
    // Not while a writer is checking what it may cache (see `turn`).
    let _turn = turn::take(&dir)?;
    // An index being written by a command that began before this is not given its name.
    let _ = write_atomic(&dir.join(index::FORGOTTEN_FILE), b"", true);
    for file in [path(root), index::path(root), home::path(root)] {
        match fs::remove_file(file) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}
