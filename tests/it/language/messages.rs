//! Every error the tool writes speaks the interface language, down to problems found deep in
//! a file: a missing key, a value off the scale, a link out of the data folder, a file that
//! is not there. The same runs in English keep their English words.

use crate::common::*;

/// `import FILE` in `lang`: its exit code and what it wrote on stderr.
fn import_in(lang: &str, data: &std::path::Path, file: &std::path::Path) -> (i32, String) {
    let out = confiance(data)
        .args(["--lang", lang, "import"])
        .arg(file)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn problems_in_an_assessment_file_are_told_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let good = assessment_text("F1", "Alice", "self", "2026-10-01T10:00:00Z", 4);
    let off_scale = write(
        dir.path().join("in/off.toml"),
        &good.replacen("value = 4", "value = 9", 1),
    );
    let no_subject = write(
        dir.path().join("in/nosubject.toml"),
        &good.replace("subject = \"Alice\"\n", ""),
    );
    let (code, fr) = import_in("fr", &data, &off_scale);
    assert_eq!(code, 2, "{fr}");
    assert!(fr.contains("sort de l’échelle 1 à 5"), "{fr}");
    assert!(!fr.contains("outside the scale"), "{fr}");
    let (_, en) = import_in("en", &data, &off_scale);
    assert!(en.contains("is outside the scale 1 to 5"), "{en}");

    let (code, fr) = import_in("fr", &data, &no_subject);
    assert_eq!(code, 2, "{fr}");
    assert!(fr.contains("champ manquant\u{a0}: `subject`"), "{fr}");
    let (_, en) = import_in("en", &data, &no_subject);
    assert!(en.contains("missing field `subject`"), "{en}");
}

#[test]
fn problems_with_files_and_links_are_told_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (code, fr) = import_in("fr", &data, &dir.path().join("nowhere.toml"));
    assert_eq!(code, 2, "{fr}");
    assert!(fr.contains("fichier ou dossier introuvable"), "{fr}");
    assert!(!fr.contains("No such file"), "{fr}");

    // A link from the store to a file outside it is reported, never read.
    let outside = write(
        dir.path().join("elsewhere/a.toml"),
        &assessment_text("F2", "Bob", "self", "2026-10-01T10:00:00Z", 3),
    );
    std::fs::create_dir_all(data.join("assessments/bob")).unwrap();
    std::os::unix::fs::symlink(&outside, data.join("assessments/bob/a.toml")).unwrap();
    let out = confiance(&data)
        .args(["--lang", "fr", "check"])
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("lien symbolique vers l’extérieur du dossier de données"),
        "{text}"
    );
    assert!(!text.contains("symbolic link"), "{text}");
}

#[test]
fn problems_in_a_questionnaire_and_its_elisions_are_told_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let shown = confiance(&data)
        .args([
            "questionnaire",
            "show",
            "trust",
            "--lang",
            "fr",
            "--format",
            "toml",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&shown.stdout).into_owned();
    // One elision mistake and one broken scale.
    let text = text
        .replacen("et {subject}", "et de {subject}", 1)
        .replacen("max = 5", "max = 0", 1);
    let file = write(dir.path().join("mine.fr.toml"), &text);
    let out = confiance(&data)
        .args(["--lang", "fr", "questionnaire", "check"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("avertissement\u{a0}: «\u{202f}de {subject}\u{202f}» se lit mal"),
        "{stderr}"
    );
    assert!(stderr.contains("doit être inférieur à son max"), "{stderr}");
}
