//! The summary index (`DATA/.cache/index`): what `list` keeps of each file, read and written
//! as a stream. Only ever a cache: a file that changed, went or came is read; a damaged index,
//! or one that is a link, is not used; `forget` leaves nothing of a subject in it.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use super::summary_cache::{FILES, big_store_with};
use crate::common::{assessment_text, confiance, stdout, write};

/// `FILES` assessments of three subjects, every answer 3 but one of Subject 1's late ones, all 5.
fn big_store() -> (tempfile::TempDir, PathBuf) {
    big_store_with(|k| if k == FILES - 3 { 5 } else { 3 })
}

fn index(data: &Path) -> PathBuf {
    data.join(".cache/index")
}

fn list(data: &Path) -> String {
    stdout(confiance(data).args(["list", "--format", "json"]))
}

#[test]
fn a_warm_list_says_what_a_cold_one_says() {
    let (_tmp, data) = big_store();
    let cold = list(&data);
    assert!(index(&data).exists(), "the first list writes the index");
    let mode = fs::metadata(index(&data)).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let written = fs::metadata(index(&data)).unwrap().modified().unwrap();
    assert_eq!(list(&data), cold);
    // Nothing changed: the index is read, not written again.
    assert_eq!(
        fs::metadata(index(&data)).unwrap().modified().unwrap(),
        written
    );
    assert!(cold.contains("\"overall\": 66.66666666666667"), "{cold}");
}

/// What `list` says with no index at all: the files' truth.
fn cold_list(data: &Path) -> String {
    let _ = fs::remove_file(index(data));
    list(data)
}

#[test]
fn a_changed_a_new_and_a_removed_file_are_read_again() {
    let (_tmp, data) = big_store();
    let before = list(&data);
    // One of Subject 0's now says 1 everywhere; a new Subject 3; one of Subject 1's gone.
    write(
        data.join("assessments/s0/156.toml"),
        &assessment_text("A156", "Subject 0", "self", "2024-01-01T02:36:00Z", 1),
    );
    write(
        data.join("assessments/s3/new.toml"),
        &assessment_text("N1", "Subject 3", "self", "2025-01-01T00:00:00Z", 4),
    );
    fs::remove_file(data.join("assessments/s1/001.toml")).unwrap();
    let warm = list(&data);
    assert_ne!(warm, before);
    assert!(warm.contains("Subject 3"));
    assert_eq!(warm, cold_list(&data), "the index served nothing stale");
    // And the index now holds what the files say: a second list agrees without reading them.
    assert_eq!(list(&data), warm);
}

#[test]
fn a_damaged_index_is_not_used() {
    let (_tmp, data) = big_store();
    let truth = list(&data);
    let text = fs::read_to_string(index(&data)).unwrap();
    // What a forged or damaged line would serve: Subject 1's at 0.
    let forged = text.replace("66.66666666666667]", "0.0]");
    assert_ne!(forged, text);
    fs::write(index(&data), &forged).unwrap();
    assert_eq!(list(&data), truth, "the digest no longer matches");
    // A cut index is not used either, and is written anew.
    fs::write(index(&data), &text[..text.len() / 2]).unwrap();
    assert_eq!(list(&data), truth);
    assert_eq!(fs::read_to_string(index(&data)).unwrap(), text);
}

#[test]
fn an_index_that_is_a_link_is_neither_read_nor_written_through() {
    let (tmp, data) = big_store();
    let truth = list(&data);
    let elsewhere = tmp.path().join("elsewhere");
    fs::write(&elsewhere, "not an index").unwrap();
    fs::remove_file(index(&data)).unwrap();
    symlink(&elsewhere, index(&data)).unwrap();
    assert_eq!(list(&data), truth);
    assert_eq!(fs::read_to_string(&elsewhere).unwrap(), "not an index");
}

#[test]
fn forgetting_a_subject_leaves_nothing_of_it_in_the_index() {
    let (_tmp, data) = big_store();
    list(&data);
    assert!(
        fs::read_to_string(index(&data))
            .unwrap()
            .contains("Subject 2")
    );
    // Home's rows as the full screen last saw them, which name the subject too.
    fs::write(data.join(".cache/home"), "… Subject 2 …").unwrap();
    stdout(confiance(&data).args(["forget", "Subject 2", "--yes"]));
    assert!(!index(&data).exists());
    assert!(!data.join(".cache/home").exists());
    let out = list(&data);
    assert!(!out.contains("Subject 2"), "{out}");
    assert!(
        !fs::read_to_string(index(&data))
            .unwrap()
            .contains("Subject 2")
    );
}
