//! A group's form: answered by several people, each answer filed once, never shown alone, and
//! no number at all below three answers.

use serde_json::Value;

use super::{Invited, answer_toml, block, everything, invited_from, trust_items};
use crate::common::{confiance, stdout};

/// `invite 'Team Atlas' --group Team --count 4`, and what it made.
fn invite_group(data: &std::path::Path) -> Invited {
    let form = data.with_extension("group.html");
    confiance(data)
        .args([
            "--me", "Sam", "invite", "Sam", "--group", "Team", "--count", "4", "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    let invited = invited_from(std::fs::read_to_string(&form).unwrap());
    // A group's form draws its own answer id each time it is filled.
    assert!(invited.html.contains("\"group\":true"), "a group's form");
    invited
}

/// One member's answer: every statement `value` (reversed ones the other way), a note.
fn member(invited: &Invited, answer_id: &str, value: i64, note: &str) -> String {
    let catalog = confiance::questionnaire::Catalog::builtin();
    let q = catalog.find("trust", "en").unwrap();
    let answers: Vec<(&str, Option<i64>, &str)> = q
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let v = if item.reverse { 6 - value } else { value };
            (item.id.as_str(), Some(v), if i == 0 { note } else { "" })
        })
        .collect();
    answer_toml(invited, answer_id, &answers)
}

fn group_json(data: &std::path::Path) -> Value {
    serde_json::from_str(&stdout(
        confiance(data).args(["show", "Sam", "--group", "Team", "--format", "json"]),
    ))
    .unwrap()
}

