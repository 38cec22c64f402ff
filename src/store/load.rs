//! Reading assessment files: one file at a time, and whole folders at any depth.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::fsio::{io_reason, read_text};
use crate::assessment::{self, Assessment};
use crate::located::Diagnostic;
use crate::questionnaire::{Catalog, Questionnaire, Unresolved};

/// An assessment read from a file, valid against its questionnaire.
#[derive(Debug, Clone)]
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
        return Err(vec![Diagnostic::at(text, Some(0..0), "the file is empty")]);
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

/// Every `*.toml` file under `dir`, at any depth, in name order. Hidden names are skipped;
/// folders reached through symbolic links are not followed (no loops); a folder named
/// `*.toml` is reported.
pub fn toml_files(dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut found = vec![];
    walk(dir, &mut found, problems);
    found.sort();
    found
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            problems.push(
                Diagnostic::new(format!("cannot read folder: {}", io_reason(&e))).in_file(dir),
            );
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let is_toml = name.ends_with(".toml");
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if is_toml {
                problems.push(Diagnostic::new("is a folder, not a file: skipped").in_file(&path));
            } else {
                walk(&path, found, problems);
            }
        } else if is_toml {
            // Regular files and symbolic links to files; a broken link or a loop is
            // reported when the file is read.
            found.push(path);
        }
    }
}
