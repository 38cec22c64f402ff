//! The plain line mode end to end: the real binary driven through a pipe (a whole run with
//! back, skip, a note, invalid input and an edit from the review; the input ending half-way),
//! picked by `TERM=dumb` and `ACCESSIBLE=1` in a terminal, and a questionnaire of one's own
//! (0-10, a reverse item, no stages, no advice) answered in both modes. `wording` holds who
//! reads which name, the scale said once, the prompt marker and help.

mod asking;
mod menu;
mod results;

use crate::common;
use crate::common::items;
use crate::common::pty;

use std::path::Path;

use crate::common::confiance;

pub(crate) fn run(data: &Path, args: &[&str], input: &str) -> (Option<i32>, String, String) {
    let out = confiance(data)
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The answers of the one completed assessment in `data`, as written in its file.
pub(crate) fn answers(data: &Path) -> Vec<toml::Value> {
    fn walk(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "toml") {
                found.push(path);
            }
        }
    }
    let mut files = vec![];
    walk(&data.join("assessments"), &mut files);
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    value["answers"].as_array().unwrap().clone()
}

pub(crate) fn no_escape(text: &str) {
    assert!(!text.contains('\x1b'), "an escape byte:\n{text}");
    for c in text.chars() {
        let braille = ('\u{2800}'..='\u{28ff}').contains(&c);
        let boxes = ('\u{2500}'..='\u{257f}').contains(&c);
        assert!(!braille && !boxes, "drawing character {c:?}:\n{text}");
    }
}

#[test]
fn a_whole_run_through_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::from("4\n\nmaybe\n9\nb\n2\ns\nn a note on three\n3\n");
    input.push_str(&"5\n".repeat(items() - 3));
    // The review: change the first answer, then save.
    input.push_str("1\n1\n\n");
    let (code, out, err) = run(dir.path(), &["assess", "Alice"], &input);
    assert_eq!(code, Some(0), "{err}");
    no_escape(&out);
    no_escape(&err);
    for expected in [
        "Question 1 of 29: Common language (virtue)",
        "Alice and I use the same words for the things we work on.",
        "  1  Strongly disagree",
        "1-5, s don't know, b back, n note, q save and stop, ? help",
        "Nothing typed: type a number from 1 to 5",
        "Not understood:",
        "9 is not on the scale",
        "Answer so far: 4",
        "Note kept.",
        "Review",
        "  2. When we talk about our work, a few words are enough for Alice and me",
        "Assessment saved.",
    ] {
        assert!(err.contains(expected), "{expected:?} missing:\n{err}");
    }
    assert!(out.contains("Overall"), "{out}");
    assert!(out.contains("Where to start"), "{out}");
    assert!(!out.contains("Question 1"), "the questions stay on stderr");
    let answers = answers(dir.path());
    assert_eq!(answers.len(), items());
    assert_eq!(
        answers[0]["value"].as_integer(),
        Some(1),
        "edited from the review"
    );
    assert_eq!(answers[1]["skipped"].as_bool(), Some(true));
    assert_eq!(answers[2]["value"].as_integer(), Some(3));
    assert_eq!(answers[2]["note"].as_str(), Some("a note on three"));
    assert_eq!(answers[23]["value"].as_integer(), Some(5));
}

#[test]
fn the_input_ending_half_way_keeps_a_draft_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(dir.path(), &["assess", "Alice"], &"3\n".repeat(7));
    assert_eq!(code, Some(1), "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("Draft saved (7 of 29 answered). Resume: confiance assess Alice"),
        "{err}"
    );
    no_escape(&err);
    let mut rest = "4\n".repeat(items() - 7);
    rest.push('\n');
    let (code, out, err) = run(dir.path(), &["assess", "Alice"], &rest);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("7 of 29 answered"), "resumed: {err}");
    assert!(err.contains("Question 8 of 29"), "{err}");
    assert!(out.contains("Overall"), "{out}");
}

/// Bytes that are not UTF-8 are a line like any other line that means nothing: said invalid,
/// and the run goes on until the input ends, keeping the draft and saying how to resume it.
#[test]
fn garbage_on_standard_input_keeps_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = confiance(dir.path())
        .args(["assess", "Alice"])
        .write_stdin(b"3\n3\n\xff\xfe garbage \xc3\n3\n".to_vec())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("UTF-8"), "{err}");
    assert!(
        err.contains("Draft saved (3 of 29 answered). Resume: confiance assess Alice"),
        "{err}"
    );
    no_escape(&err);
}