#[test]
fn a_groups_answers_are_shown_together_and_only_from_three() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite_group(&data);
    assert_eq!(trust_items().len(), 29);
    for (id, value, note) in [("m1", 5, "Sam listens"), ("m2", 2, "Too many meetings")] {
        let said = stdout(
            confiance(&data)
                .arg("receive")
                .write_stdin(block(&member(&invited, id, value, note))),
        );
        assert!(
            said.contains("Filed one answer of Team about “Sam”"),
            "{said}"
        );
    }
    // Two answers: nothing but the count, in every mode.
    let json = group_json(&data);
    assert_eq!(json["withheld"], true);
    assert_eq!(json["answers"], 2);
    assert_eq!(json["minimum"], 3);
    assert_eq!(json["dimensions"], Value::Array(vec![]));
    assert_eq!(json["overall"], Value::Null);
    assert_eq!(json["notes"], Value::Array(vec![]));
    let text = stdout(confiance(&data).args(["show", "Sam", "--group", "Team"]));
    assert!(
        text.contains("3 answers are needed before the group's view is shown; 2 so far."),
        "{text}"
    );
    assert!(!text.contains("Sam listens"), "{text}");
    let compared = stdout(confiance(&data).args(["compare", "Sam", "--group", "Team"]));
    assert!(compared.contains("3 answers are needed"), "{compared}");
    let trend =
        stdout(confiance(&data).args(["trend", "Sam", "--group", "Team", "--format", "json"]));
    assert!(
        trend.contains("\"withheld\": true") && !trend.contains("median"),
        "{trend}"
    );
    // No ordinary view ever shows one of them.
    let list = stdout(confiance(&data).args(["list", "--format", "json"]));
    assert!(!list.contains("Team"), "{list}");
    let out = confiance(&data).args(["show", "Sam"]).output().unwrap();
    assert!(!out.status.success(), "no assessment of Sam to show alone");

    // The third answer opens the view: medians, spreads, counts, notes without order.
    confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&invited, "m3", 4, "Clear goals")))
        .assert()
        .success();
    let json = group_json(&data);
    assert_eq!(json["withheld"], false);
    let first = &json["dimensions"][0];
    assert_eq!(
        (
            first["median"].as_f64(),
            first["low"].as_f64(),
            first["high"].as_f64()
        ),
        (Some(75.0), Some(25.0), Some(100.0))
    );
    assert_eq!(first["answered"], 3);
    assert_eq!(
        json["statements"][0]["counts"],
        serde_json::json!([0, 1, 0, 1, 1])
    );
    // Sorted: their order says nothing of who wrote them (each answer's whole note too).
    assert_eq!(
        json["notes"],
        serde_json::json!([
            "Clear goals",
            "Sam listens",
            "Thanks for asking",
            "Thanks for asking",
            "Thanks for asking",
            "Too many meetings"
        ])
    );
    let text = stdout(confiance(&data).args(["show", "Sam", "--group", "Team"]));
    assert!(text.contains("Median"), "{text}");
    // A higher minimum in the config file withholds it again; a lower one is refused.
    confiance(&data)
        .args(["config", "set", "group_minimum", "4"])
        .assert()
        .success();
    assert_eq!(group_json(&data)["withheld"], true);
    confiance(&data)
        .args(["config", "unset", "group_minimum"])
        .assert()
        .success();
    let out = confiance(&data)
        .args(["config", "set", "group_minimum", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    // A member's corrected filling is no second member: refused unless --replace, and the
    // count stays.
    let out = confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&invited, "m3", 2, "Clear goals")))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    stdout(
        confiance(&data)
            .args(["receive", "--replace"])
            .write_stdin(block(&member(&invited, "m3", 2, "Clear goals"))),
    );
    assert_eq!(group_json(&data)["answers"], 3, "still three answers");
    assert_eq!(
        group_json(&data)["statements"][0]["counts"],
        serde_json::json!([0, 2, 0, 0, 1]),
        "the corrected answer counts, the first is kept aside"
    );
    stdout(
        confiance(&data)
            .args(["receive", "--replace"])
            .write_stdin(block(&member(&invited, "m3", 4, "Clear goals"))),
    );
    let kept: Vec<_> = std::fs::read_dir(data.join("groups").join(&invited.id))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".toml.replaced"))
        .collect();
    assert_eq!(
        kept.len(),
        2,
        "each version kept aside, none overwritten: {kept:?}"
    );

    // The same answer twice is filed once; a fifth answer to a group of four is refused.
    let before = everything(&data);
    let said = stdout(confiance(&data).arg("receive").write_stdin(block(&member(
        &invited,
        "m3",
        4,
        "Clear goals",
    ))));
    assert!(said.contains("already filed"), "{said}");
    assert_eq!(everything(&data), before);
    confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&invited, "m4", 3, "")))
        .assert()
        .success();
    let out = confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&invited, "m5", 3, "")))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already has all the answers"));
    let listed = super::invitations(&data);
    assert_eq!(listed[0]["state"], "answered");
    assert_eq!(listed[0]["group"], "Team");
    assert_eq!(listed[0]["answers"], 4);

    // Over time: one point for this invitation, with its median and spread.
    let trend: Value = serde_json::from_str(&stdout(
        confiance(&data).args(["trend", "Sam", "--group", "Team", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(trend["points"].as_array().unwrap().len(), 1);
    assert_eq!(trend["points"][0]["answers"], 4);
    assert_eq!(trend["points"][0]["withheld"], false);
    assert!(
        trend["points"][0]["overall"]["median"].is_number(),
        "{trend}"
    );
    let text = stdout(confiance(&data).args(["trend", "Sam", "--group", "Team"]));
    assert!(text.contains("Team's view of Sam over time"), "{text}");

    // Forgetting the subject takes its invitation and every group answer with it.
    let said = stdout(confiance(&data).args(["forget", "Sam", "--yes"]));
    assert!(
        said.contains("one answer of a group") && said.contains("invitation to Team"),
        "{said}"
    );
    let left: Vec<_> = everything(&data)
        .into_iter()
        .filter(|(_, bytes)| {
            String::from_utf8_lossy(bytes).contains("Sam listens")
                || String::from_utf8_lossy(bytes).contains(&invited.id)
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(!data.join("groups").join(&invited.id).exists());
}

#[test]
fn your_view_is_set_against_the_groups_median() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let form = dir.path().join("team.html");
    confiance(&data)
        .args([
            "--me",
            "Sam",
            "invite",
            "Team Atlas",
            "--group",
            "Team Atlas",
            "--count",
            "5",
            "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    let invited = invited_from(std::fs::read_to_string(&form).unwrap());
    // Sam's own view: "agree" everywhere (reversed statements the other way): 75.
    let catalog = confiance::questionnaire::Catalog::builtin();
    let q = catalog.find("trust", "en").unwrap();
    let input: String = q
        .items
        .iter()
        .map(|i| if i.reverse { "2\n" } else { "4\n" })
        .chain(["\n"])
        .collect();
    confiance(&data)
        .args(["--me", "Sam", "assess", "Team Atlas", "--plain"])
        .write_stdin(input)
        .assert()
        .success();
    // Below three answers: withheld here too.
    for (id, value) in [("a", 2), ("b", 2)] {
        confiance(&data)
            .arg("receive")
            .write_stdin(block(&member(&invited, id, value, "")))
            .assert()
            .success();
    }
    let text = stdout(confiance(&data).args(["compare", "Team Atlas", "--group", "Team Atlas"]));
    assert!(text.contains("3 answers are needed"), "{text}");
    confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&invited, "c", 3, "")))
        .assert()
        .success();
    let text = stdout(confiance(&data).args(["compare", "Team Atlas", "--group", "Team Atlas"]));
    assert!(
        text.contains("Blind spots, where you see more trust than the group: Common language"),
        "{text}"
    );
    let json: Value = serde_json::from_str(&stdout(confiance(&data).args([
        "compare",
        "Team Atlas",
        "--group",
        "Team Atlas",
        "--format",
        "json",
    ])))
    .unwrap();
    let first = &json["gaps"][0];
    assert_eq!(
        (first["yours"].as_f64(), first["median"].as_f64()),
        (Some(75.0), Some(25.0))
    );
    assert_eq!(first["meaningful"], true);
    assert_eq!(first["gap"], 50.0);
    // The report gains the group's section, with the same numbers.
    let report = stdout(confiance(&data).args([
        "--me",
        "Sam",
        "report",
        "Team Atlas",
        "--format",
        "markdown",
    ]));
    assert!(
        report.contains("The view of Team Atlas (3 answers)"),
        "{report}"
    );
    assert!(
        report.contains(
            "Blind spots, where this view sees more trust than the group: Common language"
        ),
        "{report}"
    );
}

/// A group asked again: while the new invitation collects its answers, the view shown is the
/// last one with enough, and it is said which.
#[test]
fn a_new_invitation_still_collecting_does_not_hide_the_last_view() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = invite_group(&data);
    for (id, value) in [("m1", 5), ("m2", 4), ("m3", 2)] {
        confiance(&data)
            .arg("receive")
            .write_stdin(block(&member(&first, id, value, "")))
            .assert()
            .success();
    }
    let shown = group_json(&data);
    assert_eq!(shown["invitation"], first.id.as_str());
    // Asked again half an hour later.
    let form = data.with_extension("again.html");
    confiance(&data)
        .env("CONFIANCE_NOW", "2026-11-27T12:30:00Z")
        .args([
            "--me", "Sam", "invite", "Sam", "--group", "Team", "--count", "4", "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    let again = invited_from(std::fs::read_to_string(&form).unwrap());
    assert_ne!(again.id, first.id);
    confiance(&data)
        .arg("receive")
        .write_stdin(block(&member(&again, "n1", 3, "")))
        .assert()
        .success();
    let out = confiance(&data)
        .args(["show", "Sam", "--group", "Team", "--format", "json"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["invitation"], first.id.as_str(), "{shown}");
    assert_eq!(
        (shown["withheld"].clone(), shown["answers"].clone()),
        (false.into(), 3.into())
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("has 1 answers so far: shown is the one of"),
        "{said}"
    );
}

/// An invitation file listing more answers than its group has people is not read.
#[test]
fn a_group_listing_more_answers_than_it_asked_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite_group(&data);
    let path = data.join(format!("invitations/{}.toml", invited.id));
    let text = std::fs::read_to_string(&path).unwrap();
    let forged = text.replace(
        "answers = []",
        "answers = [\"a1\", \"a2\", \"a3\", \"a4\", \"a5\"]",
    );
    assert_ne!(forged, text, "the file lists its answers: {text}");
    std::fs::write(&path, forged).unwrap();
    let out = confiance(&data).arg("check").output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("more answers than the group it asked"),
        "{said}"
    );
    assert_eq!(out.status.code(), Some(1));
}
