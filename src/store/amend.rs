//! Amending a completed assessment afterwards, from its results: the note on the whole session
//! and the intention for next time. Nothing else changes: the answers, the dates and the keys
//! this version does not know are written back as the file holds them.

use std::fs;
use std::io;

use super::{Store, StoreError, Stored};
use crate::assessment::{self, Assessment};
use crate::files::{Saved, read_text, write_atomic};

impl Store {
    /// Rewrites the file of `stored` with this session `note` and `intention`. The file is read
    /// again first and must still hold the same completed assessment; it is replaced atomically,
    /// in place, and never through a symbolic link. Returns the assessment as now written.
    pub(crate) fn amend_completed(
        &self,
        stored: &Stored,
        note: Option<String>,
        intention: Option<String>,
    ) -> Result<(Assessment, Saved), StoreError> {
        let path = &stored.path;
        let gone = || StoreError::NoLongerHeld {
            path: path.clone(),
            id: stored.assessment.id.clone(),
        };
        if !path.starts_with(self.assessments_dir()) {
            return Err(StoreError::NotCompletedHere { path: path.clone() });
        }
        match fs::symlink_metadata(path) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(StoreError::NotRegularFile { path: path.clone() }),
            // Deleted meanwhile (`confiance forget` in another window): no longer there.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(gone()),
            Err(e) => return Err(e.into()),
        }
        let text = read_text(path).map_err(StoreError::Invalid)?;
        let (mut a, _) = assessment::from_toml(&text).map_err(StoreError::Invalid)?;
        if a.id != stored.assessment.id || a.is_draft() {
            return Err(gone());
        }
        a.note = note;
        a.intention = intention;
        self.prepare(path)?;
        let _turn = self.writers_turn()?;
        let saved = write_atomic(path, assessment::to_toml(&a).as_bytes(), true)?;
        Ok((a, saved))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Filed;

    fn completed(id: &str) -> Assessment {
        let text = format!(
            "schema = 1\nid = \"{id}\"\nsubject = \"Alice\"\nquestionnaire = \"trust\"\n\
             questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n\
             completed = 2026-11-26T17:50:00Z\nmood = \"calm\"\n"
        );
        assessment::from_toml(&text).unwrap().0
    }

    #[test]
    fn the_session_note_and_intention_change_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::open(dir.path().to_path_buf());
        let Filed::New(path, _) = store.save_completed(&completed("A1")).unwrap() else {
            panic!("new");
        };
        let stored = store.load().assessments.remove(0);
        let (amended, _) = store
            .amend_completed(&stored, Some("after".into()), Some("Ask first".into()))
            .unwrap();
        let again = store.load().assessments.remove(0);
        assert_eq!(again.assessment, amended);
        assert_eq!(again.assessment.intention.as_deref(), Some("Ask first"));
        assert_eq!(
            again.assessment.extra.get("mood").and_then(|v| v.as_str()),
            Some("calm"),
            "unknown keys kept"
        );
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);

        // A file swapped for a link is not written through.
        let outside = dir.path().join("outside.toml");
        fs::rename(&path, &outside).unwrap();
        std::os::unix::fs::symlink(&outside, &path).unwrap();
        let before = fs::read_to_string(&outside).unwrap();
        assert!(store.amend_completed(&stored, None, None).is_err());
        assert_eq!(fs::read_to_string(&outside).unwrap(), before);
    }
}