#[test]
fn in_french_too() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(dir.path(), &["--lang", "fr", "assess", "Alice"], "2\nx\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("Question 1 sur 29\u{a0}: "), "{err}");
    assert!(err.contains("s je ne sais pas, b revenir"), "{err}");
    assert!(err.contains("Pas compris\u{a0}:"), "{err}");
    assert!(
        err.contains(
            "Brouillon enregistré (1 réponse sur 29). Pour reprendre\u{a0}: confiance assess Alice"
        ),
        "{err}"
    );
}

/// In a terminal, `TERM=dumb` or `ACCESSIBLE=1` asks line by line; `ACCESSIBLE=0` does not.
#[test]
fn term_dumb_and_accessible_pick_the_plain_mode() {
    for prelude in ["export TERM=dumb", "export ACCESSIBLE=1"] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = pty::Tui::spawn_with(dir.path(), prelude, "assess Alice");
        let screen = tui.wait_for("1-5, s don't know, b back");
        assert!(
            screen.contains("Question 1 of 29: Common language"),
            "{screen}"
        );
        assert!(tui.left_alternate_screen(), "never the alternate screen");
        tui.send("\x04");
        assert_eq!(tui.wait_exit(), Some(1), "{prelude}");
    }
    let dir = tempfile::tempdir().unwrap();
    let mut tui = pty::Tui::spawn_with(dir.path(), "export ACCESSIBLE=0", "assess Alice");
    let screen = tui.wait_for("Question 1 of 29");
    assert!(
        !screen.contains("s don't know, b back"),
        "the full screen:\n{screen}"
    );
    tui.send("\x1b");
    assert_eq!(tui.wait_exit(), Some(0));
}

/// Three dimensions, a 0-10 scale labelled at its ends, a reverse item, no stages, no advice.
const OWN: &str = r#"id = "own"
version = 1
lang = "en"
title = "My own"

[scale]
min = 0
max = 10
labels = ["never", "always"]

[[dimensions]]
id = "a"
group = "virtue"
name = "Honesty"
short = "Honesty"

[[dimensions]]
id = "b"
group = "virtue"
name = "Care"
short = "Care"

[[dimensions]]
id = "c"
group = "pillar"
name = "Balance"
short = "Balance"

[[items]]
id = "a.1"
dimension = "a"
text = "{subject} tells me the truth."

[[items]]
id = "b.1"
dimension = "b"
text = "{subject} looks after our work."

[[items]]
id = "c.1"
dimension = "c"
text = "I give {subject} far more than I get back."
reverse = true
"#;

fn with_own(dir: &Path) {
    std::fs::create_dir_all(dir.join("questionnaires")).unwrap();
    std::fs::write(dir.join("questionnaires/own.toml"), OWN).unwrap();
}

#[test]
fn a_questionnaire_of_ones_own_end_to_end_in_the_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    with_own(dir.path());
    let file = dir.path().join("questionnaires/own.toml");
    let (code, _, err) = run(
        dir.path(),
        &["questionnaire", "check", file.to_str().unwrap()],
        "",
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, out, err) = run(
        dir.path(),
        &["assess", "Alice", "-Q", "own"],
        "10\n11\n7\n0\n\n",
    );
    assert_eq!(code, Some(0), "{err}");
    no_escape(&err);
    assert!(err.contains("0 never … 10 always"), "{err}");
    assert!(err.contains("0-10, s don't know"), "{err}");
    assert!(err.contains("11 is not on the scale"), "{err}");
    assert!(!out.contains("Stage"), "no ladder without stages:\n{out}");
    assert!(!out.contains("No stage"), "{out}");
    // Honesty 100, Care 70, Balance (reverse, 0 answered) 100: the weakest named with scores.
    assert!(out.contains("Where to start\n  Care: 70\n"), "{out}");
    let values: Vec<_> = answers(dir.path())
        .iter()
        .map(|a| a["value"].as_integer())
        .collect();
    assert_eq!(values, [Some(10), Some(7), Some(0)]);
    let (code, shown, _) = run(dir.path(), &["show", "Alice", "--no-chart"], "");
    assert_eq!(code, Some(0));
    assert!(
        !shown.contains("Stage") && !shown.contains("No stage"),
        "{shown}"
    );
}

