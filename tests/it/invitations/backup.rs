//! The JSON backup: `export --format json` carries the invitations and the groups' answers
//! after the assessments, marked by their `"kind"`, and `import` into an empty data folder
//! gives the whole space back; what does not fit is refused, writing nothing.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Invited, answer_toml, block, everything, invitations, invite, invited_from};
use crate::common::{confiance, stdout};

/// Every statement of the trust questionnaire answered `value` (reversed ones the other way).
fn answered(value: i64) -> Vec<(String, Option<i64>)> {
    let catalog = confiance::questionnaire::Catalog::builtin();
    let q = catalog.find("trust", "en").unwrap();
    q.items
        .iter()
        .map(|item| {
            let v = if item.reverse { 6 - value } else { value };
            (item.id.clone(), Some(v))
        })
        .collect()
}

fn answer_of(invited: &Invited, answer_id: &str, value: i64) -> String {
    let answers = answered(value);
    let list: Vec<(&str, Option<i64>, &str)> = answers
        .iter()
        .map(|(item, v)| (item.as_str(), *v, ""))
        .collect();
    answer_toml(invited, answer_id, &list)
}

/// `invite Atlas --group Team --count 4`.
fn invite_group(data: &Path) -> Invited {
    let form = data.with_extension("group.html");
    confiance(data)
        .args([
            "--me", "Claire", "invite", "Atlas", "--group", "Team", "--count", "4", "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    invited_from(std::fs::read_to_string(&form).unwrap())
}

/// A space with one person's invitation answered, one still open, and a group's invitation
/// with three answers: the open one's answer block, still to come.
fn space(data: &Path) -> String {
    let alice = invite(data, "Alice", "Alice", &[]);
    confiance(data)
        .arg("receive")
        .write_stdin(block(&answer_of(&alice, "alice1", 4)))
        .assert()
        .success();
    let bob = invite(data, "Bob", "Bob", &[]);
    let team = invite_group(data);
    for (id, value) in [("m1", 5), ("m2", 2), ("m3", 4)] {
        confiance(data)
            .arg("receive")
            .write_stdin(block(&answer_of(&team, id, value)))
            .assert()
            .success();
    }
    block(&answer_of(&bob, "bob1", 3))
}

/// `export --format json -o FILE` of `data`, and the file read.
fn export(data: &Path, file: &Path) -> Value {
    let out = confiance(data)
        .args(["export", "--format", "json", "-o"])
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("CSV"), "no warning: {err}");
    assert!(
        err.contains("The backup also holds the invitations (3) and the groups' answers (3)."),
        "{err}"
    );
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

fn group_view(data: &Path) -> Value {
    serde_json::from_str(&stdout(
        confiance(data).args(["show", "Atlas", "--group", "Team", "--format", "json"]),
    ))
    .unwrap()
}

/// Where the invitation of `who` (a person, or the group's label) is in `backup`.
fn invitation_at(backup: &Value, who: &str) -> usize {
    backup
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["kind"] == "invitation" && (e["respondent"] == who || e["group"] == who))
        .unwrap()
}

/// The id of the invitation of `who`, as `invitations --format json` lists it.
fn invitation_id(data: &Path, who: &str) -> String {
    let listed = invitations(data);
    let found = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["respondent"] == who)
        .unwrap_or_else(|| panic!("{who} in {listed}"));
    found["id"].as_str().unwrap().to_string()
}

fn state_of(data: &Path, who: &str) -> Value {
    let listed = invitations(data);
    listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["respondent"] == who)
        .unwrap()["state"]
        .clone()
}

fn kinds(backup: &Value) -> Vec<&str> {
    backup
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or("assessment"))
        .collect()
}

#[test]
fn a_json_backup_gives_the_whole_space_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let bobs_answer = space(&data);
    let file = dir.path().join("backup.json");
    let backup = export(&data, &file);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "private");
    // The assessments first, as they always were; then what is marked.
    assert_eq!(
        kinds(&backup),
        [
            "assessment",
            "invitation",
            "invitation",
            "invitation",
            "group_answer",
            "group_answer",
            "group_answer"
        ]
    );
    let team = &backup[invitation_at(&backup, "Team")];
    assert_eq!(
        (team["group"].as_str(), team["count"].as_i64()),
        (Some("Team"), Some(4))
    );
    assert!(
        team["secret_digest"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    assert_eq!(backup[4]["invitation"], team["id"]);
    assert_eq!(backup[4]["respondent"], "Team");
    assert!(backup[4]["answers"].as_array().unwrap().len() > 20);

    // Into an empty data folder: everything back.
    let moved = dir.path().join("moved");
    let said = stdout(confiance(&moved).arg("import").arg(&file));
    assert_eq!(said.matches("restored: ").count(), 6, "{said}");
    assert!(said.contains("one answer of Team about Atlas"), "{said}");
    assert_eq!(invitations(&moved), invitations(&data));
    assert_eq!(group_view(&moved), group_view(&data));
    assert_eq!(group_view(&moved)["withheld"], false);
    let again = dir.path().join("again.json");
    assert_eq!(export(&moved, &again), backup, "exported identically");

    // Twice: already there, nothing changed.
    let before = everything(&moved);
    let out = confiance(&moved)
        .args(["-v", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches("already there: ").count(), 7, "{said}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("invitations: 0 restored, 3 already there, 0 refused; groups' answers: 0 restored, 3 already there, 0 refused"),
        "{err}"
    );
    assert_eq!(everything(&moved), before);

    // The answer still on its way is taken in the new folder: the secret's digest came along.
    let said = stdout(confiance(&moved).arg("receive").write_stdin(bobs_answer));
    assert!(said.contains("Filed Bob's view"), "{said}");
    assert_eq!(state_of(&moved, "Bob"), "answered");

    // Its form cannot be written again there: the key its secret came from stayed behind.
    let bob = invitation_id(&data, "Bob");
    let form = dir.path().join("bob-again.html");
    let before = everything(&moved);
    let out = confiance(&moved)
        .args(["invite", "--again", &bob, "-o"])
        .arg(&form)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("was made in another data folder")
            && err.contains("the forms already sent still work")
            && err.contains("a new form needs a new invitation"),
        "{err}"
    );
    assert!(!form.exists());
    let key = moved.join("invitations").join("forms.key");
    let after: Vec<_> = everything(&moved)
        .into_iter()
        .filter(|(p, _)| *p != key)
        .collect();
    assert_eq!(after, before, "nothing written but the folder's own key");
    let fr = confiance(&moved)
        .args(["--lang", "fr", "invite", "--again", &bob, "-o"])
        .arg(&form)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&fr.stderr)
            .contains("a été faite dans un autre dossier de données"),
        "{fr:?}"
    );
    // Where it was made, it still can.
    confiance(&data)
        .args(["invite", "--again", &bob, "-o"])
        .arg(&form)
        .assert()
        .success();
}

