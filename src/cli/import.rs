//! `confiance import FILE...`: check files received or restored, and file them in the store.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use clap::Args;

mod marked;
mod read;
mod restore;

use read::{Overrides, read_file};

use super::{Space, Ui, invalid, required_name};
use crate::assessment::Assessment;
use crate::diagnostic::Diagnostic;
use crate::i18n::{CliFiles, fill};
use crate::printable::{printable, printable_path};
use crate::store::{Filed, Saved, StoreError, io_reason};

/// Check assessment files (TOML, or a JSON export) and add them to the store
#[derive(Debug, Args)]
#[command(
    after_help = "--subject and --respondent match names already stored whatever their case or spacing, and keep their spelling; your name (a client's, in their space), or \"you\", as respondent makes it your own view.\n\nExamples:\n  confiance import ~/Downloads/2026-11-26T174333Z-01JD2.toml\n  confiance import from-alice.toml --subject Me --respondent Alice\n  confiance import backup.json\n  confiance --client Marie import marie.json"
)]
pub(crate) struct ImportArgs {
    /// Assessment files: TOML as stored, or a JSON export
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Store them under this subject instead of the file's
    #[arg(long)]
    pub subject: Option<String>,
    /// Store them as this respondent's view instead of the file's
    #[arg(long)]
    pub respondent: Option<String>,
    /// Answers from an invitation's form (`….confiance-answer.toml`) are checked against
    /// their invitation, as `receive` does.
    #[command(flatten)]
    pub allow: super::receive::AllowArgs,
}

pub(super) fn run(
    args: &ImportArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    // Answers from a form go through their invitation; the other files are assessments.
    let (answers, files): (Vec<&PathBuf>, Vec<&PathBuf>) =
        args.files.iter().partition(|p| is_answer_file(p));
    let mut answered = 0;
    if !answers.is_empty() {
        let texts = answers
            .iter()
            .map(|p| {
                let text = crate::files::read_text(p).unwrap_or_default();
                (printable_path(p), Ok(text))
            })
            .collect();
        answered = super::receive::file_answers(texts, args.allow.allow(), space, out, ui)?;
        if files.is_empty() {
            return Ok(answered);
        }
    }
    let store = space.store;
    let t = ui.files();
    // Checked before anything is read or written, as `assess` does.
    let subject = args
        .subject
        .as_deref()
        .map(|s| required_name(s, ui.text().empty_subject))
        .transpose()?;
    let respondent = args
        .respondent
        .as_deref()
        .map(|r| required_name(r, ui.text().empty_respondent))
        .transpose()?;
    let loaded = store.load();
    // Written as the store already writes them: `alice` imports into "Alice".
    let subjects = crate::subjects::by_subject(&loaded.assessments);
    let subject = subject
        .map(|s| crate::subjects::spelling(&subjects, s).map_err(|list| collide(s, &list, ui)))
        .transpose()?;
    let mut respondents: Vec<&str> = vec![];
    for s in &subjects {
        respondents.extend(s.respondents());
    }
    let respondent = respondent
        .map(|r| {
            crate::owner::respondent_to_store(r, space.owner_name(), &respondents)
                .map_err(|list| collide(r, &list, ui))
        })
        .transpose()?;
    drop((subjects, respondents));
    let overrides = Overrides {
        subject: subject.as_deref(),
        respondent: respondent.as_deref(),
        text: t,
        invite: crate::i18n::InviteText::of(ui.lang),
    };
    let mut known: HashMap<String, Assessment> = loaded
        .assessments
        .into_iter()
        .map(|s| (s.assessment.id.clone(), s.assessment))
        .collect();
    let mut tally = Tally::default();
    for path in files {
        let shown = printable_path(path);
        let (list, marked) = match read_file(path, store, &overrides) {
            Ok(read) => read,
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
                    writeln!(out, "{}", already_there(t, &shown, &subject, &a.id))?;
                } else {
                    tally.invalid += 1;
                    ui.error(&refused_different(t, &a.id).in_file(path));
                }
                continue;
            }
            match store.save_completed(&a) {
                Ok(Filed::AlreadyThere) => {
                    // Stored meanwhile by another import: the same content is no failure.
                    tally.already += 1;
                    writeln!(out, "{}", already_there(t, &shown, &subject, &a.id))?;
                }
                Ok(Filed::New(saved, durability)) => {
                    tally.imported += 1;
                    let message = fill(
                        t.imported,
                        &[("file", &shown), ("saved", &printable_path(&saved))],
                    );
                    writeln!(out, "{message}")?;
                    if let Saved::Unconfirmed(e) = durability {
                        let message = fill(t.saved_unconfirmed, &[("reason", &io_reason(&e))]);
                        ui.warn(&Diagnostic::new(message).in_file(&saved));
                    }
                    known.insert(a.id.clone(), a);
                }
                Err(StoreError::DifferentContent { .. }) => {
                    tally.invalid += 1;
                    ui.error(&refused_different(t, &a.id).in_file(path));
                }
                Err(e) => {
                    tally.unstored += 1;
                    let message = fill(
                        t.cannot_store,
                        &[("dir", &printable_path(store.root())), ("reason", &e)],
                    );
                    ui.error(&Diagnostic::new(message).in_file(path));
                }
            }
        }
        // A backup's invitations, then its groups' answers (which need their invitation).
        restore::restore(&marked, path, store, out, ui, &mut tally)?;
    }
    // The assessments' counts; the backups' invitations and groups' answers have their own.
    let marked_refused = tally.invitations.refused + tally.group_answers.refused;
    let summary = [
        ui.count(tally.imported, t.imported_one, t.imported_many),
        ui.count(tally.already, t.already_one, t.already_many),
        ui.count(
            tally.invalid - marked_refused,
            t.refused_one,
            t.refused_many,
        ),
        ui.count(tally.unstored, t.unstored_one, t.unstored_many),
    ];
    ui.info(&summary.join(", "));
    if let Some(line) = restore::summary(&tally, ui) {
        ui.info(&line);
    }
    Ok(tally.verdict(ui)?.max(answered))
}

