//! The summary index (`SPACE/.cache/index`): for each assessment file, in the order the store
//! is walked, its stamp and what a list says of it (a [`Brief`]). Read and written as a
//! stream, a line at a time, so that a list of any size holds neither the files nor the
//! index. Only ever a cache, with the same guards as the summary cache: a header naming the
//! version and the questionnaires, a last line with the number of entries and the digest of
//! all of them (anything else, and it is not used), never read or written through a link.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CACHE_DIR, Stamp, turn};
use crate::files::Fnv;
use crate::questionnaire::Catalog;
use crate::store::Brief;
use crate::time::Timestamp;

pub(crate) const INDEX_FILE: &str = "index";
/// Where `remove` leaves its mark: an index begun before it is not written after it.
pub(crate) const FORGOTTEN_FILE: &str = "forgotten";
const MAGIC: &str = "confiance summary index";
const FORMAT: u32 = 1;
/// An index larger than this is not read (several times a million assessments).
const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// One line: the file (relative to the space), its stamp, and its brief.
#[derive(Serialize, Deserialize)]
struct Line(
    String,
    Stamp,
    String,
    String,
    String,
    (i64, u32),
    Option<f64>,
);

pub(crate) fn path(root: &Path) -> PathBuf {
    root.join(CACHE_DIR).join(INDEX_FILE)
}

fn header(catalog: &Catalog) -> String {
    format!(
        "{MAGIC} {FORMAT} {} {:016x}\n",
        env!("CARGO_PKG_VERSION"),
        catalog.fingerprint()
    )
}

/// A regular file opened for reading, never through a link.
fn open_no_follow(path: &Path) -> io::Result<Option<File>> {
    let file = super::open_no_follow(path)?;
    let meta = file.metadata()?;
    Ok((meta.is_file() && meta.len() <= MAX_BYTES).then_some(file))
}

/// The entries of a space's index, in order, once the whole file was found sound.
pub(crate) struct Reader {
    lines: io::Lines<BufReader<File>>,
    root: PathBuf,
    left: usize,
}

/// One entry: the file's path, its stamp when indexed, and its brief.
pub(crate) type Entry = (PathBuf, Stamp, Brief);

impl Reader {
    /// The index of the space at `root`, when there is a sound one for these questionnaires.
    pub(crate) fn open(root: &Path, catalog: &Catalog) -> Option<Self> {
        let dir = root.join(CACHE_DIR);
        if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            return None;
        }
        let count = sound(&path(root), catalog)?;
        let mut lines = BufReader::new(open_no_follow(&path(root)).ok()??).lines();
        lines.next()?.ok()?;
        Some(Self {
            lines,
            root: root.to_path_buf(),
            left: count,
        })
    }
}

impl Iterator for Reader {
    /// `None` inside: an entry that does not read back (its file is then read).
    type Item = Option<Entry>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let line = self.lines.next()?.ok()?;
        let Ok(Line(file, stamp, subject, respondent, id, (secs, nanos), overall)) =
            serde_json::from_str(&line)
        else {
            return Some(None);
        };
        let brief = Brief {
            subject,
            respondent,
            id,
            when: Timestamp::from_unix(secs, nanos),
            overall,
        };
        Some(Some((self.root.join(file), stamp, brief)))
    }
}

/// Reads the whole index once, a line at a time: its header is this version's for these
/// questionnaires, and its last line has the number of entries and their digest. Returns the
/// number of entries.
fn sound(path: &Path, catalog: &Catalog) -> Option<usize> {
    let mut reader = BufReader::new(open_no_follow(path).ok()??);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    if line != header(catalog) {
        return None;
    }
    let mut digest = Fnv::new();
    let mut count = 0usize;
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Some(end) = line.strip_prefix("end ") {
            let expected = format!("{count} {:016x}\n", digest.finish());
            return (end == expected).then_some(count);
        }
        digest.write(line.as_bytes());
        count += 1;
    }
}

/// Writes a new index as entries come, to a temporary file given its name at the end.
pub(crate) struct Writer {
    file: BufWriter<File>,
    temp: PathBuf,
    root: PathBuf,
    digest: Fnv,
    count: usize,
    /// `remove`'s mark when the pass began: changed, and the index is not written.
    forgotten: Option<Stamp>,
}

impl Writer {
    /// A new index for the space at `root`; `None` where it cannot or must not be written
    /// (a link where the cache goes).
    pub(crate) fn new(root: &Path, catalog: &Catalog) -> Option<Self> {
        let (temp, file) = super::temp_beside(root, &path(root)).ok()??;
        let mut file = BufWriter::new(file);
        file.write_all(header(catalog).as_bytes()).ok()?;
        Some(Self {
            file,
            temp,
            root: root.to_path_buf(),
            digest: Fnv::new(),
            count: 0,
            forgotten: forgotten(root),
        })
    }

    /// Copies the first `count` entries of the space's index as they are.
    pub(crate) fn copy_first(&mut self, root: &Path, count: usize) -> io::Result<()> {
        if count == 0 {
            return Ok(());
        }
        let file = open_no_follow(&path(root))?.ok_or(io::ErrorKind::InvalidData)?;
        let mut lines = BufReader::new(file).lines().skip(1);
        for _ in 0..count {
            let mut text = lines.next().ok_or(io::ErrorKind::UnexpectedEof)??;
            text.push('\n');
            self.digest.write(text.as_bytes());
            self.count += 1;
            self.file.write_all(text.as_bytes())?;
        }
        Ok(())
    }

    pub(crate) fn entry(&mut self, file: &Path, stamp: Stamp, b: &Brief) -> io::Result<()> {
        let Some(relative) = file.strip_prefix(&self.root).ok().and_then(Path::to_str) else {
            return Ok(());
        };
        let line = Line(
            relative.to_string(),
            stamp,
            b.subject.clone(),
            b.respondent.clone(),
            b.id.clone(),
            (b.when.unix_seconds(), b.when.subsec_nanos()),
            b.overall,
        );
        let mut text = serde_json::to_string(&line).map_err(io::Error::other)?;
        text.push('\n');
        self.digest.write(text.as_bytes());
        self.count += 1;
        self.file.write_all(text.as_bytes())
    }

    /// Gives the index its name, unless `remove` came by since the pass began.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        let end = format!("end {} {:016x}\n", self.count, self.digest.finish());
        self.file.write_all(end.as_bytes())?;
        self.file.flush()?;
        let dir = self.root.join(CACHE_DIR);
        let _turn = turn::take(&dir)?;
        if forgotten(&self.root) != self.forgotten {
            return std::fs::remove_file(&self.temp);
        }
        std::fs::rename(&self.temp, path(&self.root))
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Not finished (or finished: the name is gone then): no temporary file stays.
        let _ = std::fs::remove_file(&self.temp);
    }
}

/// The stamp of `remove`'s mark, if it ever came.
pub(super) fn forgotten(root: &Path) -> Option<Stamp> {
    std::fs::symlink_metadata(root.join(CACHE_DIR).join(FORGOTTEN_FILE))
        .ok()
        .map(|m| Stamp::of(&m))
}
