//! Every command's whole output, run through the real binary on a temporary data folder built
//! from fixed assessments: one snapshot per case holding the exit code, stdout and stderr.
//! Temporary paths are replaced by `[DIR]` so the snapshots hold on any machine.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::common::*;

/// A fixed spread of answers over the 24 items, so scores differ between dimensions.
const SPREAD: [i64; 8] = [4, 2, 5, 3, 4, 1, 3, 5];

/// A completed assessment answering the built-in questionnaire with `values`, cycled.
fn varied(id: &str, subject: &str, respondent: &str, completed: &str, values: &[i64]) -> String {
    let uniform = assessment_text(id, subject, respondent, completed, 3);
    let mut answer = 0;
    uniform
        .lines()
        .map(|line| {
            if line == "value = 3" {
                answer += 1;
                format!("value = {}\n", values[(answer - 1) % values.len()])
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

/// A temporary folder holding `data/` (the store) and `inbox/` (files to import).
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn empty() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Alice, assessed twice by "self" and once by Alice herself; Team Atlas, once.
    fn filled() -> Self {
        let fixture = Self::empty();
        let files = [
            fixture.inbox(
                "a1.toml",
                &varied("A1", "Alice", "self", "2026-09-01T10:00:00Z", &SPREAD),
            ),
            fixture.inbox(
                "a2.toml",
                &varied("A2", "Alice", "self", "2026-11-01T10:00:00Z", &[4, 3, 5, 4]),
            ),
            fixture.inbox(
                "a3.toml",
                &varied("A3", "Alice", "Alice", "2026-10-15T10:00:00Z", &[2, 3, 4]),
            ),
            fixture.inbox(
                "t1.toml",
                &varied("T1", "Team Atlas", "self", "2026-07-01T10:00:00Z", &[3, 2]),
            ),
        ];
        confiance(&fixture.data())
            .arg("import")
            .args(files)
            .assert()
            .success();
        fixture
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn inbox(&self, name: &str, text: &str) -> PathBuf {
        write(self.dir.path().join("inbox").join(name), text)
    }

    /// Runs `confiance ARGS` on this store: the command line, exit code, stdout and stderr in one
    /// string, temporary paths shown as `[DIR]`.
    fn run(&self, args: &[&str]) -> String {
        self.run_in(&self.data(), args)
    }

    /// The same, with another data folder (one that is not a folder, say).
    fn run_in(&self, data: &Path, args: &[&str]) -> String {
        let out = confiance(data)
            .env_remove("COLUMNS")
            .args(args)
            .output()
            .unwrap();
        let code = out
            .status
            .code()
            .map_or("killed".to_string(), |c| c.to_string());
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
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
        let command = command.join(" ");
        format!("$ confiance {command}\nexit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
            .replace(&self.dir.path().display().to_string(), "[DIR]")
    }

    /// A path inside the temporary folder, as an argument.
    fn arg(&self, relative: &str) -> String {
        self.dir.path().join(relative).display().to_string()
    }
}

fn snapshot(name: &str, output: String) {
    insta::assert_snapshot!(name, output);
}

#[test]
fn list() {
    let f = Fixture::filled();
    snapshot("list_text", f.run(&["list"]));
    snapshot("list_json", f.run(&["list", "--format", "json"]));
    snapshot("list_text_empty", Fixture::empty().run(&["list"]));
}

#[test]
fn show() {
    let f = Fixture::filled();
    snapshot(
        "show_text_no_chart",
        f.run(&["show", "Alice", "--no-chart"]),
    );
    snapshot(
        "show_text_width_60",
        f.run(&["show", "Alice", "--width", "60"]),
    );
    snapshot(
        "show_text_respondent",
        f.run(&["show", "alice", "--respondent", "Alice", "--no-chart"]),
    );
    snapshot("show_json", f.run(&["show", "Alice", "--format", "json"]));
    snapshot(
        "show_markdown",
        f.run(&["show", "Team Atlas", "--format", "markdown"]),
    );
}

#[test]
fn trend() {
    let f = Fixture::filled();
    snapshot("trend_text", f.run(&["trend", "Alice", "--width", "60"]));
    snapshot("trend_text_single", f.run(&["trend", "Team Atlas"]));
    snapshot("trend_json", f.run(&["trend", "Alice", "--format", "json"]));
}

#[test]
fn export() {
    let f = Fixture::filled();
    snapshot("export_csv", f.run(&["export", "--format", "csv"]));
    snapshot(
        "export_json",
        f.run(&["export", "--subject", "Team Atlas", "--format", "json"]),
    );
    let out = f.arg("out.csv");
    snapshot(
        "export_to_file",
        f.run(&["export", "--format", "csv", "--output", &out]),
    );
    snapshot(
        "export_to_existing_file",
        f.run(&["export", "--format", "csv", "--output", &out]),
    );
}

#[test]
fn import() {
    let f = Fixture::filled();
    let new = f.inbox(
        "b1.toml",
        &varied("B1", "Bob", "self", "2026-11-20T10:00:00Z", &SPREAD),
    );
    let new = new.display().to_string();
    snapshot("import_new", f.run(&["import", &new]));
    snapshot("import_already_there", f.run(&["import", &new]));
    let changed = f.inbox(
        "b1-changed.toml",
        &varied("B1", "Bob", "self", "2026-11-20T10:00:00Z", &[1]),
    );
    let out_of_range = f.inbox(
        "range.toml",
        &assessment_text("R1", "Bob", "self", "2026-11-21T10:00:00Z", 3).replacen(
            "value = 3",
            "value = 9",
            1,
        ),
    );
    snapshot(
        "import_refused",
        f.run(&[
            "import",
            &changed.display().to_string(),
            &out_of_range.display().to_string(),
        ]),
    );
    let not_toml = f.inbox("notes.toml", "this is not = = an assessment\n");
    snapshot(
        "import_invalid_file",
        f.run(&["import", &not_toml.display().to_string()]),
    );
}

#[test]
fn check() {
    let f = Fixture::filled();
    snapshot("check_clean", f.run(&["check"]));
    let broken = write(
        f.data().join("assessments/alice/broken.toml"),
        "schema = 1\nid = \"x\"\n",
    );
    std::fs::set_permissions(&broken, std::fs::Permissions::from_mode(0o600)).unwrap();
    let copy = f.data().join("assessments/alice/copy.toml");
    std::fs::copy(
        std::fs::read_dir(f.data().join("assessments/team-atlas"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
        &copy,
    )
    .unwrap();
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o644)).unwrap();
    snapshot("check_with_problems", f.run(&["check"]));
}

#[test]
fn forget() {
    let f = Fixture::filled();
    snapshot("forget_listing", f.run(&["forget", "Alice"]));
    snapshot("forget_yes", f.run(&["forget", "alice", "--yes"]));
    snapshot("forget_unknown", f.run(&["forget", "Alice", "--yes"]));
}

#[test]
fn questionnaire() {
    let f = Fixture::empty();
    snapshot("questionnaire_list", f.run(&["questionnaire", "list"]));
    snapshot(
        "questionnaire_show",
        f.run(&["questionnaire", "show", "trust"]),
    );
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-questionnaire.toml");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let mini = f.inbox("mini.toml", &text).display().to_string();
    snapshot(
        "questionnaire_check_ok",
        f.run(&["questionnaire", "check", &mini]),
    );
    let broken = f
        .inbox(
            "broken.toml",
            &text.replace("dimension = \"c\"", "dimension = \"d\""),
        )
        .display()
        .to_string();
    snapshot(
        "questionnaire_check_problems",
        f.run(&["questionnaire", "check", &broken]),
    );
    // French texts where {subject} follows a word that elides: warnings, exit 0.
    let french = f
        .inbox(
            "elision.toml",
            &text
                .replace("lang = \"en\"", "lang = \"fr\"")
                .replacen("text = \"x\"", "text = \"Les idées de {subject}\"", 1)
                .replacen("text = \"x\"", "text = \"Ce qu'{subject} dit\"", 1),
        )
        .display()
        .to_string();
    snapshot(
        "questionnaire_check_warnings",
        f.run(&["questionnaire", "check", &french]),
    );
}

#[test]
fn errors() {
    let f = Fixture::filled();
    snapshot("error_unknown_subject", f.run(&["show", "Bob"]));
    snapshot(
        "error_unknown_respondent",
        f.run(&["show", "Alice", "--respondent", "Carol"]),
    );
    let file = f.inbox("a-file", "not a folder");
    snapshot("error_data_dir_is_a_file", f.run_in(&file, &["list"]));
    snapshot("error_bad_usage_missing_subject", f.run(&["show"]));
    snapshot(
        "error_bad_usage_unknown_format",
        f.run(&["list", "--format", "yaml"]),
    );
    snapshot("error_bad_usage_unknown_flag", f.run(&["--no-such-flag"]));
}

/// Flag names, help texts, defaults and examples are a contract: any change shows here.
#[test]
fn help() {
    let f = Fixture::empty();
    for command in COMMANDS {
        let name = std::iter::once("help")
            .chain(command.iter().copied())
            .collect::<Vec<_>>()
            .join("_");
        let args: Vec<&str> = command.iter().copied().chain(["--help"]).collect();
        snapshot(&name, f.run(&args));
    }
}

/// The same commands in French (`--lang fr`): every sentence, heading and message, with French
/// typography and plurals (0 and 1 singular). The English assessments read in the French
/// questionnaire, which has the same dimensions.
#[test]
fn in_french() {
    let f = Fixture::filled();
    let fr = |args: &[&str]| {
        let args: Vec<&str> = ["--lang", "fr"].iter().chain(args).copied().collect();
        f.run(&args)
    };
    snapshot("fr_list_text", fr(&["list"]));
    snapshot("fr_list_text_empty", {
        let empty = Fixture::empty();
        empty.run(&["--lang", "fr", "list"])
    });
    snapshot(
        "fr_show_text_no_chart",
        fr(&["show", "Alice", "--no-chart"]),
    );
    snapshot(
        "fr_show_text_width_60",
        fr(&["show", "Alice", "--width", "60"]),
    );
    snapshot(
        "fr_show_markdown",
        fr(&["show", "Team Atlas", "--format", "markdown"]),
    );
    snapshot("fr_trend_text", fr(&["trend", "Alice", "--width", "60"]));
    snapshot("fr_trend_text_single", fr(&["trend", "Team Atlas"]));
    snapshot("fr_check_clean", fr(&["check"]));
    let out = f.arg("out.csv");
    snapshot(
        "fr_export_to_file",
        fr(&["export", "--format", "csv", "--output", &out]),
    );
    snapshot(
        "fr_export_to_existing_file",
        fr(&["export", "--format", "csv", "--output", &out]),
    );
    let one = f.arg("atlas.csv");
    snapshot(
        "fr_export_one",
        fr(&[
            "export",
            "--subject",
            "team atlas",
            "--format",
            "csv",
            "--output",
            &one,
        ]),
    );
    let new = f.inbox(
        "b1.toml",
        &varied("B1", "Bob", "self", "2026-11-20T10:00:00Z", &SPREAD),
    );
    let new = new.display().to_string();
    snapshot("fr_import_new_verbose", fr(&["-v", "import", &new]));
    snapshot("fr_import_already_there", fr(&["import", &new]));
    let changed = f.inbox(
        "b1-changed.toml",
        &varied("B1", "Bob", "self", "2026-11-20T10:00:00Z", &[1]),
    );
    snapshot(
        "fr_import_refused",
        fr(&["import", &changed.display().to_string()]),
    );
    snapshot("fr_forget_listing", fr(&["forget", "Alice"]));
    snapshot("fr_forget_did_you_mean", fr(&["forget", "Bób"]));
    snapshot("fr_forget_yes", fr(&["forget", "alice", "--yes"]));
    snapshot("fr_error_unknown_subject", fr(&["show", "Carol"]));
    snapshot(
        "fr_error_unknown_respondent",
        fr(&["show", "Bob", "--respondent", "Carol"]),
    );
    let file = f.inbox("a-file", "not a folder");
    snapshot(
        "fr_error_data_dir_is_a_file",
        f.run_in(&file, &["--lang", "fr", "list"]),
    );
}

#[test]
fn questionnaire_in_french() {
    let f = Fixture::empty();
    let fr = |args: &[&str]| {
        let args: Vec<&str> = ["--lang", "fr"].iter().chain(args).copied().collect();
        f.run(&args)
    };
    snapshot("fr_questionnaire_list", fr(&["questionnaire", "list"]));
    snapshot(
        "fr_questionnaire_show",
        fr(&["questionnaire", "show", "trust"]),
    );
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-questionnaire.toml");
    let text = std::fs::read_to_string(&fixture).unwrap();
    let mini = f.inbox("mini.toml", &text).display().to_string();
    snapshot(
        "fr_questionnaire_check_ok",
        fr(&["questionnaire", "check", &mini]),
    );
    snapshot(
        "fr_questionnaire_show_missing_version",
        fr(&["questionnaire", "show", "no-such"]),
    );
    let broken = f
        .inbox(
            "broken.toml",
            &text.replace("dimension = \"c\"", "dimension = \"d\""),
        )
        .display()
        .to_string();
    snapshot(
        "fr_questionnaire_check_problems",
        fr(&["questionnaire", "check", &broken]),
    );
    snapshot("fr_config", fr(&["config"]));
}

/// Every command, as `--help` is asked of it.
const COMMANDS: [&[&str]; 21] = [
    &[],
    &["assess"],
    &["list"],
    &["show"],
    &["trend"],
    &["export"],
    &["import"],
    &["check"],
    &["forget"],
    &["questionnaire"],
    &["questionnaire", "list"],
    &["questionnaire", "show"],
    &["questionnaire", "check"],
    &["clients"],
    &["due"],
    &["cadence"],
    &["drafts"],
    &["completions"],
    &["config"],
    &["config", "set"],
    &["config", "unset"],
];

/// The same help in French (`--lang fr`): the same flags, defaults and examples, every text,
/// heading and placeholder in French.
#[test]
fn help_in_french() {
    let f = Fixture::empty();
    for command in COMMANDS {
        let name = ["help_fr"]
            .into_iter()
            .chain(command.iter().copied())
            .collect::<Vec<_>>()
            .join("_");
        let args: Vec<&str> = ["--lang", "fr"]
            .into_iter()
            .chain(command.iter().copied())
            .chain(["--help"])
            .collect();
        snapshot(&name, f.run(&args));
    }
    snapshot("help_fr_short", f.run(&["--lang", "fr", "-h"]));
}
