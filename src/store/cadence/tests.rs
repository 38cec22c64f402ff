//! Cadences set, removed and read back; a linked file never read or written through.

use super::*;

#[test]
fn cadences_are_set_kept_and_removed_by_any_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().to_path_buf());
    let _ = store
        .set_cadence("Team Atlas", Some(Cadence::Weeks(4)))
        .unwrap();
    let _ = store.set_cadence("Bob", Some(Cadence::Off)).unwrap();
    let _ = store
        .set_cadence("team atlas ", Some(Cadence::Weeks(2)))
        .unwrap();
    let (settings, problems) = store.subject_settings();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(settings.cadence("TEAM ATLAS"), Some(Cadence::Weeks(2)));
    assert_eq!(settings.cadence("Bob"), Some(Cadence::Off));
    let text = fs::read_to_string(store.subjects_file()).unwrap();
    assert!(
        text.contains("[\"Team Atlas\"]"),
        "stored as first written: {text}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(store.subjects_file())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let _ = store.set_cadence("Team Atlas", None).unwrap();
    assert_eq!(store.subject_settings().0.cadence("Team Atlas"), None);
}

#[test]
fn a_subjects_entry_is_removed_whole_by_any_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().to_path_buf());
    assert!(
        store.remove_subject_entry("Bob").unwrap().is_none(),
        "no file"
    );
    let text = "[\"Team Atlas\"]\ncadence_weeks = 4\nmine = 1\n[Bob]\ncadence_weeks = 2\n";
    fs::write(store.subjects_file(), text).unwrap();
    assert!(store.remove_subject_entry("team atlas").unwrap().is_some());
    let left = fs::read_to_string(store.subjects_file()).unwrap();
    assert_eq!(left, "[Bob]\ncadence_weeks = 2\n");
    assert!(store.remove_subject_entry("Alice").unwrap().is_none());
    assert!(!dir.path().join(".subjects.toml.lock").exists());
}

#[test]
fn mistakes_are_located_and_ignored() {
    let mut settings = SubjectSettings::default();
    let text = "[Bob]\ncadence_weeks = -1\n[Al]\ncadence_weeks = 3\n[al]\ncadence_weeks = 5\n";
    let problems = parse_into(text, &mut settings);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(settings.cadence("Bob"), None);
    assert_eq!(settings.cadence("AL"), Some(Cadence::Weeks(3)));
}

#[test]
fn a_linked_file_is_never_read_or_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.toml");
    fs::write(&outside, "[X]\ncadence_weeks = 2\n").unwrap();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    std::os::unix::fs::symlink(&outside, data.join(SUBJECTS_FILE)).unwrap();
    let (store, _) = Store::open(data);
    let (settings, problems) = store.subject_settings();
    assert_eq!(settings.cadence("X"), None);
    assert_eq!(problems.len(), 1);
    assert!(matches!(
        store.set_cadence("X", Some(Cadence::Weeks(1))),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(
        fs::read_to_string(&outside).unwrap(),
        "[X]\ncadence_weeks = 2\n"
    );
}
