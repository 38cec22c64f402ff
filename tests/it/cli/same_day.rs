//! Two assessments of one respondent on one day are told apart by their time of day in
//! `compare` (issue 23, item 13: they read "you 42, you 75").

use crate::common::*;

#[test]
fn compare_says_the_time_of_two_views_of_one_day() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let morning = write(
        inbox.join("a.toml"),
        &assessment_text("A1", "Alice", "self", "2026-10-01T09:10:00Z", 2),
    );
    let evening = write(
        inbox.join("b.toml"),
        &assessment_text("A2", "Alice", "self", "2026-10-01T16:40:00Z", 5),
    );
    let data = dir.path().join("data");
    confiance(&data)
        .arg("import")
        .args([&morning, &evening])
        .assert()
        .success();
    for format in ["text", "markdown"] {
        let out = confiance(&data)
            .env("TZ", "UTC")
            .args(["compare", "Alice", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        for said in ["you 2026-10-01 09:10", "you 2026-10-01 16:40"] {
            assert!(text.contains(said), "{format}: {said} in\n{text}");
        }
        // The largest gaps say whose and when, each score apart from the time before it.
        assert!(
            text.contains("you (2026-10-01 09:10) "),
            "{format}:\n{text}"
        );
        assert!(
            text.contains("you (2026-10-01 16:40) "),
            "{format}:\n{text}"
        );
    }
}
