//! `confiance export`: assessments as tidy CSV or as JSON, to stdout or a private file.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, ValueEnum};

mod backup;

use super::loaded::Loaded;
use super::{Space, Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::files::{TempState, temp_state};
use crate::i18n::{CliFiles, fill};
use crate::printable::{json_text, printable, printable_path};
use crate::store::{Saved, Store, Stored, io_reason, write_atomic};
use crate::summary::Summary;

/// Export assessments with their answers and scores, as CSV (one row per dimension) or JSON
#[derive(Debug, Args)]
#[command(
    after_help = "In a client's space (--client), the export holds that client's data only, with their notes: a complete hand-over, which `confiance import` reads back. In JSON it is a whole backup: after the assessments come the invitations and the groups' answers, each marked by a `kind` key; a CSV holds scores only.\n\nExamples:\n  confiance export --format csv > trust.csv\n  confiance export --subject Alice --format json --output alice.json\n  confiance --client Marie export --format json --output marie.json"
)]
pub(crate) struct ExportArgs {
    /// Only this subject's assessments
    #[arg(long)]
    pub subject: Option<String>,
    /// Only assessments from this respondent (whose view it is)
    #[arg(long, short)]
    pub respondent: Option<String>,
    #[arg(long, value_enum)]
    pub(crate) format: ExportFormat,
    /// Write to this file (created private, 0600) instead of stdout; its folder must exist; `-` is stdout
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub(crate) force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    Csv,
    Json,
}

pub(super) fn run(
    args: &ExportArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let t = ui.files();
    let output = args.output.as_deref().filter(|p| *p != Path::new("-"));
    if let Some(path) = output {
        check_destination(path, args.force, store, t)?;
    }
    // The files themselves, never the summary cache: a forged cache must not change a backup.
    let loaded = Loaded::from_files(store, ui);
    // A JSON export is a backup: it carries the invitations and groups' answers, after the
    // assessments (none with `--respondent`, which picks one respondent's views). A CSV holds
    // scores only, and says so, never leaving a restore to find out.
    let backup = match args.format {
        ExportFormat::Json if args.respondent.is_none() => {
            backup::backup(store, args.subject.as_deref(), ui)
        }
        ExportFormat::Json => backup::Backup::default(),
        ExportFormat::Csv => {
            if args.subject.is_none()
                && args.respondent.is_none()
                && !store.invitations().0.is_empty()
            {
                let said = crate::i18n::InviteText::of(ui.lang).export_leaves_out;
                ui.warn(&Diagnostic::new(said));
            }
            backup::Backup::default()
        }
    };
    let selected: Vec<&Stored> = loaded
        .assessments()
        .iter()
        .filter(|s| {
            args.subject
                .as_ref()
                .is_none_or(|wanted| crate::names::same(&s.assessment.subject, wanted))
        })
        .filter(|s| {
            args.respondent.as_ref().is_none_or(|wanted| {
                crate::owner::is_respondent(&s.assessment.respondent, wanted, space.owner_name())
            })
        })
        .collect();
    if selected.is_empty() {
        let (t, c) = (ui.text(), ui.coach());
        let who = args.respondent.as_deref().map(|r| ui.quoted(r));
        let message = match (&args.subject, &who) {
            (Some(subject), Some(who)) => format!(
                "{}{}",
                fill(t.no_assessment_of, &[("name", &ui.quoted(subject))]),
                fill(t.from_respondent, &[("name", who)])
            ),
            (Some(subject), None) => fill(t.no_assessment_of, &[("name", &ui.quoted(subject))]),
            (None, Some(who)) => fill(c.no_assessment_from, &[("name", who)]),
            (None, None) => String::new(),
        };
        // A subject asked about but not yet answered still has its invitations to carry.
        if !message.is_empty() && backup.elements.is_empty() {
            return Err(invalid(message));
        }
    }
    let Some(path) = output else {
        match args.format {
            // Row by row: ten thousand assessments make eighty thousand rows, never held whole.
            ExportFormat::Csv => {
                // A name holding terminal escapes must not act on the terminal it is shown on.
                let terminal = std::io::stdout().is_terminal();
                let mut out = std::io::BufWriter::new(out);
                write_csv(&selected, &mut |line| {
                    if terminal {
                        // Each line neutralised; the line breaks themselves stay.
                        for part in line.split_inclusive('\n') {
                            match part.strip_suffix('\n') {
                                Some(part) => writeln!(out, "{}", printable(part))?,
                                None => out.write_all(printable(part).as_bytes())?,
                            }
                        }
                        Ok(())
                    } else {
                        out.write_all(line.as_bytes())
                    }
                })?;
                out.flush()?;
            }
            ExportFormat::Json => out.write_all(json(&selected, backup.elements)?.as_bytes())?,
        }
        return Ok(0);
    };
    let body = match args.format {
        ExportFormat::Csv => csv(&selected),
        ExportFormat::Json => json(&selected, backup.elements)?,
    };
    remove_stale_temps(path);
    let saved = write_atomic(path, body.as_bytes(), true)
        .with_context(|| fill(t.cannot_write, &[("path", &printable_path(path))]))?;
    if let Saved::Unconfirmed(e) = saved {
        let message = fill(t.written_unconfirmed, &[("reason", &io_reason(&e))]);
        ui.warn(&Diagnostic::new(message).in_file(path));
    }
    let exported = ui
        .lang
        .plural(selected.len() as u64, t.exported_one, t.exported_many);
    ui.say(&fill(
        exported,
        &[("n", &selected.len()), ("path", &printable_path(path))],
    ));
    if backup.invitations > 0 {
        ui.say(&fill(
            crate::i18n::InviteText::of(ui.lang).exported_backup,
            &[
                ("invitations", &backup.invitations),
                ("answers", &backup.answers),
            ],
        ));
    }
    Ok(0)
}

