//! `check`'s pass over every assessment file: read a batch at a time, never all held, the
//! summary cache rebuilt as they come; then the ids met more than once, looked at again.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::cli::Ui;
use crate::diagnostic::Diagnostic;
use crate::i18n::fill;
use crate::printable::{printable, printable_path};
use crate::store::{Store, Stored, cache};

/// What one pass over every assessment file found.
pub(super) struct Pass {
    pub(super) problems: Vec<Diagnostic>,
    /// The valid completed assessments (a second copy of one not counted).
    pub(super) valid: usize,
    /// Ids met in more than one file (an open draft's included).
    pub(super) again: HashSet<String>,
    /// The links among the files read (inside the data folder, so read).
    pub(super) links_read: Vec<PathBuf>,
    pub(super) cache: cache::Verdict,
}

/// Reads every assessment file of `store` a batch at a time, never holding them all, and
/// rebuilds the summary cache from them as they come.
pub(super) fn read_every_file(store: &Store, open_drafts: &[&Stored], links: &[PathBuf]) -> Pass {
    let drafts: HashSet<&str> = open_drafts
        .iter()
        .map(|d| d.assessment.id.as_str())
        .collect();
    let links: HashSet<&Path> = links.iter().map(PathBuf::as_path).collect();
    let mut verifier = cache::Verifier::new(store.root(), store.catalog());
    // The hash of every id: `check` alone keeps them all (eight bytes an assessment).
    let mut seen = HashSet::new();
    let (mut problems, mut again, mut links_read, mut valid) = (vec![], HashSet::new(), vec![], 0);
    let _ = store.scan(&mut |batch| -> Result<(), std::convert::Infallible> {
        problems.extend(batch.problems);
        again.extend(batch.again);
        for s in &batch.assessments {
            // Two files of one id in two subjects' folders are handed out both: told here.
            if !seen.insert(id_hash(&s.assessment.id)) || drafts.contains(s.assessment.id.as_str())
            {
                again.insert(s.assessment.id.clone());
            }
            if links.contains(s.path.as_path()) {
                links_read.push(s.path.clone());
            }
        }
        valid += batch.assessments.len();
        verifier.add(&batch.assessments, |path| batch.stamps.get(path).copied());
        Ok(())
    });
    Pass {
        problems,
        valid,
        again,
        links_read,
        cache: verifier.finish(),
    }
}

/// The same id in more than one file (sync tools make "conflict copies"): harmless when the
/// contents are the same, a conflict for the person to resolve when they differ.
pub(super) fn duplicates<'a>(all: impl Iterator<Item = &'a Stored>, ui: &Ui) -> Vec<String> {
    let t = ui.files();
    let mut by_id: BTreeMap<&str, Vec<&Stored>> = BTreeMap::new();
    for s in all {
        by_id.entry(&s.assessment.id).or_default().push(s);
    }
    let mut lines = vec![];
    for (id, files) in by_id.into_iter().filter(|(_, f)| f.len() > 1) {
        let first = files[0];
        for other in &files[1..] {
            let (a, b) = (printable_path(&first.path), printable_path(&other.path));
            let template = if other.assessment.same_content(&first.assessment) {
                t.harmless_duplicate
            } else {
                t.conflict
            };
            let id = crate::printable::printable(id);
            // Exactly which keys: an intention written into one copy is not "the answers".
            let keys = first.assessment.differing_keys(&other.assessment);
            let keys: Vec<String> = keys.iter().map(|k| format!("`{}`", printable(k))).collect();
            let keys = keys.join(", ");
            let message = fill(template, &[("other", &a), ("id", &id), ("keys", &keys)]);
            lines.push(format!("{b}: {message}"));
        }
    }
    lines
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}
