//! `confiance check [--fix]`: every problem of the store, per file; `--fix` does only the safe
//! things (removes leftovers of interrupted saves and drafts whose assessment is already
//! saved, tightens permissions) and moves nothing.

mod pass;
mod stranded;

use pass::{duplicates, read_every_file};

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use clap::Args;

use super::Ui;
use crate::diagnostic::Diagnostic;
use crate::files::tighten_mode;
use crate::i18n::fill;
use crate::printable::printable_path;
use crate::store::{Store, Stored, cache};

/// Check every file of the store; --fix removes leftovers of interrupted saves and tightens permissions
#[derive(Debug, Args)]
#[command(
    after_help = "Lists every unreadable file, every leftover of an interrupted save and every symbolic link not followed (links never lead out of the data folder). It reads every file itself, then rebuilds the summary cache (`.cache/summary`), saying when it was out of date or damaged (harmless: only a cache). --fix also removes a draft whose assessment is already saved with the same answers and notes, and finishes a confirmed `forget --client` that was interrupted; on permissions it only takes group and other bits away, and only from regular files and folders inside the data folder. Every client's space is checked too, each with its own summary; --client checks that one only.\n\nExamples:\n  confiance check\n  confiance check --fix\n  confiance --client Marie check"
)]
pub(crate) struct CheckArgs {
    /// Do the safe repairs: remove leftovers of interrupted saves, tighten permissions
    #[arg(long)]
    pub(crate) fix: bool,
}

/// Checks the personal space and every client's, or with `client` that client's only. Exit 1
/// when any space has a problem.
pub(super) fn run(
    args: &CheckArgs,
    personal: &Store,
    client: Option<&str>,
    opening: &[Diagnostic],
    config: &crate::config::Config,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let config_problems = config_leftovers(config, out, ui)?;
    if let Some(wanted) = client {
        let client = super::space::client(personal, wanted, false, ui)?;
        let store = personal.client_space(client);
        let problems = check_space(args, &store, &[], out, ui)?;
        return Ok(u8::from(problems + config_problems > 0));
    }
    // What an interrupted `forget --client` left, first: `--fix` finishes it.
    let (stranded, mut problems) = stranded::check(personal, args.fix, out, ui)?;
    let (clients, mut opening_all) = personal.clients();
    // Those folders were just spoken of: not again as "a folder without client.toml".
    opening_all.retain(|d| !d.path.as_ref().is_some_and(|p| stranded.contains(p)));
    opening_all.splice(0..0, opening.iter().cloned());
    problems += config_problems + check_space(args, personal, &opening_all, out, ui)?;
    for client in clients
        .into_iter()
        .filter(|c| !stranded.contains(&c.folder))
    {
        let store = personal.client_space(client);
        problems += check_space(args, &store, &[], out, ui)?;
    }
    Ok(u8::from(problems > 0))
}

/// The config file's temporary copies: those removed when it was read, and those still
/// there (a save in progress, or an older version's name); returns how many are problems.
fn config_leftovers(
    config: &crate::config::Config,
    out: &mut dyn Write,
    ui: &Ui,
) -> anyhow::Result<usize> {
    use crate::files::TempState;
    let t = ui.files();
    for path in &config.cleaned {
        writeln!(out, "{}: {}", printable_path(path), t.removed_leftover)?;
    }
    let Some(path) = &config.path else {
        return Ok(0);
    };
    let mut problems = 0;
    for (path, state) in crate::config::leftovers(path) {
        let why = match state {
            TempState::Older => t.older_leftover,
            TempState::Stale => t.leftover,
            _ => t.save_in_progress,
        };
        writeln!(out, "{}: {why}", printable_path(&path))?;
        problems += 1;
    }
    Ok(problems)
}

