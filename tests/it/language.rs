//! Choosing the interface's language: every source, in its order, with region tags, the C
//! locale and languages the tool lacks; the config file and `confiance config`.
//! Below: every error message in the interface language.

mod messages;

use crate::common::pty;
use crate::common::*;

fn title_of(out: &str) -> &str {
    out.lines().next().unwrap_or("")
}

#[test]
fn every_source_in_its_order() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let show = |cmd: &mut assert_cmd::Command| {
        let out = stdout(cmd.args(["questionnaire", "show", "trust"]));
        title_of(&out).to_string()
    };
    let english = show(&mut confiance(&data));
    let french = show(confiance(&data).args(["--lang", "fr"]));
    assert_ne!(english, french);
    for tag in ["FR", "fr-FR", "fr_FR", "fr_FR.UTF-8"] {
        assert_eq!(
            show(confiance(&data).args(["--lang", tag])),
            french,
            "{tag}"
        );
    }
    assert_eq!(show(confiance(&data).env("CONFIANCE_LANG", "fr")), french);
    assert_eq!(show(confiance(&data).env("LANG", "fr_FR.UTF-8")), french);
    assert_eq!(
        show(confiance(&data).env("LC_ALL", "C").env("LANG", "fr_FR")),
        french
    );
    assert_eq!(show(confiance(&data).env("LANGUAGE", "fr:en")), french);
    assert_eq!(
        show(
            confiance(&data)
                .env("CONFIANCE_LANG", "en")
                .env("LANG", "fr_FR")
        ),
        english,
        "CONFIANCE_LANG comes before the locale"
    );
    assert_eq!(
        show(
            confiance(&data)
                .args(["--lang", "en"])
                .env("CONFIANCE_LANG", "fr")
        ),
        english,
        "the flag comes first"
    );
    let config = data.with_extension("config");
    write(config.join("config.toml"), "lang = \"fr\"\n");
    assert_eq!(show(&mut confiance(&data)), french, "the config file");
    assert_eq!(
        show(confiance(&data).env("LANG", "en_US.UTF-8")),
        french,
        "before the locale"
    );
}

#[test]
fn a_language_the_tool_lacks_is_said_once_then_english() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = confiance(&data)
        .args(["--lang", "de", "questionnaire", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("no interface in `de`").count(),
        1,
        "{stderr}"
    );
}

#[test]
fn the_config_file_reports_its_mistakes_and_never_stops_the_tool() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = data.with_extension("config");
    write(config.join("config.toml"), "lang = \"fr\"\ncolour = true\n");
    let out = confiance(&data).arg("config").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let listed = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The file chooses French, and its own mistakes are told in it.
    assert!(
        stderr.contains("config.toml:2:1: réglage inconnu `colour`"),
        "{stderr}"
    );
    assert!(listed.contains("config.toml"), "{listed}");
    // The config file asks for French: `config` speaks it.
    assert!(
        listed.lines().any(|l| l.starts_with("lang")
            && l.contains("fr")
            && l.contains("fichier de configuration")),
        "{listed}"
    );
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("data-dir") && l.contains("CONFIANCE_DATA_DIR")),
        "{listed}"
    );
    let english = confiance(&data)
        .args(["--lang", "en", "config"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&english.stderr);
    assert!(
        stderr.contains("config.toml:2:1: unknown setting `colour`"),
        "{stderr}"
    );
    let out = stdout(confiance(&data).args(["--lang", "en", "config"]));
    assert!(
        out.lines()
            .any(|l| l.starts_with("lang") && l.contains("flag --lang")),
        "{out}"
    );
    write(config.join("config.toml"), "lang = [\n");
    confiance(&data).arg("list").assert().success();
}

/// One assessment of Alice in `lang`, imported into a new store.
fn store_with(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = assessment_text("L1", "Alice", "self", "2026-10-01T10:00:00Z", 4)
        .replace("lang = \"en\"", &format!("lang = \"{lang}\""));
    let file = write(dir.path().join("inbox/a.toml"), &text);
    confiance(&dir.path().join("data"))
        .args(["import"])
        .arg(&file)
        .assert()
        .success();
    dir
}

