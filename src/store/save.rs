//! Writing into the store: completed assessments (never replacing a file, never filing one
//! assessment twice), drafts, and their locks. Nothing is ever written through a symbolic
//! link: the folders between the data folder and the file must be real folders.

use rustix::fs::OFlags;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Component, Path};

use super::client::{CLIENT_FILE, Client, client_toml};
use super::{DraftLock, Filed, Store, StoreError, lock};
use crate::assessment::{self, Assessment};
use crate::files::{Saved, ensure_private_dir, read_text, walk_all, write_atomic};

impl Store {
    /// Files a completed assessment. Never replaces an existing file, and never files an
    /// assessment whose id is already in the store: the same content is "already there"
    /// (a retry, a second import), a different one fails with
    /// [`StoreError::DifferentContent`]. Two processes filing at once take turns, so they
    /// cannot both file the same id for one subject.
    pub(crate) fn save_completed(&self, a: &Assessment) -> Result<Filed, StoreError> {
        let path = self.path_for(a);
        self.prepare(&path)?;
        let _turn = self.writers_turn()?;
        self.file_in_turn(a, &path)
    }

    /// [`Self::save_completed`]'s work, for a caller that already holds the writers' turn
    /// and has prepared `path` (`path_for(a)`).
    pub(crate) fn file_in_turn(&self, a: &Assessment, path: &Path) -> Result<Filed, StoreError> {
        let text = assessment::to_toml(a);
        if let Some(existing) = file_of_id(path, &a.id) {
            return if self.holds(&existing, &text) {
                Ok(Filed::AlreadyThere)
            } else {
                Err(StoreError::DifferentContent { id: a.id.clone() })
            };
        }
        let saved = write_atomic(path, text.as_bytes(), false)?;
        Ok(Filed::New(path.to_path_buf(), saved))
    }

    /// Writes (or rewrites) a draft.
    pub(crate) fn save_draft(&self, a: &Assessment) -> Result<Saved, StoreError> {
        let path = self.draft_path(&a.id);
        self.prepare(&path)?;
        Ok(write_atomic(
            &path,
            assessment::to_toml(a).as_bytes(),
            true,
        )?)
    }

    /// Takes draft `id` for this process; `None` when another session has it open.
    pub fn lock_draft(&self, id: &str) -> Result<Option<DraftLock>, StoreError> {
        self.prepare(&self.draft_path(id))?;
        lock::lock(&self.drafts_dir(), id)
    }

    /// Removes a draft once its assessment is safely filed.
    pub(crate) fn remove_draft(&self, id: &str) -> Result<(), StoreError> {
        match fs::remove_file(self.draft_path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    /// Whether the file at `path` holds the assessment whose canonical text is `text`.
    fn holds(&self, path: &Path, text: &str) -> bool {
        read_text(path)
            .ok()
            .and_then(|existing| assessment::from_toml(&existing).ok())
            .is_some_and(|(a, _)| assessment::to_toml(&a) == text)
    }

    /// Holds `assessments/` locked while a writer checks and files: released when dropped.
    pub(crate) fn writers_turn(&self) -> Result<File, StoreError> {
        let dir = OpenOptions::new()
            .read(true)
            .custom_flags(OFlags::DIRECTORY.bits() as i32 | OFlags::NOFOLLOW.bits() as i32)
            .open(self.assessments_dir())?;
        dir.lock()?;
        Ok(dir)
    }

    /// Makes the folders down to `path` (private), refusing any that is a symbolic link: what
    /// the tool writes stays in the data folder, where it can read it back. A client's space
    /// gets its `client.toml` with the first thing written in it.
    pub(super) fn prepare(&self, path: &Path) -> Result<(), StoreError> {
        self.prepare_folders(path)?;
        if let Some(client) = &self.client {
            self.ensure_client_file(client)?;
        }
        Ok(())
    }

    fn prepare_folders(&self, path: &Path) -> Result<(), StoreError> {
        ensure_private_dir(&self.data_dir)?;
        self.walk_folders(path, true)
    }

    /// Checks the folders down to `path` as [`Self::prepare`] does, making none: a missing
    /// one is an `io::ErrorKind::NotFound` error.
    pub(super) fn check_folders(&self, path: &Path) -> Result<(), StoreError> {
        self.walk_folders(path, false)
    }

    fn walk_folders(&self, path: &Path, create: bool) -> Result<(), StoreError> {
        let Some(folder) = path.parent() else {
            return Ok(());
        };
        if !folder.starts_with(&self.root) {
            return Err(StoreError::OutsideSpace { path: path.into() });
        }
        // From the data folder down: `clients/` and a client's folder are checked like the rest.
        let below = folder
            .strip_prefix(&self.data_dir)
            .map_err(|_| StoreError::OutsideData { path: path.into() })?;
        let mut at = self.data_dir.clone();
        for part in below.components() {
            let Component::Normal(name) = part else {
                return Err(StoreError::NotPlainName { path: path.into() });
            };
            at.push(name);
            match fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(StoreError::ThroughLink { path: at });
                }
                Ok(m) if !m.is_dir() => {
                    return Err(StoreError::NotAFolder { path: at });
                }
                Ok(_) => {}
                Err(_) if create => ensure_private_dir(&at)?,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Writes `client.toml` if the folder has none; one naming another client is refused, so
    /// that two clients never share a folder.
    fn ensure_client_file(&self, client: &Client) -> Result<(), StoreError> {
        let path = self.root.join(CLIENT_FILE);
        match fs::symlink_metadata(&path) {
            Ok(m) if m.is_file() => {
                let text = read_text(&path).map_err(StoreError::Invalid)?;
                match super::client::parse(&text) {
                    Ok((name, _)) if crate::names::same(&name, &client.name) => Ok(()),
                    _ => Err(StoreError::OtherClient {
                        folder: self.root.clone(),
                    }),
                }
            }
            Ok(_) => Err(StoreError::ClientFileOdd { path }),
            Err(_) => match write_atomic(&path, client_toml(client).as_bytes(), false) {
                // Written meanwhile by another process: check whose it is.
                Err(e) if e.io().map(io::Error::kind) == Some(io::ErrorKind::AlreadyExists) => {
                    self.ensure_client_file(client)
                }
                other => Ok(other.map(|_| ())?),
            },
        }
    }
}

/// A file beside `path` (in the subject's folder) already named for assessment `id`: names
/// end in `-<id>.toml`. The folder only, so filing stays quick in a store of years.
pub(super) fn file_of_id(path: &Path, id: &str) -> Option<std::path::PathBuf> {
    let suffix = format!("-{id}.toml");
    let mut found = None;
    walk_all(path.parent()?, &mut |seen| {
        let name = seen.path.file_name().unwrap_or_default().to_string_lossy();
        if found.is_none() && seen.meta.is_file() && name.ends_with(&suffix) {
            found = Some(seen.path.to_path_buf());
        }
    });
    found
}
