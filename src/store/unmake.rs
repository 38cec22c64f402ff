//! Deleting a whole client's space so that an interruption never strands what is left: a
//! marker (`.forgetting`, holding the client's name) is written once the person has said yes,
//! `client.toml` goes last of the files, and a client folder left with the marker, or without
//! its `client.toml`, is still found ([`stranded`]): `forget --client` finishes either,
//! `check --fix` only a marked one (what is not marked was never confirmed).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::client::{CLIENT_FILE, CLIENTS_DIR, Client, client_toml, parse};
use super::{DraftLock, Store, StoreError, lock};
use crate::files::{walk_all, write_atomic};
use crate::time::Timestamp;

/// Written in a client's folder before anything of it is deleted.
pub(crate) const FORGETTING: &str = ".forgetting";

/// A file `forget` could not delete, and why.
#[derive(Debug)]
pub struct Undeleted {
    pub path: PathBuf,
    pub error: io::Error,
}

/// A client folder an interrupted `forget --client` may have left.
#[derive(Debug)]
pub(crate) struct Stranded {
    /// From the marker; without one, named as its folder.
    pub client: Client,
    /// The marker is there: its deletion was confirmed.
    pub marked: bool,
}

/// Every client folder (never through a link) holding the marker, or without `client.toml`.
pub(crate) fn stranded(data_dir: &Path) -> Vec<Stranded> {
    let Ok(entries) = fs::read_dir(data_dir.join(CLIENTS_DIR)) else {
        return vec![];
    };
    let mut found = vec![];
    for entry in entries.flatten() {
        let folder = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let marker = folder.join(FORGETTING);
        let marked = fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file());
        if !marked && fs::symlink_metadata(folder.join(CLIENT_FILE)).is_ok() {
            continue;
        }
        let named = crate::files::read_text(&marker)
            .ok()
            .filter(|_| marked)
            .and_then(|text| parse(&text).ok());
        let (name, created) = named.unwrap_or((name, Timestamp::now()));
        let client = Client {
            name,
            created,
            folder,
        };
        found.push(Stranded { client, marked });
    }
    found.sort_by(|a, b| a.client.folder.cmp(&b.client.folder));
    found
}

impl Store {
    /// Marks this client's space as being deleted: from now on, an interruption is finished
    /// by `forget --client` or `check --fix`. Nothing for the personal space.
    pub fn mark_forgetting(&self) -> Result<(), StoreError> {
        let Some(client) = self.client() else {
            return Ok(());
        };
        // Unconfirmed is fine: a marker lost to a power cut leaves what the old order left.
        write_atomic(&self.marker(), client_toml(client).as_bytes(), true).map(|_saved| ())?;
        Ok(())
    }

    pub fn marker(&self) -> PathBuf {
        self.root().join(FORGETTING)
    }

    /// Takes draft `id`'s lock to delete it: writes nothing else (a half-deleted client's
    /// `client.toml` must not come back).
    pub fn lock_draft_to_delete(&self, id: &str) -> Result<Option<DraftLock>, StoreError> {
        lock::lock(&self.drafts_dir(), id)
    }

    /// Deletes `files` (what was listed), `client.toml` last; then, once `locks` are released,
    /// the folders it emptied (deepest first), the marker and the space's folder. Only empty
    /// folders go, so nothing unlisted is ever removed.
    pub fn delete_space(&self, files: &[PathBuf], locks: Vec<DraftLock>) -> Result<(), Undeleted> {
        let client_file = self.root().join(CLIENT_FILE);
        let (last, first): (Vec<&PathBuf>, Vec<&PathBuf>) =
            files.iter().partition(|p| **p == client_file);
        for path in first.into_iter().chain(last) {
            fs::remove_file(path).map_err(|error| Undeleted {
                path: path.clone(),
                error,
            })?;
        }
        drop(locks);
        let mut folders: Vec<PathBuf> = vec![];
        walk_all(self.root(), &mut |seen| {
            if seen.meta.is_dir() {
                folders.push(seen.path.to_path_buf());
            }
        });
        folders.sort_by_key(|f| std::cmp::Reverse(f.components().count()));
        for folder in &folders {
            let _ = fs::remove_dir(folder);
        }
        // The marker goes only when nothing else is left: an interruption before keeps it.
        if fs::read_dir(self.root())
            .is_ok_and(|mut e| e.all(|e| e.is_ok_and(|e| e.file_name() == FORGETTING)))
        {
            let _ = fs::remove_file(self.marker());
        }
        let _ = fs::remove_dir(self.root());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_toml_goes_last_and_the_marker_stays_until_the_rest_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let (personal, _) = Store::open(dir.path().to_path_buf());
        let folder = dir.path().join(CLIENTS_DIR).join("marie");
        let client = Client {
            name: "Marie".into(),
            created: Timestamp::parse("2026-01-05T09:00:00Z").unwrap(),
            folder: folder.clone(),
        };
        let store = personal.client_space(client);
        fs::create_dir_all(&folder).unwrap();
        fs::write(
            folder.join("client.toml"),
            "name = \"Marie\"\ncreated = 2026-01-05T09:00:00Z\n",
        )
        .unwrap();
        let note = folder.join("assessments/a.toml");
        fs::create_dir_all(note.parent().unwrap()).unwrap();
        fs::write(&note, "x").unwrap();
        // A folder where a file was listed: it cannot be deleted as one (even by root).
        let stuck = folder.join("drafts");
        fs::create_dir_all(stuck.join("inside")).unwrap();
        store.mark_forgetting().unwrap();
        let listed = [folder.join(CLIENT_FILE), note.clone(), stuck.clone()];
        let undeleted = store.delete_space(&listed, vec![]).unwrap_err();
        assert_eq!(undeleted.path, stuck);
        assert!(!note.exists());
        assert!(
            folder.join(CLIENT_FILE).exists(),
            "the marker of a client goes last"
        );
        let left = stranded(dir.path());
        assert!(
            left.len() == 1 && left[0].marked && left[0].client.name == "Marie",
            "found again, by its name: {left:?}"
        );
        fs::remove_dir_all(&stuck).unwrap();
        store
            .delete_space(&[folder.join(CLIENT_FILE)], vec![])
            .unwrap();
        assert!(!folder.exists(), "all gone, the marker too");
    }
}
