//! Amending in place: one key changes, the rest of the file stays byte for byte; a change made
//! meanwhile is refused; a forgotten assessment is not brought back.

use super::*;
use crate::store::Filed;
use std::path::PathBuf;

fn completed(id: &str) -> Assessment {
    assessment::from_toml(&text(id, "\n")).unwrap().0
}

/// A hand-written file: comments, an unknown key, CRLF when `eol` says so.
fn text(id: &str, eol: &str) -> String {
    [
        "# written by hand",
        "schema = 1",
        &format!("id = \"{id}\""),
        "subject = \"Alice\"   # the team lead",
        "questionnaire = \"trust\"",
        "questionnaire_version = 1",
        "lang = \"en\"",
        "started = 2026-11-26T17:43:33Z",
        "completed = 2026-11-26T17:50:00Z",
        "mood = 'calm'",
        "",
    ]
    .join(eol)
}

/// A store holding one assessment, as `text` wrote it; its path.
fn store_with(id: &str, eol: &str) -> (tempfile::TempDir, Store, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().to_path_buf());
    let Filed::New(path, _) = store.save_completed(&completed(id)).unwrap() else {
        panic!("new");
    };
    fs::write(&path, text(id, eol)).unwrap();
    (dir, store, path)
}

fn shown(store: &Store) -> Stored {
    store.load().assessments.remove(0)
}

#[test]
fn only_the_key_changes_and_the_rest_stays_byte_for_byte() {
    for eol in ["\n", "\r\n"] {
        let (_dir, store, path) = store_with("A1", eol);
        let stored = shown(&store);
        let (amended, _) = store
            .amend_completed(&stored, Amended::Intention, None, Some("Ask first".into()))
            .unwrap();
        let after = fs::read_to_string(&path).unwrap();
        let expected = format!("{}intention = \"Ask first\"{eol}", text("A1", eol));
        assert_eq!(after, expected, "comments, layout and line endings kept");
        assert_eq!(shown(&store).assessment, amended);
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn two_windows_each_change_only_their_field() {
    let (_dir, store, _path) = store_with("A1", "\n");
    // Both windows show the file as it was.
    let first = shown(&store);
    let second = shown(&store);
    store
        .amend_completed(&first, Amended::Note, None, Some("a note".into()))
        .unwrap();
    store
        .amend_completed(&second, Amended::Intention, None, Some("Ask".into()))
        .unwrap();
    let now = shown(&store).assessment;
    assert_eq!(
        now.note.as_deref(),
        Some("a note"),
        "not erased by the later window"
    );
    assert_eq!(now.intention.as_deref(), Some("Ask"));
}

#[test]
fn a_field_changed_since_it_was_shown_is_not_overwritten() {
    let (_dir, store, path) = store_with("A1", "\n");
    let stored = shown(&store);
    // Another window (or a hand edit) writes the intention meanwhile.
    store
        .amend_completed(&stored, Amended::Intention, None, Some("theirs".into()))
        .unwrap();
    let before = fs::read(&path).unwrap();
    let refused = store.amend_completed(&stored, Amended::Intention, None, Some("mine".into()));
    assert!(
        matches!(refused, Err(StoreError::ChangedMeanwhile { .. })),
        "{refused:?}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "left as it was");
    // Told, the person may write over it on purpose.
    store
        .amend_completed(
            &stored,
            Amended::Intention,
            Some("theirs"),
            Some("mine".into()),
        )
        .unwrap();
    assert_eq!(shown(&store).assessment.intention.as_deref(), Some("mine"));
}

#[test]
fn a_forgotten_assessment_is_not_brought_back() {
    let (_dir, store, path) = store_with("A1", "\n");
    let stored = shown(&store);
    let folder = path.parent().unwrap().to_path_buf();
    // `forget` holds the writers' turn while it deletes; the amend waits for it.
    let turn = store.writers_turn().unwrap();
    std::thread::scope(|scope| {
        let amend = scope
            .spawn(|| store.amend_completed(&stored, Amended::Note, None, Some("late".into())));
        // Until the amend is waiting for the turn (or done, if it did not wait).
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(300);
        while std::time::Instant::now() < deadline && !amend.is_finished() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        fs::remove_file(&path).unwrap();
        fs::remove_dir(&folder).unwrap();
        drop(turn);
        let result = amend.join().unwrap();
        assert!(
            matches!(result, Err(StoreError::NoLongerHeld { .. })),
            "{result:?}"
        );
    });
    assert!(!folder.exists(), "the subject's folder is not made again");
    // Deleted before the amend began: the same.
    let again = store.amend_completed(&stored, Amended::Note, None, Some("late".into()));
    assert!(
        matches!(again, Err(StoreError::NoLongerHeld { .. })),
        "{again:?}"
    );
    assert!(!folder.exists());
}

#[test]
fn a_file_swapped_for_a_link_is_not_written_through() {
    let (dir, store, path) = store_with("A1", "\n");
    let stored = shown(&store);
    let outside = dir.path().join("outside.toml");
    fs::rename(&path, &outside).unwrap();
    std::os::unix::fs::symlink(&outside, &path).unwrap();
    let before = fs::read_to_string(&outside).unwrap();
    assert!(
        store
            .amend_completed(&stored, Amended::Note, None, Some("x".into()))
            .is_err()
    );
    assert_eq!(fs::read_to_string(&outside).unwrap(), before);
}
