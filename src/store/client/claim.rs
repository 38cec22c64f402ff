//! Making a client's space, one process at a time (a turn at `clients/`): two clients made at
//! once ("Zoé" and "Zoe", whose folders would both be `zoe`) each get a folder of their own,
//! written with its `client.toml` before the turn ends; and no second client is ever made with
//! the name of one whose `client.toml` cannot be read (a field lost in a sync), which would
//! split one person's relationships across two spaces.

use std::fs;
use std::path::Path;

use super::{CLIENT_FILE, CLIENTS_DIR, Client, Lookup, client_toml, find, new_client};
use super::{read_client, read_clients};
use crate::diagnostic::Diagnostic;
use crate::files::{ensure_private_dir, read_text, take_turn, write_atomic};
use crate::names;
use crate::store::{Store, StoreError, slug};
use crate::time::Timestamp;

impl Store {
    /// The client named `name`, made now (its folder and `client.toml`) unless another process
    /// made it meanwhile. Refused when a client folder that cannot be read may be this client's.
    pub(crate) fn claim_client(&self, name: &str, now: Timestamp) -> Result<Client, StoreError> {
        let dir = self.data_dir.join(CLIENTS_DIR);
        match fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(StoreError::ThroughLink { path: dir });
            }
            Ok(m) if !m.is_dir() => return Err(StoreError::NotAFolder { path: dir }),
            _ => ensure_private_dir(&dir)?,
        }
        let _turn = take_turn(&dir)?;
        let (clients, _) = read_clients(&self.data_dir);
        match find(&clients, name) {
            Lookup::Found(client) => return Ok(client.clone()),
            Lookup::Ambiguous(list) => {
                return Err(StoreError::OtherClient {
                    folder: list[0].folder.clone(),
                });
            }
            Lookup::Missing => {}
        }
        drop_empty_folders(&dir, &slug(name));
        if let Some(problem) = damaged_client(&self.data_dir, name) {
            return Err(StoreError::ClientDamaged(problem));
        }
        let client = new_client(&self.data_dir, name, now);
        ensure_private_dir(&client.folder)?;
        // An unconfirmed folder flush still leaves the file there: the space is made.
        let _saved = write_atomic(
            &client.folder.join(CLIENT_FILE),
            client_toml(&client).as_bytes(),
            false,
        )?;
        Ok(client)
    }
}

/// The problem of a client folder that cannot be read but may be the client `name`'s: its
/// `client.toml` still names them, or, when the name is lost, the folder is named after them
/// (`marie`, `marie-2`). A folder of another name, or naming another client, is not theirs.
pub fn damaged_client(data_dir: &Path, name: &str) -> Option<Diagnostic> {
    let base = slug(name);
    let entries = fs::read_dir(data_dir.join(CLIENTS_DIR)).ok()?;
    let mut found: Vec<_> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| {
            let problem = read_client(&e.path()).err()?;
            let written = read_text(&e.path().join(CLIENT_FILE))
                .ok()
                .and_then(|text| toml::from_str::<toml::Table>(&text).ok())
                .and_then(|t| t.get("name")?.as_str().map(str::to_string));
            let theirs = match written {
                Some(written) => names::same(&written, name),
                None => named_after(&e.file_name().to_string_lossy(), &base),
            };
            theirs.then_some(problem)
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found.into_iter().next()
}

/// Removes the empty folders named after `base`: what a claim killed between making the folder
/// and writing its `client.toml` leaves. `remove_dir` only ever removes an empty folder.
fn drop_empty_folders(dir: &Path, base: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir())
            && named_after(&entry.file_name().to_string_lossy(), base)
        {
            let _ = fs::remove_dir(entry.path());
        }
    }
}

/// Whether a folder name is `base`, or `base-N` as a second client of that slug is named.
fn named_after(folder: &str, base: &str) -> bool {
    folder == base
        || folder
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_folder_that_may_be_theirs_stops_a_new_client() {
        let dir = tempfile::tempdir().unwrap();
        let clients = dir.path().join(CLIENTS_DIR);
        let write = |folder: &str, text: &str| {
            fs::create_dir_all(clients.join(folder)).unwrap();
            fs::write(clients.join(folder).join(CLIENT_FILE), text).unwrap();
        };
        write("marie", "created = 2026-01-05T09:00:00Z\n");
        write("bob", "name = \"Robert\"\n");
        write("anna-2", "name = [\n");
        let marie = damaged_client(dir.path(), "MARIE").expect("her folder");
        assert_eq!(marie.path, Some(clients.join("marie/client.toml")));
        assert!(damaged_client(dir.path(), "Robert").is_some(), "by name");
        assert!(damaged_client(dir.path(), "Bob").is_none(), "names another");
        assert!(damaged_client(dir.path(), "Anna").is_some(), "anna-2");
        assert!(damaged_client(dir.path(), "Annabel").is_none());
        assert!(named_after("marie-12", "marie") && !named_after("marie-x", "marie"));
    }

    #[test]
    fn an_empty_folder_left_by_a_killed_claim_is_taken_again() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("clients/marie")).unwrap();
        let (store, _) = Store::open(dir.path().to_path_buf());
        let now = Timestamp::parse("2026-01-05T09:00:00Z").unwrap();
        let marie = store.claim_client("Marie", now).unwrap();
        assert_eq!(marie.folder, dir.path().join("clients/marie"));
        assert_eq!(store.claim_client("marie", now).unwrap(), marie, "found");
        assert!(!dir.path().join(".clients.lock").exists());
    }
}
