//! `forget` keeps its promises when the store is not tidy: look-alike subjects sharing a
//! folder, links out of the data folder, a summary cache it cannot remove, a client folder
//! left half-deleted, a draft whose assessment was filed just before a crash.

use std::os::unix::fs::symlink;
use std::path::Path;

use crate::common::*;

fn import(data: &Path, dir: &Path, id: &str, subject: &str) {
    let file = write(
        dir.join(format!("{id}.toml")),
        &assessment_text(id, subject, "self", "2026-11-01T10:00:00Z", 4),
    );
    confiance(data).arg("import").arg(&file).assert().success();
}

#[test]
fn forget_never_deletes_a_broken_file_naming_a_look_alike_subject() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    import(&data, dir.path(), "Z1", "Zo\u{e9}");
    let folder = data.join("assessments/zoe");
    // Zoe's only file, broken after its subject line: it cannot be parsed.
    let zoe = assessment_text("Z2", "Zoe", "self", "2026-11-02T10:00:00Z", 4);
    let zoe = write(
        folder.join("zoe-broken.toml"),
        &format!("{zoe}\nbroken = [\n"),
    );
    let doubt = write(folder.join("doubt.toml"), "subject = \"Zoe\n");
    let out = stdout(confiance(&data).args(["forget", "Zo\u{e9}", "--yes"]));
    assert!(zoe.exists(), "another subject's file stays: {out}");
    assert!(doubt.exists(), "in doubt, left alone: {out}");
    assert!(
        out.contains("2 files that may be another subject's"),
        "and said: {out}"
    );
    assert!(
        out.contains("zoe-broken.toml") && out.contains("doubt.toml"),
        "by name: {out}"
    );
}

#[test]
fn forget_lists_and_removes_a_link_leading_out_of_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    import(&data, dir.path(), "L1", "Alice");
    let outside = write(
        dir.path().join("outside/alice.toml"),
        &assessment_text("L2", "Alice", "self", "2026-11-03T10:00:00Z", 4),
    );
    let link = data.join("assessments/alice/L2.toml");
    symlink(&outside, &link).unwrap();
    let out = confiance(&data)
        .args(["forget", "Alice", "--yes"])
        .output()
        .unwrap();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.contains("L2.toml"), "listed: {out}");
    assert!(out.contains("only the link is removed"), "{out}");
    assert!(out.contains("Deleted 2 files"), "{out}");
    assert!(std::fs::symlink_metadata(&link).is_err(), "the link goes");
    assert!(outside.exists(), "never what it leads to");
}
