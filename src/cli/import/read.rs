//! `import`'s reading half: one file (TOML, or a JSON export) parsed, overridden and validated
//! before anything is stored.

use std::path::Path;

use crate::assessment::{self, Assessment, MAX_NOTE_BYTES, Spans};
use crate::diagnostic::Diagnostic;
use crate::i18n::{CliFiles, fill};
use crate::store::{Store, parse_assessment, read_text};

/// Which notes are longer than the tool accepts, by place (never by content).
fn long_notes(a: &Assessment, t: &CliFiles) -> Vec<String> {
    let too_long = |note: &Option<String>| note.as_ref().is_some_and(|n| n.len() > MAX_NOTE_BYTES);
    let mut found = vec![];
    if too_long(&a.note) {
        found.push(fill(t.session_note_too_long, &[("max", &MAX_NOTE_BYTES)]));
    }
    let previous = a.previous_intention.as_ref().map(|p| p.text.clone());
    if too_long(&a.intention) || too_long(&previous) {
        found.push(fill(t.intention_too_long, &[("max", &MAX_NOTE_BYTES)]));
    }
    for (i, answer) in a.answers.iter().enumerate() {
        if too_long(&answer.note) {
            found.push(fill(
                t.answer_note_too_long,
                &[("n", &(i + 1)), ("max", &MAX_NOTE_BYTES)],
            ));
        }
    }
    found
}

/// `--subject` and `--respondent`, checked and trimmed.
pub(super) struct Overrides<'a> {
    pub subject: Option<&'a str>,
    pub respondent: Option<&'a str>,
    /// The messages' language.
    pub text: &'a CliFiles,
}

/// Reads one file (TOML, or a JSON export holding several assessments), applies the overrides
/// and validates every assessment in it.
pub(super) fn read_file(
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
            let id = crate::printable::printable(&a.id);
            problems.push(Diagnostic::new(fill(args.text.is_draft, &[("id", &id)])));
            continue;
        }
        let number = fill(args.text.assessment_number, &[("n", &(index + 1))]);
        let prefix = if is_json { number.as_str() } else { "" };
        problems.extend(
            long_notes(a, args.text)
                .into_iter()
                .map(|m| Diagnostic::new(format!("{prefix}{m}"))),
        );
        // A TOML file was checked against its questionnaire while parsing (with lines);
        // a JSON export is checked here. The overrides change neither.
        if is_json {
            let name = |d: Diagnostic| Diagnostic {
                message: format!("{number}{}", d.message),
                ..d
            };
            match crate::store::questionnaire_of(store.catalog(), a) {
                Err(why) => problems.push(name(Diagnostic::new(why.to_string()))),
                Ok(q) => problems.extend(
                    assessment::validate(a, &q, "", &Spans::default())
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
