//! `confiance check [--fix]`: every problem of the store, per file; `--fix` does only the safe
//! things (removes leftovers of interrupted saves, tightens permissions) and moves nothing.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;

use super::Ui;
use super::args::CheckArgs;
use crate::located::Diagnostic;
use crate::store::{DIR_MODE, FILE_MODE, Store, Stored, io_reason};

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
    for line in duplicates(loaded.assessments.iter().chain(&drafts.assessments)) {
        report(out, line)?;
    }
    for path in store.cleaned() {
        writeln!(
            out,
            "{}: removed: left by an interrupted save",
            path.display()
        )?;
    }
    for path in store.leftovers() {
        if args.fix && fs::remove_file(&path).is_ok() {
            writeln!(
                out,
                "{}: removed: left by an interrupted save",
                path.display()
            )?;
        } else {
            report(
                out,
                format!(
                    "{}: left by an interrupted save (`check --fix` removes it)",
                    path.display()
                ),
            )?;
        }
    }
    for (path, mode) in store.loose_permissions() {
        let private = if path.is_dir() { DIR_MODE } else { FILE_MODE };
        if args.fix {
            match fs::set_permissions(&path, fs::Permissions::from_mode(private)) {
                Ok(()) => writeln!(
                    out,
                    "{}: permissions {mode:o} tightened to {private:o}",
                    path.display()
                )?,
                Err(e) => report(
                    out,
                    format!(
                        "{}: cannot tighten permissions: {}",
                        path.display(),
                        io_reason(&e)
                    ),
                )?,
            }
        } else {
            report(
                out,
                format!(
                    "{}: readable by others (mode {mode:o}; `check --fix` makes it {private:o})",
                    path.display()
                ),
            )?;
        }
    }
    let files = loaded.assessments.len() + drafts.assessments.len();
    if problems == 0 {
        writeln!(
            out,
            "{}: {files} files, no problem found",
            store.root().display()
        )?;
        Ok(0)
    } else {
        writeln!(
            out,
            "{}: {files} valid files, {problems} problems",
            store.root().display()
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
            let (a, b) = (first.path.display(), other.path.display());
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
