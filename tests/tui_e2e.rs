//! End to end: the real binary in a pseudo-terminal, through a whole assessment with notes, a
//! skip, going back, Esc and resume; and the signals that must not lose anything.

#![allow(unsafe_code)] // FIXME(tests): to be replaced by safe rustix calls

#[path = "common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::path::{Path, PathBuf};

use pty::Tui;

const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const CTRL_J: &str = "\n";

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = vec![];
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(files(&path));
            } else {
                found.push(path);
            }
        }
    }
    found
}

fn read_draft(data: &Path) -> confiance::assessment::Assessment {
    let drafts: Vec<PathBuf> = files(&data.join("drafts"))
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
    let screen = tui.wait_for("Question 1 of 24");
    assert!(
        screen.contains("Think of how things really are between you and Alice"),
        "the intro shows above the first question"
    );
    tui.send("4");
    tui.wait_for("Question 2 of 24");
    tui.send("2");
    tui.wait_for("Question 3 of 24");
    tui.send("s");
    tui.wait_for("Question 4 of 24");
    tui.send("n");
    tui.wait_for("Note on question 4");
    tui.send(note);
    tui.send(CTRL_J);
    tui.send("second line");
    tui.send(ENTER);
    tui.wait_for("✎ Note: Il a dit");
    tui.send("5");
    tui.wait_for("Question 5 of 24");
    tui.send(UP);
    let screen = tui.wait_for("Question 4 of 24");
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
            ("common-language.explain", Value(2)),
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
    assert!(screen.contains("3 of 24 answered"), "{screen}");
    assert!(screen.contains("Question 5 of 24"));
    for i in 5..=24 {
        tui.send("3");
        if i < 24 {
            tui.wait_for(&format!("Question {} of 24", i + 1));
        }
    }
    tui.wait_for("Review");
    tui.send(ENTER);
    tui.wait_for("Results");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));

    assert!(
        files(&data.join("drafts")).is_empty(),
        "the draft is removed once saved"
    );
    let saved = files(&data.join("assessments/alice"));
    assert_eq!(saved.len(), 1);
    let (done, _) =
        confiance::assessment::from_toml(&std::fs::read_to_string(&saved[0]).unwrap()).unwrap();
    assert!(done.completed.is_some());
    assert_eq!(done.answers.len(), 24);
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
    tui.wait_for("Question 1 of 24");
    for (i, key) in ["5", "4", "3"].iter().enumerate() {
        tui.send(key);
        tui.wait_for(&format!("Question {} of 24", i + 2));
    }
    tui.signal(libc::SIGKILL);
    assert_eq!(tui.wait_exit(), None);
    let draft = read_draft(dir.path());
    let values: Vec<_> = draft.answers.iter().filter_map(|a| a.value()).collect();
    assert_eq!(values, [5, 4, 3]);
}

#[test]
fn sigterm_and_sighup_save_and_restore_the_terminal() {
    for signal in [libc::SIGTERM, libc::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::spawn(dir.path(), &["assess", "Carol"]);
        tui.wait_for("Question 1 of 24");
        tui.send("2");
        tui.wait_for("Question 2 of 24");
        tui.signal(signal);
        assert_eq!(tui.wait_exit(), Some(0), "signal {signal}");
        assert!(
            tui.left_alternate_screen(),
            "signal {signal}: terminal restored"
        );
        let draft = read_draft(dir.path());
        assert_eq!(draft.answers[0].value(), Some(2));
    }
}

fn lock_files(data: &Path) -> Vec<PathBuf> {
    files(&data.join("drafts"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "lock"))
        .collect()
}

#[test]
fn sigterm_and_sighup_in_the_note_editor_save_the_note_and_leave_no_lock() {
    for signal in [libc::SIGTERM, libc::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::spawn(dir.path(), &["assess", "Gus"]);
        tui.wait_for("Question 1 of 24");
        tui.send("2");
        tui.wait_for("Question 2 of 24");
        assert_eq!(lock_files(dir.path()).len(), 1, "the draft is locked");
        tui.send("n");
        tui.wait_for("Note on question 2");
        tui.send("typed, never saved by hand");
        tui.wait_for("typed, never saved by hand");
        let start = std::time::Instant::now();
        tui.signal(signal);
        assert_eq!(tui.wait_exit(), Some(0), "signal {signal}");
        assert!(
            start.elapsed() < std::time::Duration::from_secs(3),
            "signal {signal}: exited in {:?}",
            start.elapsed()
        );
        let draft = read_draft(dir.path());
        assert_eq!(draft.answers[0].value(), Some(2));
        assert_eq!(
            draft.answers[1].note.as_deref(),
            Some("typed, never saved by hand"),
            "signal {signal}"
        );
        assert_eq!(
            lock_files(dir.path()),
            [] as [PathBuf; 0],
            "signal {signal}"
        );
    }
}

#[test]
fn a_draft_deleted_while_open_is_not_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn(dir.path(), &["assess", "Ida"]);
    tui.wait_for("Question 1 of 24");
    tui.send("3");
    tui.wait_for("Question 2 of 24");
    let draft = files(&dir.path().join("drafts"))
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
    assert_eq!(files(&dir.path().join("drafts")), [] as [PathBuf; 0]);
}

