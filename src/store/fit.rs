//! Whether the answers already stored still fit a questionnaire file being edited in place:
//! a questionnaire that has answers changes by a new `version`, never under them.

use std::path::PathBuf;

use super::Store;
use crate::diagnostic::Diagnostic;
use crate::questionnaire::Questionnaire;

/// Every problem of the stored assessments and drafts, in every space of the data folder,
/// answered with `q`'s id, language and version, once read with `q` as it is now (an item
/// removed, a scale narrowed, a side gone). Files that do not read at all are `check`'s
/// business, not this one's.
pub(crate) fn unfit_answers(store: &Store, q: &Questionnaire) -> Vec<Diagnostic> {
    let mut spaces = vec![store.personal_space()];
    let (clients, _) = store.clients();
    spaces.extend(clients.into_iter().map(|c| store.client_space(c)));
    let mut problems = vec![];
    for space in &spaces {
        for path in answer_files(space) {
            problems.extend(unfit(&path, q));
        }
    }
    problems
}

/// The assessment and draft files of `space` (problems listing them are the loader's to say).
fn answer_files(space: &Store) -> Vec<PathBuf> {
    let mut ignored = vec![];
    let mut paths = crate::files::toml_files(&space.assessments_dir(), space.root(), &mut ignored);
    paths.extend(crate::files::toml_files(
        &space.drafts_dir(),
        space.root(),
        &mut ignored,
    ));
    paths
}

/// The problems of the file at `path` against `q`, when it was answered with `q`.
fn unfit(path: &std::path::Path, q: &Questionnaire) -> Vec<Diagnostic> {
    let Ok(text) = crate::files::read_text(path) else {
        return vec![];
    };
    let Ok((a, spans)) = crate::assessment::from_toml(&text) else {
        return vec![];
    };
    if a.questionnaire != q.id || a.lang != q.lang || a.questionnaire_version != q.version {
        return vec![];
    }
    let mut problems = vec![];
    // A side's wording changes no id and no scale: only a side that is gone stops fitting.
    if let Some(side) = &a.side
        && !q.sides().iter().any(|s| &s.id == side)
    {
        let sides: Vec<&str> = q.sides().iter().map(|s| s.id.as_str()).collect();
        let message = crate::i18n::fill(
            crate::i18n::DiagContent::now().unknown_side,
            &[("id", &q.id), ("sides", &sides.join(", "))],
        );
        problems.push(Diagnostic::at(&text, spans.side.clone(), message));
    }
    problems.extend(crate::assessment::validate(&a, q, &text, &spans));
    problems.into_iter().map(|d| d.in_file(path)).collect()
}
