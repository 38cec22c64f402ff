//! What an interrupted `config set` leaves beside the config file: its hidden temporary copy,
//! which holds the person's name and comments. Cleaned as the data folder's are, when the file
//! is read (only a stale one nobody holds); the rest `check` reports.

use std::path::{Path, PathBuf};

use crate::files::{TempState, is_older_temp_name, is_temp_name, temp_state};

/// Every temporary copy of the config file at `path`, with its state. Only the config file's
/// own names are looked at: the folder may be shared (a dotfiles repository).
pub(crate) fn leftovers(path: &Path) -> Vec<(PathBuf, TempState)> {
    let (Some(dir), Some(file)) = (path.parent(), path.file_name()) else {
        return vec![];
    };
    let file = file.to_string_lossy();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut found: Vec<_> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let of_this_file =
                name.starts_with(&format!(".{file}~")) || name.starts_with(&format!(".{file}."));
            of_this_file && (is_temp_name(&name) || is_older_temp_name(&name))
        })
        .map(|e| (e.path(), temp_state(&e.path())))
        .filter(|(_, state)| *state != TempState::NotTemp)
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Removes the stale copies (nobody holds them, over a minute old); returns them.
pub(super) fn remove_stale(path: &Path) -> Vec<PathBuf> {
    leftovers(path)
        .into_iter()
        .filter(|(p, state)| {
            // Asked again just before: a writer may have come back to it.
            *state == TempState::Stale
                && temp_state(p) == TempState::Stale
                && std::fs::remove_file(p).is_ok()
        })
        .map(|(p, _)| p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_config_files_own_stale_copies_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let old = |name: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, "name = \"Sam\"").unwrap();
            let f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
            f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
                .unwrap();
            p
        };
        let stale = old(".config.toml~confiance-4194999-0.tmp");
        let older = old(".config.toml.4194999-0.tmp");
        let other = old(".other.toml~confiance-4194999-0.tmp");
        let found = leftovers(&path);
        assert_eq!(
            found,
            vec![
                (older.clone(), TempState::Older),
                (stale.clone(), TempState::Stale)
            ]
        );
        assert_eq!(remove_stale(&path), vec![stale.clone()]);
        assert!(!stale.exists() && older.exists() && other.exists());
    }
}
