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
