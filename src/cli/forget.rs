//! `confiance forget SUBJECT`: deletes every file of a subject (assessments, drafts, and the
//! files of its folder that cannot be read), after showing what will go; `confiance forget
//! --client NAME` deletes a whole client's space the same way. The only command that deletes
//! what a person wrote.

mod client;
mod spelling;

pub(super) use client::run_client;

use std::fs;
use std::io::{BufRead, IsTerminal, Write};

use anyhow::Context;
use clap::Args;

use super::{Ui, invalid};
use crate::i18n::{CliFiles, fill};
use crate::printable::printable_path;
use crate::store::{Belonging, DraftLock, Gathered, Store, SubjectFile, slug};

/// Delete every file of a subject (assessments, drafts, unreadable files in its folder), after showing them
#[derive(Debug, Args)]
#[command(
    after_help = "Look-alike spellings (Alice, alice, \"Alice \") are the same subject. A symbolic link is removed as a link only. Refused while a window has one of the subject's drafts open. With --client and no SUBJECT, the whole client's space goes.\n\nExamples:\n  confiance forget Alice          asks before deleting\n  confiance forget Alice --yes\n  confiance --client Marie forget 'Team Atlas'\n  confiance forget --client Marie     every file of Marie's space"
)]
pub(crate) struct ForgetArgs {
    /// The subject whose assessments and drafts go (without it, --client names a whole client to delete)
    pub subject: Option<String>,
    /// Delete without asking
    #[arg(long, short)]
    pub(crate) yes: bool,
}

pub(super) fn run(
    args: &ForgetArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = ui.files();
    let Some(subject) = args.subject.as_deref() else {
        return Err(invalid(ui.coach().forget_what));
    };
    let mut gathered = store.gather(subject);
    // Typed as shown (`Bo␀b`): the stored name, which no command line can carry.
    if gathered.files.is_empty()
        && let Some(stored) = spelling::shown_as(store, subject)
    {
        gathered = store.gather(&stored);
    }
    if gathered.files.is_empty() && !gathered.subject_entry {
        // Only files left alone in doubt: say which, so that the person can decide.
        if !gathered.left_alone.is_empty() {
            left_alone(&gathered, out, ui)?;
            writeln!(out, "{}", t.nothing_deleted)?;
            return Ok(1);
        }
        return Err(invalid(nothing_of(store, subject, ui)));
    }
    // A draft open in a window would be written back by it: refuse, naming it. The locks
    // taken here keep any window from opening these drafts until they are gone.
    let locks = take_draft_locks(store, &gathered.files, ui)?;
    let mut spellings: Vec<&str> = vec![];
    for f in &gathered.files {
        if let Belonging::Assessment(a) | Belonging::Draft(a) = &f.what
            && !spellings.contains(&a.subject.as_str())
        {
            spellings.push(&a.subject);
        }
    }
    if spellings.is_empty() {
        spellings.push(subject); // only its entry in `subjects.toml` is left
    }
    let shown: Vec<String> = spellings.iter().map(|s| ui.quoted(s)).collect();
    let names = shown.join(", ");
    let count = gathered.files.len();
    let deletes = ui.lang.plural(count as u64, t.deletes_one, t.deletes_many);
    writeln!(
        out,
        "{}",
        fill(deletes, &[("n", &count), ("names", &names)])
    )?;
    for f in &gathered.files {
        writeln!(out, "  {}  ({})", printable_path(&f.path), describe(f, ui))?;
    }
    if gathered.subject_entry {
        let path = printable_path(&store.subjects_file());
        writeln!(out, "  {path}  ({})", t.subject_entry_goes)?;
    }
    left_alone(&gathered, out, ui)?;
    if !args.yes && !confirmed(out, t)? {
        writeln!(out, "{}", t.nothing_deleted)?;
        return Ok(0);
    }
    // The writers' turn: a note being saved from a results screen meanwhile waits, then finds
    // the file gone instead of writing it back (no turn without an assessments folder).
    let turn = store.writers_turn().ok();
    for f in &gathered.files {
        fs::remove_file(&f.path)
            .with_context(|| fill(t.cannot_delete, &[("path", &printable_path(&f.path))]))?;
        // The subject's folder (or a group's) goes too once empty; a folder holding anything
        // else stays.
        let groups = store.root().join("groups");
        if let Some(dir) = f.path.parent().filter(|d| {
            (d.starts_with(store.assessments_dir()) && *d != store.assessments_dir())
                || (d.starts_with(&groups) && *d != groups)
        }) {
            let _ = fs::remove_dir(dir);
        }
    }
    // The summary cache still holds what was just forgotten: it goes too (the next command
    // rebuilds it from the files that remain). If it cannot, the person must know.
    let cache_kept = crate::store::cache::remove(store.root()).err();
    drop(turn);
    drop(locks);
    let deleted = ui.lang.plural(count as u64, t.deleted_one, t.deleted_many);
    ui.say(&fill(deleted, &[("n", &count), ("names", &names)]));
    let mut code = cache_not_removed(store, cache_kept, ui);
    // Its name and cadence in `subjects.toml` go last: the rest of that file stays.
    if let Err(e) = store.remove_subject_entry(subject) {
        let said = fill(t.subject_entry_kept, &[("reason", &e)]);
        ui.error(&crate::diagnostic::Diagnostic::new(said).in_file(&store.subjects_file()));
        code = 1;
    }
    Ok(code)
}

