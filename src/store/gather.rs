//! Every file that belongs to one subject, for `forget`: the valid ones, those made with a
//! questionnaire no longer installed, and those in the subject's folder that cannot be read
//! at all. Nothing here deletes anything.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{Store, slug};
use crate::assessment::{self, Assessment};
use crate::files::{read_text, toml_files, walk_all};
use crate::names;

#[derive(Debug)]
pub enum Belonging {
    Assessment(Assessment),
    Draft(Assessment),
    /// In the subject's folder, but it cannot be read or parsed as an assessment (a broken
    /// file, a leftover, a note of the person's own).
    Unreadable,
}

#[derive(Debug)]
pub struct SubjectFile {
    pub path: PathBuf,
    pub what: Belonging,
    /// A symbolic link: removing it removes only the link.
    pub is_link: bool,
}

#[derive(Debug, Default)]
pub struct Gathered {
    pub files: Vec<SubjectFile>,
    /// Unreadable files that may belong to this subject but share a folder with another
    /// subject's files: left alone.
    pub left_alone: Vec<PathBuf>,
}

impl Store {
    /// Every file of the subject named `wanted` (any look-alike spelling).
    pub fn gather(&self, wanted: &str) -> Gathered {
        let mut gathered = Gathered::default();
        let mut others_in = BTreeSet::new();
        let mut ignored = vec![];
        for path in toml_files(&self.assessments_dir(), self.root(), &mut ignored) {
            match header(&path) {
                Some(a) if names::same(&a.subject, wanted) => {
                    gathered.push(path, Belonging::Assessment(a));
                }
                Some(_) => {
                    others_in.insert(path.parent().map(Path::to_path_buf));
                }
                None => {}
            }
        }
        self.gather_unreadable(wanted, &others_in, &mut gathered);
        for path in toml_files(&self.drafts_dir(), self.root(), &mut ignored) {
            if let Some(a) = header(&path).filter(|a| names::same(&a.subject, wanted)) {
                gathered.push(path, Belonging::Draft(a));
            }
        }
        gathered
    }

    /// The other files of the subject's own folder (broken, from another tool, links leading
    /// out, anything the person put there): the subject's unless another subject lives there.
    fn gather_unreadable(
        &self,
        wanted: &str,
        others_in: &BTreeSet<Option<PathBuf>>,
        gathered: &mut Gathered,
    ) {
        let folder = self.assessments_dir().join(slug(wanted));
        let mut found = vec![];
        // Every file of the folder, whatever its name: forgetting leaves nothing behind.
        walk_all(&folder, &mut |seen| {
            let candidate = !seen.meta.is_dir();
            if candidate && !gathered.files.iter().any(|f| f.path == seen.path) {
                found.push(seen.path.to_path_buf());
            }
        });
        for path in found {
            if header(&path).is_some() {
                continue; // another subject's, already counted in `others_in`
            }
            if others_in.contains(&path.parent().map(Path::to_path_buf)) {
                gathered.left_alone.push(path);
            } else {
                gathered.push(path, Belonging::Unreadable);
            }
        }
    }
}

impl Gathered {
    fn push(&mut self, path: PathBuf, what: Belonging) {
        let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        self.files.push(SubjectFile {
            path,
            what,
            is_link,
        });
    }
}

/// The assessment a file holds, read without its questionnaire (which may be gone).
fn header(path: &Path) -> Option<Assessment> {
    let text = read_text(path).ok()?;
    assessment::from_toml(&text).ok().map(|(a, _)| a)
}
