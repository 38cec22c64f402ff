//! Keeping the store tidy and private: leftovers of interrupted saves, draft locks nobody
//! holds any more, and permissions that let other users in. Nothing here follows a link or
//! touches anything outside the data folder.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{Store, lock};
use crate::files::{TempState, temp_state, walk_all};

/// Something an interrupted save or session left in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    /// Nobody is using it: it can go (a temporary file holds plaintext).
    pub stale: bool,
}

impl Store {
    /// Every temporary file of a save in the store's folders (the only places the store
    /// writes), stale or still in use.
    pub fn leftovers(&self) -> Vec<Leftover> {
        let mut found = vec![];
        for dir in self.own_folders() {
            walk_all(&dir, &mut |seen| {
                if !seen.meta.is_file() {
                    return;
                }
                match temp_state(seen.path) {
                    TempState::NotTemp => {}
                    state => found.push(Leftover {
                        path: seen.path.to_path_buf(),
                        stale: state == TempState::Stale,
                    }),
                }
            });
        }
        found.sort_by(|a, b| a.path.cmp(&b.path));
        found
    }

    /// Removes a leftover if it is (still) stale; true when it is gone.
    pub fn remove_leftover(&self, leftover: &Leftover) -> bool {
        temp_state(&leftover.path) == TempState::Stale && fs::remove_file(&leftover.path).is_ok()
    }

    /// Run when the store opens: stale temporary files hold plaintext notes, so they go; lock
    /// files of sessions that died go too (taken, then removed while held, never by guess).
    pub(super) fn remove_stale_leftovers(&self) -> Vec<PathBuf> {
        let removed = self
            .leftovers()
            .into_iter()
            .filter(|l| l.stale && self.remove_leftover(l))
            .map(|l| l.path)
            .collect();
        self.remove_stale_locks();
        removed
    }

    fn remove_stale_locks(&self) {
        let dir = self.drafts_dir();
        let Ok(entries) = fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = lock::locked_id(&name)
                && entry.file_type().is_ok_and(|t| t.is_file())
            {
                // Dropping the lock at once removes its file.
                let _ = lock::lock(&dir, id);
            }
        }
    }

    /// The data folder, the store's own folders and every file and folder in them that other
    /// users can read or enter, with its mode. Links are not followed; anything else in the
    /// data folder (not the tool's) is left alone, so a data folder given by mistake (a home
    /// folder) is not rewritten.
    pub fn loose_permissions(&self) -> Vec<(PathBuf, u32)> {
        let mut loose = vec![];
        let mut visit = |path: &Path, meta: &fs::Metadata| {
            let mode = meta.permissions().mode() & 0o7777;
            if (meta.is_dir() || meta.is_file()) && mode & 0o077 != 0 {
                loose.push((path.to_path_buf(), mode));
            }
        };
        // The data folder itself may be a link the person chose: that one is followed.
        if let Ok(meta) = fs::metadata(self.root()) {
            visit(self.root(), &meta);
        }
        for dir in self.own_folders() {
            if let Ok(meta) = fs::symlink_metadata(&dir)
                && meta.is_dir()
            {
                visit(&dir, &meta);
                walk_all(&dir, &mut |seen| visit(seen.path, seen.meta));
            }
        }
        loose
    }

    /// The folders the tool keeps in the data folder.
    pub fn own_folders(&self) -> [PathBuf; 3] {
        [
            self.assessments_dir(),
            self.drafts_dir(),
            self.root().join("questionnaires"),
        ]
    }

    /// Every symbolic link in the store's folders (never followed; `check` names them).
    pub fn links(&self) -> Vec<PathBuf> {
        let mut links = vec![];
        for dir in self.own_folders() {
            if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
                links.push(dir);
                continue;
            }
            walk_all(&dir, &mut |seen| {
                if seen.meta.file_type().is_symlink() {
                    links.push(seen.path.to_path_buf());
                }
            });
        }
        links
    }
}
