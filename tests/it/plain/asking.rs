//! How the plain mode asks: the scale said once (and again on `?`, followed by the open
//! question), every key said once, a prompt marker after every prompt, a short run as it
//! reads in both languages; skipped statements counted as such, notes and advice said
//! without marks.

use super::{no_escape, run};
use crate::common::items;

/// The scale is said once before the first question, not at each one; `?` says the help, the
/// scale, then the same question again.
#[test]
fn the_scale_is_said_once_and_on_help() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, err) = run(dir.path(), &["assess", "Alice"], "3\n3\n3\n");
    assert_eq!(err.matches("Strongly disagree").count(), 1, "{err}");
    assert_eq!(
        err.matches("Answer each statement on this scale:").count(),
        1
    );
    let dir = tempfile::tempdir().unwrap();
    let (_, _, err) = run(dir.path(), &["assess", "Alice"], "3\n?\n");
    assert_eq!(err.matches("Strongly disagree").count(), 2, "{err}");
    let help = err.find("Type a number from 1 to 5").expect("the help");
    let after = &err[help..];
    let scale = after
        .find("  1  Strongly disagree")
        .expect("the scale after the help");
    let question = after
        .find("Question 2 of 29: Common language (virtue)\nWhen we talk about our work")
        .expect("the open question again");
    assert!(scale < question, "{after}");
}

/// Every prompt ends with the marker where the answer goes, invalid input included.
#[test]
fn every_prompt_has_a_marker() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, err) = run(dir.path(), &["assess", "Alice"], "3\nmaybe\n3\n");
    assert!(
        err.contains("? help\n> \n"),
        "the marker after the prompt line:\n{err}"
    );
    assert!(
        err.contains("q or ?.\n> \n"),
        "and after a complaint:\n{err}"
    );
    // Three questions shown and one complaint.
    assert_eq!(err.matches("\n> ").count(), 4, "{err}");
}

/// A short run read aloud: answer, help, skip, a note, stop. Snapshots in both languages.
#[test]
fn a_short_run_reads_the_same_every_time() {
    for (lang, subject) in [("en", "my manager"), ("fr", "mon manager")] {
        let dir = tempfile::tempdir().unwrap();
        // Private, as the tool makes it: no warning naming the temporary path.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let (code, out, err) = run(
            dir.path(),
            &["--lang", lang, "assess", subject],
            "4\n?\ns\nn a note\n\n2\nq\n",
        );
        assert_eq!(code, Some(0), "{err}");
        assert!(out.is_empty(), "{out}");
        no_escape(&err);
        insta::assert_snapshot!(format!("plain_short_run_{lang}"), err);
    }
}

/// The review says each answer in words after its statement: no dash read aloud as noise.
#[test]
fn the_review_says_each_answer_in_words() {
    let input = format!("{}s\nq\n", "3\n".repeat(items() - 1));
    for (lang, expected, skipped) in [
        (
            "en",
            "  1. Alice and I use the same words for the things we work on. Answer: 3 (Neither agree nor disagree).\n",
            "Answer: Don't know / doesn't apply.\n",
        ),
        (
            "fr",
            "  1. Alice et moi employons les mêmes mots pour parler de notre travail. Réponse\u{a0}: 3 (Ni d’accord ni pas d’accord).\n",
            "Réponse\u{a0}: Je ne sais pas / ne s’applique pas.\n",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, err) = run(dir.path(), &["--lang", lang, "assess", "Alice"], &input);
        assert!(err.contains(expected), "{lang}:\n{err}");
        assert!(err.contains(skipped), "{lang}:\n{err}");
        assert!(!err.contains(" — "), "{lang}:\n{err}");
    }
}

/// A skipped statement is not answered: the goodbye line counts as `drafts` does.
#[test]
fn a_skipped_statement_is_not_counted_as_answered() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::confiance(dir.path())
        .args(["--plain", "assess", "Alice"])
        .write_stdin("3\ns\n3\nq\n")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Draft saved (2 of 29 answered)"), "{err}");
    let drafts =
        crate::common::stdout(crate::common::confiance(dir.path()).args(["--plain", "drafts"]));
    assert!(drafts.contains("2 of 29"), "{drafts}");
}

/// Every key is said at the first question; then only the scale and `?`, so that a screen
/// reader does not read the whole list 24 times.
#[test]
fn the_keys_are_said_once_then_only_the_scale_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::confiance(dir.path())
        .args(["--plain", "assess", "Alice"])
        .write_stdin("3\n3\n3\nq\n")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.matches("s don't know, b back, n note").count(),
        1,
        "{err}"
    );
    assert_eq!(
        err.matches("1-5, or ? for the other keys").count(),
        3,
        "{err}"
    );
}

/// A note read aloud says it is one, with no bullet to name; advice has no dash.
#[test]
fn notes_and_advice_are_said_without_marks() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let text = crate::common::assessment_text("N1", "Alice", "self", "2026-10-01T10:00:00Z", 2)
        .replacen(
            "value = 2\n",
            "value = 2\nnote = \"she often shares context\"\n",
            1,
        );
    let file = crate::common::write(dir.path().join("in/n1.toml"), &text);
    crate::common::confiance(&data)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let out =
        crate::common::stdout(crate::common::confiance(&data).args(["--plain", "show", "Alice"]));
    assert!(
        out.contains("    Note: she often shares context\n"),
        "{out}"
    );
    assert!(!out.contains('•'), "{out}");
    let (_, said, _) = run(
        &data,
        &["--plain", "assess", "Bob"],
        &format!("{}\n", "1\n".repeat(items())),
    );
    assert!(said.contains("Where to start"), "{said}");
    assert!(
        !said.lines().any(|l| l.trim_start().starts_with("- ")),
        "{said}"
    );
}