#[test]
fn ten_on_a_zero_to_ten_scale_in_the_full_screen() {
    let dir = tempfile::tempdir().unwrap();
    with_own(dir.path());
    let mut tui = pty::Tui::spawn(dir.path(), &["assess", "Alice", "-Q", "own"]);
    tui.wait_for("Question 1 of 3");
    tui.send("\r");
    tui.wait_for("Choose a point first");
    tui.send("1");
    tui.wait_for("Typed: 1");
    tui.send("0");
    tui.wait_for("Question 2 of 3");
    tui.send("1");
    tui.send("\x7f");
    tui.send("7");
    tui.wait_for("Question 3 of 3");
    tui.send("\x1b[H");
    tui.send("\r");
    tui.wait_for("Review");
    tui.send("\r");
    tui.wait_for("Virtues");
    // At 80×24 the advice is under the radar and the scores: PgDn reaches it.
    tui.send("\x1b[6~");
    tui.wait_for("Where to start");
    tui.send("q");
    tui.wait_exit();
    let values: Vec<_> = answers(dir.path())
        .iter()
        .map(|a| a["value"].as_integer())
        .collect();
    assert_eq!(values, [Some(10), Some(7), Some(0)]);
}

#[test]
fn the_intention_of_last_time_is_asked_about_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut before = common::assessment_text("A1", "Alice", "self", "2026-10-01T09:00:00Z", 3);
    before.insert_str(
        before.find("\n[[answers]]").unwrap(),
        "\nintention = \"Share the plan early\"\n",
    );
    common::write(dir.path().join("assessments/alice/A1.toml"), &before);
    // Not understood, then "partly", then 24 answers and an empty line to save.
    let input = format!("maybe\np\n{}\n", "3\n".repeat(items()));
    let (code, _, err) = run(dir.path(), &["assess", "Alice"], &input);
    assert_eq!(code, Some(0), "{err}");
    no_escape(&err);
    assert!(
        err.contains("Last time, the intention was:\n  Share the plan early\nWas it followed?"),
        "{err}"
    );
    assert!(
        err.contains("Not understood: y, p, n, or an empty line."),
        "{err}"
    );
    assert!(
        err.contains("> \nNoted: partly followed.\n"),
        "said back: {err}"
    );
    let saved: Vec<String> = common::files_below(&dir.path().join("assessments"))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|t| !t.contains("id = \"A1\""))
        .collect();
    assert_eq!(saved.len(), 1);
    assert!(
        saved[0].contains("[previous_intention]") && saved[0].contains("followed = \"partly\""),
        "{}",
        saved[0]
    );
}

#[test]
fn a_closed_stderr_loses_no_answer() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("confiance"));
    cmd.args(["assess", "Alice"])
        .env("CONFIANCE_DATA_DIR", dir.path())
        .env("CONFIANCE_CONFIG_DIR", dir.path().with_extension("config"))
        .env_remove("LANG")
        .env_remove("CONFIANCE_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // The reader of the questions leaves at once (`… 2>&1 | head -3`).
    drop(child.stderr.take());
    let input = format!("{}\n", "4\n".repeat(items()));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let values: Vec<_> = answers(dir.path())
        .iter()
        .map(|a| a["value"].as_integer())
        .collect();
    assert_eq!(values, vec![Some(4); items()], "every answer filed");
}

#[test]
fn an_empty_line_keeps_an_answer_already_given() {
    let dir = tempfile::tempdir().unwrap();
    // 24 answers; on the review, 99 is no question, 3 goes back to the third, an empty line
    // keeps its answer (back to the review), and an empty line saves.
    let input = format!("{}99\n3\n\n\n", "2\n".repeat(items()));
    let (code, _, err) = run(dir.path(), &["assess", "Alice"], &input);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("There is no question 99"), "{err}");
    assert!(
        err.contains("Answer so far: 2 (Disagree); an empty line keeps it."),
        "{err}"
    );
    assert!(!err.contains("Nothing typed"), "{err}");
    let values: Vec<_> = answers(dir.path())
        .iter()
        .map(|a| a["value"].as_integer())
        .collect();
    assert_eq!(values, vec![Some(2); items()]);
}
