//! `confiance questionnaire new`: a commented template, in the interface's language, that
//! `questionnaire check` accepts as it is and that the tool then uses; the config file's
//! `questionnaire` as the default of new assessments.

use std::path::Path;

use crate::common::{confiance, files_below};
use predicates::prelude::*;

fn check(data: &Path, file: &Path, lang: &str) -> String {
    let out = confiance(data)
        .args(["--lang", lang, "questionnaire", "check"])
        .arg(file)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "no warning either: {err}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_template_passes_the_check_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for (lang, comment) in [("en", "# Every field"), ("fr", "# Chaque champ")] {
        let file = dir.path().join(format!("Équipe {lang}.toml"));
        confiance(&data)
            .args(["--lang", lang, "questionnaire", "new"])
            .arg(&file)
            .assert()
            .success();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(comment), "explained in {lang}:\n{text}");
        let said = check(&data, &file, lang);
        assert!(
            said.contains(&format!("`equipe-{lang}` ({lang})")),
            "{said}"
        );
    }
}

#[test]
fn a_built_in_questionnaire_is_copied_under_an_id_of_ones_own() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("trust.toml");
    confiance(&data)
        .args(["--lang", "fr", "questionnaire", "new", "--from", "trust"])
        .arg(&file)
        .assert()
        .success();
    let said = check(&data, &file, "fr");
    assert!(said.contains("`mon-trust` (fr)"), "{said}");
    assert!(said.contains("8 dimensions"), "{said}");
    // Written once; not replaced without --force.
    confiance(&data)
        .args(["questionnaire", "new"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("mon-trust")
    );
    confiance(&data)
        .args(["questionnaire", "new", "--force"])
        .arg(&file)
        .assert()
        .success();
    confiance(&data)
        .args(["questionnaire", "new", "--from", "nope"])
        .arg(dir.path().join("x.toml"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nope"));
    assert!(!dir.path().join("x.toml").exists());
}

#[test]
fn the_config_files_questionnaire_is_the_default_of_new_assessments() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let template = dir.path().join("ours.toml");
    confiance(&data)
        .args(["questionnaire", "new"])
        .arg(&template)
        .assert()
        .success();
    std::fs::create_dir_all(data.join("questionnaires")).unwrap();
    std::fs::copy(&template, data.join("questionnaires/ours.toml")).unwrap();
    confiance(&data)
        .args(["config", "set", "questionnaire", "ours"])
        .assert()
        .success()
        .stderr(predicates::str::contains("no questionnaire").not());
    // Four items on a 1-5 scale, answered through a pipe (the plain mode), then saved.
    confiance(&data)
        .args(["assess", "Alice"])
        .write_stdin("4\n2\n5\n3\n\n")
        .assert()
        .success();
    let saved: Vec<String> = files_below(&data.join("assessments"))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(saved.len(), 1);
    assert!(
        saved[0].contains("questionnaire = \"ours\""),
        "{}",
        saved[0]
    );
    // `-Q` comes first; an id the catalog lacks is said, and the built-in one is used.
    confiance(&data)
        .args(["config", "set", "questionnaire", "gone"])
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "there is no questionnaire `gone` yet",
        ));
    confiance(&data)
        .args(["assess", "Bob"])
        .write_stdin("3\n")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "`gone` is not known here: trust is used",
        ))
        .stderr(predicates::str::contains("1 of 29 answered"));
    confiance(&data)
        .args(["config", "set", "questionnaire", "Not An Id"])
        .assert()
        .code(2);
}

/// `-` means standard output, as in `export`: the template is printed, no file named `-` is
/// written, and what is printed passes the check.
#[test]
fn a_dash_prints_the_template_instead_of_writing_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = confiance(&data)
        .current_dir(dir.path())
        .args(["questionnaire", "new", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!dir.path().join("-").exists(), "no file named `-`");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("# Every field"), "{text}");
    let file = dir.path().join("mine.toml");
    std::fs::write(&file, &text).unwrap();
    check(&data, &file, "en");
}
