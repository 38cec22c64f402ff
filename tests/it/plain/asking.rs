//! How the plain mode asks: the scale said once (and again on `?`, followed by the open
//! question), a prompt marker after every prompt, and a short run as it reads, in both
//! languages.

use super::{no_escape, run};

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
        .find("Question 2 of 24: Common language (virtue)\nWhen Alice explains")
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
    let input = format!("{}s\nq\n", "3\n".repeat(23));
    for (lang, expected, skipped) in [
        (
            "en",
            "  1. Alice and I use the same words for the things we work on. Answer: 3 (Neither agree nor disagree).\n",
            "Answer: skipped.\n",
        ),
        (
            "fr",
            "  1. Alice et moi employons les mêmes mots pour parler de notre travail. Réponse\u{a0}: 3 (Ni d’accord ni pas d’accord).\n",
            "Réponse\u{a0}: passée.\n",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, err) = run(dir.path(), &["--lang", lang, "assess", "Alice"], &input);
        assert!(err.contains(expected), "{lang}:\n{err}");
        assert!(err.contains(skipped), "{lang}:\n{err}");
        assert!(!err.contains(" — "), "{lang}:\n{err}");
    }
}
