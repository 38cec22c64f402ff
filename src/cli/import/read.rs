//! `import`'s reading half: one file (TOML, or a JSON export) parsed, overridden and validated
//! before anything is stored; a backup's invitations and groups' answers are read by
//! [`super::marked`].

use std::path::Path;

use crate::assessment::{self, Assessment, Spans};
use crate::diagnostic::Diagnostic;
use crate::i18n::{CliFiles, InviteText, fill};
use crate::store::{Store, parse_assessment, read_text};

use super::marked::Marked;

/// `--subject` and `--respondent`, checked and trimmed.
pub(super) struct Overrides<'a> {
    pub subject: Option<&'a str>,
    pub respondent: Option<&'a str>,
    /// The messages' language.
    pub text: &'a CliFiles,
    pub invite: &'a InviteText,
}

/// Reads one file (TOML, or a JSON export holding several assessments, and a backup's
/// invitations and groups' answers), applies the overrides to the assessments and validates
/// everything in it: one problem, and nothing of the file is stored.
pub(super) fn read_file(
    path: &Path,
    store: &Store,
    args: &Overrides,
) -> Result<(Vec<Assessment>, Marked), Vec<Diagnostic>> {
    let located = |list: Vec<Diagnostic>| {
        list.into_iter()
            .map(|d| d.in_file(path))
            .collect::<Vec<_>>()
    };
    let text = read_text(path).map_err(|d| vec![d])?;
    let is_json =
        path.extension().is_some_and(|e| e == "json") || text.trim_start().starts_with(['[', '{']);
    let (mut list, marked) = if is_json {
        let list = assessment::from_json(&text).map_err(|d| located(vec![d]))?;
        let marked = super::marked::read(&text, store, args.text, args.invite).map_err(located)?;
        (list, marked)
    } else {
        let one = parse_assessment(&text, store.catalog()).map_err(located)?.0;
        let marked = Marked {
            assessments: vec![1],
            ..Marked::default()
        };
        (vec![one], marked)
    };
    let mut problems = vec![];
    // A backup's invitations and groups' answers are restored as they were: renaming them
    // would part them from the answers they counted.
    if (args.subject.is_some() || args.respondent.is_some()) && !marked.is_empty() {
        problems.push(Diagnostic::new(fill(
            args.invite.backup_overrides,
            &[("n", &marked.len())],
        )));
    }
    for (a, &element) in list.iter_mut().zip(&marked.assessments) {
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
        let number = fill(args.text.assessment_number, &[("n", &element)]);
        let prefix = if is_json { number.as_str() } else { "" };
        problems.extend(
            super::long_notes(a, args.text)
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
        Ok((list, marked))
    } else {
        Err(located(problems))
    }
}
