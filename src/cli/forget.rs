//! `confiance forget SUBJECT`: deletes a subject's assessments and drafts, after showing what
//! will go. The only command that deletes what a person wrote.

use std::fs;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;

use super::args::ForgetArgs;
use super::table::printable;
use super::{Ui, invalid};
use crate::store::Store;

pub fn run(
    args: &ForgetArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let loaded = store.load();
    let drafts = store.drafts();
    let subjects = crate::subjects::by_subject(&loaded.assessments);
    // The exact name, or the one known subject it means; drafts count for exact names.
    let name = crate::subjects::find(&subjects, &args.subject)
        .map_or(args.subject.as_str(), |s| s.name)
        .to_string();
    let doomed: Vec<(PathBuf, String)> = loaded
        .assessments
        .iter()
        .map(|s| (s, "assessment"))
        .chain(drafts.assessments.iter().map(|s| (s, "draft")))
        .filter(|(s, _)| s.assessment.subject == name)
        .map(|(s, kind)| {
            let a = &s.assessment;
            (
                s.path.clone(),
                format!(
                    "{kind} of {} by {}",
                    a.when().date(),
                    printable(&a.respondent)
                ),
            )
        })
        .collect();
    if doomed.is_empty() {
        return Err(invalid(format!(
            "no assessment or draft of \"{}\"",
            printable(&args.subject)
        )));
    }
    writeln!(
        out,
        "This deletes {} files about \"{}\":",
        doomed.len(),
        printable(&name)
    )?;
    for (path, what) in &doomed {
        writeln!(out, "  {}  ({what})", path.display())?;
    }
    let unreadable = loaded.problems.len() + drafts.problems.len();
    if unreadable > 0 {
        writeln!(
            out,
            "({unreadable} files that cannot be read are left alone: see `confiance check`.)"
        )?;
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(invalid(
                "nothing deleted: add --yes to delete without being asked",
            ));
        }
        write!(out, "Delete them for good? [y/N] ")?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "oui" | "o") {
            writeln!(out, "Nothing deleted.")?;
            return Ok(0);
        }
    }
    for (path, _) in &doomed {
        fs::remove_file(path).with_context(|| format!("cannot delete {}", path.display()))?;
        // The subject's folder goes too once empty; a folder holding anything else stays.
        if let Some(dir) = path
            .parent()
            .filter(|d| d.starts_with(store.assessments_dir()) && *d != store.assessments_dir())
        {
            let _ = fs::remove_dir(dir);
        }
    }
    ui.say(&format!(
        "Deleted {} files about \"{}\".",
        doomed.len(),
        printable(&name)
    ));
    Ok(0)
}
