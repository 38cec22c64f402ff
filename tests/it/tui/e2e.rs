//! End to end: the real binary in a pseudo-terminal, through a whole assessment with notes, a
//! skip, going back, Esc and resume; and the signals that must not lose anything.

use std::path::{Path, PathBuf};

use crate::common::hangup::OwnPty;
use crate::common::pty::Tui;
use crate::common::{files_below, items, wait_until};
use assert_cmd::cargo::cargo_bin;
use rustix::process::Signal;

const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const CTRL_J: &str = "\n";

fn read_draft(data: &Path) -> confiance::assessment::Assessment {
    let drafts: Vec<PathBuf> = files_below(&data.join("drafts"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    assert_eq!(drafts.len(), 1, "one draft: {drafts:?}");
    let text = std::fs::read_to_string(&drafts[0]).unwrap();
    confiance::assessment::from_toml(&text).unwrap().0
}

#[test]
fn a_whole_assessment_with_notes_skip_back_escape_and_resume() {
    use confiance::assessment::Response::{Skipped, Value};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let note = "Il a dit \"ok\" \\ puis 🚀";

    let mut tui = Tui::spawn(data, &["assess", "Alice"]);
    let screen = tui.wait_for("Question 1 of 29");
    assert!(
        screen.contains("Think of how things really are between you and Alice"),
        "the intro shows above the first question"
    );
    tui.send("4");
    tui.wait_for("Question 2 of 29");
    tui.send("2");
    tui.wait_for("Question 3 of 29");
    tui.send("s");
    tui.wait_for("Question 4 of 29");
    tui.send("n");
    tui.wait_for("Note on question 4");
    tui.send(note);
    tui.send(CTRL_J);
    tui.send("second line");
    tui.send(ENTER);
    tui.wait_for("✎ Note: Il a dit");
    tui.send("5");
    tui.wait_for("Question 5 of 29");
    tui.send(UP);
    let screen = tui.wait_for("Question 4 of 29");
    assert!(
        screen.contains("5✓"),
        "the answer given is marked when revisiting:\n{screen}"
    );
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
    assert!(tui.left_alternate_screen(), "the terminal is restored");

    let draft = read_draft(data);
    let responses: Vec<_> = draft
        .answers
        .iter()
        .map(|a| (a.item.as_str(), a.response))
        .collect();
    assert_eq!(
        responses,
        [
            ("common-language.terms", Value(4)),
            ("common-language.shorthand", Value(2)),
            ("common-language.misunderstand", Skipped),
            ("common-vision.goals", Value(5)),
        ]
    );
    assert_eq!(
        draft.answers[3].note.as_deref(),
        Some(format!("{note}\nsecond line").as_str())
    );

    let mut tui = Tui::spawn(data, &["assess", "Alice"]);
    let screen = tui.wait_for("Resumed draft from");
    assert!(screen.contains("3 of 29 answered"), "{screen}");
    assert!(screen.contains("Question 5 of 29"));
    for i in 5..=items() {
        tui.send("3");
        if i < items() {
            tui.wait_for(&format!("Question {} of 29", i + 1));
        }
    }
    tui.wait_for("Review");
    tui.send(ENTER);
    tui.wait_for("Results");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));

    assert!(
        files_below(&data.join("drafts")).is_empty(),
        "the draft is removed once saved"
    );
    let saved = files_below(&data.join("assessments/alice"));
    assert_eq!(saved.len(), 1);
    let (done, _) =
        confiance::assessment::from_toml(&std::fs::read_to_string(&saved[0]).unwrap()).unwrap();
    assert!(done.completed.is_some());
    assert_eq!(done.answers.len(), items());
    assert_eq!(done.answers[2].response, Skipped);
    assert_eq!(
        done.answers[3].note.as_deref(),
        Some(format!("{note}\nsecond line").as_str())
    );
    assert_eq!(done.answers[23].response, Value(3));
}

