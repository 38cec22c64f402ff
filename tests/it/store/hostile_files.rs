//! Bad files never crash the tool and are never touched: each is reported with its place and
//! skipped, the rest of the store still loads. Property tests feed arbitrary bytes and mutated
//! valid files to both loaders.

use std::path::{Path, PathBuf};

use crate::common::*;
use confiance::questionnaire::{Catalog, parse as parse_questionnaire};
use confiance::store::parse_assessment;
use proptest::prelude::*;

fn valid(id: &str) -> String {
    assessment_text(id, "Alice", "self", "2026-11-01T10:00:00Z", 3)
}

/// Every kind of bad file, by name, with what its report must contain.
fn hostile(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let a = dir.join("assessments/alice");
    let good = valid("OK1");
    vec![
        (
            write(a.join("malformed.toml"), "schema = 1\nid = \"M\nsubject"),
            "malformed.toml:3:8:",
        ),
        (
            write(
                a.join("wrong-type.toml"),
                &good.replace("id = \"OK1\"", "id = 12"),
            ),
            "wrong-type.toml:2:",
        ),
        (
            write(
                a.join("unknown-item.toml"),
                &good
                    .replace("OK1", "U1")
                    .replacen("common-language.terms", "no.such.item", 1),
            ),
            "unknown-item.toml:12:",
        ),
        (
            write(
                a.join("out-of-range.toml"),
                &good
                    .replace("OK1", "R1")
                    .replacen("value = 3", "value = 6", 1),
            ),
            "out-of-range.toml:11:",
        ),
        (
            write(
                a.join("duplicate.toml"),
                &good.replace("OK1", "D1").replacen(
                    "common-language.explain",
                    "common-language.terms",
                    1,
                ),
            ),
            "duplicate.toml:16:",
        ),
        (
            write(
                a.join("no-questionnaire.toml"),
                &good
                    .replace("OK1", "Q1")
                    .replace("questionnaire = \"trust\"", "questionnaire = \"gone\""),
            ),
            "no-questionnaire.toml:5:17: unknown questionnaire (see",
        ),
        (
            // Once read against the English text without a word.
            write(
                a.join("unknown-lang.toml"),
                &good
                    .replace("OK1", "L1")
                    .replace("lang = \"en\"", "lang = \"xx\""),
            ),
            "unknown-lang.toml:7:8: questionnaire `trust` does not exist in this `lang`; it exists in: en, fr",
        ),
        (
            write(
                a.join("leap-second.toml"),
                &good.replace("OK1", "LS1").replace(
                    "started = 2026-11-01T10:00:00Z",
                    "started = 2016-12-31T23:59:60Z",
                ),
            ),
            "leap-second.toml:8:11: `started`: a leap second",
        ),
        (
            // Year 10000 in UTC: was stored as 9999 with the same month and day.
            write(
                a.join("year-10000.toml"),
                &good.replace("OK1", "Y1").replace(
                    "completed = 2026-11-01T10:00:00Z",
                    "completed = 9999-12-31T23:30:00-01:00",
                ),
            ),
            "year-10000.toml:9:13: `completed`: in UTC (after its offset) this falls outside the years 0000 to 9999",
        ),
        (
            write(
                a.join("completed-first.toml"),
                &good.replace("OK1", "CF1").replace(
                    "started = 2026-11-01T10:00:00Z",
                    "started = 2026-11-02T10:00:00Z",
                ),
            ),
            "completed-first.toml:9:13: `completed` is before `started`",
        ),
        (
            write(
                a.join("future.toml"),
                &good.replace("schema = 1", "schema = 7"),
            ),
            "written by a newer version of confiance",
        ),
        (
            write(a.join("empty.toml"), ""),
            "empty.toml:1:1: the file is empty",
        ),
        (
            write_bytes(a.join("binary.toml"), &[0, 159, 146, 150, 0, 1, 2, 255]),
            "binary.toml:1:2: invalid UTF-8",
        ),
        (
            write_bytes(a.join("latin1.toml"), b"schema = 1\nsubject = \"Zo\xe9\"\n"),
            "latin1.toml:2:14: invalid UTF-8",
        ),
        (big_file(a.join("huge.toml")), "file is too large"),
        (dir_named(a.join("folder.toml")), "is a folder, not a file"),
        (
            symlink_loop(&a),
            "loop.toml: symbolic link that leads nowhere",
        ),
    ]
}

