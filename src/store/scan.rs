//! A pass over a space's completed assessments that never holds them all: the files are read
//! a few hundred at a time (on every core) and handed out folder by folder, each folder's in
//! time order, so that a store ten times larger takes ten times as long, not ten times the
//! memory. What a command keeps of each assessment (a row, a score) is its own choice.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::cache::Stamp;
use super::copies::Copies;
use super::{Store, Stored, load};
use crate::diagnostic::Diagnostic;
use crate::files::toml_runs;
use crate::i18n::DiagFiles;

/// The assessments of a few folders, as a pass hands them out.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// Valid and completed; each folder's in time order (see `load::in_order`). A second copy
    /// of an assessment already handed out (same id, same content: a sync tool's) is left out.
    pub assessments: Vec<Stored>,
    /// The files that could not be read, each named.
    pub problems: Vec<Diagnostic>,
    /// The stamp of each file read, as it was opened (see `load::read_all_stamped`): what a
    /// cache of the batch may say of it.
    pub stamps: HashMap<PathBuf, Stamp>,
    /// The ids met in more than one file so far (a copy left out, or a conflict handed out
    /// twice): what `check` looks at again.
    pub again: Vec<String>,
}

/// How many files are read together: enough to keep every core busy.
const BATCH: usize = 512;

impl Store {
    /// Hands every completed assessment of the space to `visit`, a batch at a time, in the
    /// order of their folders (and files). Nothing is held but a batch and the ids of the
    /// folder being read (and of the rare files outside their subject's folder), which is
    /// enough to tell the second copy of an assessment in another folder (see `copies`).
    /// Stops at the first error `visit` returns.
    pub(crate) fn scan<E>(&self, visit: &mut dyn FnMut(Batch) -> Result<(), E>) -> Result<(), E> {
        if let Some(problem) = self.linked_space() {
            return visit(Batch {
                problems: vec![problem],
                ..Batch::default()
            });
        }
        let mut walked = vec![];
        let mut pending: Vec<Vec<PathBuf>> = vec![];
        let mut copies = Copies::new(self);
        // Copies of an id met in an earlier folder: settled at the end (rare).
        let mut held = vec![];
        let mut result = Ok(());
        toml_runs(
            &self.assessments_dir(),
            self.root(),
            &mut walked,
            &mut |run| {
                if result.is_err() {
                    return;
                }
                pending.push(run);
                if pending.iter().map(Vec::len).sum::<usize>() >= BATCH {
                    let batch =
                        self.read_runs(std::mem::take(&mut pending), &mut copies, &mut held);
                    result = visit(batch);
                }
            },
        );
        result?;
        let mut last = self.read_runs(pending, &mut copies, &mut held);
        last.assessments.extend(self.settle(held));
        last.problems.append(&mut walked);
        visit(last)
    }

    /// Reads the files of `runs` on every core; each run's assessments in time order.
    fn read_runs(
        &self,
        runs: Vec<Vec<PathBuf>>,
        copies: &mut Copies,
        held: &mut Vec<Stored>,
    ) -> Batch {
        let paths: Vec<PathBuf> = runs.iter().flatten().cloned().collect();
        let mut read = load::read_all_stamped(&paths, self.catalog()).into_iter();
        let mut batch = Batch::default();
        for run in &runs {
            let mut found = vec![];
            for (path, (result, stamp)) in run.iter().zip(read.by_ref()) {
                if let Some(stamp) = stamp {
                    batch.stamps.insert(path.clone(), stamp);
                }
                match result {
                    Ok(stored) if stored.assessment.is_draft() => batch
                        .problems
                        .push(Diagnostic::new(DiagFiles::now().draft_in_assessments).in_file(path)),
                    Ok(stored) => found.push(stored),
                    Err(mut list) => batch.problems.append(&mut list),
                }
            }
            found.sort_by(load::in_order);
            // Copies in one folder sit side by side once sorted.
            let twins = load::split_twins(&mut found);
            batch
                .again
                .extend(twins.into_iter().map(|t| t.assessment.id));
            for stored in found {
                let a = &stored.assessment;
                if !copies.maybe_again(&stored.path, &a.id, &a.subject) {
                    batch.assessments.push(stored);
                } else {
                    batch.again.push(stored.assessment.id.clone());
                    held.push(stored);
                }
            }
        }
        batch
    }

    /// The assessments whose id was met before, in another folder: each is a copy left out
    /// when an earlier file holds the same content, else (a conflict) handed out after all.
    pub(super) fn settle(&self, held: Vec<Stored>) -> Vec<Stored> {
        if held.is_empty() {
            return held;
        }
        let wanted: HashSet<&str> = held.iter().map(|s| s.assessment.id.as_str()).collect();
        let earlier = self.every_valid(&|s| {
            wanted.contains(s.assessment.id.as_str()) && !held.iter().any(|h| h.path == s.path)
        });
        held.into_iter()
            .filter(|h| {
                !earlier.iter().any(|e| {
                    e.assessment.id == h.assessment.id && e.assessment.same_content(&h.assessment)
                })
            })
            .collect()
    }
}

impl Store {
    /// Every valid completed assessment whose id is one of `ids`, copies included: in
    /// [`load::in_order`], then the second copies (same time, id and content) apart. A second
    /// pass of `check`, over the few ids met more than once.
    pub(crate) fn copies_of(&self, ids: &HashSet<String>) -> (Vec<Stored>, Vec<Stored>) {
        let mut found = self
            .every_valid(&|s| !s.assessment.is_draft() && ids.contains(s.assessment.id.as_str()));
        found.sort_by(load::in_order);
        let twins = load::split_twins(&mut found);
        (found, twins)
    }

    /// Every valid file of the assessments folder that `keep` keeps, read a folder at a time
    /// (a second look, for the few ids a pass met more than once).
    fn every_valid(&self, keep: &dyn Fn(&Stored) -> bool) -> Vec<Stored> {
        let mut found = vec![];
        let mut ignored = vec![];
        toml_runs(
            &self.assessments_dir(),
            self.root(),
            &mut ignored,
            &mut |run| {
                let read = load::read_all(&run, self.catalog()).into_iter().flatten();
                found.extend(read.filter(|s| keep(s)));
            },
        );
        found
    }
}
