//! Answers checked against their invitation: what is filed, and each refusal.

use super::*;
use crate::invitation::record::{Who, tests::sample};
use crate::invitation::secret;
use crate::questionnaire::Catalog;

const SECRET: &str = "s3cret";

fn trust() -> std::sync::Arc<Questionnaire> {
    Catalog::builtin()
        .find_version("trust", "fr", 2)
        .unwrap()
        .clone()
}

fn invitation() -> Invitation {
    let mut i = sample(Who::Person("Marc".into()));
    i.secret_digest = secret::digest(SECRET);
    i
}

/// An answer to the sample invitation: every statement `value`, the first with a note.
fn answer_text(value: i64) -> String {
    let mut text = format!(
        "confiance_answer = 1\ninvitation = \"01JEINVITE0000000000000000\"\nsecret = \"{SECRET}\"\n\
         answer_id = \"r4nd0m\"\nquestionnaire = \"trust\"\nquestionnaire_version = 2\nlang = \"fr\"\n\
         started = 2026-12-02T09:00:00Z\ncompleted = 2026-12-02T09:12:00Z\nnote = \"merci\"\n"
    );
    for (i, item) in trust().items.iter().enumerate() {
        text.push_str(&format!("\n[[answers]]\nitem = \"{}\"\n", item.id));
        if i == 1 {
            text.push_str("skipped = true\n");
        } else {
            text.push_str(&format!("value = {value}\n"));
        }
        if i == 0 {
            text.push_str("note = \"une note\"\n");
        }
    }
    text
}

fn now() -> Timestamp {
    Timestamp::parse("2026-12-03T00:00:00Z").unwrap()
}

fn check(text: &str, invitation: &Invitation, allow: Allow) -> Result<Assessment, Refusal> {
    parse(text)?.check(invitation, &trust(), now(), allow)
}

#[test]
fn a_good_answer_becomes_the_invited_persons_assessment() {
    let a = check(&answer_text(4), &invitation(), Allow::default()).unwrap();
    assert_eq!(a.subject, "Marc \"le chef\"");
    assert_eq!(a.respondent, "Marc");
    assert_eq!(
        (a.questionnaire.as_str(), a.questionnaire_version),
        ("trust", 2)
    );
    assert_eq!(a.answers.len(), trust().items.len());
    assert_eq!(a.answers[0].response, Response::Value(4));
    assert_eq!(a.answers[0].note.as_deref(), Some("une note"));
    assert_eq!(a.answers[1].response, Response::Skipped);
    assert_eq!(a.note.as_deref(), Some("merci"));
    assert_eq!(
        a.extra["from_invitation"].as_str(),
        Some("01JEINVITE0000000000000000")
    );
    assert!(crate::id::is_valid_id(&a.id));
    // The same answer makes the same assessment: filing it twice finds it there.
    let again = check(&answer_text(4), &invitation(), Allow::default()).unwrap();
    assert_eq!(again.id, a.id);
    // The assessment reads back as any other.
    let text = crate::assessment::to_toml(&a);
    let (read, _) = crate::assessment::from_toml(&text).unwrap();
    assert_eq!(read, a);
}

#[test]
fn forged_altered_or_misfit_answers_are_refused_with_their_reason() {
    let i = invitation();
    let good = answer_text(4);
    let cases = [
        (good.replace(SECRET, "guessed"), Refusal::WrongSecret),
        (
            good.replace("questionnaire_version = 2", "questionnaire_version = 1"),
            Refusal::WrongQuestionnaire,
        ),
        (
            good.replace("lang = \"fr\"", "lang = \"en\""),
            Refusal::WrongQuestionnaire,
        ),
        (good.replace("value = 4", "value = 9"), Refusal::OffScale),
        (
            good.replacen("skipped = true", "skipped = true\nvalue = 3", 1),
            Refusal::OffScale,
        ),
        (
            format!("{good}\n[[answers]]\nitem = \"nope\"\nvalue = 3\n"),
            Refusal::OffScale,
        ),
        (
            good.replace(
                "completed = 2026-12-02T09:12:00Z",
                "completed = 2026-12-01T09:12:00Z",
            ),
            Refusal::Malformed,
        ),
        (
            good.replace("answer_id = \"r4nd0m\"", "answer_id = \"../x\""),
            Refusal::Malformed,
        ),
        (
            good.replace("confiance_answer = 1", "confiance_answer = 2"),
            Refusal::NotAnAnswer,
        ),
        (
            good.replace("note = \"merci\"", "evil = true"),
            Refusal::NotAnAnswer,
        ),
        (good[..good.len() / 2].to_string(), Refusal::NotAnAnswer),
        ("x".repeat(MAX_ANSWER_BYTES + 1), Refusal::TooLarge),
    ];
    for (text, refusal) in cases {
        assert_eq!(check(&text, &i, Allow::default()).unwrap_err(), refusal);
    }
}

#[test]
fn late_closed_and_second_answers_need_leave() {
    let mut i = invitation();
    i.expires = Timestamp::parse("2026-12-02T23:00:00Z").unwrap();
    let good = answer_text(4);
    assert_eq!(
        check(&good, &i, Allow::default()).unwrap_err(),
        Refusal::Expired(i.expires)
    );
    let late = Allow {
        late: true,
        ..Allow::default()
    };
    assert!(check(&good, &i, late).is_ok());
    let mut i = invitation();
    i.answers.push("an-earlier-one".into());
    assert_eq!(
        check(&good, &i, Allow::default()).unwrap_err(),
        Refusal::AlreadyAnswered
    );
    let replace = Allow {
        replace: true,
        ..Allow::default()
    };
    assert!(check(&good, &i, replace).is_ok());
    i.answers = vec!["r4nd0m".into()];
    assert!(
        check(&good, &i, Allow::default()).is_ok(),
        "the same answer again"
    );
    i.closed = true;
    assert_eq!(check(&good, &i, replace).unwrap_err(), Refusal::Closed);
}

#[test]
fn answer_files_are_told_from_assessments() {
    assert!(looks_like_answer(&answer_text(3)));
    assert!(looks_like_answer(
        "# from the form\n\nconfiance_answer = 1\n"
    ));
    assert!(!looks_like_answer("schema = 1\nid = \"x\"\n"));
}
