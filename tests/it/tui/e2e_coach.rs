//! End to end, a coach's session with the real binary in a pseudo-terminal: the intention set
//! on the results and asked about at the next assessment, clients kept apart on screen, a draft
//! discarded (and refused while another window has it), note texts hidden and remembered.

use std::path::{Path, PathBuf};

use crate::common::pty::Tui;
use crate::common::{assessment_text, files_below, items, write};
use confiance::assessment::{Assessment, Followed, from_toml};

const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";

/// A completed assessment of `subject` by `respondent`, with `extra` lines in its header.
fn assessment(space: &Path, id: &str, subject: &str, respondent: &str, extra: &str) -> PathBuf {
    let when = "2026-10-01T10:00:00Z";
    let text = assessment_text(id, subject, respondent, when, 3).replacen(
        &format!("completed = {when}\n"),
        &format!("completed = {when}\n{extra}"),
        1,
    );
    let folder = subject.to_lowercase().replace(' ', "-");
    write(
        space.join(format!("assessments/{folder}/2026-10-01T100000Z-{id}.toml")),
        &text,
    )
}

fn client(data: &Path, folder: &str, name: &str) -> PathBuf {
    let space = data.join("clients").join(folder);
    write(
        space.join("client.toml"),
        &format!("name = \"{name}\"\ncreated = 2026-01-05T09:00:00Z\n"),
    );
    space
}

fn read(path: &Path) -> Assessment {
    from_toml(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .0
}

fn tomls(dir: &Path) -> Vec<PathBuf> {
    files_below(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect()
}

#[test]
fn the_intention_set_on_results_is_asked_about_at_the_next_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assessment(
        data,
        "A1",
        "Team Atlas",
        "self",
        "intention = \"Share the plan early\"\n",
    );

    let mut tui = Tui::spawn(data, &["assess", "Team Atlas"]);
    let screen = tui.wait_for("Last time, the intention was:");
    assert!(screen.contains("Share the plan early"), "{screen}");
    tui.send("y");
    tui.wait_for("Question 1 of 29");
    for i in 1..=items() {
        tui.send("3");
        if i < items() {
            tui.wait_for(&format!("Question {} of 29", i + 1));
        }
    }
    tui.wait_for("Review");
    tui.send(ENTER);
    tui.wait_for("Results");
    tui.send("i");
    tui.wait_for("Intention: what I will do before next time");
    tui.send("Ask before deciding");
    tui.send(ENTER);
    tui.wait_for("Intention saved.");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));

    let saved = tomls(&data.join("assessments/team-atlas"));
    assert_eq!(saved.len(), 2);
    let done = saved
        .iter()
        .map(|p| read(p))
        .find(|a| a.id != "A1")
        .unwrap();
    let previous = done.previous_intention.expect("[previous_intention]");
    assert_eq!(previous.text, "Share the plan early");
    assert_eq!(previous.followed, Some(Followed::Yes));
    assert_eq!(done.intention.as_deref(), Some("Ask before deciding"));
    assert!(tomls(&data.join("drafts")).is_empty());

    // The next time, in French: « p » for « en partie », saved with the draft.
    let mut tui = Tui::spawn(data, &["--lang", "fr", "assess", "Team Atlas"]);
    let screen = tui.wait_for("La dernière fois, l’intention était");
    assert!(screen.contains("Ask before deciding"), "{screen}");
    tui.send("p");
    tui.wait_for("Question 1 sur 29");
    tui.send("4");
    tui.wait_for("Question 2 sur 29");
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
    let drafts = tomls(&data.join("drafts"));
    assert_eq!(drafts.len(), 1);
    let draft = read(&drafts[0]);
    let previous = draft.previous_intention.expect("in the draft");
    assert_eq!(previous.text, "Ask before deciding");
    assert_eq!(previous.followed, Some(Followed::Partly));

    // Another respondent's next assessment is not asked about Marie's intention.
    let mut tui = Tui::spawn(data, &["assess", "Team Atlas", "--respondent", "Léa"]);
    let screen = tui.wait_for("Question 1 of 29");
    assert!(!screen.contains("Last time"), "{screen}");
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
}

