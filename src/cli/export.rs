//! `confiance export`: assessments as tidy CSV or as JSON, to stdout or a private file.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, ValueEnum};

mod backup;
mod stream;

use super::{Space, Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::files::{TempState, temp_state};
use crate::i18n::{CliFiles, fill};
use crate::printable::printable_path;
use crate::store::{Saved, Store, Stored, io_reason, write_atomic};
use stream::{Sink, Writer};

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
    let wanted = |s: &Stored| {
        args.subject
            .as_ref()
            .is_none_or(|wanted| crate::names::same(&s.assessment.subject, wanted))
            && args.respondent.as_ref().is_none_or(|wanted| {
                crate::owner::is_respondent(&s.assessment.respondent, wanted, space.owner_name())
            })
    };
    let sink = match output {
        Some(_) => Sink::Body(String::new()),
        None => Sink::Out {
            // A CSV's names are made printable on a terminal; JSON is escaped already.
            terminal: args.format == ExportFormat::Csv && std::io::stdout().is_terminal(),
            out: std::io::BufWriter::new(out),
        },
    };
    let mut writer = match args.format {
        ExportFormat::Csv => Writer::csv(sink),
        ExportFormat::Json => Writer::json(sink),
    };
    // The files themselves, never the summary cache: a forged cache must not change a
    // backup. Read a batch at a time, written as they come: never the whole store at once.
    let mut exported = 0usize;
    store.scan(&mut |batch| -> anyhow::Result<()> {
        batch.problems.iter().for_each(|p| ui.warn(p));
        for stored in batch.assessments.iter().filter(|s| wanted(s)) {
            writer.assessment(stored)?;
            exported += 1;
        }
        Ok(())
    })?;
    if exported == 0 {
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
        // Nothing was written yet: a CSV's header waits for its first row.
        if !message.is_empty() && backup.elements.is_empty() {
            return Err(invalid(message));
        }
    }
    for element in &backup.elements {
        writer.element(element)?;
    }
    let body = writer.finish().with_context(|| match output {
        Some(path) => fill(t.cannot_write, &[("path", &printable_path(path))]),
        None => String::new(),
    })?;
    let (Some(path), Some(body)) = (output, body) else {
        return Ok(0);
    };
    remove_stale_temps(path);
    let saved = write_atomic(path, body.as_bytes(), true)
        .with_context(|| fill(t.cannot_write, &[("path", &printable_path(path))]))?;
    if let Saved::Unconfirmed(e) = saved {
        let message = fill(t.written_unconfirmed, &[("reason", &io_reason(&e))]);
        ui.warn(&Diagnostic::new(message).in_file(path));
    }
    let said = ui
        .lang
        .plural(exported as u64, t.exported_one, t.exported_many);
    ui.say(&fill(
        said,
        &[("n", &exported), ("path", &printable_path(path))],
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

/// Quotes a field when needed (RFC 4180), and defuses text that a spreadsheet would run as a
/// formula (a subject named `=HYPERLINK(…)`).
pub(super) fn csv_field(field: &str) -> String {
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
