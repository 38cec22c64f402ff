//! Why the store refused or failed a write: [`StoreError`], facts (paths, ids) rather than
//! sentences, so that callers decide by variant and the words come from the string tables in
//! the interface's language when the error is shown.

use std::io;
use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::files::{FileError, io_reason_in};
use crate::i18n::{DiagErrors, DiagFiles, Lang, fill, interface_lang};
use crate::printable::printable_path;

/// A write into the store that did not happen, or a draft that could not be taken.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words(interface_lang()))]
pub enum StoreError {
    /// The store already files assessment `id`, with different content.
    DifferentContent { id: String },
    /// A file to write lies outside the space's folder.
    OutsideSpace { path: PathBuf },
    /// A file to write lies outside the data folder.
    OutsideData { path: PathBuf },
    /// A folder on the way to a file is `..`, `.` or a root, not a plain name.
    NotPlainName { path: PathBuf },
    /// A folder on the way to a file is a symbolic link: never written through.
    ThroughLink { path: PathBuf },
    /// Something on the way to a file is not a folder.
    NotAFolder { path: PathBuf },
    /// The space's folder has a `client.toml` naming another client.
    OtherClient { folder: PathBuf },
    /// A client folder that may be the wanted client's cannot be read (a `client.toml` that
    /// lost a field in a sync): located; no second client of that name is made.
    ClientDamaged(Diagnostic),
    /// The space's `client.toml` is not a regular file (a link, a folder).
    ClientFileOdd { path: PathBuf },
    /// `id` cannot name a draft (it would be a path).
    NotDraftId { id: String },
    /// Draft `id`'s lock file kept being replaced while it was being taken.
    LockKeepsChanging { id: String },
    /// The assessment to amend is not a completed one of this space.
    NotCompletedHere { path: PathBuf },
    /// The file to amend is not a regular file (a link, a folder).
    NotRegularFile { path: PathBuf },
    /// The file to amend no longer holds that completed assessment (deleted, replaced).
    NoLongerHeld { path: PathBuf, id: String },
    /// The field to amend was changed in the file since it was shown (another window, a
    /// hand edit): not overwritten.
    ChangedMeanwhile { path: PathBuf },
    /// A file the write depends on cannot be read, or is not valid: located, already worded.
    Invalid(Diagnostic),
    /// What is written could not be turned into TOML or JSON.
    NotEncoded(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The careful write itself failed.
    File(#[from] FileError),
    /// What the system said.
    Io(#[from] io::Error),
}

impl StoreError {
    /// What to tell a person, in `lang`.
    pub(crate) fn words(&self, lang: Lang) -> String {
        let (t, e) = (DiagFiles::of(lang), DiagErrors::of(lang));
        let at =
            |template: &str, path: &PathBuf| fill(template, &[("path", &printable_path(path))]);
        match self {
            StoreError::DifferentContent { .. } => t.different_content.into(),
            StoreError::OutsideSpace { .. } => t.outside_space.into(),
            StoreError::OutsideData { .. } => t.outside_data.into(),
            StoreError::NotPlainName { .. } => t.not_plain_name.into(),
            StoreError::ThroughLink { path } => at(t.writes_through_link, path),
            StoreError::NotAFolder { path } => at(t.not_a_folder, path),
            StoreError::OtherClient { folder } => at(e.client_taken, folder),
            StoreError::ClientDamaged(d) => fill(e.client_damaged, &[("problem", d)]),
            StoreError::ClientFileOdd { path } => at(e.client_file_odd, path),
            StoreError::NotDraftId { .. } => e.not_draft_id.into(),
            StoreError::LockKeepsChanging { .. } => t.lock_keeps_changing.into(),
            StoreError::NotCompletedHere { .. } => e.not_completed_here.into(),
            StoreError::NotRegularFile { .. } => e.not_regular_file.into(),
            StoreError::NoLongerHeld { .. } => e.no_longer_held.into(),
            StoreError::ChangedMeanwhile { .. } => e.changed_meanwhile.into(),
            StoreError::Invalid(d) => d.to_string(),
            StoreError::NotEncoded(_) => e.not_encoded.into(),
            StoreError::File(f) => f.words(lang),
            StoreError::Io(io) => io_reason_in(io, lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_speak_the_language_asked_for() {
        let path = PathBuf::from("/data/clients/acme");
        let cases = [
            (
                StoreError::OtherClient {
                    folder: path.clone(),
                },
                "/data/clients/acme belongs to another client",
                "/data/clients/acme appartient à un autre client",
            ),
            (
                StoreError::DifferentContent { id: "A1".into() },
                DiagFiles::EN.different_content,
                DiagFiles::FR.different_content,
            ),
            (
                StoreError::NotDraftId { id: "../x".into() },
                "not a draft id",
                "pas un identifiant de brouillon",
            ),
            (
                StoreError::NoLongerHeld {
                    path: path.clone(),
                    id: "A1".into(),
                },
                "the file no longer holds this assessment",
                "le fichier ne contient plus cette évaluation",
            ),
            (
                StoreError::from(io::Error::from_raw_os_error(
                    rustix::io::Errno::ACCESS.raw_os_error(),
                )),
                "permission denied",
                "permission refusée",
            ),
            (
                StoreError::from(FileError::HardLinks),
                DiagFiles::EN.hard_links,
                DiagFiles::FR.hard_links,
            ),
        ];
        for (error, en, fr) in cases {
            assert_eq!(error.words(Lang::En), en);
            assert_eq!(error.words(Lang::Fr), fr);
            assert_eq!(error.to_string(), error.words(interface_lang()));
        }
    }

    #[test]
    fn the_systems_error_is_kept_as_the_source() {
        let full = io::Error::from_raw_os_error(rustix::io::Errno::NOSPC.raw_os_error());
        let e = StoreError::from(FileError::from(full));
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source.filter(|s| !s.is::<io::Error>()) {
            source = s.source();
        }
        let io = source.and_then(|s| s.downcast_ref::<io::Error>());
        assert_eq!(io.map(io::Error::kind), Some(io::ErrorKind::StorageFull));
    }
}
