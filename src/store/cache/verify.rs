//! What `check` says of the summary cache: it compares every entry with what the files say
//! (read afresh), a batch at a time, and writes the cache anew from them as they come, to a
//! temporary file given its name at the end. Nothing is held but the old cache's entries, so
//! a check of any size takes the same memory. A wrong cache is harmless once rebuilt.

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use super::record::{self, Entry, Items};
use super::{CACHE_DIR, CACHE_FROM, Cached, Lookup, Stamp, header, index, path, read, turn};
use crate::files::{Fnv, MAX_WRITE_BYTES};
use crate::questionnaire::Catalog;
use crate::store::Stored;

/// What the cache was found to be before `check` rebuilt it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Verdict {
    /// Damaged, or written by another version or for other questionnaires: not used.
    pub(crate) unusable: bool,
    /// Entries for files changed or gone since (never served: their stamps differ).
    pub(crate) stale: usize,
    /// Entries whose stamp matches their file but whose content does not: they would have been
    /// served wrong.
    pub(crate) wrong: usize,
    /// Why the cache could not be rewritten: it may still hold what the files no longer say
    /// (what `forget` deleted included), so this one is a problem.
    pub(crate) unwritten: Option<String>,
}

/// One pass of `check` over the cache of a space: [`Verifier::add`] every valid assessment
/// as its file says now, then [`Verifier::finish`].
pub(crate) struct Verifier<'c> {
    root: PathBuf,
    catalog: &'c Catalog,
    /// The old cache's entries not yet met; `None` when there was none to use.
    old: Option<Lookup>,
    /// A cache reached through a link: left alone, neither compared nor written.
    not_followed: bool,
    verdict: Verdict,
    new: Option<Streamed>,
    /// Why the new cache could not be written (the old one then stays as it was).
    failed: Option<String>,
    items: Items,
    /// The valid assessments met, each with a stamp.
    count: usize,
    /// `remove`'s mark when the pass began: changed, and the new cache is not given its name.
    forgotten: Option<Stamp>,
}

/// The new cache as it is written: its body between a header written last and the items.
struct Streamed {
    file: BufWriter<File>,
    temp: PathBuf,
    digest: Fnv,
    bytes: usize,
    entries: usize,
}

impl<'c> Verifier<'c> {
    pub(crate) fn new(root: &Path, catalog: &'c Catalog) -> Self {
        let mut verdict = Verdict::default();
        let (old, not_followed) = match read(root, catalog) {
            Cached::NotFollowed => (None, true),
            Cached::Absent => (None, false),
            Cached::Unusable => {
                verdict.unusable = true;
                (None, false)
            }
            Cached::Usable(lookup) => (Some(lookup), false),
        };
        let (new, failed) = match not_followed {
            true => (None, None),
            false => match Streamed::begin(root, catalog) {
                Ok(new) => (new, None),
                Err(e) => (None, Some(e.to_string())),
            },
        };
        Self {
            root: root.to_path_buf(),
            catalog,
            old,
            not_followed,
            verdict,
            new,
            failed,
            items: Items::default(),
            count: 0,
            forgotten: index::forgotten(root),
        }
    }

    /// Compares the old entries of `valid` with what their files say, and writes theirs;
    /// `stamp` gives each file's stamp as it was opened to be read (a file changed since then
    /// has another stamp, and its entry is never served).
    pub(crate) fn add(&mut self, valid: &[Stored], stamp: impl Fn(&Path) -> Option<Stamp>) {
        for s in valid {
            let Some(stamp) = stamp(&s.path) else {
                continue;
            };
            self.count += 1;
            if let Some(cached) = self.old.as_mut().and_then(|l| l.take(&s.path, stamp))
                && !cached.same_content(&s.assessment)
            {
                self.verdict.wrong += 1;
            }
            let Some(new) = self.new.as_mut() else {
                continue;
            };
            let entry = s.path.to_str().and_then(|p| {
                let record = record::encode(&s.assessment, &mut self.items)?;
                Some(Entry(p.to_string(), stamp, record))
            });
            let Some(entry) = entry else { continue };
            if let Err(e) = new.entry(&entry) {
                self.failed = Some(e.to_string());
                self.new = None;
            } else if new.bytes > MAX_WRITE_BYTES {
                // Too large to be written whole (it would not be read back): none is kept.
                self.new = None;
            }
        }
    }

    /// The verdict, once the new cache has its name (or the old one is removed, for a space
    /// too small or too large to keep one).
    pub(crate) fn finish(mut self) -> Verdict {
        // What is left was not met: its file changed, went, or was no longer valid.
        self.verdict.stale = self.old.as_ref().map_or(0, Lookup::len);
        if self.not_followed {
            return self.verdict;
        }
        if let Some(why) = self.failed.take() {
            self.verdict.unwritten = Some(why);
            return self.verdict;
        }
        let result = match self.new.take() {
            Some(new) if self.count >= CACHE_FROM => new
                .finish(&self.root, self.catalog, &self.items, self.forgotten)
                .map_err(|e| e.to_string()),
            _ => super::remove_summary(&self.root).map_err(|e| e.to_string()),
        };
        self.verdict.unwritten = result.err();
        self.verdict
    }
}

impl Streamed {
    /// A temporary file beside the cache, its header's place kept (it is written last);
    /// `None` where a link or anything else than the tool's own folder and file is.
    fn begin(root: &Path, catalog: &Catalog) -> io::Result<Option<Self>> {
        let Some((temp, file)) = super::temp_beside(root, &path(root))? else {
            return Ok(None);
        };
        let mut new = Self {
            file: BufWriter::new(file),
            temp,
            digest: Fnv::new(),
            bytes: 0,
            entries: 0,
        };
        new.file.write_all(header(catalog, 0).as_bytes())?;
        new.body(b"{\"entries\":[")?;
        Ok(Some(new))
    }

    fn body(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.digest.write(bytes);
        self.bytes += bytes.len();
        self.file.write_all(bytes)
    }

    fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        let json = serde_json::to_vec(entry).map_err(io::Error::other)?;
        if self.entries > 0 {
            self.body(b",")?;
        }
        self.entries += 1;
        self.body(&json)
    }

    /// Ends the body with the item names, writes the header, and gives the file its name
    /// unless `remove` came by since the pass began (what it deleted never comes back).
    fn finish(
        mut self,
        root: &Path,
        catalog: &Catalog,
        items: &Items,
        forgotten: Option<Stamp>,
    ) -> io::Result<()> {
        let names = serde_json::to_vec(&items.names).map_err(io::Error::other)?;
        self.body(b"],\"items\":")?;
        self.body(&names)?;
        self.body(b"}")?;
        if self.bytes > MAX_WRITE_BYTES {
            return super::remove_summary(root).map_err(io::Error::other);
        }
        self.file.flush()?;
        let file = self.file.get_mut();
        file.rewind()?;
        file.write_all(header(catalog, self.digest.finish()).as_bytes())?;
        let _turn = turn::take(&root.join(CACHE_DIR))?;
        if index::forgotten(root) != forgotten {
            return std::fs::remove_file(&self.temp);
        }
        std::fs::rename(&self.temp, path(root))
    }
}

impl Drop for Streamed {
    fn drop(&mut self) {
        // Not finished, or finished (its name is gone then): no temporary file stays.
        let _ = std::fs::remove_file(&self.temp);
    }
}

#[cfg(test)]
mod tests;
