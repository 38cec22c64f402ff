//! `confiance import FILE...`: check files received or restored, and file them in the store.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use super::args::ImportArgs;
use super::{Ui, invalid, required_name};
use crate::assessment::{self, Assessment, MAX_NOTE_BYTES, Spans};
use crate::diagnostic::Diagnostic;
use crate::printable::{printable, printable_path};
use crate::store::{Filed, Saved, Store, io_reason, parse_assessment, read_text};

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
    let mut tally = Tally::default();
    for path in &args.files {
        let shown = printable_path(path);
        let list = match read_file(path, store, &overrides) {
            Ok(list) => list,
            Err(problems) => {
                tally.invalid += 1;
                problems.iter().for_each(|p| ui.error(p));
                continue;
            }
        };
        // Every assessment of the batch is attempted: one that cannot be stored does not stop
        // the others.
        for a in list {
            let subject = printable(&a.subject);
            if let Some(existing) = known.get(&a.id) {
                if existing.same_content(&a) {
                    tally.already += 1;
                    writeln!(out, "already there: {shown} ({subject}, {})", a.id)?;
                } else {
                    tally.invalid += 1;
                    ui.error(&refused_different(&a.id).in_file(path));
                }
                continue;
            }
            match store.save_completed(&a) {
                Ok(Filed::AlreadyThere(_)) => {
                    // Stored meanwhile by another import: the same content is no failure.
                    tally.already += 1;
                    writeln!(out, "already there: {shown} ({subject}, {})", a.id)?;
                }
                Ok(Filed::New(saved, durability)) => {
                    tally.imported += 1;
                    writeln!(out, "imported: {shown} → {}", printable_path(&saved))?;
                    if let Saved::Unconfirmed(e) = durability {
                        ui.warn(&Diagnostic::new(format!(
                            "saved, but the disk did not confirm it ({}): check the disk; importing again is safe",
                            io_reason(&e)
                        )).in_file(&saved));
                    }
                    known.insert(a.id.clone(), a);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    tally.invalid += 1;
                    ui.error(&refused_different(&a.id).in_file(path));
                }
                Err(e) => {
                    tally.unstored += 1;
                    ui.error(
                        &Diagnostic::new(format!(
                            "cannot store it in {}: {}",
                            printable_path(store.root()),
                            io_reason(&e)
                        ))
                        .in_file(path),
                    );
                }
            }
        }
    }
    ui.info(&format!(
        "{} imported, {} already there, {} refused, {} not stored",
        tally.imported, tally.already, tally.invalid, tally.unstored
    ));
    tally.verdict()
}

/// What happened to the assessments of a batch.
#[derive(Default)]
struct Tally {
    imported: usize,
    already: usize,
    /// Refused: invalid, or a different assessment under the same id.
    invalid: usize,
    /// Valid, but the store could not take them (a full disk).
    unstored: usize,
}

impl Tally {
    /// Exit 1 when the store failed, 2 when only the input was at fault, 0 otherwise.
    fn verdict(&self) -> anyhow::Result<u8> {
        if self.unstored > 0 {
            anyhow::bail!(
                "{} assessments could not be stored (see above); {} imported",
                self.unstored,
                self.imported
            );
        }
        if self.invalid > 0 {
            return Err(invalid(format!(
                "{} of the files could not be imported (see above); {} imported",
                self.invalid, self.imported
            )));
        }
        Ok(0)
    }
}

fn refused_different(id: &str) -> Diagnostic {
    Diagnostic::new(format!(
        "refused: the store already has assessment {id} with different content"
    ))
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
