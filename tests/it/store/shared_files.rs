//! The files several commands rewrite (the config file, `subjects.toml`): real processes
//! racing never lose each other's updates.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use crate::common::{assessment_text, command, write};

fn config_file(data: &Path) -> PathBuf {
    data.with_extension("config").join("config.toml")
}

fn wait_all(children: Vec<Child>) -> Vec<std::process::Output> {
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

fn spawn(data: &Path, args: &[&str]) -> Child {
    command(data)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn parallel_config_sets_keep_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let settings = [
        ("lang", "fr", "lang = \"fr\""),
        ("name", "Sam", "name = \"Sam\""),
        ("hide_notes", "true", "hide_notes = true"),
        ("cadence_weeks", "4", "cadence_weeks = 4"),
        ("color", "never", "color = \"never\""),
        ("questionnaire", "trust", "questionnaire = \"trust\""),
    ];
    for round in 0..10 {
        let _ = std::fs::remove_file(config_file(&data));
        let children = settings
            .iter()
            .map(|(key, value, _)| spawn(&data, &["config", "set", key, value]))
            .collect();
        for out in wait_all(children) {
            assert!(out.status.success(), "{out:?}");
        }
        let text = std::fs::read_to_string(config_file(&data)).unwrap();
        for (_, _, line) in settings {
            assert!(text.contains(line), "round {round}: {line} lost:\n{text}");
        }
    }
}

#[test]
fn parallel_cadences_keep_every_value() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let subjects: Vec<String> = (0..6).map(|i| format!("Subject {i}")).collect();
    for (i, s) in subjects.iter().enumerate() {
        let id = format!("01JD2X5Q8K3M4N5P6R7S8T9V0{i}");
        let text = assessment_text(&id, s, "self", "2026-11-01T10:00:00Z", 3);
        write(data.join(format!("assessments/s{i}/a.toml")), &text);
    }
    for round in 0..6 {
        let _ = std::fs::remove_file(data.join("subjects.toml"));
        let children = subjects
            .iter()
            .enumerate()
            .map(|(i, s)| spawn(&data, &["cadence", s, &(i + 1).to_string()]))
            .collect();
        for out in wait_all(children) {
            assert!(out.status.success(), "{out:?}");
        }
        let text = std::fs::read_to_string(data.join("subjects.toml")).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        for (i, s) in subjects.iter().enumerate() {
            assert_eq!(
                table[s]["cadence_weeks"].as_integer(),
                Some(i as i64 + 1),
                "round {round}: {s} lost:\n{text}"
            );
        }
    }
    assert!(
        !data.join(".subjects.toml.lock").exists(),
        "the lock file goes with its holder"
    );
}
