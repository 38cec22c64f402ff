//! A questionnaire of one's own that already has answers: edited in place so that they no
//! longer fit, `questionnaire check` refuses it and says which files; as a new version, it
//! passes, and the old answers keep reading with the version they were answered with.

use crate::common::{confiance, write};

/// A copy of the built-in trust questionnaire as `my-trust`, in the data folder, with one
/// assessment answered with it.
fn own_with_answers(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let data = dir.join("data");
    // Written outside (the tool never writes a questionnaire into its data folder), then
    // put where the catalog reads it, as a person would.
    let written = dir.join("my-trust.toml");
    confiance(&data)
        .args(["questionnaire", "new", "--from", "trust"])
        .arg(&written)
        .assert()
        .success();
    let own = data.join("questionnaires/my-trust.toml");
    std::fs::create_dir_all(own.parent().unwrap()).unwrap();
    std::fs::copy(&written, &own).unwrap();
    // Every statement answered 5, with the copy's version.
    let copy: toml::Table = std::fs::read_to_string(&own).unwrap().parse().unwrap();
    let mut text = format!(
        "schema = 1\nid = \"A1\"\nsubject = \"Alice\"\nquestionnaire = \"my-trust\"\n\
         questionnaire_version = {}\nlang = \"en\"\nstarted = 2026-03-01T10:00:00Z\n\
         completed = 2026-03-01T10:00:00Z\n",
        copy["version"]
    );
    for item in copy["items"].as_array().unwrap() {
        text.push_str(&format!(
            "\n[[answers]]\nitem = {}\nvalue = 5\n",
            item["id"]
        ));
    }
    let file = write(dir.join("in/a.toml"), &text);
    confiance(&data).arg("import").arg(&file).assert().success();
    (data, own)
}

#[test]
fn an_edit_in_place_that_stored_answers_no_longer_fit_is_refused_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let (data, own) = own_with_answers(dir.path());
    confiance(&data)
        .args(["questionnaire", "check"])
        .arg(&own)
        .assert()
        .success();
    // The scale narrowed to 1-4: the stored 5s no longer fit.
    let text = std::fs::read_to_string(&own).unwrap();
    let narrowed = text.replacen("max = 5", "max = 4", 1);
    assert_ne!(narrowed, text, "the copy has a scale to narrow");
    let narrowed = narrowed.replacen("\"Strongly agree\"", "", 1);
    std::fs::write(&own, &narrowed).unwrap();
    let out = confiance(&data)
        .args(["questionnaire", "check"])
        .arg(&own)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("assessments/"), "names the stored file: {err}");
    assert!(err.contains("no longer fit this file"), "{err}");
    assert!(err.contains("new `version`"), "says what to do: {err}");
    // As a new version the file passes: no answers were given with version 2.
    let version = text.lines().find(|l| l.starts_with("version = ")).unwrap();
    let next = format!("version = {}", version[10..].parse::<u32>().unwrap() + 1);
    std::fs::write(&own, narrowed.replacen(version, &next, 1)).unwrap();
    confiance(&data)
        .args(["questionnaire", "check"])
        .arg(&own)
        .assert()
        .success();
}

/// An assessment made with version 1 keeps its scores once version 2 is built in; trends mark
/// where the questionnaire changed, and compare across the two says so.
#[test]
fn a_new_built_in_version_marks_trends_and_compares_dimension_by_dimension() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let then = crate::common::assessment_text("A1", "Alice", "self", "2026-06-01T10:00:00Z", 3);
    let file = write(dir.path().join("in/a1.toml"), &then);
    confiance(&data).arg("import").arg(&file).assert().success();
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&crate::common::stdout(confiance(&data).args(args))).unwrap()
    };
    let before = json(&["show", "Alice", "--format", "json"]);
    assert_eq!(before["questionnaire_version"], 1);
    assert_eq!(before["overall"], 50.0, "version 1 scores as it did");
    // A new assessment is made with version 2.
    let input = "4\n".repeat(crate::common::items()) + "\n";
    confiance(&data)
        .args(["assess", "Alice", "--plain"])
        .write_stdin(input)
        .assert()
        .success();
    let trend = crate::common::stdout(confiance(&data).args(["trend", "Alice", "--no-chart"]));
    let mark = trend.find("questionnaire changed (v1 → v2)").expect(&trend);
    assert!(trend.find("2026-06-01").unwrap() < mark, "{trend}");
    let points = json(&["trend", "Alice", "--format", "json"]);
    let versions: Vec<_> = points["series"][0]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["questionnaire_version"].as_u64())
        .collect();
    assert_eq!(versions, [Some(1), Some(2)]);
    let compared = crate::common::stdout(confiance(&data).args(["compare", "Alice"]));
    assert!(
        compared.contains("Across versions 1, 2 of the questionnaire"),
        "{compared}"
    );
    assert!(
        compared.contains("Common vision"),
        "dimension by dimension: {compared}"
    );
    let after = json(&["show", "Alice", "--id", "A1", "--format", "json"]);
    assert_eq!(after["overall"], 50.0, "and still does");
}
