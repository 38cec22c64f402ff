//! What `check` says of the summary cache: it compares every entry with what the files say
//! (read afresh), then rebuilds the cache from them. A wrong cache is harmless once rebuilt.

use std::path::Path;

use super::{Cached, Stamp, read, write};
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

/// Compares the cache of the space at `root` with `valid` (every valid assessment, as its file
/// says now), then rewrites the cache from `valid` (saying why when it cannot). A cache reached through a link is left alone.
pub(crate) fn verify(root: &Path, catalog: &Catalog, valid: &[Stored]) -> Verdict {
    let mut verdict = Verdict::default();
    let stamp = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| Stamp::of(&m))
    };
    let stamps: Vec<Option<Stamp>> = valid.iter().map(|s| stamp(&s.path)).collect();
    match read(root, catalog) {
        Cached::NotFollowed => return verdict,
        Cached::Absent => {}
        Cached::Unusable => verdict.unusable = true,
        Cached::Usable(mut lookup) => {
            for (s, stamp) in valid.iter().zip(&stamps) {
                let Some(stamp) = stamp else { continue };
                if let Some(cached) = lookup.take(&s.path, *stamp)
                    && !cached.same_content(&s.assessment)
                {
                    verdict.wrong += 1;
                }
            }
            // What is left was not taken: its file changed, went, or was no longer valid.
            verdict.stale = lookup.len();
        }
    }
    let files = valid
        .iter()
        .zip(&stamps)
        .filter_map(|(s, stamp)| Some((s.path.as_path(), (*stamp)?, &s.assessment)));
    let count = stamps.iter().flatten().count();
    verdict.unwritten = write(root, catalog, files, count)
        .err()
        .map(|e| e.to_string());
    verdict
}
