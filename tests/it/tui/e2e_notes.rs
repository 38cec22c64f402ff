//! Notes are never lost to the way a session ends: the note being typed on a question reaches
//! the draft while it is typed (kill -9 keeps it), and a note or intention typed on results is
//! written when the terminal window closes. The real binary, in a real pseudo-terminal.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::hangup::OwnPty;
use crate::common::pty::Tui;
use crate::common::{assessment_text, files_below, wait_until, write};
use assert_cmd::cargo::cargo_bin;
use rustix::process::Signal;

/// The drafts' text, all files together.
fn drafts_text(data: &Path) -> String {
    files_below(&data.join("drafts"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect()
}

#[test]
fn kill_9_with_the_note_editor_open_keeps_the_note_typed_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn(dir.path(), &["assess", "Ida"]);
    tui.wait_for("Question 1 of 29");
    tui.send("4");
    tui.wait_for("Question 2 of 29");
    tui.send("n");
    tui.wait_for("Note on question 2");
    tui.send("half a thought");
    tui.wait_for("half a thought");
    // Kept while typed, without Enter: within a moment of the last key.
    assert!(
        wait_until(Duration::from_secs(5), || drafts_text(dir.path())
            .contains("half a thought")),
        "the note being typed never reached the draft"
    );
    tui.signal(Signal::KILL);
    assert_eq!(tui.wait_exit(), None);
    let draft = drafts_text(dir.path());
    let draft = confiance::assessment::from_toml(&draft).unwrap().0;
    assert_eq!(draft.answers[0].value(), Some(4));
    assert_eq!(draft.answers[1].note.as_deref(), Some("half a thought"));
}

/// A completed assessment of Jo, by hand: a comment that must stay.
fn completed(data: &Path) -> PathBuf {
    let when = "2026-10-01T10:00:00Z";
    let text = format!("# mine\n{}", assessment_text("J1", "Jo", "self", when, 3));
    write(
        data.join("assessments/jo/2026-10-01T100000Z-J1.toml"),
        &text,
    )
}

#[test]
fn closing_the_window_on_results_keeps_the_note_and_the_intention_being_typed() {
    for (key, title) in [
        ("n", "Note on the whole session"),
        ("i", "Intention: what I will do before next time"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = completed(dir.path());
        let mut pty = OwnPty::spawn(dir.path(), &cargo_bin("confiance"), &[]);
        pty.wait_for("Jo");
        pty.send("\r");
        pty.wait_for("Results");
        pty.send(key);
        pty.wait_for(title);
        pty.send("typed on results");
        pty.wait_for("typed on results");
        let mut child = pty.close();
        assert!(
            wait_until(Duration::from_secs(8), || child
                .try_wait()
                .unwrap()
                .is_some()),
            "the program kept running after its terminal closed"
        );
        let text = std::fs::read_to_string(&file).unwrap();
        let a = confiance::assessment::from_toml(&text).unwrap().0;
        let kept = if key == "n" { a.note } else { a.intention };
        assert_eq!(kept.as_deref(), Some("typed on results"), "{key}: {text}");
        assert!(text.starts_with("# mine\n"), "the rest of the file kept");
    }
}
