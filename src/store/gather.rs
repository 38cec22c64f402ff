//! Every file that belongs to one subject, for `forget`: the valid ones, those made with a
//! questionnaire no longer installed, and those in the subject's folder that cannot be read
//! at all. Nothing here deletes anything.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

mod subject_line;

use subject_line::{Named, subject_line};

use super::{CLIENT_FILE, Store, slug};
use crate::assessment::{self, Assessment};
use crate::files::{read_text, toml_files, walk_all};
use crate::names;

#[derive(Debug)]
pub(crate) enum Belonging {
    Assessment(Assessment),
    Draft(Assessment),
    /// In the subject's folder, but it cannot be read or parsed as an assessment (a broken
    /// file, a leftover, a note of the person's own).
    Unreadable,
    /// One of the space's own files: a client's `client.toml`, the cadences' `subjects.toml`.
    Own,
    /// An invitation about the subject, with whom it asked.
    Invitation(String),
    /// One answer of a group invited about the subject.
    GroupAnswer,
}

#[derive(Debug)]
pub(crate) struct SubjectFile {
    pub path: PathBuf,
    pub(crate) what: Belonging,
    /// A symbolic link: removing it removes only the link.
    pub(crate) is_link: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Gathered {
    pub(crate) files: Vec<SubjectFile>,
    /// Unreadable files that may belong to this subject but share a folder with another
    /// subject's files: left alone.
    pub(crate) left_alone: Vec<PathBuf>,
    /// `subjects.toml` has an entry for the subject (its name and cadence), which goes too.
    pub(crate) subject_entry: bool,
}

impl Store {
    /// Every file of the subject named `wanted` (any look-alike spelling).
    pub(crate) fn gather(&self, wanted: &str) -> Gathered {
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
        // Its invitations, and the answers of the groups they asked: nothing of the subject
        // stays behind.
        for invitation in self.invitations().0 {
            if !names::same(&invitation.subject, wanted) {
                continue;
            }
            let (path, group) = self.invitation_files(&invitation.id);
            gathered.push(
                path,
                Belonging::Invitation(invitation.respondent().to_string()),
            );
            walk_all(&group, &mut |seen| {
                if !seen.meta.is_dir() {
                    gathered.push(seen.path.to_path_buf(), Belonging::GroupAnswer);
                }
            });
        }
        gathered.subject_entry = self.has_subject_entry(wanted);
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
            let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            // A link is never read through (it may lead out of the data folder): it is the
            // subject's as a link, unless another subject lives in the folder.
            let named = if is_link {
                Named::Nobody
            } else if header(&path).is_some() {
                continue; // another subject's, already counted in `others_in`
            } else {
                subject_line(&path, wanted)
            };
            let shared = others_in.contains(&path.parent().map(Path::to_path_buf));
            match named {
                // Look-alike spellings share a folder: a broken file naming another one is
                // that subject's, parsed or not.
                Named::Other | Named::Doubt => gathered.left_alone.push(path),
                Named::Nobody if shared => gathered.left_alone.push(path),
                Named::Nobody | Named::Wanted => gathered.push(path, Belonging::Unreadable),
            }
        }
    }
}

impl Store {
    /// Whether `subjects.toml` (never through a link) has a table named for `wanted`, whatever
    /// it holds: the name alone is the person's.
    fn has_subject_entry(&self, wanted: &str) -> bool {
        let path = self.subjects_file();
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            return false;
        }
        read_text(&path)
            .ok()
            .and_then(|text| toml::from_str::<toml::Table>(&text).ok())
            .is_some_and(|table| table.keys().any(|k| names::same(k, wanted)))
    }
}

impl Store {
    /// Every file of the space, for deleting a whole client: its assessments, drafts, own files
    /// and anything else in its folder (links as links). Draft locks are left out: they go
    /// with the locks forget holds.
    pub(crate) fn gather_all(&self) -> Gathered {
        let mut gathered = Gathered::default();
        let mut found = vec![];
        walk_all(self.root(), &mut |seen| {
            if !seen.meta.is_dir() {
                found.push(seen.path.to_path_buf());
            }
        });
        found.sort();
        let own = [
            self.root().join(CLIENT_FILE),
            self.subjects_file(),
            super::cache::path(self.root()),
        ];
        for path in found {
            let in_drafts = path.parent() == Some(self.drafts_dir().as_path());
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            // Draft locks go with the locks forget holds; the marker of a space being deleted
            // goes last, once the rest has.
            if in_drafts && super::lock::locked_id(&name).is_some() || path == self.marker() {
                continue;
            }
            let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            let what = if own.contains(&path) {
                Belonging::Own
            } else if is_link {
                // Never read through: it may lead anywhere.
                Belonging::Unreadable
            } else {
                match header(&path) {
                    Some(a) if in_drafts && a.is_draft() => Belonging::Draft(a),
                    Some(a) if path.starts_with(self.assessments_dir()) => Belonging::Assessment(a),
                    _ => Belonging::Unreadable,
                }
            };
            gathered.push(path, what);
        }
        gathered
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
