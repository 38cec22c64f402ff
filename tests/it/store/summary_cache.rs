//! The summary cache (`DATA/.cache/summary`): only ever a cache. An entry is served only when
//! its file is unchanged; anything else is read from the files, which stay the truth.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use crate::common::{assessment_text, confiance, stdout, write};
use confiance::store::{Store, cache};

/// `check`'s output (it also finds the test's folders readable by others: not the point here).
fn check(data: &Path) -> String {
    let out = confiance(data).arg("check").output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Above the size from which a space keeps a cache.
pub(super) const FILES: usize = cache::CACHE_FROM + 60;

/// A store of `FILES` assessments of three subjects, every answer 3.
fn big_store() -> (tempfile::TempDir, PathBuf) {
    big_store_with(|_| 3)
}

/// A store of `FILES` assessments of three subjects (file `k` in `s{k % 3}`), every answer of
/// assessment `k` at `value(k)`.
pub(super) fn big_store_with(value: fn(usize) -> i64) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    for k in 0..FILES {
        let subject = format!("Subject {}", k % 3);
        let when = format!("2024-01-01T{:02}:{:02}:00Z", k / 60, k % 60);
        write(
            data.join(format!("assessments/s{}/{k:03}.toml", k % 3)),
            &assessment_text(&format!("A{k:03}"), &subject, "self", &when, value(k)),
        );
    }
    (tmp, data)
}

fn load(data: &Path) -> Vec<(String, Vec<Option<i64>>)> {
    let (store, _) = Store::open(data.to_path_buf());
    let loaded = store.load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded
        .assessments
        .iter()
        .map(|s| {
            let values = s.assessment.answers.iter().map(|a| a.value()).collect();
            (s.assessment.id.clone(), values)
        })
        .collect()
}

fn cache_file(data: &Path) -> PathBuf {
    data.join(".cache/summary")
}

/// The value of every answer of assessment `id` as loaded.
fn values_of(data: &Path, id: &str) -> Vec<Option<i64>> {
    load(data).into_iter().find(|(i, _)| i == id).unwrap().1
}

/// Rewrites the cache so that it says `from` where it said `to`, with a digest that matches:
/// the cache a bug or a sync tool could leave, which only its stamps keep from being served.
fn forge(data: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(cache_file(data)).unwrap();
    let (head, body) = text.split_once('\n').unwrap();
    let body = body.replacen(from, to, 1);
    let mut digest = confiance::files::Fnv::new();
    digest.write(body.as_bytes());
    let mut head: Vec<&str> = head.split(' ').collect();
    let new = format!("{:016x}", digest.finish());
    *head.last_mut().unwrap() = &new;
    fs::write(cache_file(data), format!("{}\n{body}", head.join(" "))).unwrap();
}

#[test]
fn the_cache_is_private_hidden_inside_the_data_folder_and_changes_nothing() {
    let (_tmp, data) = big_store();
    let (store, _) = Store::open(data.clone());
    let from_files = store.load_from_files();
    assert!(
        !cache_file(&data).exists(),
        "reading the files alone writes no cache"
    );
    let first = load(&data);
    let meta = fs::symlink_metadata(cache_file(&data)).unwrap();
    assert!(meta.is_file());
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let dir = fs::symlink_metadata(data.join(".cache")).unwrap();
    assert_eq!(dir.permissions().mode() & 0o777, 0o700);
    assert_eq!(first.len(), FILES);
    // Served from the cache now: the same assessments, equal in every field.
    let (store, _) = Store::open(data.clone());
    let cached = store.load();
    assert_eq!(cached.assessments, from_files.assessments);
    // Never taken for an assessment, nor listed as a problem.
    let out = check(&data);
    assert!(out.contains(&format!("{FILES} valid files, ")), "{out}");
    assert!(!out.contains(".cache"), "{out}");
}

#[test]
fn an_entry_is_served_only_while_its_file_is_unchanged() {
    let (_tmp, data) = big_store();
    load(&data);
    // Proof that the cache is read: a forged entry for an unchanged file is served...
    forge(&data, "[[0,3,null]", "[[0,5,null]");
    assert_eq!(values_of(&data, "A000")[0], Some(5));
    // ...until `check`, which reads every file, says so and rebuilds the cache.
    let out = check(&data);
    assert!(
        out.contains("1 entry did not match its file; rebuilt"),
        "{out}"
    );
    assert_eq!(values_of(&data, "A000")[0], Some(3));
}

#[test]
fn a_file_changed_to_the_same_size_is_read_again() {
    let (_tmp, data) = big_store();
    load(&data);
    let path = data.join("assessments/s0/000.toml");
    let text = fs::read_to_string(&path).unwrap();
    let before = fs::metadata(&path).unwrap();
    // In place (same inode), same size, another modification time.
    fs::write(&path, text.replacen("value = 3", "value = 4", 1)).unwrap();
    assert_eq!(fs::metadata(&path).unwrap().len(), before.len());
    assert_eq!(values_of(&data, "A000")[0], Some(4));
    // Replaced by another file (another inode), same size, the same modification time.
    let other = path.with_extension("new");
    fs::write(&other, text.replacen("value = 3", "value = 2", 1)).unwrap();
    let file = fs::OpenOptions::new().write(true).open(&other).unwrap();
    file.set_modified(fs::metadata(&path).unwrap().modified().unwrap())
        .unwrap();
    fs::rename(&other, &path).unwrap();
    assert_eq!(values_of(&data, "A000")[0], Some(2));
}

