//! Restoring what a backup (`export --format json`) holds beside the assessments: invitations
//! and groups' answers, each written where nothing is, in the writers' turn (as an answer that
//! comes back is filed), never over a file and never through a link out of the data folder.

use std::fs;

use super::{Filed, Store, StoreError};
use crate::assessment::{self, Assessment};
use crate::files::{read_text, write_atomic};
use crate::invitation::record::{Invitation, Who};

/// Why an answer of a group was not restored: the space's invitation does not take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotTaken {
    /// The space has no invitation of that id (that reads).
    NoInvitation,
    /// The invitation is one person's, not a group's.
    NotAGroup,
    /// Its id is not one the invitation's `answers` list gives.
    NotCounted,
    /// The space already has an answer of that id, with different content.
    Different,
}

/// An answer of a group not restored: refused, or the store failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum RestoreError {
    #[error("{0:?}")]
    NotTaken(NotTaken),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Writes invitation `i` when the space does not have it; the same invitation already there
    /// is [`Filed::AlreadyThere`], another one of that id [`StoreError::DifferentContent`].
    pub(crate) fn restore_invitation(&self, i: &Invitation) -> Result<Filed, StoreError> {
        let (path, _) = self.invitation_files(&i.id);
        self.prepare(&path)?;
        // The writers' turn is a lock on `assessments/`, which must exist.
        self.prepare(&self.assessments_dir().join("turn"))?;
        let _turn = self.writers_turn()?;
        let already = || match self.invitation(&i.id) {
            Some(there) if there == *i => Ok(Filed::AlreadyThere),
            _ => Err(StoreError::DifferentContent { id: i.id.clone() }),
        };
        if fs::symlink_metadata(&path).is_ok() {
            return already();
        }
        match self.save_invitation(i, true) {
            Ok(saved) => Ok(Filed::New(path, saved)),
            // Made meanwhile (by a command that does not take the turn).
            Err(_) if fs::symlink_metadata(&path).is_ok() => already(),
            Err(e) => Err(e),
        }
    }

    /// Writes `answer` among invitation `invitation`'s group's answers when the space's
    /// invitation (read inside the writers' turn) is a group's that counts it, and no answer of
    /// that id is there; the same answer already there is [`Filed::AlreadyThere`]. Nothing is
    /// written (no folder made) when it is not taken. The answer is checked against its
    /// questionnaire by the caller.
    pub(crate) fn restore_group_answer(
        &self,
        invitation: &str,
        answer: &Assessment,
    ) -> Result<Filed, RestoreError> {
        let takes = |i: Option<Invitation>| match i {
            None => Err(RestoreError::NotTaken(NotTaken::NoInvitation)),
            Some(i) if !matches!(i.who, Who::Group { .. }) => {
                Err(RestoreError::NotTaken(NotTaken::NotAGroup))
            }
            Some(i) if !i.counts(answer) => Err(RestoreError::NotTaken(NotTaken::NotCounted)),
            Some(_) => Ok(()),
        };
        if !crate::id::is_valid_id(&answer.id) {
            return Err(RestoreError::NotTaken(NotTaken::NotCounted));
        }
        // Before any folder is made for it.
        takes(self.invitation(invitation))?;
        let (_, folder) = self.invitation_files(invitation);
        let path = folder.join(format!("{}.toml", answer.id));
        self.prepare(&path)?;
        self.prepare(&self.assessments_dir().join("turn"))?;
        let _turn = self.writers_turn()?;
        takes(self.invitation(invitation))?;
        let text = assessment::to_toml(answer);
        let same = || {
            read_text(&path)
                .ok()
                .and_then(|t| assessment::from_toml(&t).ok())
                .is_some_and(|(there, _)| there.same_content(answer))
        };
        if fs::symlink_metadata(&path).is_ok() {
            return if same() {
                Ok(Filed::AlreadyThere)
            } else {
                Err(RestoreError::NotTaken(NotTaken::Different))
            };
        }
        match write_atomic(&path, text.as_bytes(), false) {
            Ok(saved) => Ok(Filed::New(path, saved)),
            Err(_) if same() => Ok(Filed::AlreadyThere),
            Err(e) => Err(StoreError::from(e).into()),
        }
    }
}
