//! Every command whose output goes to a full disk (`> /dev/full`) says so in the words used
//! everywhere else for a full disk, fails with 1, and never shows the system's "(os error 28)".

use crate::common::*;

fn says_the_disk_is_full(data: &std::path::Path, args: &[&str], lang: &str) {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux: nothing to check against
    };
    let out = command(data)
        .args(["--lang", lang])
        .args(args)
        .stdout(full)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    let words = if lang == "fr" {
        "plus de place sur le disque"
    } else {
        "cannot write output: no space left on the disk"
    };
    assert!(err.contains(words), "{args:?}: {err}");
    assert!(!err.contains("os error"), "{args:?}: {err}");
    assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
}

#[test]
fn every_command_says_a_full_disk_in_the_same_words() {
    let dir = super::store_with_alice();
    let data = super::data(&dir);
    let commands: &[&[&str]] = &[
        &["list"],
        &["show", "Alice"],
        &["show", "Alice", "--format", "markdown"],
        &["show", "Alice", "--plain"],
        &["trend", "Alice"],
        &["compare", "Alice"],
        &["report", "Alice"],
        &["report", "Alice", "--format", "markdown"],
        &["chart", "Alice", "--kind", "radar"],
        &["chart", "Alice", "--kind", "trend"],
        &["export", "--format", "csv"],
        &["export", "--format", "json"],
        &["check"],
        &["cadence", "Alice"],
        &["config"],
        &["questionnaire", "list"],
        &["questionnaire", "show", "trust"],
        &["questionnaire", "show", "trust", "--format", "toml"],
        &["questionnaire", "new", "-"],
        &["completions", "bash"],
        &["--help"],
        &["--version"],
        &["help", "show"],
    ];
    for args in commands {
        says_the_disk_is_full(&data, args, "en");
    }
    says_the_disk_is_full(&data, &["chart", "Alice", "--kind", "radar"], "fr");
    says_the_disk_is_full(&data, &["chart", "Alice", "--kind", "trend"], "fr");
}