/// `import FILE` of `backup` (written to FILE) into `data`: it fails with 2, names the file and
/// `element`, and changes no file.
fn refused(data: &Path, file: &PathBuf, backup: &Value, element: usize, why: &str) {
    std::fs::write(file, backup.to_string()).unwrap();
    let before = everything(data);
    let out = confiance(data).arg("import").arg(file).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let place = format!("{}", file.display());
    assert!(err.contains(&place), "names the file: {err}");
    assert!(err.contains(&format!("element #{element}: ")), "{err}");
    assert!(err.contains(why), "{err}");
    assert_eq!(everything(data), before, "nothing written");
}

#[test]
fn what_does_not_fit_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    space(&data);
    let backup = export(&data, &dir.path().join("backup.json"));
    let file = dir.path().join("tampered.json");
    let empty = dir.path().join("empty");

    // A group's answer off the scale.
    let mut off = backup.clone();
    off[5]["answers"][0]["value"] = 9.into();
    refused(
        &empty,
        &file,
        &off,
        6,
        "an answer of a group that its questionnaire refuses",
    );
    // A group's answer whose invitation is neither in the space nor in the file.
    let mut orphan = backup.clone();
    orphan
        .as_array_mut()
        .unwrap()
        .remove(invitation_at(&backup, "Team"));
    refused(
        &empty,
        &file,
        &orphan,
        4,
        "is neither in this space nor in the file",
    );
    // A group's answer that its invitation does not count.
    let mut stranger = backup.clone();
    stranger[6]["id"] = "01JF0000000000000000000000".into();
    refused(&empty, &file, &stranger, 7, "does not count");
    // A kind this version does not know.
    let mut newer = backup.clone();
    newer
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"kind": "reminder"}));
    refused(&empty, &file, &newer, 8, "is not one this version knows");
    assert!(everything(&empty).is_empty(), "nothing at all");

    // An invitation that differs from the one the space has, by one day.
    let full = dir.path().join("full");
    confiance(&full)
        .arg("import")
        .arg(dir.path().join("backup.json"))
        .assert()
        .success();
    let mut later = backup.clone();
    let bob = invitation_at(&backup, "Bob");
    let expires = later[bob]["expires"]
        .as_str()
        .unwrap()
        .replace("2026-12", "2026-11");
    assert_ne!(later[bob]["expires"].as_str().unwrap(), expires);
    later[bob]["expires"] = expires.into();
    refused(
        &full,
        &file,
        &later,
        bob + 1,
        "refused: this space already has invitation",
    );
    // Renaming a backup's invitations is refused whole.
    std::fs::write(&file, backup.to_string()).unwrap();
    let out = confiance(&empty)
        .args(["import", "--subject", "Other"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot take --subject nor --respondent"),
        "{out:?}"
    );
    assert!(everything(&empty).is_empty());
}

#[test]
fn a_backup_of_one_subject_carries_its_invitations_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    space(&data);
    let atlas = stdout(confiance(&data).args(["export", "--subject", "atlas", "--format", "json"]));
    let atlas: Value = serde_json::from_str(&atlas).unwrap();
    assert_eq!(
        kinds(&atlas),
        ["invitation", "group_answer", "group_answer", "group_answer"],
        "a subject asked about, not yet assessed, still has its invitations"
    );
    let alice = stdout(confiance(&data).args(["export", "--subject", "Alice", "--format", "json"]));
    let alice: Value = serde_json::from_str(&alice).unwrap();
    assert_eq!(kinds(&alice), ["assessment", "invitation"]);
    // One respondent's views are no backup.
    let mine =
        stdout(confiance(&data).args(["export", "--respondent", "Alice", "--format", "json"]));
    let mine: Value = serde_json::from_str(&mine).unwrap();
    assert_eq!(kinds(&mine), ["assessment"]);
}