/// Which notes are longer than the tool accepts, by place (never by content): of an assessment
/// or a backup's answer of a group.
fn long_notes(a: &Assessment, t: &CliFiles) -> Vec<String> {
    let too_long = |note: &Option<String>| {
        note.as_ref()
            .is_some_and(|n| n.len() > crate::assessment::MAX_NOTE_BYTES)
    };
    let mut found = vec![];
    if too_long(&a.note) {
        found.push(fill(
            t.session_note_too_long,
            &[("max", &crate::assessment::MAX_NOTE_BYTES)],
        ));
    }
    let previous = a.previous_intention.as_ref().map(|p| p.text.clone());
    if too_long(&a.intention) || too_long(&previous) {
        found.push(fill(
            t.intention_too_long,
            &[("max", &crate::assessment::MAX_NOTE_BYTES)],
        ));
    }
    for (i, answer) in a.answers.iter().enumerate() {
        if too_long(&answer.note) {
            found.push(fill(
                t.answer_note_too_long,
                &[("n", &(i + 1)), ("max", &crate::assessment::MAX_NOTE_BYTES)],
            ));
        }
    }
    found
}

/// A file the form wrote (it starts `confiance_answer = 1`), rather than an assessment.
fn is_answer_file(path: &std::path::Path) -> bool {
    crate::files::read_text(path)
        .is_ok_and(|text| crate::invitation::answer::looks_like_answer(&text))
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
    /// A backup's invitations, and its groups' answers (their refusals are counted in
    /// `invalid` too, their failures in `unstored`).
    invitations: restore::Counts,
    group_answers: restore::Counts,
}

impl Tally {
    /// Exit 1 when the store failed, 2 when only the input was at fault, 0 otherwise.
    fn verdict(&self, ui: &Ui) -> anyhow::Result<u8> {
        let t = ui.files();
        let then = |first: String| {
            let imported = ui.count(self.imported, t.imported_one, t.imported_many);
            fill(ui.text().then, &[("first", &first), ("second", &imported)])
        };
        if self.unstored > 0 {
            let failed = ui.count(self.unstored, t.could_not_store_one, t.could_not_store_many);
            anyhow::bail!(then(failed));
        }
        if self.invalid > 0 {
            let failed = ui.count(
                self.invalid,
                t.could_not_import_one,
                t.could_not_import_many,
            );
            return Err(invalid(then(failed)));
        }
        Ok(0)
    }
}

/// A name that matches several spellings already stored: they are listed, not guessed.
pub(super) fn collide(wanted: &str, spellings: &[&str], ui: &Ui) -> anyhow::Error {
    let names: Vec<String> = spellings.iter().map(|s| ui.quoted(s)).collect();
    invalid(fill(
        ui.coach().spellings_collide,
        &[("name", &ui.quoted(wanted)), ("names", &names.join(", "))],
    ))
}

fn already_there(t: &CliFiles, file: &str, subject: &str, id: &str) -> String {
    fill(
        t.already_there,
        &[
            ("file", &file),
            ("subject", &subject),
            ("id", &printable(id)),
        ],
    )
}

fn refused_different(t: &CliFiles, id: &str) -> Diagnostic {
    Diagnostic::new(fill(t.refused_different, &[("id", &printable(id))]))
}