#[test]
fn sigkill_mid_session_keeps_the_answers_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn(dir.path(), &["assess", "Bob"]);
    tui.wait_for("Question 1 of 29");
    for (i, key) in ["5", "4", "3"].iter().enumerate() {
        tui.send(key);
        tui.wait_for(&format!("Question {} of 29", i + 2));
    }
    tui.signal(Signal::KILL);
    assert_eq!(tui.wait_exit(), None);
    let draft = read_draft(dir.path());
    let values: Vec<_> = draft.answers.iter().filter_map(|a| a.value()).collect();
    assert_eq!(values, [5, 4, 3]);
}

#[test]
fn sigterm_and_sighup_save_and_restore_the_terminal() {
    for signal in [Signal::TERM, Signal::HUP] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::spawn(dir.path(), &["assess", "Carol"]);
        tui.wait_for("Question 1 of 29");
        tui.send("2");
        tui.wait_for("Question 2 of 29");
        tui.signal(signal);
        assert_eq!(tui.wait_exit(), Some(0), "signal {signal:?}");
        assert!(
            tui.left_alternate_screen(),
            "signal {signal:?}: terminal restored"
        );
        let draft = read_draft(dir.path());
        assert_eq!(draft.answers[0].value(), Some(2));
    }
}

fn lock_files(data: &Path) -> Vec<PathBuf> {
    files_below(&data.join("drafts"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "lock"))
        .collect()
}

#[test]
fn sigterm_and_sighup_in_the_note_editor_save_the_note_and_leave_no_lock() {
    for signal in [Signal::TERM, Signal::HUP] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::spawn(dir.path(), &["assess", "Gus"]);
        tui.wait_for("Question 1 of 29");
        tui.send("2");
        tui.wait_for("Question 2 of 29");
        assert_eq!(lock_files(dir.path()).len(), 1, "the draft is locked");
        tui.send("n");
        tui.wait_for("Note on question 2");
        tui.send("typed, never saved by hand");
        tui.wait_for("typed, never saved by hand");
        let start = std::time::Instant::now();
        tui.signal(signal);
        assert_eq!(tui.wait_exit(), Some(0), "signal {signal:?}");
        assert!(
            start.elapsed() < std::time::Duration::from_secs(3),
            "signal {signal:?}: exited in {:?}",
            start.elapsed()
        );
        let draft = read_draft(dir.path());
        assert_eq!(draft.answers[0].value(), Some(2));
        assert_eq!(
            draft.answers[1].note.as_deref(),
            Some("typed, never saved by hand"),
            "signal {signal:?}"
        );
        assert_eq!(
            lock_files(dir.path()),
            [] as [PathBuf; 0],
            "signal {signal:?}"
        );
    }
}

#[test]
fn a_draft_deleted_while_open_is_not_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn(dir.path(), &["assess", "Ida"]);
    tui.wait_for("Question 1 of 29");
    tui.send("3");
    tui.wait_for("Question 2 of 29");
    let draft = files_below(&dir.path().join("drafts"))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .expect("the draft is saved after the first answer");
    // As `confiance forget Ida --yes` does from another window.
    std::fs::remove_file(&draft).unwrap();
    tui.send("4");
    assert_eq!(tui.wait_exit(), Some(0));
    assert!(
        tui.screen()
            .contains("This draft was deleted in another window"),
        "{}",
        tui.screen()
    );
    assert!(!draft.exists(), "the draft is not recreated");
    assert_eq!(files_below(&dir.path().join("drafts")), [] as [PathBuf; 0]);
}

#[test]
fn without_a_terminal_the_home_screen_says_so() {
    // (`assess` without a terminal asks line by line: see tests/it/plain.rs.)
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::command(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("need a terminal"));
}

