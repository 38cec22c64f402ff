//! Who reads which name, in every mode: the owner reads the subject's, the other side reads the
//! owner's (`--me`, the config file's `name`, a client's in their space), on the plain mode's
//! questions and review, and in the report; a name that begins a statement begins with a
//! capital. (The full screen's are in `tui/coach.rs`.)

use crate::common::{assessment_text, confiance, items, write};
use crate::plain::run;

/// The other side answering in the plain mode reads the owner's name, in the introduction, the
/// questions and the review; never its own.
#[test]
fn the_other_side_reads_the_owners_name_in_the_plain_mode() {
    let input = format!("{}\n", "3\n".repeat(items()));
    let cases: [(&[&str], &[&str]); 3] = [
        (
            &["--me", "sam", "assess", "Zoé", "--respondent", "Zoé"],
            &[
                // Typed in lower case: a capital where it begins a statement only.
                "between you and sam over",
                "\nSam and I use the same words for the things we work on.\n",
                "  1. Sam and I use the same words",
                "a few words are enough for sam and me",
            ],
        ),
        (
            &["--lang", "fr", "--me", "Sam", "assess", "Zoé", "-r", "Zoé"],
            &[
                "entre vous et Sam depuis",
                "\nSam et moi employons les mêmes mots pour parler de notre travail.\n",
                "  1. Sam et moi employons",
            ],
        ),
        (
            &[
                "--client",
                "Marie",
                "assess",
                "Team Atlas",
                "-r",
                "Team Atlas",
            ],
            &["between you and Marie", "\nMarie and I use the same words"],
        ),
    ];
    for (args, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (code, _, err) = run(dir.path(), args, &input);
        assert_eq!(code, Some(0), "{args:?}: {err}");
        for e in expected {
            assert!(err.contains(e), "{args:?}: {e:?} missing:\n{err}");
        }
        assert!(
            !err.contains("Zoé and I") && !err.contains("Zoé et moi"),
            "{err}"
        );
        assert!(!err.contains("Team Atlas and I"), "{err}");
    }
}

/// The owner reads the subject's name, typed in lower case: a statement starting with it
/// starts with a capital, the others keep it as typed, in both languages.
#[test]
fn a_subject_in_lower_case_begins_a_statement_with_a_capital_in_the_plain_mode() {
    for (args, expected) in [
        (
            &["assess", "my manager"][..],
            [
                "\nMy manager and I use the same words",
                "a few words are enough for my manager and me",
            ],
        ),
        (
            &["--lang", "fr", "assess", "mon manager"][..],
            [
                "\nMon manager et moi employons",
                "mon manager et moi nous comprenons",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, err) = run(dir.path(), args, "3\n3\n");
        for e in expected {
            assert!(err.contains(e), "{e:?} missing:\n{err}");
        }
    }
}

/// The report words each statement with the same function: capital first, in both languages.
#[test]
fn the_report_begins_a_statement_with_a_capital() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("in/a.toml"),
        &assessment_text("A1", "my manager", "self", "2026-11-01T10:00:00Z", 4),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    for (lang, expected) in [
        ("en", "My manager and I use the same words"),
        ("fr", "My manager et moi employons les mêmes mots"),
    ] {
        let out = confiance(&data)
            .args([
                "--lang",
                lang,
                "report",
                "my manager",
                "--format",
                "markdown",
            ])
            .output()
            .unwrap();
        let md = String::from_utf8(out.stdout).unwrap();
        assert!(md.contains(expected), "{lang}: {expected:?} missing:\n{md}");
        assert!(!md.contains("| my manager and I"), "{md}");
    }
}

/// The report of the other side's own view words its statements as that side read them: the
/// owner's name, never its own, in both languages.
#[test]
fn the_report_words_the_other_sides_statements_with_the_owners_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("in/z.toml"),
        &assessment_text("Z1", "Zoé", "Zoé", "2026-11-01T10:00:00Z", 4),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    for (lang, expected, wrong) in [
        ("en", "| Sam and I use the same words", "Zoé and I"),
        ("fr", "| Sam et moi employons les mêmes mots", "Zoé et moi"),
    ] {
        let out = confiance(&data)
            .args(["--lang", lang, "--me", "Sam", "report", "Zoé"])
            .args(["--format", "markdown"])
            .output()
            .unwrap();
        let md = String::from_utf8(out.stdout).unwrap();
        assert!(md.contains(expected), "{lang}: {expected:?} missing:\n{md}");
        assert!(!md.contains(wrong), "{lang}: {wrong:?} in:\n{md}");
    }
}

/// Without the owner's name, the other side would be asked about itself: the plain mode
/// refuses, says how to give the name, and writes nothing.
#[test]
fn the_other_side_is_not_asked_about_itself_when_the_owners_name_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = "3\n".repeat(24);
    for lang in ["en", "fr"] {
        let (code, _, err) = run(
            &data,
            &["--lang", lang, "--plain", "assess", "Zoé", "-r", "Zoé"],
            &input,
        );
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("config set name"), "{err}");
        assert!(!err.contains("Zoé and I"), "{err}");
    }
    assert!(!data.join("drafts").exists() && !data.join("assessments").exists());
}
