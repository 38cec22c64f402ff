//! What a backup (`export --format json`) holds beside the assessments, so that `import` into
//! an empty data folder gives the whole space back: each invitation, and each answer of a
//! group, as one more element of the array, after the assessments and marked by a `"kind"`
//! key (an assessment has none), so that whoever reads scores skips them:
//!
//! - `{"kind": "invitation", …}`: the keys of the invitation's file (`invitations/<id>.toml`),
//!   in the same order, its dates as RFC 3339 text;
//! - `{"kind": "group_answer", "invitation": "<id>", …}`: the answer as an assessment's export
//!   holds it (`schema`, `id`, …, `answers`, `scores`, `extra`).

use serde::Deserialize;
use serde_json::{Map, Value};

use super::record::{self, Invitation};

/// The mark of an invitation.
pub(crate) const INVITATION: &str = "invitation";
/// The mark of one answer of a group.
pub(crate) const GROUP_ANSWER: &str = "group_answer";

/// An invitation as a backup's element.
pub(crate) fn invitation_element(i: &Invitation) -> Value {
    let mut element = Map::new();
    element.insert("kind".into(), INVITATION.into());
    element.extend(record::to_json(i));
    element.into()
}

/// One answer of invitation `invitation`'s group as a backup's element; `answer` is its
/// export (`Summary::to_export_json`).
pub(crate) fn group_answer_element(invitation: &str, answer: Value) -> Value {
    let mut element = Map::new();
    element.insert("kind".into(), GROUP_ANSWER.into());
    element.insert("invitation".into(), invitation.into());
    if let Value::Object(fields) = answer {
        element.extend(fields);
    }
    element.into()
}

/// What an element of a backup is, by its mark.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// No `"kind"` (or not an object at all: the assessment's reader says what is wrong);
    /// see [`crate::assessment::is_marked`].
    Assessment,
    Invitation,
    /// One answer of the group invitation it names (a valid id).
    GroupAnswer {
        invitation: String,
    },
    /// A mark this version does not know, or a group's answer whose `"invitation"` is not an
    /// invitation's id.
    Unknown,
}

/// The mark of one element (its JSON text).
pub(crate) fn mark_of(element: &str) -> Mark {
    #[derive(Deserialize)]
    struct Marked {
        kind: Option<Value>,
        invitation: Option<Value>,
    }
    if !crate::assessment::is_marked(element) {
        return Mark::Assessment;
    }
    let Ok(marked) = serde_json::from_str::<Marked>(element) else {
        return Mark::Unknown;
    };
    match (marked.kind, marked.invitation) {
        (Some(Value::String(kind)), _) if kind == INVITATION => Mark::Invitation,
        (Some(Value::String(kind)), Some(Value::String(invitation)))
            if kind == GROUP_ANSWER && crate::id::is_valid_id(&invitation) =>
        {
            Mark::GroupAnswer { invitation }
        }
        _ => Mark::Unknown,
    }
}

/// Reads an invitation's element back.
pub(crate) fn invitation_from(element: &str) -> Result<Invitation, crate::diagnostic::Diagnostic> {
    let fields: Map<String, Value> = serde_json::from_str(element).map_err(|e| {
        crate::diagnostic::Diagnostic::new(crate::diagnostic::in_words(&crate::diagnostic::redact(
            &e.to_string(),
        )))
    })?;
    record::from_json(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invitation::record::Who;
    use crate::invitation::record::tests::sample;

    #[test]
    fn an_invitation_is_marked_and_holds_its_files_keys() {
        let mut i = sample(Who::Group {
            label: "Équipe Atlas".into(),
            count: 8,
        });
        i.answers = vec!["m1".into(), "m2".into()];
        i.closed = true;
        let element = invitation_element(&i);
        let keys: Vec<&str> = element
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "kind",
                "schema",
                "id",
                "subject",
                "group",
                "count",
                "questionnaire",
                "questionnaire_version",
                "lang",
                "invited_by",
                "created",
                "expires",
                "secret_digest",
                "reply_to",
                "closed",
                "answers"
            ]
        );
        assert_eq!(element["kind"], "invitation");
        assert_eq!(element["schema"], 1);
        assert_eq!(element["count"], 8);
        assert_eq!(element["created"], "2026-12-01T10:00:00Z");
        assert_eq!(element["answers"], serde_json::json!(["m1", "m2"]));
        assert!(
            element["secret_digest"]
                .as_str()
                .unwrap()
                .starts_with("sha256:")
        );
        let text = element.to_string();
        assert_eq!(mark_of(&text), Mark::Invitation);
        assert_eq!(invitation_from(&text).unwrap(), i, "read back whole");

        let person = sample(Who::Person("Marc".into()));
        let element = invitation_element(&person);
        assert_eq!(element["respondent"], "Marc");
        assert!(element.get("group").is_none() && element.get("closed").is_none());
        assert_eq!(invitation_from(&element.to_string()).unwrap(), person);
    }

    #[test]
    fn a_groups_answer_is_marked_with_its_invitation() {
        let answer = serde_json::json!({"schema": 1, "id": "A1", "subject": "Sam", "answers": []});
        let element = group_answer_element("01JEINVITE0000000000000000", answer);
        let keys: Vec<&str> = element
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["kind", "invitation", "schema", "id", "subject", "answers"]
        );
        assert_eq!(
            mark_of(&element.to_string()),
            Mark::GroupAnswer {
                invitation: "01JEINVITE0000000000000000".into()
            }
        );
    }

    #[test]
    fn marks_are_told_apart() {
        assert_eq!(mark_of(r#"{"id": "A1"}"#), Mark::Assessment);
        assert_eq!(
            mark_of("42"),
            Mark::Assessment,
            "the assessment's reader says why"
        );
        assert_eq!(mark_of(r#"{"kind": "note"}"#), Mark::Unknown);
        assert_eq!(mark_of(r#"{"kind": 3}"#), Mark::Unknown);
        assert_eq!(
            mark_of(r#"{"kind": "group_answer", "invitation": "../x"}"#),
            Mark::Unknown
        );
        assert_eq!(mark_of(r#"{"kind": "group_answer"}"#), Mark::Unknown);
        let unknown_key = r#"{"kind": "invitation", "schema": 1, "color": "red"}"#;
        assert!(invitation_from(unknown_key).is_err());
    }
}
