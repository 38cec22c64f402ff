//! Reading assessment files: one file at a time, and whole folders at any depth.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::assessment::{self, Assessment};
use crate::diagnostic::Diagnostic;
use crate::files::read_text;
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
    let text = read_text(path).map_err(|d| vec![d])?;
    let (assessment, questionnaire) = parse_assessment(&text, catalog).map_err(|list| {
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
pub fn read_all(paths: &[PathBuf], catalog: &Catalog) -> Vec<Result<Stored, Vec<Diagnostic>>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Below a few hundred files a thread costs more than it saves.
    if workers < 2 || paths.len() < 256 {
        return paths.iter().map(|p| read_assessment(p, catalog)).collect();
    }
    let chunk = paths.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| read_assessment(p, catalog))
                        .collect::<Vec<_>>()
                })
            })
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
    let (a, spans) = assessment::from_toml(text).map_err(|d| vec![d])?;
    let q = catalog.resolve(&a.questionnaire, &a.lang).map_err(|why| {
        let span = match why {
            Unresolved::Questionnaire => spans.questionnaire.clone(),
            Unresolved::Lang { .. } => spans.lang.clone(),
        };
        vec![Diagnostic::at(text, span, why.to_string())]
    })?;
    let problems = assessment::validate(&a, q, text, &spans);
    if problems.is_empty() {
        Ok((a, q.clone()))
    } else {
        Err(problems)
    }
}
