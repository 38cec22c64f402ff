//! `confiance forget SUBJECT`: deletes every file of a subject (assessments, drafts, and the
//! files of its folder that cannot be read), after showing what will go. The only command
//! that deletes what a person wrote.

use std::fs;
use std::io::{BufRead, IsTerminal, Write};

use anyhow::Context;
use clap::Args;

use super::{Ui, invalid};
use crate::printable::{printable, printable_path};
use crate::store::{Belonging, DraftLock, Store, SubjectFile, slug};

/// Delete every file of a subject (assessments, drafts, unreadable files in its folder), after showing them
#[derive(Debug, Args)]
#[command(
    after_help = "Look-alike spellings (Alice, alice, \"Alice \") are the same subject. A symbolic link is removed as a link only. Refused while a window has one of the subject's drafts open.\n\nExamples:\n  confiance forget Alice          asks before deleting\n  confiance forget Alice --yes"
)]
pub struct ForgetArgs {
    /// The subject whose assessments and drafts go
    pub subject: String,
    /// Delete without asking
    #[arg(long, short)]
    pub yes: bool,
}

pub fn run(
    args: &ForgetArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let gathered = store.gather(&args.subject);
    if gathered.files.is_empty() {
        return Err(invalid(nothing_of(store, &args.subject)));
    }
    // A draft open in a window would be written back by it: refuse, naming it. The locks
    // taken here keep any window from opening these drafts until they are gone.
    let locks = take_draft_locks(store, &gathered.files)?;
    let mut spellings: Vec<&str> = vec![];
    for f in &gathered.files {
        if let Belonging::Assessment(a) | Belonging::Draft(a) = &f.what
            && !spellings.contains(&a.subject.as_str())
        {
            spellings.push(&a.subject);
        }
    }
    let shown: Vec<String> = spellings
        .iter()
        .map(|s| format!("\"{}\"", printable(s)))
        .collect();
    writeln!(
        out,
        "This deletes {} files about {}:",
        gathered.files.len(),
        shown.join(", ")
    )?;
    for f in &gathered.files {
        writeln!(out, "  {}  ({})", printable_path(&f.path), describe(f))?;
    }
    if !gathered.left_alone.is_empty() {
        writeln!(
            out,
            "({} unreadable files in a folder shared with another subject are left alone: see `confiance check`.)",
            gathered.left_alone.len()
        )?;
    }
    if !args.yes && !confirmed(out)? {
        writeln!(out, "Nothing deleted.")?;
        return Ok(0);
    }
    for f in &gathered.files {
        fs::remove_file(&f.path)
            .with_context(|| format!("cannot delete {}", printable_path(&f.path)))?;
        // The subject's folder goes too once empty; a folder holding anything else stays.
        if let Some(dir) = f
            .path
            .parent()
            .filter(|d| d.starts_with(store.assessments_dir()) && *d != store.assessments_dir())
        {
            let _ = fs::remove_dir(dir);
        }
    }
    drop(locks);
    ui.say(&format!(
        "Deleted {} files about {}.",
        gathered.files.len(),
        shown.join(", ")
    ));
    Ok(0)
}

fn describe(f: &SubjectFile) -> String {
    let what = match &f.what {
        Belonging::Assessment(a) => format!(
            "assessment of {} by {}",
            a.when().date(),
            printable(&a.respondent)
        ),
        Belonging::Draft(a) => format!(
            "draft of {} by {}",
            a.when().date(),
            printable(&a.respondent)
        ),
        Belonging::Unreadable => "cannot be read".to_string(),
    };
    if f.is_link {
        format!("{what}; a symbolic link: only the link is removed")
    } else {
        what
    }
}

fn take_draft_locks(store: &Store, files: &[SubjectFile]) -> anyhow::Result<Vec<DraftLock>> {
    let mut locks = vec![];
    for f in files {
        let Belonging::Draft(a) = &f.what else {
            continue;
        };
        match store.lock_draft(&a.id) {
            Ok(Some(lock)) => locks.push(lock),
            // Not bad input: the same command works once the window is closed (exit 1).
            Ok(None) => {
                anyhow::bail!(
                    "nothing deleted: the draft of {} by {} is open in another window; finish or leave it there first",
                    a.started.date(),
                    printable(&a.respondent)
                );
            }
            Err(e) => {
                return Err(anyhow::Error::new(e).context("nothing deleted: cannot lock a draft"));
            }
        }
    }
    Ok(locks)
}

/// "No such subject", with the subjects it may have meant (same letters, other accents).
fn nothing_of(store: &Store, wanted: &str) -> String {
    let loaded = store.load();
    let mut near: Vec<String> = vec![];
    for s in crate::subjects::by_subject(&loaded.assessments) {
        if slug(s.name) == slug(wanted) {
            near.push(format!("\"{}\"", printable(s.name)));
        }
    }
    let base = format!("no assessment or draft of \"{}\"", printable(wanted));
    if near.is_empty() {
        base
    } else {
        format!("{base}; did you mean {}?", near.join(" or "))
    }
}

fn confirmed(out: &mut dyn Write) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(invalid(
            "nothing deleted: add --yes to delete without being asked",
        ));
    }
    write!(out, "Delete them for good? [y/N] ")?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "oui" | "o"))
}
