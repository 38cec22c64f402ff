//! What a list needs of every assessment of a space, without reading what has not changed: a
//! pass over the files in the order the store is walked, beside the summary index in the same
//! order. A file whose stamp is the one indexed gives its brief from the index; any other is
//! read (a few hundred at a time, on every core). The index is written anew only when anything
//! differed, and never held whole: nor are the briefs.

use std::path::{Path, PathBuf};

use super::ahead::{Ahead, ahead};
use super::cache::{self, Stamp, index};
use super::copies::Copies;
use super::{Store, Stored, load};
use crate::diagnostic::Diagnostic;
use crate::files::toml_runs;
use crate::i18n::DiagFiles;
use crate::time::Timestamp;

/// What a list needs of one assessment.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Brief {
    pub subject: String,
    pub respondent: String,
    pub id: String,
    /// Completed (else started): its place in time.
    pub when: Timestamp,
    pub overall: Option<f64>,
}

impl Brief {
    pub(crate) fn of(stored: &Stored) -> Self {
        let a = &stored.assessment;
        Self {
            subject: a.subject.clone(),
            respondent: a.respondent.clone(),
            id: a.id.clone(),
            when: a.when(),
            overall: crate::score::score(&stored.questionnaire, &a.answers).overall,
        }
    }

    /// Later in time than `other` (then by id), as assessments are ordered.
    pub(crate) fn after(&self, other: &Brief) -> bool {
        (self.when, &self.id) > (other.when, &other.id)
    }
}

/// How many files are read together: enough to keep every core busy.
const BATCH: usize = 512;

/// A file met by the walk: its stamp, and its brief once known.
struct Met {
    path: PathBuf,
    stamp: Option<Stamp>,
    brief: Option<Brief>,
}

/// The state of one pass.
struct Pass<'s> {
    store: &'s Store,
    old: Option<std::iter::Peekable<Ahead<Option<index::Entry>>>>,
    /// Entries handed out before anything differed: the old index's first ones, as they were.
    flushed: usize,
    writer: Option<index::Writer>,
    changed: bool,
    pending: Vec<Met>,
    copies: Copies<'s>,
    held: Vec<PathBuf>,
    count: usize,
}

impl Store {
    /// Hands `visit` the brief of every completed assessment of the space, a batch at a time,
    /// with the problems of the files that could not be read. A second copy of an assessment
    /// (same id, same content) is left out.
    pub(crate) fn briefs(&self, visit: &mut dyn FnMut(&[Brief], Vec<Diagnostic>)) {
        if let Some(problem) = self.linked_space() {
            return visit(&[], vec![problem]);
        }
        let mut pass = Pass {
            store: self,
            old: index::Reader::open(self.root(), self.catalog()).map(|r| ahead(r).peekable()),
            flushed: 0,
            writer: None,
            changed: false,
            pending: vec![],
            copies: Copies::new(self),
            held: vec![],
            count: 0,
        };
        let mut walked = vec![];
        toml_runs(
            &self.assessments_dir(),
            self.root(),
            &mut walked,
            &mut |run| {
                for path in run {
                    pass.meet(path);
                }
                if pass.pending.len() >= BATCH {
                    pass.flush(visit);
                }
            },
        );
        pass.flush(visit);
        // What is left of the old index is gone from the disk.
        if pass.old.as_mut().is_some_and(|old| old.next().is_some()) {
            pass.change();
        }
        let settled = pass.settle();
        visit(&settled, walked);
        pass.finish();
    }
}

