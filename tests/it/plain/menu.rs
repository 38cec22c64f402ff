//! `confiance` with no command in the plain mode: a numbered menu on plain lines, answered by
//! number, that runs the plain `assess`, `show`, `trend` and `compare` and never draws a
//! screen; picked by `--plain`, `ACCESSIBLE=1` or `TERM=dumb`, in both languages.

use super::{no_escape, run};
use crate::common::{confiance, items, pty};

/// The menu said, then "6" quits: exit 0, and not one escape byte or drawing character.
#[test]
fn the_bare_command_is_a_numbered_menu_that_never_draws() {
    for (lang, env, first, quit) in [
        ("en", None, "  1. Assess a subject\n", "Goodbye."),
        ("en", Some(("ACCESSIBLE", "1")), "  6. Quit\n", "Goodbye."),
        (
            "en",
            Some(("TERM", "dumb")),
            "  2. Resume a draft\n",
            "Goodbye.",
        ),
        ("fr", None, "  1. Évaluer un sujet\n", "Au revoir."),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = confiance(&dir.path().join("data"));
        cmd.args(["--lang", lang]);
        match env {
            Some((name, value)) => cmd.env(name, value),
            None => cmd.arg("--plain"),
        };
        let out = cmd.write_stdin("6\n").output().unwrap();
        let (stdout, err) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        assert_eq!(out.status.code(), Some(0), "{env:?}: {err}");
        no_escape(&stdout);
        no_escape(&err);
        assert!(err.contains(first) && err.contains(quit), "{env:?}:\n{err}");
        insta::assert_snapshot!(format!("menu_{lang}"), err);
    }
}

/// The whole program by number: assess Alice, see her results, her trend, a comparison she
/// does not have yet (said, and the menu again), no draft to resume, quit.
#[test]
fn every_choice_runs_its_plain_command() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::from("1\nAlice\n\n");
    input.push_str(&"4\n".repeat(items()));
    input.push('\n'); // the review: save
    input.push_str("3\n1\n4\n1\n5\n1\n2\nwhat\nq\n");
    let (code, out, err) = run(&dir.path().join("data"), &["--plain"], &input);
    assert_eq!(code, Some(0), "{err}");
    no_escape(&out);
    no_escape(&err);
    assert!(err.contains("Alice and I use the same words"), "{err}");
    assert!(err.contains("Which subject? Type a number"), "{err}");
    assert!(err.contains("  1. Alice\n"), "{err}");
    assert!(err.contains("No draft to resume."), "{err}");
    assert!(
        err.contains("Not understood: type a number from 1 to 6."),
        "{err}"
    );
    // The results after the assessment, then `show`: words and numbers.
    assert_eq!(
        out.matches("Common language: 58, 3 of 3 statements answered")
            .count(),
        2,
        "{out}"
    );
    assert!(out.contains("Date: "), "the trend, row by row:\n{out}");
    assert_eq!(
        err.matches("What would you like to do?").count(),
        7,
        "{err}"
    );
}

/// A draft left with `q` is listed by number and resumed where it stopped.
#[test]
fn a_draft_is_resumed_by_number() {
    let dir = tempfile::tempdir().unwrap();
    let input = "1\nZoé\n\n2\n3\nq\n2\n1\n";
    let (code, _, err) = run(
        &dir.path().join("data"),
        &["--plain", "--lang", "fr"],
        input,
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("  1. Zoé, répondant\u{a0}: vous, 2\u{a0}réponses sur 29, commencé le "),
        "{err}"
    );
    assert!(err.contains("Reprise du brouillon du "), "{err}");
    assert!(err.contains("Question 3 sur 29"), "{err}");
}

/// In a real terminal too: `--plain`, `TERM=dumb` or `ACCESSIBLE=1` give the menu, never the
/// home screen (no alternate screen, not one coloured cell), and `6` quits.
#[test]
fn in_a_terminal_the_plain_mode_is_the_menu_not_the_home_screen() {
    for (prelude, args) in [
        ("true", "--plain"),
        ("export TERM=dumb", ""),
        ("export ACCESSIBLE=1", ""),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = pty::Tui::spawn_with(&dir.path().join("data"), prelude, args);
        let screen = tui.wait_for("6. Quit");
        assert!(
            screen.contains("1. Assess a subject"),
            "{prelude}:\n{screen}"
        );
        assert!(
            tui.left_alternate_screen(),
            "{prelude}: never the alternate screen"
        );
        assert_eq!(tui.coloured_cells(), 0, "{prelude}:\n{screen}");
        tui.send("6\n");
        tui.wait_for("Goodbye.");
        assert_eq!(tui.wait_exit(), Some(0), "{prelude}");
    }
}

/// A change in the menu's trend is said as a sign and a number, as `trend --plain` says it:
/// no triangle for a screen reader to name.
#[test]
fn the_menus_trend_says_changes_without_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::new();
    for answer in ["4\n", "2\n"] {
        input.push_str("1\nAlice\n\n");
        input.push_str(&answer.repeat(items()));
        input.push('\n');
    }
    input.push_str("4\n1\n6\n");
    let (code, out, err) = run(&dir.path().join("data"), &["--plain"], &input);
    assert_eq!(code, Some(0), "{err}");
    assert!(!out.contains('▲') && !out.contains('▼'), "{out}");
    assert!(out.contains("change: -"), "{out}");
}

/// Then and now from the menu: with two of your own assessments and the other side's, the
/// menu asks which comparison, and compares your last two when asked.
#[test]
fn the_menu_compares_then_and_now_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for (id, respondent, when, value) in [
        ("T1", "self", "2026-09-01T10:00:00Z", 2),
        ("T2", "Alice", "2026-09-02T10:00:00Z", 4),
        ("T3", "self", "2026-11-01T10:00:00Z", 4),
    ] {
        let text = crate::common::assessment_text(id, "Alice", respondent, when, value);
        let file = crate::common::write(dir.path().join(format!("in/{id}.toml")), &text);
        crate::common::confiance(&data)
            .arg("import")
            .arg(&file)
            .assert()
            .success();
    }
    let (code, out, err) = run(&data, &["--plain"], "5\n1\n2\n6\n");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("Which comparison?"), "{err}");
    assert!(
        out.contains("Dimension: Common language, you (2026-09-01): 42, you (2026-11-01): 58"),
        "{out}"
    );
    let (_, out, _) = run(&data, &["--plain"], "5\n1\n1\n6\n");
    assert!(out.contains("Alice, 2 September 2026"), "{out}");
}

/// Ctrl-C while a question waits says that the answers are kept and how to resume, and exits
/// 130, rather than ending on a bare `^C`.
#[test]
fn ctrl_c_in_the_questions_says_the_draft_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut tui = pty::Tui::spawn(&data, &["--plain", "assess", "Alice"]);
    tui.wait_for("Question 1 of 29");
    tui.send("3\r");
    tui.wait_for("Question 2 of 29");
    tui.send("\x03");
    let screen = tui.wait_for("Every answer given is kept");
    assert!(
        screen.contains("Resume: confiance assess Alice"),
        "{screen}"
    );
    assert_eq!(tui.wait_exit(), Some(130));
    let drafts = crate::common::files_below(&data.join("drafts"));
    assert!(
        drafts
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "toml")),
        "{drafts:?}"
    );
}