#[test]
fn two_sessions_on_the_same_subject_write_two_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Tui::spawn(dir.path(), &["assess", "Dana"]);
    first.wait_for("Question 1 of 29");
    first.send("5");
    first.wait_for("Question 2 of 29");
    let mut second = Tui::spawn(dir.path(), &["assess", "Dana"]);
    let screen = second.wait_for("Question 1 of 29");
    assert!(
        screen.contains("open in another window"),
        "the second session says why it starts afresh:\n{screen}"
    );
    second.send("1");
    second.wait_for("Question 2 of 29");
    first.send("4");
    first.wait_for("Question 3 of 29");
    first.send(ESC);
    second.send(ESC);
    assert_eq!(first.wait_exit(), Some(0));
    assert_eq!(second.wait_exit(), Some(0));
    let mut drafts: Vec<Vec<i64>> = files_below(&dir.path().join("drafts"))
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let (a, _) =
                confiance::assessment::from_toml(&std::fs::read_to_string(p).unwrap()).unwrap();
            a.answers.iter().filter_map(|x| x.value()).collect()
        })
        .collect();
    drafts.sort();
    assert_eq!(
        drafts,
        vec![vec![1], vec![5, 4]],
        "two drafts, neither overwritten"
    );
}

#[test]
fn a_full_disk_keeps_the_answers_on_screen_and_the_draft_intact() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn(dir.path(), &["assess", "Erin"]);
    tui.wait_for("Question 1 of 29");
    tui.send("4");
    tui.wait_for("Question 2 of 29");
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
    let draft_path = files_below(&dir.path().join("drafts"))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let before = std::fs::read(&draft_path).unwrap();

    // Every file write now fails with "File too large", as on a full disk.
    let mut tui = Tui::spawn_with(dir.path(), "trap '' XFSZ; ulimit -f 0", "assess Erin");
    tui.wait_for("Resumed draft");
    tui.send("2");
    let screen = tui.wait_for("Could not save");
    assert!(
        screen.contains("Question 3 of 29"),
        "the answer is kept and the session goes on:\n{screen}"
    );
    assert!(screen.contains("file too large"), "{screen}");
    tui.send(UP);
    let screen = tui.wait_for("Question 2 of 29");
    assert!(
        screen.contains("2✓"),
        "the unsaved answer is still in memory:\n{screen}"
    );
    tui.send(ESC);
    tui.wait_for("Esc again leaves");
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
    assert_eq!(
        std::fs::read(&draft_path).unwrap(),
        before,
        "the draft on disk is intact"
    );
}

#[test]
fn closing_the_terminal_saves_and_ends_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = OwnPty::spawn(dir.path(), &cargo_bin("confiance"), &["assess", "Fay"]);
    pty.wait_for("Question 1 of 29");
    pty.send("4");
    pty.wait_for("Question 2 of 29");
    let mut child = pty.close();
    let mut status = None;
    assert!(
        wait_until(std::time::Duration::from_secs(8), || {
            status = child.try_wait().unwrap();
            status.is_some()
        }),
        "the program kept running after its terminal closed"
    );
    assert!(status.unwrap().success(), "{status:?}");
    assert_eq!(read_draft(dir.path()).answers[0].value(), Some(4));
}

#[test]
fn closing_the_terminal_in_the_note_editor_saves_the_note_and_leaves_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = OwnPty::spawn(dir.path(), &cargo_bin("confiance"), &["assess", "Hal"]);
    pty.wait_for("Question 1 of 29");
    pty.send("4");
    pty.wait_for("Question 2 of 29");
    pty.send("n");
    pty.wait_for("Note on question 2");
    pty.send("a note, then the window closed");
    pty.wait_for("the window closed");
    let mut child = pty.close();
    let mut status = None;
    assert!(
        wait_until(std::time::Duration::from_secs(4), || {
            status = child.try_wait().unwrap();
            status.is_some()
        }),
        "the program kept running after its terminal closed"
    );
    assert!(status.unwrap().success(), "{status:?}");
    let draft = read_draft(dir.path());
    assert_eq!(draft.answers[0].value(), Some(4));
    assert_eq!(
        draft.answers[1].note.as_deref(),
        Some("a note, then the window closed")
    );
    assert_eq!(lock_files(dir.path()), [] as [PathBuf; 0]);
}
