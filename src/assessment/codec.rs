//! Reading the assessment file format (schema 1): any valid TOML layout a person may write,
//! unknown keys kept aside for rewriting (see `write` for the canonical layout).

use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};
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
    "side",
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
    side: Option<Spanned<String>>,
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
    pub side: Option<std::ops::Range<usize>>,
}

/// Parses an assessment file. Problems found without the questionnaire (syntax, types, a future
/// schema, a bad id or datetime, an answer with neither value nor skip) come back located.
pub fn from_toml(text: &str) -> Result<(Assessment, Spans), Diagnostic> {
    // The text is parsed once, into a table that keeps every span; the schema and the keys
    // this version does not know are read from it, then the same table is deserialized.
    let document = DeTable::parse(text).map_err(|e| Diagnostic::from_toml(text, &e))?;
    check_schema(text, document.get_ref())?;
    let unknown = Unknown::of(document.get_ref());
    let raw = Raw::deserialize(toml::de::Deserializer::from(document))
        .map_err(|e| Diagnostic::from_toml(text, &e))?;
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

    let mut spans = Spans {
        questionnaire: Some(raw.questionnaire.span()),
        lang: Some(raw.lang.span()),
        side: raw.side.as_ref().map(Spanned::span),
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
        let extra = unknown.answers.get(index).cloned().unwrap_or_default();
        answers.push(Answer {
            item: raw_answer.item.into_inner(),
            response,
            note: raw_answer.note,
            extra: extra.into(),
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
            let extra = unknown.previous_intention.clone();
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
        side: raw.side.map(Spanned::into_inner),
        lang: raw.lang.into_inner(),
        started,
        completed,
        note: raw.note,
        intention: raw.intention,
        previous_intention,
        answers,
        extra: unknown.top,
    };
    Ok((assessment, spans))
}

/// What is wrong with the date of `key`.
pub(super) fn bad_time(key: &str, why: &str) -> String {
    fill(DiagContent::now().bad_time, &[("key", &key), ("why", &why)])
}

fn check_schema(text: &str, table: &DeTable) -> Result<(), Diagnostic> {
    match entry(table, "schema").map(owned) {
        None => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(DiagContent::now().missing_schema, &[("schema", &SCHEMA)]),
        )),
        Some(Some(Value::Integer(n))) if n > SCHEMA => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(
                DiagContent::now().newer_schema,
                &[("n", &n), ("schema", &SCHEMA)],
            ),
        )),
        Some(Some(Value::Integer(n))) if n == SCHEMA => Ok(()),
        Some(_) => Err(Diagnostic::at(
            text,
            Some(0..0),
            fill(DiagContent::now().schema_integer, &[("schema", &SCHEMA)]),
        )),
    }
}

/// The keys of a file this version does not know, kept to be written back unchanged.
#[derive(Default)]
struct Unknown {
    top: Table,
    answers: Vec<Table>,
    previous_intention: Table,
}

impl Unknown {
    fn of(document: &DeTable) -> Self {
        let answers = match entry(document, "answers").map(Spanned::get_ref) {
            Some(DeValue::Array(list)) => list
                .iter()
                .map(|a| match a.get_ref() {
                    DeValue::Table(t) => unknown_keys(t, ANSWER_KEYS),
                    _ => Table::new(),
                })
                .collect(),
            _ => vec![],
        };
        let previous_intention = match entry(document, "previous_intention").map(Spanned::get_ref) {
            Some(DeValue::Table(t)) => unknown_keys(t, PREVIOUS_KEYS),
            _ => Table::new(),
        };
        Self {
            top: unknown_keys(document, TOP_KEYS),
            answers,
            previous_intention,
        }
    }
}

/// The value of `key` in a parsed table.
fn entry<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(_, v)| v)
}

/// A parsed value as an owned TOML value (only for the rare keys kept as they are).
fn owned(value: &Spanned<DeValue>) -> Option<Value> {
    Value::deserialize(ValueDeserializer::from(value.clone())).ok()
}

fn unknown_keys(table: &DeTable, known: &[&str]) -> Table {
    table
        .iter()
        .filter(|(k, _)| !known.contains(&k.get_ref().as_ref()))
        .filter_map(|(k, v)| Some((k.get_ref().to_string(), owned(v)?)))
        .collect()
}