#[test]
fn a_deleted_file_disappears_and_a_new_one_appears() {
    let (_tmp, data) = big_store();
    load(&data);
    fs::remove_file(data.join("assessments/s1/001.toml")).unwrap();
    write(
        data.join("assessments/s1/new.toml"),
        &assessment_text("N001", "Subject 1", "self", "2025-01-01T00:00:00Z", 1),
    );
    let ids: Vec<String> = load(&data).into_iter().map(|(id, _)| id).collect();
    assert!(!ids.contains(&"A001".to_string()));
    assert!(ids.contains(&"N001".to_string()));
    assert_eq!(ids.len(), FILES);
    let cache = fs::read_to_string(cache_file(&data)).unwrap();
    assert!(!cache.contains("A001") && cache.contains("N001"));
}

#[test]
fn a_damaged_cache_is_ignored_and_rebuilt() {
    let (_tmp, data) = big_store();
    let truth = load(&data);
    for damage in ["garbage", ""] {
        fs::write(cache_file(&data), damage).unwrap();
        assert_eq!(load(&data), truth);
        let rebuilt = fs::read_to_string(cache_file(&data)).unwrap();
        assert!(rebuilt.starts_with("confiance summary cache "));
    }
    // A digest that does not match (one byte changed, the head kept) is damage too.
    let text = fs::read_to_string(cache_file(&data)).unwrap();
    fs::write(
        cache_file(&data),
        text.replacen("[[0,3,null]", "[[0,5,null]", 1),
    )
    .unwrap();
    assert_eq!(load(&data), truth);
    // `check` says it is harmless, rebuilds it, and does not count it as a problem.
    fs::write(cache_file(&data), "garbage").unwrap();
    let out = check(&data);
    assert!(
        out.contains(".cache/summary: summary cache damaged or from another version: harmless"),
        "{out}"
    );
    // Not counted as a problem: the summary line is the same as with a sound cache.
    let again = check(&data);
    assert!(!again.contains(".cache"), "{again}");
    assert_eq!(out.lines().last(), again.lines().last());
    assert!(
        fs::read_to_string(cache_file(&data))
            .unwrap()
            .starts_with("confiance summary cache ")
    );
    // Deleting it is always safe.
    fs::remove_file(cache_file(&data)).unwrap();
    assert_eq!(load(&data), truth);
}

#[test]
fn a_cache_that_is_a_link_is_neither_read_nor_written_through() {
    let (tmp, data) = big_store();
    let truth = load(&data);
    let outside = tmp.path().join("outside");
    fs::copy(cache_file(&data), &outside).unwrap();
    forge(&data, "[[0,3,null]", "[[0,5,null]");
    fs::rename(cache_file(&data), &outside).unwrap();
    symlink(&outside, cache_file(&data)).unwrap();
    let forged = fs::read(&outside).unwrap();
    // The forged cache behind the link is not served, and is left as it was.
    assert_eq!(load(&data), truth);
    assert_eq!(fs::read(&outside).unwrap(), forged);
    assert!(
        fs::symlink_metadata(cache_file(&data))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // The same with `.cache` itself a link to a folder outside.
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::remove_dir_all(data.join(".cache")).unwrap();
    symlink(&elsewhere, data.join(".cache")).unwrap();
    assert_eq!(load(&data), truth);
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    let out = check(&data);
    assert!(
        out.contains(".cache: a symbolic link: not followed"),
        "{out}"
    );
}

#[test]
fn a_small_space_keeps_no_cache() {
    let (_tmp, data) = big_store();
    load(&data);
    assert!(cache_file(&data).exists());
    for k in 0..61 {
        fs::remove_file(data.join(format!("assessments/s{}/{k:03}.toml", k % 3))).unwrap();
    }
    assert_eq!(load(&data).len(), FILES - 61);
    assert!(!cache_file(&data).exists());
}

#[test]
fn forgetting_a_subject_leaves_nothing_of_it_in_the_cache() {
    let (_tmp, data) = big_store();
    load(&data);
    let cache = fs::read_to_string(cache_file(&data)).unwrap();
    assert!(cache.contains("Subject 2"));
    stdout(confiance(&data).args(["forget", "Subject 2", "--yes"]));
    assert!(!cache_file(&data).exists());
    let out = stdout(confiance(&data).arg("list"));
    assert!(!out.contains("Subject 2"), "{out}");
    // Rebuilt by the next full read.
    load(&data);
    let cache = fs::read_to_string(cache_file(&data)).unwrap();
    assert!(!cache.contains("Subject 2"));
}

#[test]
fn a_forged_cache_never_changes_the_backup() {
    let (_tmp, data) = big_store();
    let export = || stdout(confiance(&data).args(["export", "--format", "json"]));
    let truth = export();
    load(&data);
    forge(&data, "[[0,3,null]", "[[0,5,null]");
    assert_eq!(
        values_of(&data, "A000")[0],
        Some(5),
        "the forged entry is served"
    );
    let forged = export();
    assert!(forged == truth, "export reads the files themselves");
}