impl Pass<'_> {
    /// A file met by the walk: looked at with the others of its batch.
    fn meet(&mut self, path: PathBuf) {
        self.pending.push(Met {
            path,
            stamp: None,
            brief: None,
        });
    }

    /// Stamps the pending files (on every core) and takes from the index the brief of each
    /// whose stamp is the one indexed.
    fn look_up(&mut self) {
        // No index: every file is read, and stamped as it is opened.
        if self.old.is_none() {
            self.change();
            return;
        }
        let stamps = load::par_map(&self.pending, |met| {
            std::fs::metadata(&met.path)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| Stamp::of(&m))
        });
        let mut pending = std::mem::take(&mut self.pending);
        for (met, stamp) in pending.iter_mut().zip(stamps) {
            met.stamp = stamp;
            met.brief = self.indexed(&met.path, stamp);
            if met.brief.is_none() {
                self.change();
            }
        }
        self.pending = pending;
    }

    /// The brief the old index gives `path` when its stamp is `stamp`; the index's entries of
    /// files not met (gone, or before `path`) are passed.
    fn indexed(&mut self, path: &Path, stamp: Option<Stamp>) -> Option<Brief> {
        let mut brief = None;
        while let Some(old) = self.old.as_mut() {
            match old.peek() {
                None => break,
                // A line that does not read back: the whole index is rewritten.
                Some(None) => {}
                Some(Some((indexed, _, _))) if indexed.as_path() < path => {}
                Some(Some((indexed, indexed_stamp, _))) => {
                    if indexed == path && Some(*indexed_stamp) == stamp {
                        brief = old.next().flatten().map(|(_, _, b)| b);
                    } else if indexed == path {
                        old.next();
                    }
                    break;
                }
            }
            old.next();
            self.change();
        }
        brief
    }

    /// From here on the index is not the old one: the new one is begun with what was kept.
    fn change(&mut self) {
        if self.changed {
            return;
        }
        self.changed = true;
        let (root, catalog) = (self.store.root(), self.store.catalog());
        // The pending ones are written when they are handed out.
        self.writer = index::Writer::new(root, catalog).and_then(|mut w| {
            w.copy_first(root, self.flushed).ok()?;
            Some(w)
        });
    }

    /// Reads the pending files that have no brief, then hands out the pending ones in order.
    fn flush(&mut self, visit: &mut dyn FnMut(&[Brief], Vec<Diagnostic>)) {
        self.look_up();
        let misses: Vec<PathBuf> = self
            .pending
            .iter()
            .filter(|m| m.brief.is_none())
            .map(|m| m.path.clone())
            .collect();
        let mut read = load::read_all_stamped(&misses, self.store.catalog()).into_iter();
        let mut problems = vec![];
        let mut briefs = Vec::with_capacity(self.pending.len());
        for mut met in std::mem::take(&mut self.pending) {
            let brief = match met.brief {
                Some(b) => Some(b),
                None => match read.next().map(|(result, stamp)| {
                    met.stamp = met.stamp.or(stamp);
                    result
                }) {
                    Some(Ok(stored)) if stored.assessment.is_draft() => {
                        let said = DiagFiles::now().draft_in_assessments;
                        problems.push(Diagnostic::new(said).in_file(&met.path));
                        None
                    }
                    Some(Ok(stored)) => Some(Brief::of(&stored)),
                    Some(Err(mut list)) => {
                        problems.append(&mut list);
                        None
                    }
                    None => None,
                },
            };
            let Some(brief) = brief else { continue };
            match (self.writer.as_mut(), met.stamp) {
                (Some(w), Some(stamp)) => {
                    let _ = w.entry(&met.path, stamp, &brief);
                }
                _ if !self.changed => self.flushed += 1,
                _ => {}
            }
            self.count += 1;
            if !self
                .copies
                .maybe_again(&met.path, &brief.id, &brief.subject)
            {
                briefs.push(brief);
            } else {
                self.held.push(met.path);
            }
        }
        visit(&briefs, problems);
    }

    /// The briefs of the files whose id was met before: each left out when an earlier file
    /// holds the same assessment, else (a conflict) handed out.
    fn settle(&mut self) -> Vec<Brief> {
        if self.held.is_empty() {
            return vec![];
        }
        let held = load::read_all(&self.held, self.store.catalog())
            .into_iter()
            .flatten()
            .collect();
        self.store.settle(held).iter().map(Brief::of).collect()
    }

    /// Writes the new index when anything differed (none for a small space).
    fn finish(self) {
        let root = self.store.root();
        match self.writer {
            Some(w) if self.count >= cache::CACHE_FROM => {
                let _ = w.finish();
            }
            Some(_) => {
                let _ = std::fs::remove_file(index::path(root));
            }
            None => {}
        }
    }
}