#[test]
fn without_a_terminal_the_home_screen_says_so() {
    // (`assess` without a terminal asks line by line: see tests/plain_mode.rs.)
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("confiance"))
        .env("CONFIANCE_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("need a terminal"));
}

#[test]
fn two_sessions_on_the_same_subject_write_two_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Tui::spawn(dir.path(), &["assess", "Dana"]);
    first.wait_for("Question 1 of 24");
    first.send("5");
    first.wait_for("Question 2 of 24");
    let mut second = Tui::spawn(dir.path(), &["assess", "Dana"]);
    let screen = second.wait_for("Question 1 of 24");
    assert!(
        screen.contains("open in another window"),
        "the second session says why it starts afresh:\n{screen}"
    );
    second.send("1");
    second.wait_for("Question 2 of 24");
    first.send("4");
    first.wait_for("Question 3 of 24");
    first.send(ESC);
    second.send(ESC);
    assert_eq!(first.wait_exit(), Some(0));
    assert_eq!(second.wait_exit(), Some(0));
    let mut drafts: Vec<Vec<i64>> = files(&dir.path().join("drafts"))
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
    tui.wait_for("Question 1 of 24");
    tui.send("4");
    tui.wait_for("Question 2 of 24");
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
    let draft_path = files(&dir.path().join("drafts"))
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
        screen.contains("Question 3 of 24"),
        "the answer is kept and the session goes on:\n{screen}"
    );
    assert!(screen.contains("file too large"), "{screen}");
    tui.send(UP);
    let screen = tui.wait_for("Question 2 of 24");
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

/// Opens a pseudo-terminal by hand, so that the test can close its master side the way a
/// terminal window closes (expectrl would signal the child itself on drop).
fn spawn_in_own_pty(data: &Path, args: &[&str]) -> (std::fs::File, std::process::Child) {
    use std::os::fd::FromRawFd;
    use std::os::unix::process::CommandExt;
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty fills two descriptors we then own.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: fcntl on our descriptors: the child must not inherit the master side.
    unsafe {
        libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::fcntl(slave, libc::F_SETFD, libc::FD_CLOEXEC);
    }
    // SAFETY: the descriptors are fresh and owned here.
    let (master, slave) = unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::fs::File::from_raw_fd(slave),
        )
    };
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("confiance"));
    cmd.args(args)
        .env("CONFIANCE_DATA_DIR", data)
        .env("TERM", "xterm-256color")
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave.try_clone().unwrap());
    // SAFETY: setsid and TIOCSCTTY are async-signal-safe; they make the pty the child's terminal.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY as _, 0);
            Ok(())
        });
    }
    let child = cmd.spawn().unwrap();
    drop(slave);
    (master, child)
}

#[test]
fn closing_the_terminal_saves_and_ends_the_program() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let (mut master, mut child) = spawn_in_own_pty(dir.path(), &["assess", "Fay"]);
    let mut parser = vt100::Parser::new(24, 80, 0);
    let mut buf = [0u8; 4096];
    let mut wait_for = |master: &mut std::fs::File, text: &str| {
        let start = std::time::Instant::now();
        while !parser.screen().contents().contains(text) {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "never saw {text:?}"
            );
            let n = master.read(&mut buf).unwrap();
            parser.process(&buf[..n]);
        }
    };
    wait_for(&mut master, "Question 1 of 24");
    master.write_all(b"4").unwrap();
    wait_for(&mut master, "Question 2 of 24");
    drop(master);
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(8),
            "the program kept running after its terminal closed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(read_draft(dir.path()).answers[0].value(), Some(4));
}

#[test]
fn closing_the_terminal_in_the_note_editor_saves_the_note_and_leaves_no_lock() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let (mut master, mut child) = spawn_in_own_pty(dir.path(), &["assess", "Hal"]);
    let mut parser = vt100::Parser::new(24, 80, 0);
    let mut buf = [0u8; 4096];
    let mut wait_for = |master: &mut std::fs::File, text: &str| {
        let start = std::time::Instant::now();
        while !parser.screen().contents().contains(text) {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "never saw {text:?}"
            );
            let n = master.read(&mut buf).unwrap();
            parser.process(&buf[..n]);
        }
    };
    wait_for(&mut master, "Question 1 of 24");
    master.write_all(b"4").unwrap();
    wait_for(&mut master, "Question 2 of 24");
    master.write_all(b"n").unwrap();
    wait_for(&mut master, "Note on question 2");
    master
        .write_all("a note, then the window closed".as_bytes())
        .unwrap();
    wait_for(&mut master, "the window closed");
    drop(master);
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(4),
            "the program kept running after its terminal closed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let draft = read_draft(dir.path());
    assert_eq!(draft.answers[0].value(), Some(4));
    assert_eq!(
        draft.answers[1].note.as_deref(),
        Some("a note, then the window closed")
    );
    assert_eq!(lock_files(dir.path()), [] as [PathBuf; 0]);
}
