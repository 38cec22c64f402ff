//! Colour as asked: `--color never|always|auto`, the config file's `color`, and `NO_COLOR`, in
//! the full screen (read through a terminal emulator), in clap's help and in error lines.

use crate::common;
use crate::common::pty;

use std::path::Path;

use crate::common::confiance;

fn config(data: &Path, text: &str) {
    let dir = data.with_extension("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), text).unwrap();
}

/// The coloured cells of the home screen, opened with `prelude` and `args`.
fn home_colours(data: &Path, prelude: &str, args: &str) -> usize {
    let mut tui = pty::Tui::spawn_with(data, prelude, args);
    tui.wait_for("confiance");
    let coloured = tui.coloured_cells();
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));
    coloured
}

#[test]
fn the_full_screen_is_monochrome_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(home_colours(&data, "true", "") > 0, "colour by default");
    assert_eq!(home_colours(&data, "true", "--color never"), 0);
    assert_eq!(home_colours(&data, "export NO_COLOR=1", ""), 0);
    assert!(
        home_colours(&data, "export NO_COLOR=1", "--color always") > 0,
        "the flag comes before NO_COLOR"
    );
    config(&data, "color = \"never\"\n");
    assert_eq!(
        home_colours(&data, "true", ""),
        0,
        "the config file's color"
    );
    assert!(home_colours(&data, "true", "--color auto") > 0);
}

#[test]
fn help_and_errors_follow_the_same_choice() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let escapes = |args: &[&str]| {
        let out = confiance(&data).args(args).output().unwrap();
        let text = [out.stdout, out.stderr].concat();
        String::from_utf8(text).unwrap().contains('\x1b')
    };
    // `confiance` runs the tests with NO_COLOR=1.
    assert!(!escapes(&["--help"]));
    assert!(escapes(&["--color", "always", "--help"]));
    assert!(escapes(&["--color=always", "show", "Nobody"]));
    assert!(!escapes(&["--color", "never", "show", "Nobody"]));
    config(&data, "color = \"always\"\n");
    assert!(escapes(&["show", "Nobody"]), "the config file's color");
    assert!(!escapes(&["--color", "never", "--help"]));
}

#[test]
fn config_set_color_is_checked_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    confiance(&data)
        .args(["config", "set", "color", "sometimes"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("auto, always or never"));
    confiance(&data)
        .args(["config", "set", "color", "never"])
        .assert()
        .success();
    let shown = common::stdout(confiance(&data).arg("config"));
    let line = shown.lines().find(|l| l.starts_with("color")).unwrap();
    assert!(
        line.contains("never") && line.contains("config file"),
        "{line}"
    );
}
