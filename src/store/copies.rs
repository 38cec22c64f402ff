//! Telling a second copy of an assessment met in another folder, without keeping every id.
//! Two copies with the same content have the same subject, and a subject's files go in one
//! folder (`assessments/<slug>`): so of two copies in two folders, one at least lies outside
//! its subject's folder. Only the ids of such files (rare) are kept, with those of the folder
//! being walked; a file outside its subject's folder looks into that folder once. What is
//! told here is only a doubt: `Store::settle` reads the copies and decides.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use super::{Store, load, slug};

/// The ids a pass over a space keeps, so that it stays the same size whatever the space's.
pub(super) struct Copies<'s> {
    store: &'s Store,
    /// The subject folder being walked, and the hash of each id met in it so far.
    current: Option<(PathBuf, HashSet<u64>)>,
    /// The hash of each id met in a file outside its subject's folder.
    elsewhere: HashSet<u64>,
    /// The last subject's folder worked out: a folder's files share their subject.
    last_home: Option<(String, PathBuf)>,
}

impl<'s> Copies<'s> {
    pub(super) fn new(store: &'s Store) -> Self {
        Self {
            store,
            current: None,
            elsewhere: HashSet::new(),
            last_home: None,
        }
    }

    /// Whether the assessment `id` about `subject`, in the file at `path` (met in the order
    /// the store is walked), may be a second copy of one met before.
    pub(super) fn maybe_again(&mut self, path: &Path, id: &str, subject: &str) -> bool {
        let hash = id_hash(id);
        let home = self.home(subject);
        let folder = path.parent().unwrap_or(Path::new(""));
        let mut again = self.elsewhere.contains(&hash);
        if folder == home {
            match &mut self.current {
                Some((dir, ids)) if dir.as_path() == folder => again |= !ids.insert(hash),
                _ => self.current = Some((home, HashSet::from([hash]))),
            }
        } else {
            again |= self.in_home_before(&home, path, id, hash);
            self.elsewhere.insert(hash);
        }
        again
    }

    /// The folder where the store files `subject`'s assessments.
    fn home(&mut self, subject: &str) -> PathBuf {
        match &self.last_home {
            Some((s, home)) if s == subject => home.clone(),
            _ => {
                let home = self.store.assessments_dir().join(slug(subject));
                self.last_home = Some((subject.to_string(), home.clone()));
                home
            }
        }
    }

    /// Whether the files directly in `home`, where they were walked before `path`, hold `id`.
    fn in_home_before(&self, home: &Path, path: &Path, id: &str, hash: u64) -> bool {
        if let Some((dir, ids)) = &self.current
            && dir == home
        {
            return ids.contains(&hash);
        }
        // Paths sort as the store is walked: a folder after `path` is not walked yet.
        if home >= path {
            return false;
        }
        let Ok(entries) = std::fs::read_dir(home) else {
            return false;
        };
        let files: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                name.is_some_and(|n| n.ends_with(".toml") && !n.starts_with('.'))
            })
            // `path` may be in one of `home`'s folders: only the files walked before it.
            .filter(|p| p.as_path() < path)
            .collect();
        load::read_all(&files, self.store.catalog())
            .into_iter()
            .flatten()
            .any(|s| s.assessment.id == id && !s.assessment.is_draft())
    }
}

pub(super) fn id_hash(id: &str) -> u64 {
    let mut h = DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}
