//! Reading assessments back from `export --format json`, so that a store can move as one file.

use serde::Deserialize;

use super::{Answer, Assessment, Response, SCHEMA};
use crate::id::is_valid_id;
use crate::located::Diagnostic;
use crate::time::Timestamp;

#[derive(Deserialize)]
struct JsonAssessment {
    schema: i64,
    id: String,
    subject: String,
    respondent: String,
    questionnaire: String,
    questionnaire_version: u32,
    lang: String,
    started: String,
    completed: Option<String>,
    note: Option<String>,
    answers: Vec<JsonAnswer>,
}

#[derive(Deserialize)]
struct JsonAnswer {
    item: String,
    value: Option<i64>,
    skipped: Option<bool>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    Many(Vec<JsonAssessment>),
    One(Box<JsonAssessment>),
}

/// Parses a JSON export: an array of assessments, or one. Scores in it are ignored (they are
/// recomputed). Problems are located by line and column, without quoting the text.
pub fn from_json(text: &str) -> Result<Vec<Assessment>, Diagnostic> {
    let parsed: OneOrMany = serde_json::from_str(text).map_err(|e| {
        let mut d = Diagnostic::new(crate::located::redact(&strip_position(&e.to_string())));
        d.line = Some(e.line());
        d.column = Some(e.column());
        d
    })?;
    let list = match parsed {
        OneOrMany::Many(list) => list,
        OneOrMany::One(one) => vec![*one],
    };
    list.into_iter()
        .enumerate()
        .map(|(i, j)| {
            convert(j).map_err(|m| Diagnostic::new(format!("assessment #{}: {m}", i + 1)))
        })
        .collect()
}

fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn convert(j: JsonAssessment) -> Result<Assessment, String> {
    if j.schema > SCHEMA {
        return Err(format!(
            "written by a newer version of confiance (schema {}; this version reads schema {SCHEMA})",
            j.schema
        ));
    }
    if !is_valid_id(&j.id) {
        return Err("`id` must be 1 to 64 characters of A-Z, a-z, 0-9, `_` and `-`".into());
    }
    let time = |name: &str, text: &str| {
        Timestamp::parse(text).ok_or_else(|| format!("`{name}` is not an RFC 3339 date and time"))
    };
    let answers = j
        .answers
        .into_iter()
        .map(|a| {
            let response = match (a.value, a.skipped) {
                (Some(v), None | Some(false)) => Response::Value(v),
                (None, Some(true)) => Response::Skipped,
                _ => {
                    return Err(format!(
                        "answer `{}` needs either `value` or `skipped: true`",
                        a.item
                    ));
                }
            };
            Ok(Answer {
                item: a.item,
                response,
                note: a.note,
                extra: toml::Table::new(),
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(Assessment {
        started: time("started", &j.started)?,
        completed: j
            .completed
            .as_deref()
            .map(|c| time("completed", c))
            .transpose()?,
        id: j.id,
        subject: j.subject,
        respondent: j.respondent,
        questionnaire: j.questionnaire,
        questionnaire_version: j.questionnaire_version,
        lang: j.lang,
        note: j.note,
        answers,
        extra: toml::Table::new(),
    })
}
