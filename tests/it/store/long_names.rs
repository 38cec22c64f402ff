//! Names are limited as notes are: a subject, respondent or client name of more than 200
//! characters is refused wherever it enters (the command line, an import, a file read), so no
//! table is ever millions of columns wide. A subject holding a control character can still be
//! forgotten: `forget` offers the stored name, which can be typed back as it is shown.

use crate::common::*;

fn output(cmd: &mut assert_cmd::Command) -> (Option<i32>, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn an_imported_name_longer_than_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let long = "A".repeat(2_600_000);
    // A JSON export whose subject was made 2.6 million characters long.
    let other = dir.path().join("other");
    let toml = write(
        dir.path().join("a.toml"),
        &assessment_text("L1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    confiance(&other)
        .arg("import")
        .arg(&toml)
        .assert()
        .success();
    let export = stdout(confiance(&other).args(["export", "--format", "json"]));
    let mut json: serde_json::Value = serde_json::from_str(&export).unwrap();
    json[0]["subject"] = serde_json::Value::String(long.clone());
    let file = write(dir.path().join("in.json"), &json.to_string());
    let (code, out, err) = output(confiance(&data).arg("import").arg(&file));
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("200 characters"),
        "{}",
        &err[..err.len().min(500)]
    );
    assert!(
        err.len() < 2_000,
        "the name is not repeated: {} bytes",
        err.len()
    );
    // The respondent too, and in a TOML file.
    let toml = assessment_text("L2", "Alice", &"R".repeat(201), "2026-10-01T10:00:00Z", 4);
    let file = write(dir.path().join("in.toml"), &toml);
    let (code, _, err) = output(confiance(&data).arg("import").arg(&file));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("in.toml:"), "{err}");
    assert!(err.contains("200 characters"), "{err}");
    // Exactly 200 is a name.
    let toml = assessment_text("L3", &"é".repeat(200), "self", "2026-10-01T10:00:00Z", 4);
    let file = write(dir.path().join("ok.toml"), &toml);
    let (code, _, err) = output(confiance(&data).arg("import").arg(&file));
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn a_stored_file_with_a_longer_name_is_reported_like_any_invalid_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let long = "B".repeat(201);
    write(
        data.join("assessments/b/2026-10-01T100000Z-L1.toml"),
        &assessment_text("L1", &long, "self", "2026-10-01T10:00:00Z", 4),
    );
    let (code, out, err) = output(confiance(&data).arg("list"));
    assert_eq!(code, Some(0), "{err}");
    assert!(!out.contains(&long), "{out}");
    assert!(err.contains("L1.toml:"), "{err}");
    assert!(err.contains("200 characters"), "{err}");
    let (code, out, err) = output(confiance(&data).arg("check"));
    assert_eq!(code, Some(1), "{err}");
    assert!(
        out.contains("L1.toml:1:1: `subject` is longer than 200 characters (201)"),
        "{out}"
    );
}

#[test]
fn a_longer_name_on_the_command_line_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let long = "C".repeat(201);
    for args in [
        vec!["assess", &long, "--plain"],
        vec!["assess", "Alice", "--respondent", &long, "--plain"],
        vec!["--client", &long, "assess", "Alice", "--plain"],
    ] {
        let (code, _, err) = output(confiance(&data).args(&args).write_stdin(""));
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains("200 characters"), "{args:?}: {err}");
        assert!(!err.contains(&long), "{args:?}: {err}");
    }
    let file = write(
        dir.path().join("in.toml"),
        &assessment_text("L1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    let (code, _, err) = output(
        confiance(&data)
            .args(["import", "--subject", &long])
            .arg(&file),
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("200 characters"), "{err}");
}

#[test]
fn a_subject_holding_a_control_character_can_be_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("in.toml"),
        &assessment_text("N1", "Bo\0b", "self", "2026-10-01T10:00:00Z", 4),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    // Typed without the control character: the stored name is offered, as it is shown.
    let (code, _, err) = output(confiance(&data).args(["forget", "Bob", "--yes"]));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("did you mean \"Bo␀b\"?"), "{err}");
    // Typed back as shown, it names the stored subject.
    let (code, out, err) = output(confiance(&data).args(["forget", "Bo␀b", "--yes"]));
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("N1"), "{out}");
    assert!(files_below(&data.join("assessments")).is_empty());
}
