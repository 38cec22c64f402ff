//! Drafts as a person manages them: whether one is open in another window, and discarding one
//! (it holds answers and notes: only when nobody has it open).

use super::{Store, StoreError};
use crate::id::is_valid_id;

/// What discarding a draft did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Discarded {
    Done,
    /// Another window has the draft open: it would write it back, so it is left alone.
    OpenElsewhere,
}

impl Store {
    /// Deletes draft `id`, unless another window has it open. Its lock is held while the file
    /// goes, so no window can open it meanwhile.
    pub(crate) fn discard_draft(&self, id: &str) -> Result<Discarded, StoreError> {
        check_id(id)?;
        let Some(lock) = self.lock_draft(id)? else {
            return Ok(Discarded::OpenElsewhere);
        };
        self.remove_draft(id)?;
        drop(lock);
        Ok(Discarded::Done)
    }

    /// Whether another window has draft `id` open (its lock is held).
    pub(crate) fn draft_is_open(&self, id: &str) -> Result<bool, StoreError> {
        check_id(id)?;
        if !self.drafts_dir().is_dir() {
            return Ok(false);
        }
        // Taken and at once released: its file goes with it.
        Ok(super::lock::lock(&self.drafts_dir(), id)?.is_none())
    }
}

/// An id names a file in `drafts/`: never a path.
fn check_id(id: &str) -> Result<(), StoreError> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(StoreError::NotDraftId { id: id.into() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Assessment, from_toml};

    fn draft(id: &str) -> Assessment {
        let text = format!(
            "schema = 1\nid = \"{id}\"\nsubject = \"Alice\"\nquestionnaire = \"trust\"\n\
             questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n"
        );
        from_toml(&text).unwrap().0
    }

    #[test]
    fn a_draft_open_in_another_window_is_not_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(dir.path().to_path_buf());
        let _ = store.save_draft(&draft("D1")).unwrap();
        let held = store.lock_draft("D1").unwrap().expect("free");
        assert!(store.draft_is_open("D1").unwrap());
        assert_eq!(store.discard_draft("D1").unwrap(), Discarded::OpenElsewhere);
        assert!(store.draft_path("D1").exists(), "left alone");
        drop(held);
        assert!(!store.draft_is_open("D1").unwrap());
        assert_eq!(store.discard_draft("D1").unwrap(), Discarded::Done);
        assert!(!store.draft_path("D1").exists());
        assert!(
            matches!(
                store.discard_draft("../D1"),
                Err(StoreError::NotDraftId { .. })
            ),
            "an id is never a path"
        );
    }
}