/// Every problem of one space, then its summary line; returns how many problems it has.
fn check_space(
    args: &CheckArgs,
    store: &Store,
    opening: &[Diagnostic],
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<usize> {
    let t = ui.files();
    let mut problems = 0usize;
    let mut report = |out: &mut dyn Write, line: String| -> std::io::Result<()> {
        problems += 1;
        writeln!(out, "{line}")
    };
    for d in opening {
        report(out, d.to_string())?;
    }
    let drafts = store.drafts();
    let (_, settings_problems) = store.subject_settings();
    // Invitations and the answers of groups, each file read as the commands read it.
    let (invitations, mut invitation_problems) = store.invitations();
    let mut group_files = 0;
    for i in &invitations {
        let (answers, problems) = store.group_answers(&i.id);
        group_files += answers.len();
        invitation_problems.extend(problems);
    }
    // A draft that outlived the filing of its assessment (a crash between the two) is not a
    // conflict: it is said as such, and `--fix` removes it.
    let (settled, open): (Vec<_>, Vec<_>) = drafts
        .assessments
        .iter()
        .map(|d| (d, store.filed_as(&d.assessment)))
        .partition(|(_, filed)| filed.is_some());
    let open: Vec<&Stored> = open.into_iter().map(|(d, _)| d).collect();
    let survey = store.survey();
    let links = &survey.links;
    // Every file is read, never the summary cache: `check` is what verifies the cache.
    let pass = read_every_file(store, &open, links);
    for d in pass
        .problems
        .iter()
        .chain(&drafts.problems)
        .chain(&settings_problems)
        .chain(&invitation_problems)
    {
        report(out, d.to_string())?;
    }
    for (draft, filed) in settled {
        let path = printable_path(&draft.path);
        let filed = printable_path(&filed.unwrap_or_default());
        if args.fix && store.settle_filed_draft(&draft.assessment).unwrap_or(false) {
            let said = fill(t.removed_already_saved, &[("filed", &filed)]);
            writeln!(out, "{path}: {said}")?;
        } else {
            report(
                out,
                format!(
                    "{path}: {}",
                    fill(t.draft_already_saved, &[("filed", &filed)])
                ),
            )?;
        }
    }
    // The ids met more than once are looked at again, with every copy of each.
    if !pass.again.is_empty() {
        let (kept, copies) = store.copies_of(&pass.again);
        let all = kept.iter().chain(&copies).chain(open.iter().copied());
        let all = all.filter(|s| pass.again.contains(&s.assessment.id));
        for line in duplicates(all, ui) {
            report(out, line)?;
        }
    }
    let (cache_said, cache_problem) = cache_lines(store, pass.cache, ui);
    for line in cache_said {
        writeln!(out, "{line}")?;
    }
    if let Some(line) = cache_problem {
        report(out, line)?;
    }
    for path in store.cleaned() {
        writeln!(out, "{}: {}", printable_path(&path), t.removed_leftover)?;
    }
    for leftover in store.leftovers() {
        let path = printable_path(&leftover.path);
        if leftover.older {
            report(out, format!("{path}: {}", t.older_leftover))?;
        } else if !leftover.stale {
            report(out, format!("{path}: {}", t.save_in_progress))?;
        } else if args.fix && store.remove_leftover(&leftover) {
            writeln!(out, "{path}: {}", t.removed_leftover)?;
        } else {
            report(out, format!("{path}: {}", t.leftover))?;
        }
    }
    // Links the loaders already named, or read (inside the data folder), need no second word.
    let named: Vec<&std::path::Path> = pass
        .problems
        .iter()
        .chain(&drafts.problems)
        .chain(&settings_problems)
        .chain(&invitation_problems)
        .chain(opening)
        .filter_map(|d| d.path.as_deref())
        .chain(pass.links_read.iter().map(PathBuf::as_path))
        .chain(drafts.assessments.iter().map(|s| s.path.as_path()))
        .collect();
    for link in links {
        if !named.contains(&link.as_path()) {
            report(
                out,
                format!("{}: {}", printable_path(link), t.link_not_followed),
            )?;
        }
    }
    for (path, mode) in &survey.loose {
        // Looked at before the files were read: one the pass replaced since (the summary
        // cache, written anew) may be tight now.
        let mode = *mode;
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0) {
            continue;
        }
        let shown = printable_path(path);
        if args.fix {
            match tighten_mode(path) {
                Ok(tight) => {
                    let (from, to) = (format!("{mode:o}"), format!("{tight:o}"));
                    let message = fill(t.tightened, &[("from", &from), ("to", &to)]);
                    writeln!(out, "{shown}: {message}")?
                }
                Err(e) => {
                    let message = fill(t.cannot_tighten, &[("reason", &e)]);
                    report(out, format!("{shown}: {message}"))?
                }
            }
        } else {
            let (mode, tight) = (format!("{mode:o}"), format!("{:o}", mode & !0o077));
            let message = fill(t.readable_by_others, &[("mode", &mode), ("tight", &tight)]);
            report(out, format!("{shown}: {message}"))?;
        }
    }
    let files = pass.valid + drafts.assessments.len() + invitations.len() + group_files;
    let root = printable_path(store.root());
    if problems == 0 {
        let message = ui.count(files, t.no_problem_one, t.no_problem_many);
        writeln!(out, "{root}: {message}")?;
    } else {
        let valid = ui.count(files, t.valid_files_one, t.valid_files_many);
        let found = ui.count(problems, t.problems_one, t.problems_many);
        writeln!(out, "{root}: {valid}, {found}")?;
    }
    Ok(problems)
}

/// What was wrong with the summary cache, which is rebuilt here: never a problem of the store
/// (first), unless it could not be rebuilt (second): it may then still hold what is gone.
fn cache_lines(store: &Store, verdict: cache::Verdict, ui: &Ui) -> (Vec<String>, Option<String>) {
    let t = ui.files();
    let path = printable_path(&cache::path(store.root()));
    if let Some(reason) = &verdict.unwritten {
        let said = fill(t.cache_unwritten, &[("reason", reason)]);
        return (vec![], Some(format!("{path}: {said}")));
    }
    let mut lines = vec![];
    if verdict.unusable {
        lines.push(format!("{path}: {}", t.cache_unusable));
    }
    if verdict.wrong > 0 {
        let said = ui.count(verdict.wrong, t.cache_wrong_one, t.cache_wrong_many);
        lines.push(format!("{path}: {said}"));
    }
    if verdict.stale > 0 {
        let said = ui.count(verdict.stale, t.cache_stale_one, t.cache_stale_many);
        lines.push(format!("{path}: {said}"));
    }
    (lines, None)
}
