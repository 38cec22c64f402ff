//! Reading the assessment file format (schema 1): any valid TOML layout a person may write,
//! unknown keys kept aside for rewriting (see `write` for the canonical layout).

use serde::Deserialize;
use toml::value::Datetime;
use toml::{Spanned, Table, Value};

use super::{Answer, Assessment, FOLLOWED_WORDS, Followed, PreviousIntention, Response};
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};
use crate::id::is_valid_id;
use crate::time::Timestamp;

/// The newest schema this version reads and writes.
pub const SCHEMA: i64 = 1;

const TOP_KEYS: &[&str] = &[
    "schema",
    "id",
    "subject",
    "respondent",
    "questionnaire",
    "questionnaire_version",
    "lang",
    "started",
    "completed",
    "note",
    "intention",
    "previous_intention",
    "answers",
];
const ANSWER_KEYS: &[&str] = &["item", "value", "skipped", "note"];
const PREVIOUS_KEYS: &[&str] = &["text", "followed"];

#[derive(Deserialize)]
struct Raw {
    id: Spanned<String>,
    subject: String,
    #[serde(default = "default_respondent")]
    respondent: String,
    questionnaire: Spanned<String>,
    questionnaire_version: u32,
    lang: Spanned<String>,
    started: Spanned<Datetime>,
    completed: Option<Spanned<Datetime>>,
    note: Option<String>,
    intention: Option<String>,
    previous_intention: Option<RawPrevious>,
    #[serde(default)]
    answers: Vec<Spanned<RawAnswer>>,
}

#[derive(Deserialize)]
struct RawPrevious {
    text: String,
    followed: Option<Spanned<String>>,
}

fn default_respondent() -> String {
    super::DEFAULT_RESPONDENT.to_string()
}

#[derive(Deserialize)]
struct RawAnswer {
    item: Spanned<String>,
    value: Option<i64>,
    skipped: Option<bool>,
    note: Option<String>,
}

/// Where each answer's parts are in the text, for later checks against the questionnaire.
#[derive(Debug, Clone, Default)]
pub struct Spans {
    pub answers: Vec<std::ops::Range<usize>>,
    pub items: Vec<std::ops::Range<usize>>,
    /// None for an assessment not read from a TOML text.
    pub questionnaire: Option<std::ops::Range<usize>>,
    pub lang: Option<std::ops::Range<usize>>,
}

/// Parses an assessment file. Problems found without the questionnaire (syntax, types, a future
/// schema, a bad id or datetime, an answer with neither value nor skip) come back located.
pub fn from_toml(text: &str) -> Result<(Assessment, Spans), Diagnostic> {
    let table: Table = toml::from_str(text).map_err(|e| Diagnostic::from_toml(text, &e))?;
    check_schema(text, &table)?;
    let raw: Raw = toml::from_str(text).map_err(|e| Diagnostic::from_toml(text, &e))?;
    let at = |span, msg: String| Diagnostic::at(text, Some(span), msg);

    if !is_valid_id(raw.id.get_ref()) {
        return Err(at(raw.id.span(), DiagContent::now().bad_id.into()));
    }
    let started = Timestamp::from_toml(raw.started.get_ref())
        .map_err(|e| at(raw.started.span(), bad_time("started", &e)))?;
    let completed = match &raw.completed {
        Some(c) => Some(
            Timestamp::from_toml(c.get_ref())
                .map_err(|e| at(c.span(), bad_time("completed", &e)))?,
        ),
        None => None,
    };
    if let (Some(c), Some(done)) = (&raw.completed, completed)
        && done < started
    {
        return Err(at(
            c.span(),
            DiagContent::now().completed_before_started.into(),
        ));
    }

    let raw_answers = table.get("answers").and_then(Value::as_array);
    let mut spans = Spans {
        questionnaire: Some(raw.questionnaire.span()),
        lang: Some(raw.lang.span()),
        ..Spans::default()
    };
    let mut answers = Vec::with_capacity(raw.answers.len());
    for (index, spanned) in raw.answers.into_iter().enumerate() {
        let span = spanned.span();
        let raw_answer = spanned.into_inner();
        let response = match (raw_answer.value, raw_answer.skipped) {
            (Some(_), Some(true)) => {
                return Err(at(span, DiagContent::now().value_and_skipped.into()));
            }
            (Some(v), _) => Response::Value(v),
            (None, Some(true)) => Response::Skipped,
            (None, _) if raw.completed.is_none() => Response::Unanswered,
            (None, _) => {
                return Err(at(span, DiagContent::now().value_or_skipped.into()));
            }
        };
        spans.answers.push(span);
        spans.items.push(raw_answer.item.span());
        let extra = raw_answers
            .and_then(|list| list.get(index))
            .and_then(Value::as_table)
            .map(|t| unknown_keys(t, ANSWER_KEYS))
            .unwrap_or_default();
        answers.push(Answer {
            item: raw_answer.item.into_inner(),
            response,
            note: raw_answer.note,
            extra,
        });
    }

    let previous_intention = match raw.previous_intention {
        None => None,
        Some(p) => {
            let followed = match &p.followed {
                None => None,
                Some(word) => Some(
                    Followed::parse(word.get_ref())
                        .ok_or_else(|| at(word.span(), FOLLOWED_WORDS.into()))?,
                ),
            };
            let extra = table
                .get("previous_intention")
                .and_then(Value::as_table)
                .map(|t| unknown_keys(t, PREVIOUS_KEYS))
                .unwrap_or_default();
            Some(PreviousIntention {
                text: p.text,
                followed,
                extra,
            })
        }
    };
    let assessment = Assessment {
        id: raw.id.into_inner(),
        subject: raw.subject,
        respondent: raw.respondent,
        questionnaire: raw.questionnaire.into_inner(),
        questionnaire_version: raw.questionnaire_version,
        lang: raw.lang.into_inner(),
        started,
        completed,
        note: raw.note,
        intention: raw.intention,
        previous_intention,
        answers,
        extra: unknown_keys(&table, TOP_KEYS),
    };
    Ok((assessment, spans))
}

/// What is wrong with the date of `key`.
pub(super) fn bad_time(key: &str, why: &str) -> String {
    fill(DiagContent::now().bad_time, &[("key", &key), ("why", &why)])
}

fn check_schema(text: &str, table: &Table) -> Result<(), Diagnostic> {
    match table.get("schema") {
        None => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(DiagContent::now().missing_schema, &[("schema", &SCHEMA)]),
        )),
        Some(Value::Integer(n)) if *n > SCHEMA => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(
                DiagContent::now().newer_schema,
                &[("n", n), ("schema", &SCHEMA)],
            ),
        )),
        Some(Value::Integer(n)) if *n == SCHEMA => Ok(()),
        Some(_) => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(DiagContent::now().schema_integer, &[("schema", &SCHEMA)]),
        )),
    }
}

fn unknown_keys(table: &Table, known: &[&str]) -> Table {
    table
        .iter()
        .filter(|(k, _)| !known.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}
