//! The files several commands rewrite (the config file, `subjects.toml`, `clients/`): real
//! processes racing never lose each other's updates, a damaged client is never doubled, and
//! the leftovers of an interrupted `config set` are cleaned and reported like the store's.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use crate::common::{age, assessment_text, command, confiance, write};

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

#[test]
fn look_alike_clients_created_at_once_each_get_their_own_folder() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..10 {
        let data = dir.path().join(format!("data{round}"));
        let file = write(
            dir.path().join(format!("in{round}/a.toml")),
            &assessment_text(
                "01JD2X5Q8K3M4N5P6R7S8T9V0W",
                "Team",
                "self",
                "2026-11-01T10:00:00Z",
                3,
            ),
        );
        let file = file.to_str().unwrap();
        let children = ["Zoé", "Zoe"]
            .iter()
            .map(|name| spawn(&data, &["--client", name, "import", file]))
            .collect();
        for out in wait_all(children) {
            assert!(out.status.success(), "round {round}: {out:?}");
        }
        let (clients, problems) = confiance::store::read_clients(&data);
        assert!(problems.is_empty(), "{problems:?}");
        let mut names: Vec<_> = clients.iter().map(|c| c.name.as_str()).collect();
        names.sort();
        assert_eq!(names, ["Zoe", "Zoé"], "round {round}");
        for client in &clients {
            let filed = crate::common::files_below(&client.folder.join("assessments"));
            assert_eq!(filed.len(), 1, "round {round}: {filed:?}");
        }
    }
}

fn damaged_client(data: &Path, keep: &str) -> PathBuf {
    let file = write(
        dir_of(data).join("a.toml"),
        &assessment_text(
            "01JD2X5Q8K3M4N5P6R7S8T9V0W",
            "Team",
            "self",
            "2026-11-01T10:00:00Z",
            3,
        ),
    );
    confiance(data)
        .args(["--client", "Marie", "import"])
        .arg(&file)
        .assert()
        .success();
    let client_toml = data.join("clients/marie/client.toml");
    let text = std::fs::read_to_string(&client_toml).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| l.starts_with(keep))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&client_toml, kept).unwrap();
    client_toml
}

fn dir_of(data: &Path) -> PathBuf {
    data.with_extension("in")
}

#[test]
fn a_damaged_client_file_is_shown_and_never_doubled() {
    for keep in ["name", "created"] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let client_toml = damaged_client(&data, keep);
        let before = std::fs::read(&client_toml).unwrap();
        for (args, create) in [(vec!["import"], true), (vec!["list"], false)] {
            let mut cmd = confiance(&data);
            cmd.args(["--client", "Marie"]).args(&args);
            if create {
                cmd.arg(dir_of(&data).join("a.toml"));
            }
            let out = cmd.output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{keep} kept: {stderr}");
            assert!(
                stderr.contains("clients/marie/client.toml:1:"),
                "the file and line: {stderr}"
            );
        }
        assert!(!data.join("clients/marie-2").exists(), "no second Marie");
        assert_eq!(std::fs::read(&client_toml).unwrap(), before, "left as is");
    }
}

#[test]
fn a_blank_client_name_is_refused_but_an_empty_environment_means_none() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for name in ["", " ", "\u{200b}", "\u{a0}\u{200b}\u{2060}"] {
        for lang in ["en", "fr"] {
            let out = confiance(&data)
                .env("CONFIANCE_LANG", lang)
                .args(["--client", name, "list"])
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{name:?}: {stderr}");
            let word = if lang == "en" { "empty" } else { "vide" };
            assert!(stderr.contains(word), "{lang}: {stderr}");
        }
    }
    confiance(&data)
        .env("CONFIANCE_CLIENT", "")
        .arg("list")
        .assert()
        .success();
    assert!(!data.join("clients").exists());
}

#[test]
fn leftovers_of_a_killed_config_set_are_cleaned_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let folder = data.with_extension("config");
    let stale = write(
        folder.join(".config.toml~confiance-4194999-0.tmp"),
        "name = \"private\"",
    );
    age(&stale, 3600);
    let fresh = write(
        folder.join(".config.toml~confiance-4194999-1.tmp"),
        "name = \"just now\"",
    );
    let held = write(
        folder.join(".config.toml~confiance-1-0.tmp"),
        "name = \"writing\"",
    );
    age(&held, 3600);
    let writer = std::fs::File::open(&held).unwrap();
    writer.lock().unwrap();
    // What the previous version named its temporary files: `.NAME.PID-N.tmp`.
    let older = write(folder.join(".config.toml.4194999-2.tmp"), "name = \"old\"");
    age(&older, 3600);
    let older_data = write(data.join("assessments/alice/.x.toml.4194999-0.tmp"), "x");
    age(&older_data, 3600);

    let out = confiance(&data).arg("check").output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(!stale.exists(), "a stale leftover is removed");
    assert!(fresh.exists() && held.exists(), "in use: left alone");
    assert!(
        older.exists() && older_data.exists(),
        "reported, not guessed"
    );
    assert_eq!(out.status.code(), Some(1), "{report}");
    for path in [&stale, &fresh, &held, &older, &older_data] {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(report.contains(&*name), "{name} not reported:\n{report}");
    }
    drop(writer);
}
