//! `forget` keeps its promises when the store is not tidy: look-alike subjects sharing a
//! folder, links out of the data folder, a summary cache it cannot remove, the subject's
//! entry in `subjects.toml`.

use std::os::unix::fs::symlink;
use std::path::Path;

use crate::common::*;

pub(super) fn import(data: &Path, dir: &Path, id: &str, subject: &str) {
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
fn a_subject_whose_only_file_is_in_doubt_is_told_which_file_was_left() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    import(&data, dir.path(), "D1", "Dan");
    // Dan's other file: its subject line is broken, so whose it is cannot be told.
    let doubt = write(data.join("assessments/dan/D2.toml"), "subject = \"Dan\n");
    stdout(confiance(&data).args(["forget", "Dan", "--yes"]));
    assert!(doubt.exists(), "in doubt, left alone");
    let again = confiance(&data)
        .args(["forget", "Dan", "--yes"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&again.stdout);
    assert_eq!(again.status.code(), Some(1), "{said}");
    assert!(said.contains("D2.toml"), "the file is named: {said}");
    assert!(
        said.contains("delete it yourself"),
        "and what to do: {said}"
    );
    assert!(doubt.exists(), "and still left alone");
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

/// A space large enough to keep a summary cache: `Subject 0`, `1` and `2`, every answer 3.
fn big_store(data: &Path) {
    for k in 0..confiance::store::cache::CACHE_FROM + 30 {
        let when = format!("2024-01-01T{:02}:{:02}:00Z", k / 60, k % 60);
        write(
            data.join(format!("assessments/s{}/{k:03}.toml", k % 3)),
            &assessment_text(
                &format!("A{k:03}"),
                &format!("Subject {}", k % 3),
                "self",
                &when,
                3,
            ),
        );
    }
    // Private like the tool's own folders, so that `check` finds nothing else to say.
    confiance(data).args(["check", "--fix"]).assert().success();
    stdout(confiance(data).arg("list"));
    assert!(data.join(".cache/summary").is_file(), "a cache is kept");
}

#[test]
fn forget_says_when_the_summary_cache_cannot_be_removed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    big_store(&data);
    let cache = data.join(".cache/summary");
    std::fs::remove_file(&cache).unwrap();
    write(cache.join("x"), "not a cache");
    let out = confiance(&data)
        .args(["forget", "Subject 2", "--yes"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(".cache/summary") && stderr.contains("could not be removed"),
        "{stderr}"
    );
}

#[test]
fn check_says_when_it_cannot_rebuild_the_summary_cache() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    big_store(&data);
    for gone in files_below(&data.join("assessments/s2"))
        .into_iter()
        .take(3)
    {
        std::fs::remove_file(gone).unwrap();
    }
    // Any file it writes is limited to 512 bytes: the cache cannot be rewritten.
    let out = in_shell(&data, "trap '' XFSZ; ulimit -f 1")
        .arg("check")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "a problem: {said}");
    assert!(said.contains("could not be rewritten"), "{said}");
    assert!(!said.contains("rebuilt"), "{said}");
    assert!(!said.contains("no problem"), "{said}");
}

#[test]
fn a_writer_that_read_the_files_before_a_forget_never_puts_them_back_in_the_cache() {
    use confiance::store::{Store, cache};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    big_store(&data);
    let (store, _) = Store::open(data.clone());
    // What a slow command read before `forget` ran...
    let read = store.load_from_files().assessments;
    let stamps: Vec<_> = read
        .iter()
        .map(|s| cache::Stamp::of(&std::fs::metadata(&s.path).unwrap()))
        .collect();
    stdout(confiance(&data).args(["forget", "Subject 2", "--yes"]));
    // ...is written into the cache after it.
    let files = read
        .iter()
        .zip(&stamps)
        .map(|(s, stamp)| (s.path.as_path(), *stamp, &s.assessment));
    cache::write(store.root(), store.catalog(), files, read.len()).unwrap();
    let text = std::fs::read_to_string(data.join(".cache/summary")).unwrap();
    assert!(!text.contains("Subject 2"), "forgotten, and kept out");
    assert!(text.contains("Subject 1"), "the rest is cached");
}

#[test]
fn forget_lists_and_removes_the_subjects_name_and_cadence() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    import(&data, dir.path(), "C1", "Alice");
    import(&data, dir.path(), "C2", "Bob");
    let subjects = write(
        data.join("subjects.toml"),
        "[\"ALICE\"]\ncadence_weeks = 4\n\n[Bob]\ncadence_weeks = 2\n",
    );
    let out = stdout(confiance(&data).args(["forget", "Alice", "--yes"]));
    assert!(out.contains("subjects.toml"), "listed: {out}");
    let left = std::fs::read_to_string(&subjects).unwrap();
    assert!(!left.contains("ALICE"), "{left}");
    assert!(
        left.contains("Bob") && left.contains("cadence_weeks = 2"),
        "{left}"
    );
    // Only the entry was left: `forget` still finds it, and removes it.
    write(subjects.clone(), "[alice]\ncadence_weeks = 4\n");
    let out = stdout(confiance(&data).args(["forget", "Alice", "--yes"]));
    assert!(out.contains("subjects.toml"), "listed: {out}");
    assert!(
        !std::fs::read_to_string(&subjects)
            .unwrap()
            .contains("alice")
    );
}

/// stdout, whatever the exit code.
pub(super) fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
}
