//! Client folders an interrupted `forget --client` left: named by `check`, finished by
//! `check --fix` when the deletion was confirmed (the folder holds the marker written after
//! the yes). One without the marker and without `client.toml` is only named (by the loader).

use std::io::Write;
use std::path::PathBuf;

use crate::cli::Ui;
use crate::i18n::fill;
use crate::printable::printable_path;
use crate::store::{Belonging, Store, stranded};

/// Says (or with `fix` finishes) each interrupted `forget --client`; returns the folders it
/// spoke of, and how many problems are left.
pub(super) fn check(
    personal: &Store,
    fix: bool,
    out: &mut dyn Write,
    ui: &Ui,
) -> std::io::Result<(Vec<PathBuf>, usize)> {
    let c = ui.coach();
    let (mut folders, mut problems) = (vec![], 0);
    for s in stranded(personal.data_dir())
        .into_iter()
        .filter(|s| s.marked)
    {
        let folder = s.client.folder.clone();
        let name = ui.quoted(&s.client.name);
        let store = personal.client_space(s.client);
        if fix && let Some(gone) = finish(&store) {
            for path in gone {
                writeln!(out, "{}: {}", printable_path(&path), c.removed_forgotten)?;
            }
        } else {
            let said = fill(c.client_forget_interrupted, &[("name", &name)]);
            writeln!(out, "{}: {said}", printable_path(&folder))?;
            problems += 1;
        }
        folders.push(folder);
    }
    Ok((folders, problems))
}

/// Deletes what is left of the space; `None` when a draft of it is open in a window, or a
/// file cannot be deleted (it is then said as not finished).
fn finish(store: &Store) -> Option<Vec<PathBuf>> {
    let gathered = store.gather_all();
    let mut locks = vec![];
    for f in &gathered.files {
        if let Belonging::Draft(a) = &f.what {
            locks.push(store.lock_draft_to_delete(&a.id).ok()??);
        }
    }
    let paths: Vec<PathBuf> = gathered.files.into_iter().map(|f| f.path).collect();
    store.delete_space(&paths, locks).ok()?;
    Some(paths)
}
