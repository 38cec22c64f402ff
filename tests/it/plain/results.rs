//! The plain mode's results read aloud: words and numbers only (no bars, no `·`, no `⋯`, no
//! columns to line up), each value after what it is, in both languages. Snapshots of `show`,
//! `trend` and `compare` with `--plain`.

use crate::common::{assessment_text, confiance, write};

/// Marks a screen reader reads as noise, or that only mean something lined up in columns.
const NOISE: [char; 7] = ['#', '·', '█', '⋯', '|', '–', '…'];

#[test]
fn show_trend_and_compare_say_words_and_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Views of mine a month apart, then nineteen months later (a break in time), and
    // Alice's own.
    for (id, respondent, when, value) in [
        ("A0", "self", "2024-12-10T10:00:00Z", 3),
        ("A1", "self", "2025-01-10T10:00:00Z", 2),
        ("A2", "self", "2026-08-20T10:00:00Z", 4),
        ("A3", "Alice", "2026-08-21T10:00:00Z", 5),
    ] {
        let file = write(
            dir.path().join(format!("in/{id}.toml")),
            &assessment_text(id, "Alice", respondent, when, value),
        );
        confiance(&data).arg("import").arg(&file).assert().success();
    }
    for lang in ["en", "fr"] {
        for (name, args) in [
            ("show", &["show", "Alice"][..]),
            ("trend", &["trend", "Alice"][..]),
            (
                "compare",
                &["compare", "Alice", "--id", "A2", "--id", "A3"][..],
            ),
        ] {
            let out = confiance(&data)
                .args(["--lang", lang, "--plain"])
                .args(args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{name} {lang}");
            let text = String::from_utf8(out.stdout).unwrap();
            for noise in NOISE {
                assert!(!text.contains(noise), "{name} {lang}: {noise:?} in\n{text}");
            }
            insta::assert_snapshot!(format!("plain_{name}_{lang}"), text);
        }
    }
}

/// Piped without the plain mode asked for, `show` keeps its table for scripts.
#[test]
fn a_pipe_alone_keeps_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("in/a.toml"),
        &assessment_text("A1", "Alice", "self", "2026-08-20T10:00:00Z", 4),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    let out = confiance(&data)
        .args(["show", "Alice", "--no-chart"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("  Common language "), "{text}");
    assert!(!text.contains("Common language: 58"), "{text}");
}

/// `drafts` in the plain mode: one line a draft, each value after its column's name, and how
/// far it is in words ("2 of 29", not "2/29"), in both languages.
#[test]
fn drafts_are_said_row_by_row() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    confiance(&data)
        .args(["assess", "Alice"])
        .write_stdin("3\n3\nq\n")
        .assert()
        .success();
    for (lang, expected) in [
        ("en", "Subject: Alice, respondent: you, started: "),
        (
            "fr",
            "Sujet\u{a0}: Alice, répondant\u{a0}: vous, commencé\u{a0}: ",
        ),
    ] {
        let out = confiance(&data)
            .args(["--lang", lang, "--plain", "drafts"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with(expected), "{lang}:\n{text}");
        let far = if lang == "en" { "2 of 29" } else { "2 sur 29" };
        assert!(text.contains(&format!(": {far}, ")), "{lang}:\n{text}");
        assert!(!text.contains("2/29"), "{lang}:\n{text}");
    }
}
