//! Every file that belongs to one subject, for `forget`: the valid ones, those made with a
//! questionnaire no longer installed, and those in the subject's folder that cannot be read
//! at all. Nothing here deletes anything.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{CLIENT_FILE, Store, slug};
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
    /// One of the space's own files: a client's `client.toml`, the cadences' `subjects.toml`.
    Own,
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
    /// `subjects.toml` has an entry for the subject (its name and cadence), which goes too.
    pub subject_entry: bool,
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

/// Whom the `subject = …` line of a file that is not a valid assessment names.
#[derive(Debug, PartialEq, Eq)]
enum Named {
    /// No subject line: nothing says it is another subject's.
    Nobody,
    Wanted,
    Other,
    /// A subject line that cannot be read (or several): it may be another subject's.
    Doubt,
}

/// Reads the subject lines of a broken file (never through a link, never more than a few
/// megabytes): the file may be another subject's whose name shares the folder's spelling.
fn subject_line_of(text: &str, wanted: &str) -> Named {
    let mut named = Named::Nobody;
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix("subject") else {
            continue;
        };
        if !rest.trim_start().starts_with('=') {
            continue;
        }
        let this = match toml::from_str::<toml::Table>(line.trim()) {
            Ok(t) => match t.get("subject").and_then(toml::Value::as_str) {
                Some(s) if names::same(s, wanted) => Named::Wanted,
                Some(_) => Named::Other,
                None => Named::Doubt,
            },
            Err(_) => Named::Doubt,
        };
        named = match (named, this) {
            (Named::Nobody, this) => this,
            (Named::Wanted, Named::Wanted) => Named::Wanted,
            _ => Named::Doubt,
        };
    }
    named
}

impl Store {
    /// Every file of the space, for deleting a whole client: its assessments, drafts, own files
    /// and anything else in its folder (links as links). Draft locks are left out: they go
    /// with the locks forget holds.
    pub fn gather_all(&self) -> Gathered {
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

/// [`subject_line_of`] a regular file, read without following a link; a file that cannot be
/// read at all is in doubt only if it cannot be opened (then nothing says whose it is).
fn subject_line(path: &Path, wanted: &str) -> Named {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    const MAX: u64 = 16 * 1024 * 1024;
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    let opened = fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path);
    let Ok(file) = opened.and_then(|f| f.metadata().map(|m| (f, m))) else {
        return Named::Nobody;
    };
    if !file.1.is_file() {
        return Named::Nobody;
    }
    let mut bytes = vec![];
    if file.0.take(MAX).read_to_end(&mut bytes).is_err() {
        return Named::Nobody;
    }
    subject_line_of(&String::from_utf8_lossy(&bytes), wanted)
}

#[cfg(test)]
mod tests {
    use super::{Named, subject_line_of};

    #[test]
    fn a_broken_file_naming_another_subject_is_not_the_wanted_ones() {
        let of = |text: &str| subject_line_of(text, "Zo\u{e9}");
        assert_eq!(of("this is [not toml"), Named::Nobody);
        assert_eq!(of("subject = \"Zoe\"\nanswers = [broken"), Named::Other);
        assert_eq!(of("  subject=\"ZO\u{c9}\"\nid = 3 3"), Named::Wanted);
        assert_eq!(of("subject = \"Zoe"), Named::Doubt, "unterminated");
        assert_eq!(
            of("subject = \"Zo\u{e9}\"\nsubject = \"Zoe\""),
            Named::Doubt
        );
        assert_eq!(of("subjects = 1\nsubject_x = 2"), Named::Nobody);
    }
}
