//! `confiance import FILE...`: check files received or restored, and file them in the store.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::args::ImportArgs;
use super::table::printable;
use super::{Ui, invalid, required_name};
use crate::assessment::{self, Assessment, MAX_NOTE_BYTES, Spans};
use crate::located::Diagnostic;
use crate::store::{Store, parse_assessment, read_text};

pub fn run(
    args: &ImportArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    // Checked before anything is read or written, as `assess` does.
    let subject = args
        .subject
        .as_deref()
        .map(|s| required_name(s, "subject"))
        .transpose()?;
    let respondent = args
        .respondent
        .as_deref()
        .map(|r| required_name(r, "respondent"))
        .transpose()?;
    let overrides = Overrides {
        subject,
        respondent,
    };
    let loaded = store.load();
    let mut known: HashMap<String, Assessment> = loaded
        .assessments
        .into_iter()
        .map(|s| (s.assessment.id.clone(), s.assessment))
        .collect();
    let mut failed = 0usize;
    let (mut imported, mut already) = (0usize, 0usize);
    for path in &args.files {
        let list = match read_file(path, store, &overrides) {
            Ok(list) => list,
            Err(problems) => {
                failed += 1;
                problems.iter().for_each(|p| ui.error(p));
                continue;
            }
        };
        for a in list {
            match known.get(&a.id) {
                Some(existing) if existing.same_content(&a) => {
                    already += 1;
                    writeln!(
                        out,
                        "already there: {} ({}, {})",
                        path.display(),
                        printable(&a.subject),
                        a.id
                    )?;
                }
                Some(_) => {
                    failed += 1;
                    ui.error(
                        &Diagnostic::new(format!(
                            "refused: the store already has assessment {} with different content",
                            a.id
                        ))
                        .in_file(path),
                    );
                }
                None => {
                    let saved = store.save_completed(&a).with_context(|| {
                        format!(
                            "cannot store {} in {}",
                            path.display(),
                            store.root().display()
                        )
                    })?;
                    imported += 1;
                    writeln!(out, "imported: {} → {}", path.display(), saved.display())?;
                    known.insert(a.id.clone(), a);
                }
            }
        }
    }
    ui.info(&format!(
        "{imported} imported, {already} already there, {failed} refused"
    ));
    if failed > 0 {
        return Err(invalid(format!(
            "{failed} of the files could not be imported (see above); {imported} imported"
        )));
    }
    Ok(0)
}

/// Which notes are longer than the tool accepts, by place (never by content).
fn long_notes(a: &Assessment) -> Vec<String> {
    let too_long = |note: &Option<String>| note.as_ref().is_some_and(|n| n.len() > MAX_NOTE_BYTES);
    let limit = format!("longer than {MAX_NOTE_BYTES} bytes");
    let mut found = vec![];
    if too_long(&a.note) {
        found.push(format!("the session's note is {limit}"));
    }
    for (i, answer) in a.answers.iter().enumerate() {
        if too_long(&answer.note) {
            found.push(format!("answer {}: its note is {limit}", i + 1));
        }
    }
    found
}

/// `--subject` and `--respondent`, checked and trimmed.
struct Overrides<'a> {
    subject: Option<&'a str>,
    respondent: Option<&'a str>,
}

/// Reads one file (TOML, or a JSON export holding several assessments), applies the overrides
/// and validates every assessment in it.
fn read_file(
    path: &Path,
    store: &Store,
    args: &Overrides,
) -> Result<Vec<Assessment>, Vec<Diagnostic>> {
    let located = |list: Vec<Diagnostic>| {
        list.into_iter()
            .map(|d| d.in_file(path))
            .collect::<Vec<_>>()
    };
    let text = read_text(path).map_err(|d| vec![d])?;
    let is_json =
        path.extension().is_some_and(|e| e == "json") || text.trim_start().starts_with(['[', '{']);
    let mut list = if is_json {
        assessment::from_json(&text).map_err(|d| located(vec![d]))?
    } else {
        vec![parse_assessment(&text, store.catalog()).map_err(located)?.0]
    };
    let mut problems = vec![];
    for (index, a) in list.iter_mut().enumerate() {
        if let Some(subject) = args.subject {
            a.subject = subject.to_string();
        }
        if let Some(respondent) = args.respondent {
            a.respondent = respondent.to_string();
        }
        if a.is_draft() {
            problems.push(Diagnostic::new(format!(
                "assessment {} is a draft (no `completed` date): finish it before importing",
                a.id
            )));
            continue;
        }
        let prefix = if is_json {
            format!("assessment #{}: ", index + 1)
        } else {
            String::new()
        };
        problems.extend(
            long_notes(a)
                .into_iter()
                .map(|m| Diagnostic::new(format!("{prefix}{m}"))),
        );
        // A TOML file was checked against its questionnaire while parsing (with lines);
        // a JSON export is checked here. The overrides change neither.
        if is_json {
            let name = |d: Diagnostic| Diagnostic {
                message: format!("assessment #{}: {}", index + 1, d.message),
                ..d
            };
            match store.catalog().resolve(&a.questionnaire, &a.lang) {
                Err(why) => problems.push(name(Diagnostic::new(why.to_string()))),
                Ok(q) => problems.extend(
                    assessment::validate(a, q, "", &Spans::default())
                        .into_iter()
                        .map(name),
                ),
            }
        }
    }
    if problems.is_empty() {
        Ok(list)
    } else {
        Err(located(problems))
    }
}