#[test]
fn a_clients_space_shows_nothing_of_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assessment(data, "P1", "My manager", "self", "");
    let marie = client(data, "marie", "Marie");
    assessment(&marie, "M1", "Team Atlas", "self", "");
    let jonas = client(data, "jonas", "Jonas");
    assessment(&jonas, "J1", "Sales team", "self", "");

    let mut tui = Tui::spawn(data, &[]);
    let screen = tui.wait_for("Client");
    for name in ["Jonas", "Marie", "My manager"] {
        assert!(screen.contains(name), "{name}:\n{screen}");
    }
    // Jonas, then Marie: clients by name.
    tui.send(DOWN);
    tui.send(ENTER);
    let mut seen = vec![tui.wait_for("Client: Marie")];
    tui.send(ENTER);
    seen.push(tui.wait_for("Results · Team Atlas · Marie"));
    tui.send("t");
    seen.push(tui.wait_for("Trends"));
    tui.send(ESC);
    tui.send(ESC);
    tui.wait_for("Client: Marie");
    tui.send("a");
    seen.push(tui.wait_for("New assessment"));
    tui.send(ESC);
    tui.wait_for("Client: Marie");
    tui.send("?");
    seen.push(tui.wait_for("Keys"));
    for screen in &seen {
        for other in ["Jonas", "Sales team", "My manager"] {
            assert!(!screen.contains(other), "{other}:\n{screen}");
        }
    }
    tui.send(ESC);
    tui.send(ESC);
    let screen = tui.wait_for("Jonas");
    assert!(screen.contains("My manager"), "back home:\n{screen}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));

    let mut tui = Tui::spawn(data, &["--client", "marie"]);
    let screen = tui.wait_for("Client: Marie");
    assert!(
        !screen.contains("Jonas") && !screen.contains("My manager"),
        "{screen}"
    );
    tui.send(ESC);
    assert_eq!(
        tui.wait_exit(),
        Some(0),
        "Esc leaves: there is no home to go back to"
    );
}

#[test]
fn a_draft_is_discarded_after_a_yes_unless_another_window_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let mut other = Tui::spawn(data, &["assess", "Dana"]);
    other.wait_for("Question 1 of 29");
    other.send("5");
    other.wait_for("Question 2 of 29");

    let mut tui = Tui::spawn(data, &[]);
    tui.wait_for("Unfinished drafts");
    tui.send("d");
    let screen = tui.wait_for("Discard this draft?");
    assert!(screen.contains("holds 1 answer"), "{screen}");
    tui.send("y");
    tui.wait_for("open in another window");
    assert_eq!(tomls(&data.join("drafts")).len(), 1, "left alone");

    other.send(ESC);
    assert_eq!(other.wait_exit(), Some(0));
    tui.send("d");
    tui.wait_for("Discard this draft?");
    tui.send("n");
    tui.send("d");
    tui.wait_for("Discard this draft?");
    tui.send("y");
    tui.wait_for("Draft discarded.");
    assert!(tomls(&data.join("drafts")).is_empty());
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));
}

#[test]
fn hidden_notes_stay_hidden_the_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("config");
    assessment(
        &data,
        "A1",
        "Alice",
        "self",
        "note = \"Alice was late again\"\n",
    );
    let env = format!("export CONFIANCE_CONFIG_DIR='{}'", config.display());
    let notes_in_view = |tui: &mut Tui| {
        tui.wait_for("Results · Alice");
        for _ in 0..30 {
            tui.send("j");
        }
        // Keys are not paced: the screen is read once the scrolling is over.
        tui.wait_for_screen("the notes at the end of the results", |screen| {
            screen.contains("Notes") && !screen.contains("↓ more")
        })
    };

    let mut tui = Tui::spawn_with(&data, &env, "");
    tui.wait_for("Alice");
    tui.send(ENTER);
    let screen = notes_in_view(&mut tui);
    assert!(screen.contains("Alice was late"), "{screen}");
    tui.send("h");
    let screen = tui.wait_for("Note texts are hidden");
    assert!(!screen.contains("was late"), "{screen}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));
    let written = std::fs::read_to_string(config.join("config.toml")).unwrap();
    assert!(written.contains("hide_notes = true"), "{written}");

    let mut tui = Tui::spawn_with(&data, &env, "");
    tui.wait_for("Alice");
    tui.send(ENTER);
    let screen = notes_in_view(&mut tui);
    assert!(
        !screen.contains("was late") && screen.contains("hidden"),
        "{screen}"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));
}
