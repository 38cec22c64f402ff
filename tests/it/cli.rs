//! The reporting commands end to end, on a temporary data folder.
//! Below: colour as asked, local time, narrow output and every command's whole output.

mod colour;
mod full_disk;
mod local_time;
mod narrow;
mod outputs;
mod same_day;
mod scores_that_mean;

use crate::common::*;
use serde_json::Value;

fn store_with_alice() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let a = write(
        inbox.join("a.toml"),
        &assessment_text("A1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    let b = write(
        inbox.join("b.toml"),
        &assessment_text("A2", "Alice", "self", "2026-11-01T10:00:00Z", 5),
    );
    let c = write(
        inbox.join("c.toml"),
        &assessment_text("B1", "Team Atlas", "self", "2026-09-01T10:00:00Z", 2),
    );
    confiance(&dir.path().join("data"))
        .arg("import")
        .args([&a, &b, &c])
        .assert()
        .success();
    dir
}

fn data(dir: &tempfile::TempDir) -> std::path::PathBuf {
    dir.path().join("data")
}

#[test]
fn list_shows_subjects_most_recent_first() {
    let dir = store_with_alice();
    let text = stdout(confiance(&data(&dir)).arg("list"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["SUBJECT", "ASSESSMENTS", "LAST", "OVERALL", "DUE"]
    );
    assert!(
        lines[1].starts_with("Alice") && lines[1].contains("2026-11-01"),
        "{text}"
    );
    assert!(lines[2].starts_with("Team Atlas"));
    let json: Value = serde_json::from_str(&stdout(
        confiance(&data(&dir)).args(["list", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json[0]["subject"], "Alice");
    assert_eq!(json[0]["assessments"], 2);
    assert_eq!(json[0]["last"], "2026-11-01T10:00:00Z");
    // All 5: normal items 100, reverse items 0 -> every dimension (100+100+0)/3.
    let expected = 200.0 / 3.0;
    assert!((json[0]["overall"].as_f64().unwrap() - expected).abs() < 1e-12);
    assert_eq!(json[1]["subject"], "Team Atlas");
}

#[test]
fn empty_store_lists_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        stdout(confiance(dir.path()).args(["list", "--format", "json"])).trim(),
        "[]"
    );
    confiance(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout("");
}

#[test]
fn show_reports_scores_indices_and_stage() {
    let dir = store_with_alice();
    let json: Value = serde_json::from_str(&stdout(
        confiance(&data(&dir)).args(["show", "Alice", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json["id"], "A2", "the latest assessment");
    for key in [
        "id",
        "subject",
        "respondent",
        "questionnaire",
        "lang",
        "completed",
        "dimensions",
        "virtues",
        "pillars",
        "overall",
        "stage",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    let dim = &json["dimensions"][0];
    assert_eq!(dim["id"], "common-language");
    assert_eq!(dim["group"], "virtue");
    assert_eq!(dim["short"], "Language");
    assert_eq!(
        (dim["answered"].as_u64(), dim["items"].as_u64()),
        (Some(3), Some(3))
    );
    assert!(
        (json["overall"].as_f64().unwrap() - 200.0 / 3.0).abs() < 1e-12,
        "full precision in JSON"
    );
    // 66.67 is shown as 67, so it has reached the stage that starts at 67.
    assert_eq!(json["stage"]["level"], 5);
    assert_eq!(json["stage"]["name"], "Shared values");

    let older: Value = serde_json::from_str(&stdout(
        confiance(&data(&dir)).args(["show", "alice", "--id", "A1", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(older["id"], "A1", "case-insensitive subject and --id");

    let text = stdout(confiance(&data(&dir)).args(["show", "Alice"]));
    assert!(
        text.contains("Common language") && text.contains("Overall 67"),
        "{text}"
    );
    assert!(text.contains("Stage 5 of 6: Shared values"), "{text}");
    assert!(!text.contains('\x1b'), "no escape codes when piped");

    let md = stdout(confiance(&data(&dir)).args(["show", "Alice", "--format", "markdown"]));
    assert!(md.starts_with("# Alice: Trust in a working relationship"));
    assert!(
        md.contains("| Common language | virtue | 67 | 3/3 |"),
        "{md}"
    );
}

#[test]
fn show_unknown_subject_or_respondent_is_invalid_input() {
    let dir = store_with_alice();
    confiance(&data(&dir))
        .args(["show", "Bob"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("known subjects: \"Alice\""));
    confiance(&data(&dir))
        .args(["show", "Alice", "--respondent", "Alice"])
        .assert()
        .code(2);
    confiance(&data(&dir))
        .args(["show", "Alice", "--format", "yaml"])
        .assert()
        .code(2);
}

#[test]
fn export_csv_is_tidy() {
    let dir = store_with_alice();
    let csv =
        stdout(confiance(&data(&dir)).args(["export", "--format", "csv", "--subject", "Alice"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,subject,respondent,completed,questionnaire,dimension,score"
    );
    assert_eq!(
        lines.len(),
        1 + 2 * 8,
        "one row per assessment and dimension"
    );
    assert_eq!(
        lines[1], "A1,Alice,self,2026-10-01T10:00:00Z,trust,common-language,58.333333333333336",
        "(75 + 75 + 25) / 3 in full precision"
    );
}

#[test]
fn export_to_a_file_never_overwrites_by_surprise() {
    let dir = store_with_alice();
    let out = dir.path().join("out.json");
    std::fs::write(&out, "mine").unwrap();
    confiance(&data(&dir))
        .args(["export", "--format", "json", "--output"])
        .arg(&out)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    confiance(&data(&dir))
        .args(["export", "--format", "json", "--force", "--output"])
        .arg(&out)
        .assert()
        .success();
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[0]["answers"].as_array().unwrap().len(), 24);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn import_is_idempotent_and_refuses_conflicts() {
    let dir = store_with_alice();
    let again = write(
        dir.path().join("inbox/a.toml"),
        &assessment_text("A1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    confiance(&data(&dir))
        .arg("import")
        .arg(&again)
        .assert()
        .success()
        .stdout(predicates::str::contains("already there"));
    let count = std::fs::read_dir(data(&dir).join("assessments/alice"))
        .unwrap()
        .count();
    assert_eq!(count, 2, "no second copy");
    let changed = write(
        dir.path().join("inbox/a2.toml"),
        &assessment_text("A1", "Alice", "self", "2026-10-01T10:00:00Z", 3),
    );
    confiance(&data(&dir))
        .arg("import")
        .arg(&changed)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("different content"));
}

#[test]
fn import_overrides_subject_and_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let theirs = write(
        dir.path().join("from-alice.toml"),
        &assessment_text("T1", "Me", "self", "2026-11-02T10:00:00Z", 3),
    );
    confiance(&data(&dir))
        .args(["import", "--subject", "Alice", "--respondent", "Alice"])
        .arg(&theirs)
        .assert()
        .success();
    let json: Value = serde_json::from_str(&stdout(confiance(&data(&dir)).args([
        "show",
        "Alice",
        "--respondent",
        "Alice",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(
        (json["subject"].as_str(), json["respondent"].as_str()),
        (Some("Alice"), Some("Alice"))
    );
}

#[test]
fn import_reports_every_invalid_file_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = assessment_text("G1", "Alice", "self", "2026-11-02T10:00:00Z", 3);
    let out_of_range = write(
        dir.path().join("range.toml"),
        &good
            .replacen("value = 3", "value = 9", 1)
            .replace("G1", "R1"),
    );
    let unknown = write(
        dir.path().join("unknown.toml"),
        &good
            .replacen("common-language.terms", "nope.item", 1)
            .replace("G1", "U1"),
    );
    let dup = write(
        dir.path().join("dup.toml"),
        &good
            .replacen("common-language.explain", "common-language.terms", 1)
            .replace("G1", "D1"),
    );
    let draft = write(
        dir.path().join("draft.toml"),
        &good
            .replace("completed = 2026-11-02T10:00:00Z\n", "")
            .replace("G1", "F1"),
    );
    let fine = write(dir.path().join("fine.toml"), &good);
    let assert = confiance(&data(&dir))
        .arg("import")
        .args([&out_of_range, &unknown, &dup, &draft, &fine])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(
            "range.toml:11:1: value 9 for `common-language.terms` is outside the scale 1 to 5"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown.toml:12:8: answer 1: unknown item (not in questionnaire `trust`)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dup.toml:16:8: item `common-language.terms` is answered twice"),
        "{stderr}"
    );
    assert!(
        stderr.contains("draft.toml: assessment F1 is a draft"),
        "{stderr}"
    );
    assert!(stderr.contains("4 of the files could not be imported"));
}

#[test]
fn malformed_files_in_the_store_are_reported_skipped_and_untouched() {
    let dir = store_with_alice();
    let bad = write(
        data(&dir).join("assessments/alice/broken.toml"),
        "schema = 1\nid = \"x\"\nnote = \"secret\nsubject = 3\n",
    );
    let future = write(
        data(&dir).join("assessments/x/future.toml"),
        "schema = 2\nid = \"F\"\n",
    );
    write(data(&dir).join("assessments/alice/.hidden.toml"), "garbage");
    let before = std::fs::read(&bad).unwrap();
    let out = confiance(&data(&dir))
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&format!("{}:3:", bad.display()))),
        "{stderr}"
    );
    assert!(
        !stderr.contains("secret"),
        "the file's text is not echoed: {stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}:1:1: written by a newer version of confiance",
            future.display()
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("hidden"));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2, "the rest still loads");
    assert_eq!(std::fs::read(&bad).unwrap(), before);
    confiance(&data(&dir))
        .args(["-q", "list"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn files_copied_in_by_hand_count_at_any_depth() {
    let dir = store_with_alice();
    write(
        data(&dir).join("assessments/synced/deep/er/copy.toml"),
        &assessment_text("S1", "Alice", "Alice", "2026-11-20T10:00:00Z", 3).replace('\n', "\r\n"),
    );
    let json: Value = serde_json::from_str(&stdout(
        confiance(&data(&dir)).args(["list", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json[0]["assessments"], 3);
    assert_eq!(json[0]["last"], "2026-11-20T10:00:00Z");
}

#[test]
fn questionnaire_commands() {
    let dir = tempfile::tempdir().unwrap();
    let list = stdout(confiance(dir.path()).args(["questionnaire", "list"]));
    assert!(
        list.contains("trust") && list.contains("fr") && list.contains("built in"),
        "{list}"
    );
    let fr = stdout(confiance(dir.path()).args(["questionnaire", "show", "trust", "--lang", "fr"]));
    assert!(fr.contains("Proximité des liens"));
    let toml =
        stdout(confiance(dir.path()).args(["questionnaire", "show", "trust", "--format", "toml"]));
    let copy = write(dir.path().join("copy.toml"), &toml);
    confiance(dir.path())
        .args(["questionnaire", "check"])
        .arg(&copy)
        .assert()
        .success()
        .stdout(predicates::str::contains("ok"));
    let broken = write(
        dir.path().join("broken.toml"),
        &toml.replace("dimension = \"feedback\"", "dimension = \"feedbak\""),
    );
    let out = confiance(dir.path())
        .args(["questionnaire", "check"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("unknown dimension `feedbak`")
            && stderr.contains("`feedback` has no items"),
        "{stderr}"
    );
    assert!(stderr.contains("broken.toml:"), "{stderr}");
    confiance(dir.path())
        .args(["questionnaire", "show", "nope"])
        .assert()
        .code(2);
}

#[test]
fn user_questionnaires_in_the_data_folder_are_offered() {
    let dir = tempfile::tempdir().unwrap();
    let toml =
        stdout(confiance(dir.path()).args(["questionnaire", "show", "trust", "--format", "toml"]));
    write(
        dir.path().join("questionnaires/team.toml"),
        &toml.replacen("id = \"trust\"", "id = \"team\"", 1),
    );
    write(dir.path().join("questionnaires/bad.toml"), "id = 3");
    let out = confiance(dir.path())
        .args(["questionnaire", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("team"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.toml:1:"));
}

#[test]
fn help_has_examples_and_completions_work() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["list", "show", "export", "import", "completions"] {
        let help = stdout(confiance(dir.path()).args([cmd, "--help"]));
        assert!(help.contains("Example"), "{cmd} --help has no example");
    }
    let bash = stdout(confiance(dir.path()).args(["completions", "bash"]));
    assert!(bash.contains("confiance"));
    confiance(dir.path()).arg("--no-such-flag").assert().code(2);
}

#[test]
fn folders_and_files_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path().join("a.toml"),
        &assessment_text("P1", "Alice", "self", "2026-11-02T10:00:00Z", 3),
    );
    let mut cmd = in_shell(&data(&dir), "umask 0");
    cmd.arg("import").arg(&file);
    assert!(cmd.output().unwrap().status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data(&dir)), 0o700);
    assert_eq!(mode(&data(&dir).join("assessments")), 0o700);
    assert_eq!(mode(&data(&dir).join("assessments/alice")), 0o700);
    let stored = std::fs::read_dir(data(&dir).join("assessments/alice"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(mode(&stored), 0o600);
    assert!(
        stored
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("2026-11-02T100000Z-P1")
    );
}

#[test]
fn show_prints_the_radar_unless_asked_not_to() {
    let dir = store_with_alice();
    let text = stdout(confiance(&data(&dir)).args(["show", "Alice"]));
    assert!(
        text.contains("Language 67") && text.contains("Feedback 67"),
        "labelled spokes:\n{text}"
    );
    assert!(
        text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "braille dots"
    );
    let chart: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Alice · you"))
        .collect();
    assert!(chart.len() > 10);
    assert!(
        chart
            .iter()
            .all(|l| unicode_width::UnicodeWidthStr::width(*l) <= 60),
        "60 columns when not a terminal"
    );
    assert!(!text.contains('\x1b'));
    let wide = stdout(confiance(&data(&dir)).args(["show", "Alice", "--width", "100"]));
    assert!(
        wide.lines()
            .any(|l| unicode_width::UnicodeWidthStr::width(l) > 60)
    );
    let bare = stdout(confiance(&data(&dir)).args(["show", "Alice", "--no-chart"]));
    assert!(!bare.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)));
    assert!(bare.starts_with("Alice · you"));
}

#[test]
fn trend_text_and_json() {
    let dir = store_with_alice();
    let theirs = write(
        dir.path().join("inbox/theirs.toml"),
        &assessment_text("T9", "Alice", "Alice", "2026-10-15T10:00:00Z", 3),
    );
    confiance(&data(&dir))
        .arg("import")
        .arg(&theirs)
        .assert()
        .success();
    let text = stdout(confiance(&data(&dir)).args(["trend", "Alice"]));
    assert!(
        text.contains("2026-10-01") && text.contains("2026-11-01"),
        "{text}"
    );
    assert!(
        text.contains("▲ 9"),
        "the change since the previous one of the same respondent, 58 to 67 as shown: {text}"
    );
    assert!(!text.contains('\x1b'));
    let json: Value = serde_json::from_str(&stdout(
        confiance(&data(&dir)).args(["trend", "Alice", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json["subject"], "Alice");
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 2, "one series per respondent");
    assert_eq!(series[0]["respondent"], "self");
    let points = series[0]["points"].as_array().unwrap();
    assert_eq!(points.len(), 2);
    assert_eq!(points[0]["id"], "A1", "points in time order");
    assert_eq!(points[1]["completed"], "2026-11-01T10:00:00Z");
    for key in ["overall", "virtues", "pillars"] {
        assert!(points[0][key].is_f64(), "{key}");
    }
    assert!((points[0]["dimensions"]["discretion"].as_f64().unwrap() - 175.0 / 3.0).abs() < 1e-9);
    let single = stdout(confiance(&data(&dir)).args(["trend", "Team Atlas"]));
    assert!(single.contains("Trends need two assessments"));
}

#[test]
fn import_refuses_an_empty_subject_or_respondent_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path().join("a.toml"),
        &assessment_text("E1", "Alice", "self", "2026-11-02T10:00:00Z", 3),
    );
    for flag in ["--subject", "--respondent"] {
        for empty in ["", "   "] {
            confiance(&data(&dir))
                .args(["import", flag, empty])
                .arg(&file)
                .assert()
                .code(2)
                .stderr(predicates::str::contains("name is empty"));
        }
    }
    assert!(
        !data(&dir).join("assessments").exists(),
        "nothing was written"
    );
}

#[test]
fn import_json_problems_are_located_and_name_the_assessment() {
    let dir = store_with_alice();
    let export = stdout(confiance(&data(&dir)).args(["export", "--format", "json"]));
    let mut json: Value = serde_json::from_str(&export).unwrap();
    json[1].as_object_mut().unwrap().remove("subject");
    json[2]["answers"][0]["item"] = "my-boss-is-a-liar".into();
    json[2]["id"] = "NEW2".into();
    let text = serde_json::to_string_pretty(&json).unwrap();
    let file = write(dir.path().join("backup.json"), &text);
    let err = confiance(&data(&tempfile::tempdir().unwrap()))
        .arg("import")
        .arg(&file)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8(err).unwrap();
    // The second object ends on the line before the third begins.
    let end_of_second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "  },")
        .nth(1)
        .map(|(i, _)| i + 1)
        .unwrap();
    assert!(
        stderr.contains(&format!(
            "backup.json:{end_of_second}:3: assessment #2: missing field `subject`"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("did not match"), "{stderr}");
    assert!(!stderr.contains("liar"), "{stderr}");
}

#[test]
fn import_refuses_a_note_longer_than_the_limit_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(confiance::assessment::MAX_NOTE_BYTES + 1);
    let good = assessment_text("N1", "Alice", "self", "2026-11-02T10:00:00Z", 3);
    let answer_note = write(
        dir.path().join("answer.toml"),
        &good.replacen("value = 3", &format!("value = 3\nnote = \"{long}\""), 2),
    );
    let session_note = write(
        dir.path().join("session.toml"),
        &good.replace("N1", "N2").replace(
            "lang = \"en\"",
            &format!("lang = \"en\"\nnote = \"{long}\""),
        ),
    );
    let at_limit = write(
        dir.path().join("fine.toml"),
        &good.replace("N1", "N3").replace(
            "lang = \"en\"",
            &format!("lang = \"en\"\nnote = \"{}\"", &long[1..]),
        ),
    );
    let out = confiance(&data(&dir))
        .arg("import")
        .args([&answer_note, &session_note])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8(out).unwrap();
    assert!(
        stderr.contains("answer.toml: answer 1: its note is longer than 65536 bytes")
            && stderr.contains("answer.toml: answer 2: its note is longer")
            && stderr.contains("session.toml: the session's note is longer than 65536 bytes"),
        "{stderr}"
    );
    assert!(!stderr.contains("xxx"), "{stderr}");
    assert!(!data(&dir).join("assessments").exists(), "nothing written");
    confiance(&data(&dir))
        .arg("import")
        .arg(&at_limit)
        .assert()
        .success();
}

#[test]
fn a_file_holding_nan_is_already_there_not_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let text = assessment_text("NAN1", "Alice", "self", "2026-11-02T10:00:00Z", 3)
        .replace("lang = \"en\"", "lang = \"en\"\nextra = nan");
    let file = write(dir.path().join("nan.toml"), &text);
    confiance(&data(&dir))
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    confiance(&data(&dir))
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicates::str::contains("already there"));
    // The same file twice in the store is a harmless duplicate, not a conflict.
    write(data(&dir).join("assessments/alice/copy.toml"), &text);
    let report =
        String::from_utf8(confiance(&data(&dir)).arg("check").output().unwrap().stdout).unwrap();
    assert!(report.contains("harmless duplicate"), "{report}");
}

#[test]
fn the_json_backup_keeps_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    let text = assessment_text("X1", "Alice", "self", "2026-11-02T10:00:00Z", 3)
        .replace(
            "lang = \"en\"",
            "lang = \"en\"\nmood = \"calm\"\nweights = [1, 2.5]\nplace = { room = 4 }",
        )
        .replacen("value = 3", "value = 3\nconfidence = 0.8", 1);
    let file = write(dir.path().join("x.toml"), &text);
    confiance(&data(&dir))
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let export = stdout(confiance(&data(&dir)).args(["export", "--format", "json"]));
    let json: Value = serde_json::from_str(&export).unwrap();
    assert_eq!(json[0]["extra"]["mood"], "calm");
    assert_eq!(json[0]["answers"][0]["extra"]["confidence"], 0.8);
    let backup = write(dir.path().join("backup.json"), &export);
    let other = dir.path().join("other");
    confiance(&other)
        .arg("import")
        .arg(&backup)
        .assert()
        .success();
    let stored = |root: &std::path::Path| {
        let folder = root.join("assessments/alice");
        let entry = std::fs::read_dir(folder).unwrap().next().unwrap().unwrap();
        std::fs::read_to_string(entry.path()).unwrap()
    };
    assert_eq!(
        stored(&other),
        stored(&data(&dir)),
        "TOML → JSON → TOML is equal"
    );
    // And importing the backup where it came from finds it already there.
    confiance(&data(&dir))
        .arg("import")
        .arg(&backup)
        .assert()
        .success()
        .stdout(predicates::str::contains("already there"));
}

#[test]
fn questionnaire_check_warns_about_french_elision_and_still_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let fr = stdout(confiance(&data(&dir)).args([
        "questionnaire",
        "show",
        "trust",
        "--lang",
        "fr",
        "--format",
        "toml",
    ]));
    let old = "text = \"{subject} manie les informations sensibles avec précaution.\"";
    assert!(fr.contains(old));
    let mine = fr.replace(
        old,
        "text = \"Le travail DE {subject} est soigné, et ce qu'{subject} dit reste entre nous.\"",
    );
    let line = mine
        .lines()
        .position(|l| l.contains("Le travail DE"))
        .unwrap()
        + 1;
    let file = write(dir.path().join("mine.toml"), &mine);
    let out = confiance(&data(&dir))
        .args(["questionnaire", "check"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected = [
        format!(
            "mine.toml:{line}:20: warning: \"DE {{subject}}\" reads wrong before a vowel (\"DE Inès\"): \
             put {{subject}} after \"avec\", \"à\", \"par\", or at the start of a clause"
        ),
        format!(
            "mine.toml:{line}:51: warning: \"qu'{{subject}}\" reads wrong before a consonant (\"qu'Bob\"): \
             put {{subject}} after \"avec\", \"à\", \"par\", or at the start of a clause"
        ),
    ];
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    for (got, want) in lines.iter().zip(&expected) {
        assert!(got.ends_with(want.as_str()), "{got}\n{want}");
    }
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains(": ok: `trust` (fr)")
    );

    // The same text in an English questionnaire is not French: no warning.
    let english = write(
        dir.path().join("english.toml"),
        &mine.replace("lang = \"fr\"", "lang = \"en\""),
    );
    confiance(&data(&dir))
        .args(["questionnaire", "check"])
        .arg(&english)
        .assert()
        .success()
        .stderr("");

    // With errors too, the warnings are still shown, and the errors decide the exit code.
    let broken = write(
        dir.path().join("broken.toml"),
        &mine.replace("dimension = \"feedback\"", "dimension = \"feedbak\""),
    );
    let out = confiance(&data(&dir))
        .args(["questionnaire", "check"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning: \"DE {subject}\""), "{stderr}");
    assert!(stderr.contains("unknown dimension `feedbak`"), "{stderr}");
}

/// An id is known by its first characters when they name one assessment: nobody types 26.
#[test]
fn an_assessment_is_found_by_the_start_of_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for (id, when) in [
        ("01ABCDEF0000000000000000A1", "2026-10-01T10:00:00Z"),
        ("01ABCXYZ0000000000000000B2", "2026-11-01T10:00:00Z"),
    ] {
        let file = write(
            dir.path().join(format!("in/{id}.toml")),
            &assessment_text(id, "Alice", "self", when, 3),
        );
        confiance(&data).arg("import").arg(&file).assert().success();
    }
    let json =
        stdout(confiance(&data).args(["show", "Alice", "--id", "01abcd", "--format", "json"]));
    assert!(json.contains("01ABCDEF0000000000000000A1"), "{json}");
    let both =
        stdout(confiance(&data).args(["compare", "Alice", "--id", "01ABCD", "--id", "01ABCX"]));
    assert!(
        both.contains("2026-10-01") && both.contains("2026-11-01"),
        "{both}"
    );
    // Two begin with "01ABC"; three characters name nothing.
    for short in ["01ABC", "01A"] {
        let out = confiance(&data)
            .args(["show", "Alice", "--id", short])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{short}");
    }
}
