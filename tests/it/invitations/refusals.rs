//! Answers that must not be filed: forged, altered, cut, replayed elsewhere, late, off the
//! questionnaire, too large. Each is refused with its reason in one line, quotes nothing of
//! the answer, and changes nothing.

use super::{Invited, answer_toml, block, everything, invite, trust_items};
use crate::common::confiance;

const PLANTED: &str = "PLANTED-NOTE-7f3a";

fn answer(invited: &Invited) -> String {
    let items = trust_items();
    let answers: Vec<_> = items
        .iter()
        .map(|id| (id.as_str(), Some(3), PLANTED))
        .collect();
    answer_toml(invited, "r1", &answers)
}

/// Runs `receive` on `input` (or with `args`) and checks: exit 2, one line saying `reason`,
/// nothing of the answer quoted, nothing changed.
fn refused(data: &std::path::Path, args: &[&str], input: String, reason: &str) {
    let before = everything(data);
    let out = confiance(data)
        .arg("receive")
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{reason}: {err}");
    assert!(err.contains(reason), "wanted “{reason}” in: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(!err.contains(PLANTED), "quotes nothing: {err}");
    assert_eq!(everything(data), before, "{reason}: nothing changed");
}

#[test]
fn forged_altered_cut_and_misfit_answers_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(&data, "Alice", "Alice", &[]);
    let good = answer(&invited);

    let forged = good.replace(&invited.secret, "AAAAAAAAAAAAAAAAAAAAAA");
    refused(
        &data,
        &[],
        block(&forged),
        "does not come from the invitation's form",
    );
    let mut altered: Vec<char> = block(&good).chars().collect();
    let middle = altered.len() / 2;
    altered[middle] = if altered[middle] == 'Q' { 'R' } else { 'Q' };
    refused(
        &data,
        &[],
        altered.into_iter().collect(),
        "changed on the way",
    );
    let whole = block(&good);
    refused(
        &data,
        &[],
        whole[..whole.len() - 20].to_string(),
        "cut when copied",
    );
    let version = good.replace("questionnaire_version = 2", "questionnaire_version = 1");
    refused(
        &data,
        &[],
        block(&version),
        "another questionnaire, version",
    );
    let off = good.replacen("value = 3", "value = 6", 1);
    refused(&data, &[], block(&off), "off the scale");
    let unknown = good.replace(&invited.id, "01JF0000000000000000000000");
    refused(&data, &[], block(&unknown), "this space does not have");
    let large = good.replace(PLANTED, &"x".repeat(70_000));
    refused(&data, &[], block(&large), "larger than any answer can be");
    let long_note = good.replacen(PLANTED, &"x".repeat(70_000), 1);
    refused(&data, &[], block(&long_note), "not well formed");
    refused(
        &data,
        &[],
        "Hello, no answers here.".into(),
        "no answer found",
    );
    // Late: after the invitation's 30 days.
    let out = confiance(&data)
        .env("CONFIANCE_NOW", "2027-03-01T00:00:00Z")
        .arg("receive")
        .write_stdin(block(&good))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--accept-late"));
    confiance(&data)
        .env("CONFIANCE_NOW", "2027-03-01T00:00:00Z")
        .args(["receive", "--accept-late"])
        .write_stdin(block(&good))
        .assert()
        .success();
}

#[test]
fn a_closed_invitation_takes_no_answer() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(&data, "Alice", "Alice", &[]);
    confiance(&data)
        .args(["invitations", "close", &invited.id])
        .assert()
        .success();
    refused(&data, &[], block(&answer(&invited)), "is closed");
    // Reopened by its first characters: the answer is taken.
    confiance(&data)
        .args(["invitations", "reopen", &invited.id[..8]])
        .assert()
        .success();
    confiance(&data)
        .arg("receive")
        .write_stdin(block(&answer(&invited)))
        .assert()
        .success();
}

#[test]
fn an_invitation_needs_your_name_and_someone_else() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let form = dir.path().join("f.html");
    let out = confiance(&data)
        .args(["invite", "Alice", "--respondent", "Alice", "-o"])
        .arg(&form)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("confiance config set name"));
    let out = confiance(&data)
        .args([
            "--me",
            "Claire",
            "invite",
            "Alice",
            "--respondent",
            "Claire",
            "-o",
        ])
        .arg(&form)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot invite yourself"));
    assert!(
        !form.exists() && !data.join("invitations").exists(),
        "nothing made"
    );
}

#[test]
fn check_reads_invitations_and_names_a_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(&data, "Alice", "Alice", &[]);
    let said = crate::common::stdout(confiance(&data).arg("check"));
    assert!(said.contains("1 file, no problem found"), "{said}");
    let path = data
        .join("invitations")
        .join(format!("{}.toml", invited.id));
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("lang = \"en\"", "lang = 3");
    std::fs::write(&path, text).unwrap();
    let out = confiance(&data).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&format!("{}.toml:", invited.id)), "{said}");
}

#[test]
fn an_export_says_what_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = confiance(&data)
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("invitations"));
    invite(&data, "Alice", "Alice", &[]);
    // The CSV holds scores only, and says where the rest is.
    let out = confiance(&data)
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("this CSV holds the assessments' scores only, not the invitations nor the groups' answers (a full backup is `confiance export --format json`)"),
        "{err}"
    );
    let out = confiance(&data)
        .args(["--lang", "fr", "export", "--format", "csv"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("une sauvegarde complète"), "{err}");
    // The JSON backup carries them, and says nothing.
    let out = confiance(&data)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"kind\": \"invitation\""));
}
