//! What an interruption leaves is finished, never stranded: a draft whose assessment was
//! filed just before a crash, a client folder a killed `forget --client` left half-deleted.

use std::path::Path;

use super::forgetting::{import, stdout_of};
use crate::common::*;

/// Assessment `id` of Alice filed, and its draft still there: a crash came between the two.
fn filed_and_its_draft(data: &Path, dir: &Path, id: &str) -> std::path::PathBuf {
    import(data, dir, id, "Alice");
    let done = assessment_text(id, "Alice", "self", "2026-11-01T10:00:00Z", 4);
    let draft = done.replace("completed = 2026-11-01T10:00:00Z\n", "");
    write(data.join(format!("drafts/{id}.toml")), &draft)
}

#[test]
fn a_draft_already_filed_is_removed_when_resumed_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let draft = filed_and_its_draft(&data, dir.path(), "S1");
    let out = confiance(&data)
        .args(["assess", "Alice"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("already saved"), "{err}");
    assert!(!draft.exists(), "the draft goes");
    let listed = stdout(confiance(&data).args(["list", "--format", "json"]));
    assert!(listed.contains("\"assessments\": 1"), "{listed}");
}

#[test]
fn check_fix_removes_a_draft_already_filed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let draft = filed_and_its_draft(&data, dir.path(), "S2");
    let said = stdout_of(confiance(&data).arg("check"));
    assert!(
        said.contains("already saved") && said.contains("S2.toml"),
        "{said}"
    );
    assert!(draft.exists(), "check alone changes nothing");
    let said = stdout_of(confiance(&data).args(["check", "--fix"]));
    assert!(said.contains("already saved"), "{said}");
    assert!(!draft.exists(), "the draft goes");
}

/// Marie's space, with an assessment and a draft, as `forget --client` left it when killed
/// after deleting `client.toml`: the draft stays, and `client.toml` is gone.
fn half_deleted_client(data: &Path, dir: &Path) -> std::path::PathBuf {
    let file = write(
        dir.join("m1.toml"),
        &assessment_text("M1", "Orion", "self", "2026-11-01T10:00:00Z", 4),
    );
    confiance(data)
        .args(["--client", "Marie", "import"])
        .arg(&file)
        .assert()
        .success();
    let folder = data.join("clients/marie");
    let draft = assessment_text("M2", "Orion", "self", "2026-11-02T10:00:00Z", 2)
        .replace("completed = 2026-11-02T10:00:00Z\n", "");
    write(folder.join("drafts/M2.toml"), &draft);
    for gone in files_below(&folder.join("assessments")) {
        std::fs::remove_file(gone).unwrap();
    }
    folder
}

#[test]
fn forget_client_finishes_a_client_folder_left_half_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = half_deleted_client(&data, dir.path());
    std::fs::remove_file(folder.join("client.toml")).unwrap();
    let out = confiance(&data)
        .args(["forget", "--client", "Marie", "--yes"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(said.contains("M2.toml"), "listed first: {said}");
    assert!(!folder.exists(), "{:?}", files_below(&folder));
}

#[test]
fn check_fix_finishes_an_interrupted_forget_client_and_check_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = half_deleted_client(&data, dir.path());
    // What `forget --client` writes before deleting anything, then `client.toml` gone.
    std::fs::rename(folder.join("client.toml"), folder.join(".forgetting")).unwrap();
    let said = stdout_of(confiance(&data).arg("check"));
    assert!(
        said.contains("interrupted") && said.contains("clients/marie"),
        "{said}"
    );
    assert!(
        folder.join("drafts/M2.toml").exists(),
        "check alone changes nothing"
    );
    let said = stdout_of(confiance(&data).args(["check", "--fix"]));
    assert!(said.contains("M2.toml"), "what goes is named: {said}");
    assert!(!folder.exists(), "{:?}", files_below(&folder));
}
