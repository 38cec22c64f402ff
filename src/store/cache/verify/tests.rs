//! The summary cache rebuilt as a stream: read back whole, found right, stale entries told,
//! never given its name after a forget.

use super::*;
use crate::assessment::{Assessment, from_toml};
use crate::store::Store;
use crate::store::cache::read;

fn completed(id: &str) -> Assessment {
    let text = format!(
        "schema = 1\nid = \"{id}\"\nsubject = \"Alice\"\nquestionnaire = \"trust\"\n\
         questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n\
         completed = 2026-11-26T17:50:00Z\n"
    );
    from_toml(&text).unwrap().0
}

/// A file's stamp now.
fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path).ok().map(|m| Stamp::of(&m))
}

/// A space of `n` assessments, and each as its file says.
fn space(n: usize) -> (tempfile::TempDir, Store, Vec<Stored>) {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(dir.path().to_path_buf());
    for i in 0..n {
        store.save_completed(&completed(&format!("A{i}"))).unwrap();
    }
    let stored = store.load_from_files().assessments;
    assert_eq!(stored.len(), n);
    (dir, store, stored)
}

#[test]
fn a_cache_rebuilt_as_a_stream_reads_back_whole_and_is_then_found_right() {
    let (_dir, store, stored) = space(CACHE_FROM + 5);
    let catalog = store.catalog();
    let mut first = Verifier::new(store.root(), catalog);
    first.add(&stored[..50], stamp);
    first.add(&stored[50..], stamp);
    assert_eq!(first.finish(), Verdict::default(), "no cache before");
    let Cached::Usable(mut lookup) = read(store.root(), catalog) else {
        panic!("the streamed cache is read back");
    };
    assert_eq!(lookup.len(), stored.len());
    for s in &stored {
        let stamp = Stamp::of(&std::fs::metadata(&s.path).unwrap());
        assert_eq!(lookup.take(&s.path, stamp).as_ref(), Some(&s.assessment));
    }
    let mut again = Verifier::new(store.root(), catalog);
    again.add(&stored, stamp);
    assert_eq!(
        again.finish(),
        Verdict::default(),
        "every entry met, and right"
    );
    // One file gone since: its entry is stale, and the cache no longer has it.
    std::fs::remove_file(&stored[0].path).unwrap();
    let mut third = Verifier::new(store.root(), catalog);
    third.add(&stored[1..], stamp);
    let verdict = third.finish();
    assert_eq!((verdict.stale, verdict.wrong), (1, 0));
    let Cached::Usable(lookup) = read(store.root(), catalog) else {
        panic!("rebuilt");
    };
    assert_eq!(lookup.len(), stored.len() - 1);
}

#[test]
fn a_forget_during_the_pass_keeps_the_new_cache_from_its_name() {
    let (_dir, store, stored) = space(CACHE_FROM);
    let mut pass = Verifier::new(store.root(), store.catalog());
    pass.add(&stored, stamp);
    crate::store::cache::remove(store.root()).unwrap();
    assert_eq!(pass.finish().unwritten, None);
    assert!(
        !path(store.root()).exists(),
        "what was read before forget is not cached"
    );
    let left: Vec<_> = std::fs::read_dir(store.root().join(CACHE_DIR))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, ["forgotten"], "no temporary file stays");
}

#[test]
fn a_small_space_keeps_no_summary() {
    let (_dir, store, stored) = space(3);
    let mut pass = Verifier::new(store.root(), store.catalog());
    pass.add(&stored, stamp);
    assert_eq!(pass.finish(), Verdict::default());
    assert!(!path(store.root()).exists());
}
