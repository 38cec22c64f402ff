//! Keeping the store tidy and private: leftovers of interrupted saves, draft locks nobody
//! holds any more, and permissions that let other users in. Nothing here follows a link or
//! touches anything outside the data folder.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::client::{CLIENT_FILE, CLIENTS_DIR};
use super::{Store, lock};
use crate::files::{Seen, TempState, temp_state, walk_all, walk_hidden};

/// Something an interrupted save or session left in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Leftover {
    pub path: PathBuf,
    /// Nobody is using it: it can go (a temporary file holds plaintext).
    pub(crate) stale: bool,
    /// Named as an older version named its temporary files: reported, never removed by guess.
    pub(crate) older: bool,
}

/// What one walk of the store's folders found: links, and what other users can read.
#[derive(Debug, Default)]
pub(crate) struct Survey {
    pub(crate) links: Vec<PathBuf>,
    pub(crate) loose: Vec<(PathBuf, u32)>,
}

impl Store {
    /// Every temporary file of a save in the store's folders (the only places the store
    /// writes), stale or still in use.
    pub(crate) fn leftovers(&self) -> Vec<Leftover> {
        let mut found = vec![];
        if self.linked_space().is_some() {
            return found;
        }
        let mut look = |seen: Seen| {
            if !seen.meta.is_file() {
                return;
            }
            match temp_state(seen.path) {
                TempState::NotTemp => {}
                state => found.push(Leftover {
                    path: seen.path.to_path_buf(),
                    stale: state == TempState::Stale,
                    older: state == TempState::Older,
                }),
            }
        };
        for dir in self.own_folders() {
            if fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
                walk_hidden(&dir, &mut look);
            }
        }
        // The space's own files (`subjects.toml`, `client.toml`) are written beside the folders:
        // only their marked temporary names are looked at there, never deeper.
        if let Ok(entries) = fs::read_dir(self.root()) {
            for entry in entries.flatten() {
                if let Ok(meta) = fs::symlink_metadata(entry.path()) {
                    look(Seen {
                        path: &entry.path(),
                        meta: &meta,
                    });
                }
            }
        }
        found.sort_by(|a, b| a.path.cmp(&b.path));
        found
    }

    /// Removes a leftover if it is (still) stale; true when it is gone.
    pub(crate) fn remove_leftover(&self, leftover: &Leftover) -> bool {
        temp_state(&leftover.path) == TempState::Stale && fs::remove_file(&leftover.path).is_ok()
    }

    /// Run when the store opens: stale temporary files hold plaintext notes, so they go; lock
    /// files of sessions that died go too (taken, then removed while held, never by guess).
    pub(super) fn remove_stale_leftovers(&self) -> Vec<PathBuf> {
        if self.linked_space().is_some() {
            return vec![];
        }
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

    /// Every symbolic link in the store's folders (never followed; `check` names them), and
    /// the data folder, the store's own folders and every file and folder in them that other
    /// users can read or enter, with its mode: one walk for both, each entry looked at once.
    /// Links are not followed; anything else in the data folder (not the tool's) is left
    /// alone, so a data folder given by mistake (a home folder) is not rewritten.
    pub(crate) fn survey(&self) -> Survey {
        let mut survey = Survey::default();
        if let Some(linked) = self.linked_space() {
            survey.links.extend(linked.path);
            return survey;
        }
        fn loose(path: &Path, meta: &fs::Metadata, survey: &mut Survey) {
            let mode = meta.permissions().mode() & 0o7777;
            if (meta.is_dir() || meta.is_file()) && mode & 0o077 != 0 {
                survey.loose.push((path.to_path_buf(), mode));
            }
        }
        let own: Vec<(PathBuf, fs::Metadata)> = self
            .own_files()
            .into_iter()
            .filter_map(|p| Some((p.clone(), fs::symlink_metadata(&p).ok()?)))
            .collect();
        for (path, meta) in &own {
            if meta.file_type().is_symlink() {
                survey.links.push(path.clone());
            }
        }
        // The data folder itself may be a link the person chose: that one is followed (a
        // client's folder that is a link was turned away above).
        if let Ok(meta) = fs::metadata(self.root()) {
            loose(self.root(), &meta, &mut survey);
        }
        for dir in self.own_folders() {
            match fs::symlink_metadata(&dir) {
                Ok(meta) if meta.file_type().is_symlink() => survey.links.push(dir),
                Ok(meta) if meta.is_dir() => {
                    loose(&dir, &meta, &mut survey);
                    walk_all(&dir, &mut |seen| {
                        if seen.meta.file_type().is_symlink() {
                            survey.links.push(seen.path.to_path_buf());
                        }
                        loose(seen.path, seen.meta, &mut survey);
                    });
                }
                _ => {}
            }
        }
        for (path, meta) in &own {
            loose(path, meta, &mut survey);
        }
        survey
    }

    /// The folders the tool keeps in the space, walked to their depths. A client's space reads
    /// the shared questionnaires but does not keep them.
    pub(crate) fn own_folders(&self) -> Vec<PathBuf> {
        let mut folders = vec![
            self.assessments_dir(),
            self.drafts_dir(),
            self.root().join(super::cache::CACHE_DIR),
        ];
        if self.client().is_none() {
            folders.push(self.root().join("questionnaires"));
        }
        folders
    }

    /// The files and the folder (not walked) the tool keeps beside its folders: the check-in
    /// cadences, a client's `client.toml`, and in the personal space `clients/` itself (each
    /// client folder is looked at by its own space).
    pub(crate) fn own_files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.subjects_file()];
        match self.client() {
            Some(_) => files.push(self.root().join(CLIENT_FILE)),
            None => files.push(self.root().join(CLIENTS_DIR)),
        }
        files
    }
}
