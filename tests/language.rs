//! Choosing the interface's language: every source, in its order, with region tags, the C
//! locale and languages the tool lacks; the config file and `confiance config`.

mod common;

use common::*;

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
    assert!(
        stderr.contains("config.toml:2:1: unknown setting `colour`"),
        "{stderr}"
    );
    assert!(listed.contains("config.toml"), "{listed}");
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("lang") && l.contains("fr") && l.contains("config file")),
        "{listed}"
    );
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("data-dir") && l.contains("CONFIANCE_DATA_DIR")),
        "{listed}"
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
