//! The whole output of a coach's commands, in English and in French, run through the real
//! binary on a temporary data folder: clients, check-ins, drafts, notes and intentions, and
//! the config file's new settings. Temporary paths are shown as `[DIR]`.

use std::path::PathBuf;

use crate::common::*;

/// Marie, a client, with Team Atlas seen from both sides, notes and intentions; Orion long due;
/// a draft. The coach's own space holds Bob.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let f = Self {
            dir: tempfile::tempdir().unwrap(),
        };
        let m1 = assessment_text("M1", "Team Atlas", "self", "2026-09-01T10:00:00Z", 3)
            .replacen(
                "value = 3\n",
                "value = 3\nnote = \"We say \\\"release\\\" for two things.\\nAnd \\\"done\\\" too.\"\n",
                1,
            )
            .replacen(
                "\n[[answers]]",
                "note = \"First session, with her manager present.\"\nintention = \"Share the plan a week early\"\n\n[[answers]]",
                1,
            );
        let m2 = assessment_text("M2", "Team Atlas", "Team Atlas", "2026-09-02T10:00:00Z", 4)
            .replacen(
                "value = 4\n",
                "value = 4\nnote = \"Seen from the team.\"\n",
                1,
            );
        let m3 = assessment_text("M3", "Team Atlas", "self", "2026-11-01T10:00:00Z", 4).replacen(
            "\n[[answers]]",
            "intention = \"Ask before deciding\"\n\n[previous_intention]\ntext = \"Share the plan a week early\"\nfollowed = \"partly\"\n\n[[answers]]",
            1,
        );
        let m4 = assessment_text("M4", "Orion", "self", "2026-06-01T10:00:00Z", 2);
        f.import(
            Some("Marie"),
            &[("m1", &m1), ("m2", &m2), ("m3", &m3), ("m4", &m4)],
        );
        let b1 = assessment_text("B1", "Bob", "self", "2026-11-20T10:00:00Z", 5);
        f.import(None, &[("b1", &b1)]);
        let draft = assessment_text("D1", "Orion", "self", "2026-11-25T10:00:00Z", 3)
            .replace("completed = 2026-11-25T10:00:00Z\n", "");
        write(f.data().join("clients/marie/drafts/D1.toml"), &draft);
        f
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn import(&self, client: Option<&str>, files: &[(&str, &str)]) {
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(name, text)| write(self.dir.path().join(format!("inbox/{name}.toml")), text))
            .collect();
        let mut cmd = confiance(&self.data());
        if let Some(client) = client {
            cmd.args(["--client", client]);
        }
        cmd.arg("import").args(&paths).assert().success();
    }

    /// The command line, exit code, stdout and stderr in one string.
    fn run(&self, args: &[&str]) -> String {
        let out = confiance(&self.data())
            .env_remove("COLUMNS")
            .args(args)
            .output()
            .unwrap();
        let code = out.status.code().map_or("killed".into(), |c| c.to_string());
        let command: Vec<String> = args
            .iter()
            .map(|a| {
                if a.contains(' ') {
                    format!("'{a}'")
                } else {
                    a.to_string()
                }
            })
            .collect();
        format!(
            "$ confiance {}\nexit: {code}\n--- stdout\n{}--- stderr\n{}",
            command.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .replace(&self.dir.path().display().to_string(), "[DIR]")
    }
}

fn snapshot(name: &str, output: String) {
    insta::assert_snapshot!(name, output);
}

/// Every case in both languages: `coach_NAME` and `coach_fr_NAME`.
fn both(f: &Fixture, name: &str, args: &[&str]) {
    snapshot(&format!("coach_{name}"), f.run(args));
    let fr: Vec<&str> = ["--lang", "fr"].iter().chain(args).copied().collect();
    snapshot(&format!("coach_fr_{name}"), f.run(&fr));
}

#[test]
fn clients_and_their_spaces() {
    let f = Fixture::new();
    both(&f, "clients", &["clients"]);
    snapshot(
        "coach_clients_json",
        f.run(&["clients", "--format", "json"]),
    );
    both(&f, "list_in_a_client", &["--client", "marie", "list"]);
    snapshot(
        "coach_list_json_in_a_client",
        f.run(&["--client", "Marie", "list", "--format", "json"]),
    );
    both(&f, "error_unknown_client", &["--client", "Zoé", "list"]);
    both(
        &f,
        "forget_client_listing",
        &["forget", "--client", "Marie"],
    );
    both(&f, "error_forget_nothing", &["forget"]);
    let empty = tempfile::tempdir().unwrap();
    let out = confiance(&empty.path().join("data"))
        .arg("clients")
        .output()
        .unwrap();
    snapshot(
        "coach_clients_empty",
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
}

#[test]
fn notes_and_intentions() {
    let f = Fixture::new();
    both(
        &f,
        "show_notes",
        &[
            "--client",
            "Marie",
            "show",
            "Team Atlas",
            "--id",
            "M1",
            "--no-chart",
        ],
    );
    both(
        &f,
        "show_other_side",
        &[
            "--client",
            "Marie",
            "show",
            "Team Atlas",
            "-r",
            "team atlas",
            "--no-chart",
        ],
    );
    both(
        &f,
        "show_intentions",
        &["--client", "Marie", "show", "Team Atlas", "--no-chart"],
    );
    both(
        &f,
        "show_notes_markdown",
        &[
            "--client",
            "Marie",
            "show",
            "Team Atlas",
            "--id",
            "M1",
            "--format",
            "markdown",
        ],
    );
    snapshot(
        "coach_show_json_notes",
        f.run(&[
            "--client",
            "Marie",
            "show",
            "Team Atlas",
            "--id",
            "M1",
            "--format",
            "json",
        ]),
    );
    both(
        &f,
        "trend_intentions",
        &["--client", "Marie", "trend", "Team Atlas", "--no-chart"],
    );
}

#[test]
fn check_ins_and_drafts() {
    let f = Fixture::new();
    both(&f, "due", &["due"]);
    snapshot("coach_due_json", f.run(&["due", "--format", "json"]));
    both(
        &f,
        "cadence_set",
        &["--client", "Marie", "cadence", "orion", "off"],
    );
    both(
        &f,
        "due_nothing",
        &["due", "--client", "Marie", "--format", "text"],
    );
    both(&f, "cadence_show", &["cadence", "Bob"]);
    both(&f, "error_bad_cadence", &["cadence", "Bob", "0"]);
    both(&f, "drafts", &["--client", "Marie", "drafts"]);
    both(&f, "drafts_empty", &["drafts"]);
}

#[test]
fn config_settings() {
    let f = Fixture::new();
    both(&f, "config_set_name", &["config", "set", "name", "Sam"]);
    both(
        &f,
        "config_set_bad",
        &["config", "set", "hide_notes", "maybe"],
    );
    both(&f, "config_with_settings", &["--me", "Pat", "config"]);
    both(&f, "config_unset_missing", &["config", "unset", "lang"]);
}
