//! Amending a completed assessment afterwards, from its results: the note on the whole session
//! or the intention for next time. Only that key of the file changes, edited in place: the
//! answers, the dates, comments, line endings and the keys this version does not know stay
//! byte for byte as the file holds them.

use std::fs;
use std::io;

use super::{Store, StoreError, Stored};
use crate::assessment::{self, Assessment};
use crate::files::{Saved, read_text, write_atomic};

mod edit;

/// What can be amended on a completed assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amended {
    /// `note`: the note on the whole session.
    Note,
    /// `intention`: what I will do before next time.
    Intention,
}

impl Amended {
    fn key(self) -> &'static str {
        match self {
            Amended::Note => "note",
            Amended::Intention => "intention",
        }
    }

    fn of(self, a: &Assessment) -> &Option<String> {
        match self {
            Amended::Note => &a.note,
            Amended::Intention => &a.intention,
        }
    }

    fn of_mut(self, a: &mut Assessment) -> &mut Option<String> {
        match self {
            Amended::Note => &mut a.note,
            Amended::Intention => &mut a.intention,
        }
    }
}

impl Store {
    /// Sets `field` of the completed assessment filed at `stored.path` to `value`, if the file
    /// still holds `shown` there (what the person saw when they began to write): a change
    /// made meanwhile, in another window or by hand, is refused rather than overwritten.
    /// Everything happens under the writers' turn, which `forget` takes too: a file deleted
    /// meanwhile is not written again, and no folder is ever made to amend. Returns the
    /// assessment as now written, and `None` for the write when nothing had to change.
    pub fn amend_completed(
        &self,
        stored: &Stored,
        field: Amended,
        shown: Option<&str>,
        value: Option<String>,
    ) -> Result<(Assessment, Option<Saved>), StoreError> {
        let path = &stored.path;
        let gone = || StoreError::NoLongerHeld {
            path: path.clone(),
            id: stored.assessment.id.clone(),
        };
        if !path.starts_with(self.assessments_dir()) {
            return Err(StoreError::NotCompletedHere { path: path.clone() });
        }
        // No folder on the way may be a link, and none is made: a forgotten subject's folder
        // stays forgotten.
        match self.check_folders(path) {
            Err(StoreError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Err(gone()),
            other => other?,
        }
        let _turn = match self.writers_turn() {
            Err(StoreError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Err(gone()),
            other => other?,
        };
        // Looked at again under the turn: `forget` may have deleted it while we waited.
        match fs::symlink_metadata(path) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(StoreError::NotRegularFile { path: path.clone() }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(gone()),
            Err(e) => return Err(e.into()),
        }
        let text = read_text(path).map_err(StoreError::Invalid)?;
        let (mut a, _) = assessment::from_toml(&text).map_err(StoreError::Invalid)?;
        if a.id != stored.assessment.id || a.is_draft() {
            return Err(gone());
        }
        if field.of(&a).as_deref() != shown {
            return Err(StoreError::ChangedMeanwhile { path: path.clone() });
        }
        if *field.of(&a) == value {
            return Ok((a, None));
        }
        *field.of_mut(&mut a) = value;
        let edited = edit::set_key(&text, field.key(), field.of(&a).as_deref());
        // What is written must read back as exactly the assessment meant, or nothing is.
        let edited = edited
            .filter(|t| assessment::from_toml(t).is_ok_and(|(b, _)| b == a && b.same_content(&a)))
            .ok_or_else(|| StoreError::NotEncoded("the edited file does not read back".into()))?;
        let saved = write_atomic(path, edited.as_bytes(), true)?;
        Ok((a, Some(saved)))
    }
}

#[cfg(test)]
mod tests;
