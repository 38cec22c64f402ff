//! The note and the intention written from results into a completed assessment: two windows
//! at once each change only their field, and a sync tool's copy of the file is left alone.

use std::path::{Path, PathBuf};

use crate::common::*;
use confiance::store::{Amended, Store, StoreError};

fn filed(data: &Path, name: &str) -> PathBuf {
    let when = "2026-10-01T10:00:00Z";
    let text = format!("# mine\n{}", assessment_text("K1", "Kim", "self", when, 3));
    write(data.join("assessments/kim").join(name), &text)
}

#[test]
fn two_windows_each_write_only_their_field_and_a_stale_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = filed(dir.path(), "2026-10-01T100000Z-K1.toml");
    // Two windows, each its own store, both showing the results before either writes.
    let (one, _) = Store::open(dir.path().to_path_buf());
    let (two, _) = Store::open(dir.path().to_path_buf());
    let shown_one = one.load().assessments.remove(0);
    let shown_two = two.load().assessments.remove(0);
    one.amend_completed(&shown_one, Amended::Note, None, Some("from one".into()))
        .unwrap();
    two.amend_completed(
        &shown_two,
        Amended::Intention,
        None,
        Some("from two".into()),
    )
    .unwrap();
    let now = one.load().assessments.remove(0).assessment;
    assert_eq!(now.note.as_deref(), Some("from one"), "not erased by two");
    assert_eq!(now.intention.as_deref(), Some("from two"));
    // Two writes its note over one's without having seen it: refused, file untouched.
    let before = std::fs::read(&path).unwrap();
    let stale = two.amend_completed(&shown_two, Amended::Note, None, Some("from two".into()));
    assert!(
        matches!(stale, Err(StoreError::ChangedMeanwhile { .. })),
        "{stale:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(
        std::str::from_utf8(&before)
            .unwrap()
            .starts_with("# mine\n")
    );
}

#[test]
fn a_sync_copy_is_left_alone_and_check_names_the_key_that_differs() {
    let dir = tempfile::tempdir().unwrap();
    let own = filed(dir.path(), "2026-10-01T100000Z-K1.toml");
    let copy = filed(dir.path(), "2026-10-01T100000Z-K1 (conflicted copy).toml");
    let (store, _) = Store::open(dir.path().to_path_buf());
    let loaded = store.load();
    assert_eq!(loaded.assessments.len(), 1, "one assessment");
    assert_eq!(
        loaded.assessments[0].path, own,
        "the tool's own file is the one kept"
    );
    let before = std::fs::read_to_string(&copy).unwrap();
    store
        .amend_completed(
            &loaded.assessments[0],
            Amended::Intention,
            None,
            Some("Ask".into()),
        )
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        before,
        "the copy is left alone"
    );
    let amended = std::fs::read_to_string(&own).unwrap();
    assert!(amended.contains("intention = \"Ask\""), "{amended}");

    let out = confiance(dir.path()).arg("check").output().unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("K1 (conflicted copy).toml: conflict with"),
        "{said}"
    );
    assert!(said.contains("they differ in `intention`;"), "{said}");
    let out = confiance(dir.path())
        .args(["--lang", "fr", "check"])
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("elles diffèrent par `intention`"), "{said}");
}