/// Like `cp`: the folder must exist, and an existing file is replaced only with `--force`.
/// Never a device or a pipe (as root, replacing `/dev/full` would break the system), and never
/// a file of the store itself.
pub(super) fn check_destination(
    path: &Path,
    force: bool,
    store: &Store,
    t: &CliFiles,
) -> anyhow::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(invalid(fill(
            t.no_folder,
            &[
                ("path", &printable_path(path)),
                ("folder", &printable_path(folder)),
            ],
        )));
    }
    let inside = |p: &Path| {
        std::fs::canonicalize(p)
            .ok()
            .zip(std::fs::canonicalize(store.data_dir()).ok())
            .is_some_and(|(p, root)| p.starts_with(root))
    };
    if inside(folder) {
        return Err(invalid(fill(
            t.output_inside_store,
            &[("path", &printable_path(path))],
        )));
    }
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
        && !meta.file_type().is_symlink()
    {
        return Err(invalid(fill(
            t.output_not_regular,
            &[("path", &printable_path(path))],
        )));
    }
    if std::fs::symlink_metadata(path).is_ok() && !force {
        return Err(invalid(fill(
            t.already_exists,
            &[("path", &printable_path(path))],
        )));
    }
    Ok(())
}

/// An export killed mid-write leaves a hidden temporary copy (plaintext notes) beside its
/// destination: the next export to that folder removes it.
fn remove_stale_temps(path: &Path) {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        if temp_state(&entry.path()) == TempState::Stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Tidy CSV: one row per assessment and dimension; an empty score means "no answer".
pub(super) fn csv(selected: &[&Stored]) -> String {
    let mut out = String::new();
    let _ = write_csv(selected, &mut |line| {
        out.push_str(line);
        Ok(())
    });
    out
}

/// [`csv`], each line (with its `\n`) handed to `emit` as it is made.
fn write_csv(
    selected: &[&Stored],
    emit: &mut dyn FnMut(&str) -> std::io::Result<()>,
) -> std::io::Result<()> {
    emit("id,subject,respondent,completed,questionnaire,dimension,score\n")?;
    let mut line = String::new();
    for stored in selected {
        let report = Summary::of(stored);
        let a = &stored.assessment;
        let completed = a.completed.map(|c| c.to_string()).unwrap_or_default();
        // The fields that are the same on every row of this assessment, quoted once.
        let mut head = String::new();
        for f in [
            &a.id,
            &a.subject,
            &a.respondent,
            &completed,
            &a.questionnaire,
        ] {
            head.push_str(&csv_field(f));
            head.push(',');
        }
        for d in &report.scores.dimensions {
            line.clear();
            line.push_str(&head);
            line.push_str(&csv_field(&d.id));
            line.push(',');
            if let Some(score) = d.score {
                use std::fmt::Write as _;
                let _ = write!(line, "{score}");
            }
            line.push('\n');
            emit(&line)?;
        }
    }
    Ok(())
}

/// Quotes a field when needed (RFC 4180), and defuses text that a spreadsheet would run as a
/// formula (a subject named `=HYPERLINK(…)`).
fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// The assessments, then the backup's marked elements.
fn json(selected: &[&Stored], marked: Vec<serde_json::Value>) -> anyhow::Result<String> {
    let list: Vec<_> = selected
        .iter()
        .map(|s| Summary::of(s).to_export_json())
        .chain(marked)
        .collect();
    Ok(json_text(&list)?)
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Alice"), "Alice");
        assert_eq!(csv_field("Smith, J."), "\"Smith, J.\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-12.5"), "-12.5");
    }
}
