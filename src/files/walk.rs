//! Walking the data folder without ever leaving it: a symbolic link to a folder is never
//! followed, and a link to a file is read only when it leads to a regular file inside the
//! data folder (a link to `/proc/kmsg`, `/dev/zero` or someone else's files is not).

use std::fs;
use std::path::{Path, PathBuf};

use super::read::io_reason;
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagFiles, fill};

/// An entry met by [`walk_all`], as it is on disk (links not followed).
pub(crate) struct Seen<'a> {
    pub path: &'a Path,
    pub(crate) meta: &'a fs::Metadata,
}

/// Every `*.toml` file under `dir`, at any depth, in name order. `root` is the data folder:
/// nothing outside it is read. Hidden names are skipped; what is not followed or not read is
/// reported in `problems`.
pub(crate) fn toml_files(dir: &Path, root: &Path, problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut found = vec![];
    toml_runs(dir, root, problems, &mut |run| found.extend(run));
    found
}

/// [`toml_files`] handed out a run at a time, never all at once: each run is the files of
/// one folder that come together in name order (a folder's files before and after one of
/// its subfolders are two runs), and the runs come in the order `toml_files` lists them.
/// Only one folder's names are held at a time.
pub(crate) fn toml_runs(
    dir: &Path,
    root: &Path,
    problems: &mut Vec<Diagnostic>,
    visit: &mut dyn FnMut(Vec<PathBuf>),
) {
    if let Some(problem) = not_a_real_folder(dir, root) {
        problems.push(problem);
        return;
    }
    walk(dir, root, problems, visit);
}

/// Calls `visit` on every entry below `dir` (hidden ones too), never following a link. `dir`
/// itself is not visited, and not entered when it is a link.
pub(crate) fn walk_all(dir: &Path, visit: &mut dyn FnMut(Seen)) {
    if fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        walk_entries(dir, visit);
    }
}

fn walk_entries(dir: &Path, visit: &mut dyn FnMut(Seen)) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        visit(Seen {
            path: &path,
            meta: &meta,
        });
        if meta.is_dir() {
            walk_entries(&path, visit);
        }
    }
}

/// Like [`walk_all`], visiting only hidden entries (a name starting with `.`) and looking at
/// nothing else but the folders to enter: the tool's temporary files are hidden, and a store
/// of a hundred thousand files is walked without a `stat` for each.
pub(crate) fn walk_hidden(dir: &Path, visit: &mut dyn FnMut(Seen)) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let hidden = entry.file_name().as_encoded_bytes().first() == Some(&b'.');
        // Most entries are neither (an assessment): no path is made for them.
        if !hidden && !kind.is_dir() {
            continue;
        }
        let path = entry.path();
        if hidden && let Ok(meta) = fs::symlink_metadata(&path) {
            visit(Seen {
                path: &path,
                meta: &meta,
            });
        }
        if kind.is_dir() {
            walk_hidden(&path, visit);
        }
    }
}

/// A folder of the store given as a symbolic link is not entered (the data folder itself
/// may be one: the person chose it).
fn not_a_real_folder(dir: &Path, root: &Path) -> Option<Diagnostic> {
    let meta = fs::symlink_metadata(dir).ok()?;
    (dir != root && meta.file_type().is_symlink())
        .then(|| Diagnostic::new(DiagFiles::now().link_not_followed).in_file(dir))
}

fn walk(
    dir: &Path,
    root: &Path,
    problems: &mut Vec<Diagnostic>,
    visit: &mut dyn FnMut(Vec<PathBuf>),
) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            problems.push(
                Diagnostic::new(fill(
                    DiagFiles::now().cannot_read_folder,
                    &[("reason", &io_reason(&e))],
                ))
                .in_file(dir),
            );
            return;
        }
    };
    // In name order, as paths sort: a subfolder's files come where its name does.
    let mut entries: Vec<fs::DirEntry> = entries.flatten().collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    let mut run = vec![];
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let is_toml = name.ends_with(".toml");
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if is_toml {
                problems.push(Diagnostic::new(DiagFiles::now().is_folder_skipped).in_file(&path));
            } else {
                if !run.is_empty() {
                    visit(std::mem::take(&mut run));
                }
                walk(&path, root, problems, visit);
            }
        } else if kind.is_symlink() {
            if is_toml {
                match link_inside(&path, root) {
                    Ok(()) => run.push(path),
                    Err(why) => problems.push(Diagnostic::new(why).in_file(&path)),
                }
            } else if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                problems.push(Diagnostic::new(DiagFiles::now().link_to_folder).in_file(&path));
            }
        } else if is_toml {
            // Pipes and devices are found here and refused, unopened, when read.
            run.push(path);
        }
    }
    if !run.is_empty() {
        visit(run);
    }
}

/// A link is read only when it leads to a regular file inside the data folder.
fn link_inside(link: &Path, root: &Path) -> Result<(), String> {
    let target = fs::canonicalize(link)
        .map_err(|e| fill(DiagFiles::now().link_nowhere, &[("reason", &io_reason(&e))]))?;
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !target.starts_with(&root) {
        return Err(DiagFiles::now().link_outside.into());
    }
    match fs::metadata(&target) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(m) if m.is_dir() => Err(DiagFiles::now().link_folder.into()),
        _ => Err(DiagFiles::now().link_odd.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_out_of_the_data_folder_are_never_followed() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.toml"), "x").unwrap();
        let data = tempfile::tempdir().unwrap();
        let root = data.path();
        let dir = root.join("assessments");
        std::fs::create_dir_all(dir.join("alice")).unwrap();
        std::fs::write(dir.join("alice/a.toml"), "x").unwrap();
        symlink(dir.join("alice/a.toml"), dir.join("alice/inside.toml")).unwrap();
        symlink(outside.path(), dir.join("elsewhere")).unwrap();
        symlink(outside.path().join("secret.toml"), dir.join("out.toml")).unwrap();
        symlink("/", dir.join("everything")).unwrap();
        let mut problems = vec![];
        let found = toml_files(&dir, root, &mut problems);
        assert_eq!(
            found,
            vec![dir.join("alice/a.toml"), dir.join("alice/inside.toml")]
        );
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(problems.len(), 3, "{text:?}");
        assert!(text.iter().any(|t| t.contains("outside the data folder")));

        // The store's own folder given as a link is not entered either.
        let linked = root.join("drafts");
        symlink(outside.path(), &linked).unwrap();
        let mut problems = vec![];
        assert!(toml_files(&linked, root, &mut problems).is_empty());
        assert_eq!(problems.len(), 1);
        let mut visited = 0;
        walk_all(&linked, &mut |_| visited += 1);
        assert_eq!(visited, 0);
    }
}
