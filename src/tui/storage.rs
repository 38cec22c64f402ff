//! The seam between the event loop and the file system: what the TUI asks of a store.
//! [`Store`] is the real thing; tests use a fake to reach failing disks and busy locks.

use std::io;

use super::app::{Data, Failure};
use crate::assessment::Assessment;
use crate::questionnaire::Catalog;
use crate::store::{DraftLock, Filed, Saved, Store, Stored};

/// Everything the TUI reads and writes.
pub trait Storage {
    /// Held while a draft is open in this session; released when dropped.
    type Lock;
    fn catalog(&self) -> &Catalog;
    /// The store as the screens show it.
    fn load(&self) -> Data;
    fn save_draft(&self, draft: &Assessment) -> io::Result<Saved>;
    /// Files a completed assessment; never replaces a file.
    fn save_completed(&self, done: &Assessment) -> io::Result<Filed>;
    fn remove_draft(&self, id: &str) -> io::Result<()>;
    /// Takes draft `id` for this session; `None` when another session has it open.
    fn lock_draft(&self, id: &str) -> io::Result<Option<Self::Lock>>;
    /// Reads draft `id` from its file; why it cannot be resumed otherwise.
    fn read_draft(&self, id: &str) -> Result<Stored, Failure>;
    /// The draft's file does not exist (deleted, or never written).
    fn draft_gone(&self, id: &str) -> bool;
}

impl Storage for Store {
    type Lock = DraftLock;

    fn catalog(&self) -> &Catalog {
        Store::catalog(self)
    }

    fn load(&self) -> Data {
        let loaded = Store::load(self);
        let drafts = self.drafts();
        Data {
            problems: loaded.problems.len() + drafts.problems.len(),
            assessments: loaded.assessments,
            drafts: drafts.assessments,
        }
    }

    fn save_draft(&self, draft: &Assessment) -> io::Result<Saved> {
        Store::save_draft(self, draft)
    }

    fn save_completed(&self, done: &Assessment) -> io::Result<Filed> {
        Store::save_completed(self, done)
    }

    fn remove_draft(&self, id: &str) -> io::Result<()> {
        Store::remove_draft(self, id)
    }

    fn lock_draft(&self, id: &str) -> io::Result<Option<DraftLock>> {
        Store::lock_draft(self, id)
    }

    fn read_draft(&self, id: &str) -> Result<Stored, Failure> {
        let path = self.draft_path(id);
        match crate::store::read_assessment(&path, Store::catalog(self)) {
            Ok(stored) if stored.assessment.is_draft() => Ok(stored),
            _ if self.draft_gone(id) => Err(Failure::DraftGone),
            _ => Err(Failure::DraftUnreadable),
        }
    }

    fn draft_gone(&self, id: &str) -> bool {
        is_gone(&self.draft_path(id))
    }
}

/// Nothing is at `path` (not even a broken link).
pub fn is_gone(path: &std::path::Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == io::ErrorKind::NotFound)
}
