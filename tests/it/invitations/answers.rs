//! Answers that come back, by mail or by file, filed as the invited person's assessment.

use serde_json::Value;

use super::{answer_toml, block, everything, invitations, invite, trust_items};
use crate::common::{confiance, stdout};

/// Every statement answered: 4, except the second (don't know), the first with a note.
fn all_answered(items: &[String], value: i64) -> Vec<(&str, Option<i64>, &'static str)> {
    items
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let v = if i == 1 { None } else { Some(value) };
            (
                id.as_str(),
                v,
                if i == 0 {
                    "We use the same words now"
                } else {
                    ""
                },
            )
        })
        .collect()
}

#[test]
fn an_answer_pasted_from_a_mail_is_filed_value_by_value() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(
        &data,
        "Alice",
        "Alice",
        &["--reply-to", "claire@example.org"],
    );
    // The invitation is recorded, with the secret's digest only.
    let recorded = std::fs::read_to_string(
        data.join("invitations")
            .join(format!("{}.toml", invited.id)),
    )
    .unwrap();
    assert!(recorded.contains("secret_digest = \"sha256:"), "{recorded}");
    assert!(!recorded.contains(&invited.secret), "{recorded}");
    assert!(invited.html.contains("Claire"), "the form names who asks");
    assert_eq!(invitations(&data)[0]["state"], "open");

    let items = trust_items();
    let answer = answer_toml(&invited, "first", &all_answered(&items, 4));
    // A reply that quotes the block, as a mail program does.
    let quoted: String = block(&answer).lines().map(|l| format!("> {l}\n")).collect();
    let mail = format!("Subject: Re: confiance\n\nHere you are.\n\n{quoted}\n-- \nAlice\n");
    let said = stdout(confiance(&data).arg("receive").write_stdin(mail.clone()));
    assert!(
        said.contains("Filed Alice's view of the relationship “Alice” (28 answered, 1 don't know)"),
        "{said}"
    );

    let shown: Value = serde_json::from_str(&stdout(confiance(&data).args([
        "show",
        "Alice",
        "--respondent",
        "Alice",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(shown["respondent"], "Alice");
    assert_eq!(shown["questionnaire_version"], 2);
    assert_eq!(shown["note"], "Thanks for asking");
    let stored = std::fs::read_dir(data.join("assessments").join("alice"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .next()
        .unwrap();
    assert!(
        stored.contains(&format!("from_invitation = \"{}\"", invited.id)),
        "{stored}"
    );
    let (a, _) = confiance::assessment::from_toml(&stored).unwrap();
    for (answer, (item, value, note)) in a.answers.iter().zip(all_answered(&items, 4)) {
        assert_eq!(answer.item, item);
        assert_eq!(answer.value(), value, "{item}");
        assert_eq!(answer.note.as_deref().unwrap_or(""), note);
    }
    assert_eq!(invitations(&data)[0]["state"], "answered");

    // The same mail again files nothing new.
    let before = everything(&data);
    let said = stdout(confiance(&data).arg("receive").write_stdin(mail));
    assert!(said.contains("was already filed"), "{said}");
    assert_eq!(everything(&data), before);

    // The same filling finished again after a change is a correction: refused unless
    // --replace, never a second answer.
    let corrected = answer_toml(&invited, "first", &all_answered(&items, 3));
    let out = confiance(&data)
        .arg("receive")
        .write_stdin(block(&corrected))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("a corrected version of an answer already filed"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(everything(&data), before);

    // Another answer to a one-person invitation is refused, unless --replace.
    let second = answer_toml(&invited, "second", &all_answered(&items, 2));
    let out = confiance(&data)
        .arg("receive")
        .write_stdin(block(&second))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already answered"));
    assert_eq!(everything(&data), before);
    let said = stdout(
        confiance(&data)
            .args(["receive", "--replace"])
            .write_stdin(block(&second)),
    );
    assert!(
        said.contains("The earlier answer is kept beside it"),
        "{said}"
    );
    let kept: Vec<_> = std::fs::read_dir(data.join("assessments").join("alice"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        kept.iter()
            .filter(|n| n.ends_with(".toml.replaced"))
            .count(),
        1,
        "{kept:?}"
    );
    assert_eq!(
        kept.iter().filter(|n| n.ends_with(".toml")).count(),
        1,
        "{kept:?}"
    );
    let list = stdout(confiance(&data).args(["list", "--format", "json"]));
    assert!(
        list.contains("\"assessments\": 1") || list.contains("\"count\": 1"),
        "{list}"
    );
}

#[test]
fn an_answer_file_is_imported_and_the_form_can_be_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(&data, "Team Atlas", "Marc", &[]);
    let again = dir.path().join("again.html");
    confiance(&data)
        .args([
            "invite",
            "--again",
            &invited.id,
            "-o",
            again.to_str().unwrap(),
        ])
        .assert()
        .success();
    let again = std::fs::read_to_string(again).unwrap();
    assert!(again.contains(&invited.secret), "same secret");
    assert_eq!(
        invitations(&data).as_array().unwrap().len(),
        1,
        "no second invitation"
    );

    let file = dir.path().join("team-atlas-marc.confiance-answer.toml");
    std::fs::write(
        &file,
        answer_toml(&invited, "x1", &all_answered(&trust_items(), 5)),
    )
    .unwrap();
    let said = stdout(confiance(&data).arg("import").arg(&file));
    assert!(
        said.contains("Filed Marc's view of the relationship “Team Atlas”"),
        "{said}"
    );
    let list = stdout(confiance(&data).args(["show", "Team Atlas", "--respondent", "Marc"]));
    assert!(list.contains("Marc"), "{list}");
}

#[test]
fn due_lists_invitations_near_their_end() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    invite(&data, "Alice", "Alice", &["--expires", "2"]);
    invite(&data, "Bob", "Bob", &["--expires", "20"]);
    let said = stdout(confiance(&data).arg("due"));
    assert!(
        said.contains("Awaiting Alice's answers about Alice until"),
        "{said}"
    );
    assert!(!said.contains("Bob"), "{said}");
    let json: Value =
        serde_json::from_str(&stdout(confiance(&data).args(["due", "--format", "json"]))).unwrap();
    assert_eq!(json[0]["kind"], "invitation");
    assert_eq!(json[0]["respondent"], "Alice");
}

#[test]
fn home_says_whose_answers_are_awaited() {
    use crate::common::fixtures::{filled_data, home};
    use crate::common::render::render;
    let mut data = filled_data();
    data.waiting = vec![
        ("Team Atlas".into(), "Marc".into()),
        ("Alice".into(), "Alice".into()),
    ];
    let app = home(data, confiance::tui::theme::Theme::mono());
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("Waiting for answers: Marc about Team Atlas, Alice about Alice"),
        "{screen}"
    );
    // On a short screen the lists keep the room.
    assert!(!render(&app, 80, 9).contains("Waiting for answers"));
}

#[test]
fn in_a_clients_space_the_coach_asks_about_the_clients_relationship() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let form = dir.path().join("paul.html");
    confiance(&data)
        .args([
            "--me",
            "Claire",
            "--client",
            "Marie",
            "invite",
            "Paul",
            "--respondent",
            "Paul",
            "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    let html = std::fs::read_to_string(&form).unwrap();
    // From the coach, who gets the answers; the statements speak of the client.
    assert!(html.contains("<dt>From</dt><dd>Claire</dd>"), "{html}");
    assert!(html.contains("Marie"), "the statements name the client");
    assert!(
        html.contains("a message for Claire"),
        "answers go back to the coach"
    );
}
