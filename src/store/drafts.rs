//! Drafts as a person manages them: whether one is open in another window, discarding one
//! (it holds answers and notes: only when nobody has it open), and settling one whose
//! assessment was filed just before a crash (its draft could then never be saved again).

use std::path::PathBuf;

use super::{Store, StoreError};
use crate::assessment::{self, Assessment, Response};
use crate::files::read_text;
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

impl Store {
    /// The file of the assessment `draft` became, if it is already filed: a crash came between
    /// filing it and removing the draft. Filed means the same answers and notes, whenever it
    /// was completed; anything else is another assessment, never settled by guess.
    pub fn filed_as(&self, draft: &Assessment) -> Option<PathBuf> {
        let path = super::save::file_of_id(&self.path_for(draft), &draft.id)?;
        let text = read_text(&path).ok()?;
        let (filed, _) = assessment::from_toml(&text).ok()?;
        completes(draft, &filed).then_some(path)
    }

    /// Removes `draft` if its assessment is already filed (see [`Store::filed_as`]), read again
    /// under its lock; false when it is not, or another window has it open.
    pub fn settle_filed_draft(&self, draft: &Assessment) -> Result<bool, StoreError> {
        check_id(&draft.id)?;
        let Some(lock) = self.lock_draft(&draft.id)? else {
            return Ok(false);
        };
        let now = read_text(&self.draft_path(&draft.id))
            .ok()
            .and_then(|text| assessment::from_toml(&text).ok());
        if now.is_none_or(|(now, _)| self.filed_as(&now).is_none()) {
            return Ok(false);
        }
        self.remove_draft(&draft.id)?;
        drop(lock);
        Ok(true)
    }
}

/// Whether `filed` is `draft` completed, as completing it makes it: the questions left
/// unanswered become skipped, and the completion time is set.
fn completes(draft: &Assessment, filed: &Assessment) -> bool {
    let (true, Some(when)) = (draft.is_draft(), filed.completed) else {
        return false;
    };
    let mut done = draft.clone();
    done.completed = Some(when);
    for answer in &mut done.answers {
        if answer.response == Response::Unanswered {
            answer.response = Response::Skipped;
        }
    }
    done.same_content(filed)
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
    fn a_draft_is_filed_only_when_its_answers_and_notes_are() {
        let d = draft("D2");
        let mut filed = d.clone();
        filed.completed = Some(d.started);
        assert!(super::completes(&d, &filed), "when it was completed aside");
        let mut other = filed.clone();
        other.note = Some("another note".into());
        assert!(!super::completes(&d, &other));
        assert!(!super::completes(&d, &d), "not completed: not filed");
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