fn write_bytes(path: PathBuf, bytes: &[u8]) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn big_file(path: PathBuf) -> PathBuf {
    // 50 MB, sparse: quick to make, as large as a real one to the tool.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    path
}

fn dir_named(path: PathBuf) -> PathBuf {
    std::fs::create_dir_all(&path).unwrap();
    path
}

fn symlink_loop(dir: &Path) -> PathBuf {
    let (a, b) = (dir.join("loop.toml"), dir.join("loop2.toml"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    a
}

fn fingerprint(path: &Path) -> Option<(u64, Vec<u8>)> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let bytes = if meta.is_file() && meta.len() < 1_000_000 {
        std::fs::read(path).ok()?
    } else {
        vec![]
    };
    Some((meta.len(), bytes))
}

#[test]
fn every_bad_file_is_reported_skipped_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let good = write(dir.path().join("good.toml"), &valid("OK1"));
    confiance(&data).arg("import").arg(&good).assert().success();
    let bad = hostile(&data);
    let before: Vec<_> = bad.iter().map(|(p, _)| fingerprint(p)).collect();

    let out = confiance(&data)
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the tool does not fail because of bad files"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (path, expected) in &bad {
        let line = stderr
            .lines()
            .find(|l| l.contains(&*path.file_name().unwrap().to_string_lossy()))
            .unwrap_or_else(|| panic!("{} not reported:\n{stderr}", path.display()));
        assert!(
            line.contains(expected),
            "{} reported as {line:?}, expected {expected:?}",
            path.display()
        );
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["subject"], "Alice");
    assert_eq!(json[0]["assessments"], 1, "the valid file still loads");

    let check = confiance(&data).arg("check").output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let report = String::from_utf8_lossy(&check.stdout);
    for (path, expected) in &bad {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            report
                .lines()
                .any(|l| l.contains(&*name) && l.contains(expected)),
            "check reports {name}:\n{report}"
        );
    }

    let after: Vec<_> = bad.iter().map(|(p, _)| fingerprint(p)).collect();
    assert_eq!(before, after, "no bad file was modified");
}

#[test]
fn messages_do_not_quote_the_files_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let secret = "my boss is a liar";
    write(
        data.join("assessments/x/a.toml"),
        &valid("S1").replacen("value = 3", &format!("value = \"{secret}\""), 1),
    );
    write(
        data.join("assessments/x/b.toml"),
        &format!("schema = 1\nnote = \"{secret}\n"),
    );
    // Escaped quotes once fooled the redaction into showing what lay between them.
    write(
        data.join("assessments/x/c.toml"),
        &valid("S3").replacen("value = 3", r#"value = "my \"boss is a liar\" ok""#, 1),
    );
    // Unknown item ids and questionnaire names are the file's text too.
    write(
        data.join("assessments/x/d.toml"),
        &valid("S4").replacen("common-language.terms", "boss-is-a-liar", 1),
    );
    write(
        data.join("assessments/x/e.toml"),
        &valid("S5").replace("questionnaire = \"trust\"", "questionnaire = \"liar\""),
    );
    let out = confiance(&data).arg("list").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a.toml:13:9:")
            && stderr.contains("b.toml:2:")
            && stderr.contains("c.toml:13:9:")
            && stderr.contains("d.toml:12:8: answer 1: unknown item")
            && stderr.contains("e.toml:5:17: unknown questionnaire"),
        "{stderr}"
    );
    assert!(!stderr.contains("liar"), "{stderr}");
}

/// The built-in catalog, parsed once for the hundreds of cases below rather than once each.
static BUILTIN: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(Catalog::builtin);

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_assessment_loader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_assessment(&String::from_utf8_lossy(&bytes), &BUILTIN);
    }

    #[test]
    fn the_questionnaire_loader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_questionnaire(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_valid_files_never_panic_either_loader(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..8)
    ) {
        let mutate = |text: &str| {
            let mut chars: Vec<char> = text.chars().collect();
            for (at, kind, c) in &edits {
                if chars.is_empty() { break; }
                let i = at.index(chars.len());
                match kind {
                    0 => { chars.remove(i); }
                    1 => chars.insert(i, *c),
                    _ => chars[i] = *c,
                }
            }
            chars.into_iter().collect::<String>()
        };
        let _ = parse_assessment(&mutate(&valid("P1")), &BUILTIN);
        let questionnaire = confiance::questionnaire::catalog_text("trust.en.toml");
        let _ = parse_questionnaire(&mutate(questionnaire));
    }
}
