//! Helpers shared by the integration tests: the binary run on a private temporary store,
//! assessment files, waiting for a condition; in-memory fixtures, screen rendering and the
//! pseudo-terminal harness in the modules below.

pub(crate) mod coach;
pub(crate) mod fixtures;
pub(crate) mod hangup;
pub(crate) mod pty;
pub(crate) mod render;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;

/// The binary, run against `data` (never the user's real data folder) with no locale, in UTC
/// so that the dates it shows do not depend on the machine's time zone, and on a fixed day so
/// that check-ins do not come due as the test suite ages ([`NOW`]).
pub(crate) fn confiance(data: &Path) -> Command {
    Command::from_std(command(data))
}

/// [`confiance`] as a plain process, for the tests that spawn, signal or kill it.
pub(crate) fn command(data: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("confiance"));
    isolated(&mut cmd, data);
    cmd
}

/// [`command`] run by `sh` after `prelude` (`umask 0`, `ulimit -f 1`…): the limits a test
/// puts on the program alone, without code between fork and exec.
pub(crate) fn in_shell(data: &Path, prelude: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{prelude}; exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("confiance"));
    isolated(&mut cmd, data);
    cmd
}

fn isolated(cmd: &mut std::process::Command, data: &Path) {
    // Never the person's own config file either: one beside the test's data folder.
    cmd.env("CONFIANCE_DATA_DIR", data)
        .env("TZ", "UTC")
        .env("CONFIANCE_CONFIG_DIR", data.with_extension("config"))
        .env_remove("CONFIANCE_LANG")
        .env_remove("CONFIANCE_CLIENT")
        .env("CONFIANCE_NOW", NOW)
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
}

/// The day the tests run on, as far as check-ins go.
pub(crate) const NOW: &str = "2026-11-27T12:00:00Z";

/// How many statements a new assessment of the built-in trust questionnaire (its newest
/// version) asks, outcome statements included.
pub(crate) fn items() -> usize {
    let catalog = confiance::questionnaire::Catalog::builtin();
    catalog.find("trust", "en").unwrap().items.len()
}

/// The 24 item ids of version 1 of the built-in questionnaire, in order.
pub(crate) fn item_ids() -> Vec<String> {
    let catalog = confiance::questionnaire::Catalog::builtin();
    // The fixtures' stored assessments were answered with version 1: a newer built-in
    // version must not change how they read or score.
    catalog
        .find_version("trust", "en", 1)
        .unwrap()
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

/// The text of a completed assessment answering every item with `value` (1-5).
pub(crate) fn assessment_text(
    id: &str,
    subject: &str,
    respondent: &str,
    completed: &str,
    value: i64,
) -> String {
    let mut text = format!(
        "schema = 1\nid = \"{id}\"\nsubject = {}\nrespondent = {}\nquestionnaire = \"trust\"\n\
         questionnaire_version = 1\nlang = \"en\"\nstarted = {completed}\ncompleted = {completed}\n",
        toml::Value::String(subject.into()),
        toml::Value::String(respondent.into()),
    );
    for item in item_ids() {
        text.push_str(&format!(
            "\n[[answers]]\nitem = \"{item}\"\nvalue = {value}\n"
        ));
    }
    text
}

/// Writes a file (creating folders) and returns its path.
pub(crate) fn write(path: PathBuf, text: &str) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

pub(crate) fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Makes a file look `secs` seconds old, as if time had passed since it was written.
pub(crate) fn age(path: &Path, secs: u64) {
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(secs))
        .unwrap();
}

/// Every file below `dir` (links not followed), sorted.
pub(crate) fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut found = vec![];
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                found.extend(files_below(&p))
            } else {
                found.push(p)
            }
        }
    }
    found.sort();
    found
}

/// Polls `done` every few milliseconds until it holds; false if `within` passed first. Tests
/// wait for what they need this way instead of sleeping a fixed time.
pub(crate) fn wait_until(within: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if done() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