#[test]
fn an_assessment_reads_in_the_interface_language_whatever_its_own() {
    let french = store_with("fr");
    let data = french.path().join("data");
    let show = |lang: &str, format: &str| {
        stdout(confiance(&data).args([
            "--lang",
            lang,
            "show",
            "Alice",
            "--no-chart",
            "--format",
            format,
        ]))
    };
    let english = show("en", "text");
    assert!(english.contains("Common language"), "{english}");
    assert!(english.contains("Stage "), "{english}");
    assert!(!english.contains("Langage commun"), "{english}");
    assert!(
        english.contains("(fr)"),
        "the assessment's own language is said:\n{english}"
    );
    let in_french = show("fr", "text");
    assert!(in_french.contains("Langage commun"), "{in_french}");
    assert!(show("en", "markdown").contains("| Common language | virtue |"));
    // JSON is for programs: always the assessment's own questionnaire.
    assert_eq!(show("en", "json"), show("fr", "json"));
    assert!(show("en", "json").contains("\"Langage commun\""));

    let english = store_with("en");
    let data = english.path().join("data");
    let out = stdout(confiance(&data).args(["--lang", "fr", "show", "Alice", "--no-chart"]));
    assert!(
        out.contains("Langage commun") && out.contains("Étape "),
        "{out}"
    );
    assert!(!out.contains("Common language"), "{out}");
    let radar = stdout(confiance(&data).args(["--lang", "fr", "show", "Alice", "--width", "60"]));
    assert!(
        radar.contains("Langage 58") && radar.contains("Rétroaction 58"),
        "the radar's spokes too:\n{radar}"
    );
}

/// `forget` asks in the interface's language, and takes yes in either: `o`, `oui`, `y`, `yes`.
#[test]
fn forget_asks_in_french_and_takes_oui_or_yes() {
    for (answer, deleted) in [
        ("o", true),
        ("oui", true),
        ("y", true),
        ("Yes", true),
        ("n", false),
        ("", false),
    ] {
        let dir = store_with("en");
        let data = dir.path().join("data");
        let mut tty = pty::Tui::spawn(&data, &["--lang", "fr", "forget", "Alice"]);
        tty.wait_for("Les supprimer définitivement\u{202f}? [o/N]");
        tty.send(&format!("{answer}\r"));
        assert_eq!(tty.wait_exit(), Some(0), "{answer:?}");
        let left = std::fs::read_dir(data.join("assessments"))
            .unwrap()
            .flatten()
            .count();
        assert_eq!(left == 0, deleted, "{answer:?}");
    }
    let dir = store_with("en");
    let data = dir.path().join("data");
    let mut tty = pty::Tui::spawn(&data, &["forget", "Alice"]);
    tty.wait_for("Delete them for good? [y/N]");
    tty.send("oui\r");
    assert_eq!(tty.wait_exit(), Some(0));
}

/// `--help` speaks the interface's language, whichever source chose it, on every command.
#[test]
fn help_speaks_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let french = "Utilisation\u{a0}: confiance";
    let english = "Usage: confiance";
    let top = stdout(confiance(&data).args(["--lang", "fr", "--help"]));
    assert!(
        top.contains(french) && top.contains("Commandes\u{a0}:"),
        "{top}"
    );
    let assess = stdout(
        confiance(&data)
            .env("LANG", "fr_FR.UTF-8")
            .args(["assess", "--help"]),
    );
    assert!(assess.contains("Répondre au questionnaire"), "{assess}");
    assert!(assess.contains(french), "{assess}");
    let after = stdout(confiance(&data).args(["questionnaire", "show", "--help", "--lang=fr"]));
    assert!(after.contains(french), "--lang after --help: {after}");
    let env = stdout(
        confiance(&data)
            .env("CONFIANCE_LANG", "fr")
            .args(["help", "show"]),
    );
    assert!(env.contains(french), "the help command: {env}");
    let asked = stdout(
        confiance(&data)
            .env("LANG", "fr_FR.UTF-8")
            .args(["--lang", "en", "--help"]),
    );
    assert!(asked.contains(english), "the flag comes first: {asked}");
    let plain = stdout(confiance(&data).arg("--help"));
    assert!(plain.contains(english), "{plain}");
}