/// Says that the summary cache could not be removed (it may still hold what was forgotten):
/// exit 1, forgetting is not complete.
pub(super) fn cache_not_removed(
    store: &Store,
    kept: Option<crate::store::StoreError>,
    ui: &mut Ui,
) -> u8 {
    let Some(why) = kept else {
        return 0;
    };
    let said = fill(ui.files().cache_not_removed, &[("reason", &why)]);
    let path = crate::store::cache::path(store.root());
    ui.error(&crate::diagnostic::Diagnostic::new(said).in_file(&path));
    1
}

pub(super) fn describe(f: &SubjectFile, ui: &Ui) -> String {
    let t = ui.files();
    let by = |template: &str, a: &crate::assessment::Assessment| {
        fill(
            template,
            &[
                ("date", &a.when().date()),
                ("who", &ui.respondent(&a.respondent)),
            ],
        )
    };
    let what = match &f.what {
        Belonging::Assessment(a) => by(t.assessment_by, a),
        Belonging::Draft(a) => by(t.draft_by, a),
        Belonging::Unreadable => t.unreadable.to_string(),
        Belonging::Own => ui.coach().own_file.to_string(),
        Belonging::Invitation(who) => fill(
            crate::i18n::InviteText::of(ui.lang).forget_invitation,
            &[("who", &crate::printable::printable(who))],
        ),
        Belonging::GroupAnswer => crate::i18n::InviteText::of(ui.lang)
            .forget_group_answer
            .to_string(),
    };
    if f.is_link {
        fill(t.only_the_link, &[("what", &what)])
    } else {
        what
    }
}

pub(super) fn take_draft_locks(
    store: &Store,
    files: &[SubjectFile],
    ui: &Ui,
) -> anyhow::Result<Vec<DraftLock>> {
    let t = ui.files();
    let mut locks = vec![];
    for f in files {
        let Belonging::Draft(a) = &f.what else {
            continue;
        };
        match store.lock_draft_to_delete(&a.id) {
            Ok(Some(lock)) => locks.push(lock),
            // Not bad input: the same command works once the window is closed (exit 1).
            Ok(None) => {
                anyhow::bail!(fill(
                    t.draft_open,
                    &[
                        ("date", &a.started.date()),
                        ("who", &ui.respondent(&a.respondent)),
                    ],
                ));
            }
            Err(e) => {
                return Err(anyhow::Error::new(e).context(t.cannot_lock));
            }
        }
    }
    Ok(locks)
}

/// "No such subject", with the subjects it may have meant (same letters, other accents, or
/// the same once control characters are ignored).
/// The files of the subject's folder left alone because they may be another subject's, by name.
fn left_alone(gathered: &Gathered, out: &mut dyn Write, ui: &Ui) -> std::io::Result<()> {
    if gathered.left_alone.is_empty() {
        return Ok(());
    }
    let t = ui.files();
    let alone = gathered.left_alone.len();
    writeln!(
        out,
        "{}",
        ui.count(alone, t.left_alone_one, t.left_alone_many)
    )?;
    for path in &gathered.left_alone {
        writeln!(out, "  {}", printable_path(path))?;
    }
    Ok(())
}

fn nothing_of(store: &Store, wanted: &str, ui: &Ui) -> String {
    let t = ui.files();
    let loaded = store.load();
    let mut near: Vec<String> = vec![];
    for s in crate::subjects::by_subject(&loaded.assessments) {
        if slug(s.name) == slug(wanted) || spelling::same_without_controls(s.name, wanted) {
            near.push(ui.quoted(s.name));
        }
    }
    let base = fill(t.no_assessment_or_draft, &[("name", &ui.quoted(wanted))]);
    if near.is_empty() {
        base
    } else {
        fill(
            t.did_you_mean,
            &[("base", &base), ("names", &near.join(t.or))],
        )
    }
}

pub(super) fn confirmed(out: &mut dyn Write, t: &CliFiles) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(invalid(t.add_yes));
    }
    write!(out, "{}", t.delete_for_good)?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(is_yes(&answer))
}

/// Yes in either language, whatever the interface's: `y`, `yes`, `o`, `oui`, in any case.
/// Anything else, an empty line included, is no.
pub(super) fn is_yes(answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    matches!(answer.as_str(), "y" | "yes" | "o" | "oui")
}

#[cfg(test)]
mod tests {
    use super::is_yes;

    #[test]
    fn yes_is_yes_or_oui_and_anything_else_is_no() {
        for yes in ["y", "Y", "yes", "YES", "o", "O", "oui", "Oui", " oui\n"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "N", "non", "no", "ouais", "yes please", "0"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }
}
