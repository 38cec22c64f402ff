//! `confiance check [--fix]`: every problem of the store, per file; `--fix` does only the safe
//! things (removes leftovers of interrupted saves, tightens permissions) and moves nothing.

use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;

use super::Ui;
use crate::diagnostic::Diagnostic;
use crate::files::tighten_mode;
use crate::printable::printable_path;
use crate::store::{Store, Stored, io_reason};

/// Check every file of the store; --fix removes leftovers of interrupted saves and tightens permissions
#[derive(Debug, Args)]
#[command(
    after_help = "Lists every unreadable file, every leftover of an interrupted save and every symbolic link not followed (links never lead out of the data folder). --fix only takes group and other permission bits away, and only from regular files and folders inside the data folder.\n\nExamples:\n  confiance check\n  confiance check --fix"
)]
pub struct CheckArgs {
    /// Do the safe repairs: remove leftovers of interrupted saves, tighten permissions
    #[arg(long)]
    pub fix: bool,
}

pub fn run(
    args: &CheckArgs,
    store: &Store,
    opening: &[Diagnostic],
    out: &mut dyn Write,
    _ui: &mut Ui,
) -> anyhow::Result<u8> {
    let mut problems = 0usize;
    let mut report = |out: &mut dyn Write, line: String| -> std::io::Result<()> {
        problems += 1;
        writeln!(out, "{line}")
    };
    for d in opening {
        report(out, d.to_string())?;
    }
    let loaded = store.load();
    let drafts = store.drafts();
    for d in loaded.problems.iter().chain(&drafts.problems) {
        report(out, d.to_string())?;
    }
    for line in duplicates(
        loaded
            .assessments
            .iter()
            .chain(&loaded.duplicates)
            .chain(&drafts.assessments),
    ) {
        report(out, line)?;
    }
    for path in store.cleaned() {
        writeln!(
            out,
            "{}: removed: left by an interrupted save",
            printable_path(path)
        )?;
    }
    for leftover in store.leftovers() {
        let path = printable_path(&leftover.path);
        if !leftover.stale {
            report(
                out,
                format!(
                    "{path}: a save in progress, or one interrupted less than a minute ago (it holds plaintext): run `check` again in a minute"
                ),
            )?;
        } else if args.fix && store.remove_leftover(&leftover) {
            writeln!(out, "{path}: removed: left by an interrupted save")?;
        } else {
            report(
                out,
                format!(
                    "{path}: left by an interrupted save; it holds plaintext (`check --fix` removes it)"
                ),
            )?;
        }
    }
    // Links the loaders already named, or read (inside the data folder), need no second word.
    let named: Vec<&std::path::Path> = loaded
        .problems
        .iter()
        .chain(&drafts.problems)
        .chain(opening)
        .filter_map(|d| d.path.as_deref())
        .chain(loaded.assessments.iter().map(|s| s.path.as_path()))
        .chain(drafts.assessments.iter().map(|s| s.path.as_path()))
        .collect();
    for link in store.links() {
        if !named.contains(&link.as_path()) {
            report(
                out,
                format!(
                    "{}: a symbolic link: not followed (confiance never leaves its data folder)",
                    printable_path(&link)
                ),
            )?;
        }
    }
    for (path, mode) in store.loose_permissions() {
        let shown = printable_path(&path);
        if args.fix {
            match tighten_mode(&path) {
                Ok(tight) => writeln!(out, "{shown}: permissions {mode:o} tightened to {tight:o}")?,
                Err(e) => report(
                    out,
                    format!("{shown}: cannot tighten permissions: {}", io_reason(&e)),
                )?,
            }
        } else {
            report(
                out,
                format!(
                    "{shown}: readable by others (mode {mode:o}; `check --fix` makes it {:o})",
                    mode & !0o077
                ),
            )?;
        }
    }
    let files = loaded.assessments.len() + drafts.assessments.len();
    if problems == 0 {
        writeln!(
            out,
            "{}: {files} files, no problem found",
            printable_path(store.root())
        )?;
        Ok(0)
    } else {
        writeln!(
            out,
            "{}: {files} valid files, {problems} problems",
            printable_path(store.root())
        )?;
        Ok(1)
    }
}

/// The same id in more than one file (sync tools make "conflict copies"): harmless when the
/// contents are the same, a conflict for the person to resolve when they differ.
fn duplicates<'a>(all: impl Iterator<Item = &'a Stored>) -> Vec<String> {
    let mut by_id: BTreeMap<&str, Vec<&Stored>> = BTreeMap::new();
    for s in all {
        by_id.entry(&s.assessment.id).or_default().push(s);
    }
    let mut lines = vec![];
    for (id, files) in by_id.into_iter().filter(|(_, f)| f.len() > 1) {
        let first = files[0];
        for other in &files[1..] {
            let (a, b) = (printable_path(&first.path), printable_path(&other.path));
            if other.assessment.same_content(&first.assessment) {
                lines.push(format!(
                    "{b}: harmless duplicate of {a} (same assessment {id}): one copy can go"
                ));
            } else {
                lines.push(format!(
                    "{b}: conflict with {a}: both are assessment {id} but their answers differ; compare them and keep the right one"
                ));
            }
        }
    }
    lines
}
