//! Reading assessment files: one file at a time, and whole folders at any depth.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::cache::{self, Cached, Stamp};
use crate::assessment::{self, Assessment};
use crate::diagnostic::Diagnostic;
use crate::files::read_text_with_meta;
use crate::i18n::DiagFiles;
use crate::questionnaire::{Catalog, Questionnaire, Unresolved};

/// An assessment read from a file, valid against its questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub assessment: Assessment,
    pub questionnaire: Arc<Questionnaire>,
    pub path: PathBuf,
}

/// Reads, parses and validates one assessment file. Every problem carries the path.
pub fn read_assessment(path: &Path, catalog: &Catalog) -> Result<Stored, Vec<Diagnostic>> {
    read_stamped(path, catalog).0
}

/// A file read, and its stamp as it was opened (when it could be).
pub(super) type StampedRead = (Result<Stored, Vec<Diagnostic>>, Option<Stamp>);

/// [`read_assessment`], with the file's stamp.
fn read_stamped(path: &Path, catalog: &Catalog) -> StampedRead {
    match read_text_with_meta(path) {
        Err(d) => (Err(vec![d]), None),
        Ok((text, meta)) => (parse_stored(path, &text, catalog), Some(Stamp::of(&meta))),
    }
}

/// Reads every file of `paths` as [`read_all`] does, each with its stamp as it was opened:
/// no second look at the file is needed to cache what was read.
pub(super) fn read_all_stamped(paths: &[PathBuf], catalog: &Catalog) -> Vec<StampedRead> {
    par_map(paths, |p| read_stamped(p, catalog))
}

fn parse_stored(path: &Path, text: &str, catalog: &Catalog) -> Result<Stored, Vec<Diagnostic>> {
    let (assessment, questionnaire) = parse_assessment(text, catalog).map_err(|list| {
        list.into_iter()
            .map(|d| d.in_file(path))
            .collect::<Vec<_>>()
    })?;
    Ok(Stored {
        assessment,
        questionnaire,
        path: path.to_path_buf(),
    })
}

/// Reads every file of `paths` (see [`read_assessment`]), on every core: reading and parsing
/// are most of the time a command takes on a large store. The results are in `paths`' order.
pub(super) fn read_all(
    paths: &[PathBuf],
    catalog: &Catalog,
) -> Vec<Result<Stored, Vec<Diagnostic>>> {
    par_map(paths, |p| read_assessment(p, catalog))
}

/// Like [`read_all`], taking from the space's summary cache (see [`cache`]) every file whose
/// stamp has not changed since it was cached, and reading only the others. The cache is then
/// brought up to date when anything differed.
pub(super) fn read_all_cached(
    paths: &[PathBuf],
    catalog: &Catalog,
    root: &Path,
) -> Vec<Result<Stored, Vec<Diagnostic>>> {
    let mut lookup = match cache::read(root, catalog) {
        Cached::NotFollowed => return read_all(paths, catalog),
        Cached::Usable(lookup) => Some(lookup),
        Cached::Absent | Cached::Unusable => None,
    };
    let was_usable = lookup.is_some();
    // Each file's stamp is taken before it is read: a file changed after that has another
    // stamp at the next command, whatever was read now.
    let stamps = par_map(paths, |p| {
        std::fs::metadata(p)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| Stamp::of(&m))
    });
    let mut results: Vec<Option<Result<Stored, Vec<Diagnostic>>>> =
        paths.iter().map(|_| None).collect();
    let mut misses = vec![];
    for (i, (path, stamp)) in paths.iter().zip(&stamps).enumerate() {
        let hit = lookup
            .as_mut()
            .zip(*stamp)
            .and_then(|(l, stamp)| l.take(path, stamp))
            .and_then(|a| {
                let q = questionnaire_of(catalog, &a).ok()?;
                Some(Stored {
                    assessment: a,
                    questionnaire: q,
                    path: path.clone(),
                })
            });
        match hit {
            Some(stored) => results[i] = Some(Ok(stored)),
            None => misses.push(i),
        }
    }
    let read = par_map(&misses, |&i| read_assessment(&paths[i], catalog));
    let mut changed = !was_usable || lookup.is_some_and(|l| !l.is_empty());
    for (i, result) in misses.into_iter().zip(read) {
        changed |= result.is_ok() && stamps[i].is_some();
        results[i] = Some(result);
    }
    let results: Vec<_> = results.into_iter().flatten().collect();
    if changed {
        let valid = || {
            results
                .iter()
                .zip(&stamps)
                .filter_map(|(r, s)| Some((r.as_ref().ok()?, (*s)?)))
        };
        let files = valid().map(|(s, stamp)| (s.path.as_path(), stamp, &s.assessment));
        // A cache that cannot be written is only a slower next command.
        let _ = cache::write(root, catalog, files, valid().count());
    }
    results
}

