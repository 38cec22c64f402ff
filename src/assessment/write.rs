//! Writing the assessment file format (schema 1): the canonical layout, keeping unknown keys.

use toml::{Table, Value};

use super::codec::SCHEMA;
use super::{Assessment, Response};

/// The canonical text of an assessment: known keys in the documented order, then unknown keys
/// kept from the file it was read from, then the answers.
pub(crate) fn to_toml(a: &Assessment) -> String {
    let mut top = Table::new();
    top.insert("schema".into(), Value::Integer(SCHEMA));
    top.insert("id".into(), Value::String(a.id.clone()));
    top.insert("subject".into(), Value::String(a.subject.clone()));
    top.insert("respondent".into(), Value::String(a.respondent.clone()));
    top.insert(
        "questionnaire".into(),
        Value::String(a.questionnaire.clone()),
    );
    top.insert(
        "questionnaire_version".into(),
        Value::Integer(a.questionnaire_version.into()),
    );
    if let Some(side) = &a.side {
        top.insert("side".into(), Value::String(side.clone()));
    }
    top.insert("lang".into(), Value::String(a.lang.clone()));
    top.insert("started".into(), Value::Datetime(a.started.to_toml()));
    if let Some(completed) = a.completed {
        top.insert("completed".into(), Value::Datetime(completed.to_toml()));
    }
    if let Some(note) = &a.note {
        top.insert("note".into(), Value::String(note.clone()));
    }
    if let Some(intention) = &a.intention {
        top.insert("intention".into(), Value::String(intention.clone()));
    }
    if let Some(previous) = &a.previous_intention {
        let mut t = Table::new();
        t.insert("text".into(), Value::String(previous.text.clone()));
        if let Some(followed) = previous.followed {
            t.insert("followed".into(), Value::String(followed.as_str().into()));
        }
        for (k, v) in &previous.extra {
            t.entry(k.clone()).or_insert_with(|| v.clone());
        }
        top.insert("previous_intention".into(), Value::Table(t));
    }
    for (k, v) in &a.extra {
        top.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let answers = a
        .answers
        .iter()
        .map(|answer| {
            let mut t = Table::new();
            t.insert("item".into(), Value::String(answer.item.clone()));
            match answer.response {
                Response::Value(v) => t.insert("value".into(), Value::Integer(v)),
                Response::Skipped => t.insert("skipped".into(), Value::Boolean(true)),
                Response::Unanswered => None,
            };
            if let Some(note) = &answer.note {
                t.insert("note".into(), Value::String(note.clone()));
            }
            for (k, v) in &answer.extra {
                t.entry(k.clone()).or_insert_with(|| v.clone());
            }
            Value::Table(t)
        })
        .collect();
    top.insert("answers".into(), Value::Array(answers));
    // A table of plain values always serialises; failure would be a bug in the toml crate.
    toml::to_string(&top).expect("an assessment table always serialises")
}
