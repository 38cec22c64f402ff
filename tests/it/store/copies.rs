//! A second copy of an assessment counts once wherever it lies: in another subject's folder
//! before or after the first, in a folder inside the subject's own, in the same folder read in
//! two runs. A different assessment under the same id counts twice, and `check` tells it.

use std::path::Path;

use crate::common::*;

const WHEN: &str = "2026-11-01T10:00:00Z";

/// Alice's one assessment, in her folder; its text.
fn alice(data: &Path) -> String {
    let text = assessment_text("C1", "Alice", "self", WHEN, 4);
    write(
        data.join("assessments/alice/2026-11-01T10-00-00Z-C1.toml"),
        &text,
    );
    text
}

/// How many assessments `list` counts, and how many CSV rows `export` writes.
fn counted(data: &Path) -> (String, usize) {
    let listed = stdout(confiance(data).args(["list", "--format", "json"]));
    let exported = stdout(confiance(data).args(["export", "--format", "csv"]));
    (listed, exported.lines().count())
}

#[test]
fn a_copy_counts_once_wherever_it_lies() {
    let places = [
        "assessments/zed/copy.toml", // a subject's folder walked after Alice's
        "assessments/aaa/copy.toml", // one walked before
        "assessments/alice/old/copy.toml", // inside Alice's, after her files
        "assessments/alice/0/copy.toml", // inside Alice's, before her files
        "assessments/copy.toml",     // loose in the assessments folder
    ];
    let rows_of_one = {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        alice(&data);
        counted(&data).1
    };
    for place in places {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let text = alice(&data);
        write(data.join(place), &text);
        let (listed, rows) = counted(&data);
        assert!(listed.contains("\"assessments\": 1"), "{place}: {listed}");
        assert_eq!(rows, rows_of_one, "{place}: one assessment's rows");
        let out = confiance(&data).arg("check").output().unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(report.contains("harmless duplicate"), "{place}: {report}");
    }
}

#[test]
fn many_folders_and_a_copy_far_from_the_first_still_count_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let text = alice(&data);
    for i in 0..30 {
        let id = format!("S{i}");
        write(
            data.join(format!("assessments/s{i:02}/{id}.toml")),
            &assessment_text(&id, &format!("S{i:02}"), "self", WHEN, 3),
        );
    }
    write(data.join("assessments/s29/zz-copy.toml"), &text);
    let (listed, _) = counted(&data);
    let json: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let total: u64 = json
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["assessments"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 31, "{listed}");
}

#[test]
fn one_id_for_two_assessments_in_two_subjects_folders_counts_twice_and_check_tells_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    alice(&data);
    write(
        data.join("assessments/bob/2026-11-01T10-00-00Z-C1.toml"),
        &assessment_text("C1", "Bob", "self", WHEN, 2),
    );
    let (listed, _) = counted(&data);
    let json: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2, "{listed}");
    let out = confiance(&data).arg("check").output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("conflict with"), "{report}");
}