/// The order of a space's assessments: by time, then id, then the file the tool named
/// (`…-<id>.toml`) before a copy a sync tool made of it (`…-<id> (conflicted copy).toml`),
/// then path. The first of copies is the one kept, shown and amended: the tool's own.
pub(super) fn in_order(a: &Stored, b: &Stored) -> std::cmp::Ordering {
    (a.assessment.when(), &a.assessment.id, !own_name(a), &a.path).cmp(&(
        b.assessment.when(),
        &b.assessment.id,
        !own_name(b),
        &b.path,
    ))
}

/// Whether the file has the name the tool gives assessment files: it ends in `-<id>.toml`.
fn own_name(s: &Stored) -> bool {
    s.path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".toml"))
        .and_then(|n| n.strip_suffix(s.assessment.id.as_str()))
        .is_some_and(|n| n.ends_with('-'))
}

/// Takes out of `all` (in [`in_order`]) every second copy of an assessment (same time, id and
/// content), in place: both lists stay in that order.
pub(super) fn split_twins(all: &mut Vec<Stored>) -> Vec<Stored> {
    let mut kept = 0;
    for next in 0..all.len() {
        let s = &all[next].assessment;
        // Twins have the same time and id, so they sit together at the end of the kept ones.
        let twin = all[..kept]
            .iter()
            .rev()
            .take_while(|k| k.assessment.when() == s.when() && k.assessment.id == s.id)
            .any(|k| k.assessment.same_content(s));
        if !twin {
            // What sits at `kept` (if anything) is a twin: it goes behind, to be sorted back.
            all.swap(kept, next);
            kept += 1;
        }
    }
    let mut twins = all.split_off(kept);
    twins.sort_by(in_order);
    twins
}

/// `f` over every item, on every core for a long list, results in order.
pub(super) fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Below a few hundred files a thread costs more than it saves.
    if workers < 2 || items.len() < 256 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(workers);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The questionnaire `a` was answered with: its id, language, version and side.
pub(crate) fn questionnaire_of(
    catalog: &Catalog,
    a: &crate::assessment::Assessment,
) -> Result<Arc<Questionnaire>, Unresolved> {
    catalog.resolve(
        &a.questionnaire,
        &a.lang,
        a.questionnaire_version,
        a.side.as_deref(),
    )
}

/// Parses and validates an assessment's text against the catalog.
pub fn parse_assessment(
    text: &str,
    catalog: &Catalog,
) -> Result<(Assessment, Arc<Questionnaire>), Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::at(
            text,
            Some(0..0),
            DiagFiles::now().file_empty,
        )]);
    }
    // Most files are in the tool's own layout, read fast; any doubt, any problem, and the
    // general reader reads the file again, to say exactly what is wrong and where.
    if let Some(a) = assessment::read_canonical(text)
        && let Ok(q) = questionnaire_of(catalog, &a)
        && assessment::validate(&a, &q, text, &assessment::Spans::default()).is_empty()
    {
        return Ok((a, q));
    }
    let (a, spans) = assessment::from_toml(text).map_err(|d| vec![d])?;
    let q = questionnaire_of(catalog, &a).map_err(|why| {
        let span = match why {
            Unresolved::Questionnaire | Unresolved::Version { .. } => spans.questionnaire.clone(),
            Unresolved::Lang { .. } => spans.lang.clone(),
            Unresolved::Side { .. } => spans.side.clone().or(spans.questionnaire.clone()),
        };
        vec![Diagnostic::at(text, span, why.to_string())]
    })?;
    let problems = assessment::validate(&a, &q, text, &spans);
    if problems.is_empty() {
        Ok((a, q))
    } else {
        Err(problems)
    }
}
