//! `import`'s reading half: one file (TOML, or a JSON export) parsed, overridden and validated
//! before anything is stored.

use std::path::Path;

use crate::assessment::{self, Assessment, MAX_NOTE_BYTES, Spans};
use crate::diagnostic::Diagnostic;
use crate::store::{Store, parse_assessment, read_text};

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
pub struct Overrides<'a> {
    pub subject: Option<&'a str>,
    pub respondent: Option<&'a str>,
}

/// Reads one file (TOML, or a JSON export holding several assessments), applies the overrides
/// and validates every assessment in it.
pub fn read_file(
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
