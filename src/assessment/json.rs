//! Reading assessments back from `export --format json`, so that a store can move as one file.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Answer, Assessment, FOLLOWED_WORDS, Followed, PreviousIntention, Response, SCHEMA};
use crate::diagnostic::{Diagnostic, in_words, redact};
use crate::i18n::{DiagContent, fill};
use crate::id::is_valid_id;
use crate::time::Timestamp;

#[derive(Deserialize)]
struct JsonAssessment<'a> {
    schema: i64,
    id: String,
    subject: String,
    respondent: String,
    questionnaire: String,
    questionnaire_version: u32,
    #[serde(default)]
    side: Option<String>,
    lang: String,
    started: String,
    completed: Option<String>,
    note: Option<String>,
    #[serde(default)]
    intention: Option<String>,
    #[serde(default)]
    previous_intention: Option<JsonPrevious>,
    #[serde(borrow)]
    answers: Vec<&'a RawValue>,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct JsonPrevious {
    text: String,
    followed: Option<String>,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct JsonAnswer {
    item: String,
    value: Option<i64>,
    skipped: Option<bool>,
    note: Option<String>,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// Parses a JSON export: an array of assessments, or one. Scores in it are ignored (they are
/// recomputed). Problems are located by line and column and name the assessment (`#2`) and
/// answer by position, without quoting the text.
///
/// Elements marked by a `"kind"` key (a backup's invitations and groups' answers, see
/// `invitation::backup`) are not assessments: they are left out here, for their own reader.
/// An assessment is numbered by its place among all the elements.
pub(crate) fn from_json(text: &str) -> Result<Vec<Assessment>, Diagnostic> {
    json_elements(text)?
        .into_iter()
        .enumerate()
        .filter(|(_, part)| !is_marked(part))
        .map(|(i, part)| convert(text, part, i + 1))
        .collect()
}

/// Whether an element of an export (its JSON text) is marked by a `"kind"`, as what is not an
/// assessment is; an assessment has no such key.
pub(crate) fn is_marked(part: &str) -> bool {
    #[derive(Deserialize)]
    struct Marked {
        kind: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Marked>(part).is_ok_and(|m| m.kind.is_some())
}

/// The elements of a JSON export, each as its slice of `text`: the array's, or the one object.
pub(crate) fn json_elements(text: &str) -> Result<Vec<&str>, Diagnostic> {
    // Each assessment (and answer) is kept as its slice of the text, so that a problem in it
    // can be placed; deciding array-or-object first gives a message about the real problem
    // instead of serde's "did not match any variant".
    let whole: &RawValue = serde_json::from_str(text).map_err(|e| json_error(text, text, &e))?;
    let list: Vec<&RawValue> = match whole.get().trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str(whole.get()).map_err(|e| json_error(text, text, &e))?,
        Some(b'{') => vec![whole],
        _ => {
            return Err(Diagnostic::at(
                text,
                Some(start_of(text, whole.get())..start_of(text, whole.get())),
                DiagContent::now().json_shape,
            ));
        }
    };
    Ok(list.into_iter().map(RawValue::get).collect())
}

/// Reads the `number`th element of a JSON export, `part` (a slice of `text` given by
/// [`json_elements`]), as an assessment (a group's answer is one); a problem is placed in
/// `text`. Its keys other than an assessment's (a mark) are not read.
pub(crate) fn from_json_element(
    text: &str,
    part: &str,
    number: usize,
) -> Result<Assessment, Diagnostic> {
    convert(text, part, number)
}

/// Byte offset of `part`, a slice of `text`, in `text`.
pub(crate) fn start_of(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A serde_json error in `part` (a slice of `text`), located in `text`, its values cut out.
fn json_error(text: &str, part: &str, e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    let message = message
        .find(" at line ")
        .map_or(message.as_str(), |i| &message[..i]);
    json_problem(text, part, e, in_words(&redact(message)))
}

fn json_problem(text: &str, part: &str, e: &serde_json::Error, message: String) -> Diagnostic {
    // serde_json counts lines from 1 and columns in bytes from 1 (0 before the first one).
    let line_start: usize = part
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = start_of(text, part) + line_start + e.column().saturating_sub(1);
    Diagnostic::at(text, Some(offset..offset), message)
}

fn convert(text: &str, part: &str, number: usize) -> Result<Assessment, Diagnostic> {
    let start = start_of(text, part);
    let here =
        |message: String| Diagnostic::at(text, Some(start..start), in_assessment(number, &message));
    let j: JsonAssessment = serde_json::from_str(part).map_err(|e| {
        let d = json_error(text, part, &e);
        let message = in_assessment(number, &d.message);
        Diagnostic { message, ..d }
    })?;
    if j.schema > SCHEMA {
        return Err(here(fill(
            DiagContent::now().newer_schema,
            &[("n", &j.schema), ("schema", &SCHEMA)],
        )));
    }
    if !is_valid_id(&j.id) {
        return Err(here(DiagContent::now().bad_id.into()));
    }
    let time = |name: &str, value: &str| {
        Timestamp::read(value).map_err(|why| here(super::codec::bad_time(name, &why)))
    };
    let started = time("started", &j.started)?;
    let completed = j
        .completed
        .as_deref()
        .map(|c| time("completed", c))
        .transpose()?;
    if completed.is_some_and(|c| c < started) {
        return Err(here(DiagContent::now().completed_before_started.into()));
    }
    let answers = j
        .answers
        .iter()
        .enumerate()
        .map(|(i, raw)| answer(text, raw.get(), number, i + 1))
        .collect::<Result<_, _>>()?;
    let extra = super::extra::from_json(&j.extra).map_err(here)?;
    let previous_intention = match j.previous_intention {
        None => None,
        Some(p) => Some(PreviousIntention {
            followed: match p.followed.as_deref() {
                None => None,
                Some(word) => {
                    Some(Followed::parse(word).ok_or_else(|| here(FOLLOWED_WORDS.into()))?)
                }
            },
            extra: super::extra::from_json(&p.extra).map_err(here)?,
            text: p.text,
        }),
    };
    Ok(Assessment {
        started,
        completed,
        id: j.id,
        subject: j.subject,
        respondent: j.respondent,
        questionnaire: j.questionnaire,
        questionnaire_version: j.questionnaire_version,
        side: j.side,
        lang: j.lang,
        note: j.note,
        intention: j.intention,
        previous_intention,
        answers,
        extra,
    })
}

/// A message about the `number`th assessment of an export.
fn in_assessment(number: usize, message: &str) -> String {
    fill(
        DiagContent::now().json_assessment,
        &[("number", &number), ("message", &message)],
    )
}

fn answer(text: &str, part: &str, number: usize, index: usize) -> Result<Answer, Diagnostic> {
    let in_answer = |message: &str| {
        fill(
            DiagContent::now().json_answer,
            &[
                ("number", &number),
                ("index", &index),
                ("message", &message),
            ],
        )
    };
    let a: JsonAnswer = serde_json::from_str(part).map_err(|e| {
        let d = json_error(text, part, &e);
        let message = in_answer(&d.message);
        Diagnostic { message, ..d }
    })?;
    let response = match (a.value, a.skipped) {
        (Some(v), None | Some(false)) => Response::Value(v),
        (None, Some(true)) => Response::Skipped,
        _ => {
            let start = start_of(text, part);
            return Err(Diagnostic::at(
                text,
                Some(start..start),
                in_answer(DiagContent::now().json_value_or_skipped),
            ));
        }
    };
    let extra = super::extra::from_json(&a.extra).map_err(|why| {
        let start = start_of(text, part);
        Diagnostic::at(text, Some(start..start), in_answer(&why))
    })?;
    Ok(Answer {
        item: a.item,
        response,
        note: a.note,
        extra: extra.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_the_assessment_and_answer_and_their_line() {
        let good = r#"{"schema":1,"id":"A1","subject":"s","respondent":"r","questionnaire":"trust",
"questionnaire_version":1,"lang":"en","started":"2026-01-01T00:00:00Z",
"completed":"2026-01-01T00:10:00Z","answers":[{"item":"x","value":3}]}"#;
        assert_eq!(from_json(good).unwrap().len(), 1);
        let no_subject = good.replace(r#""subject":"s","#, "");
        let text = format!("[\n{good},\n{no_subject}\n]");
        let d = from_json(&text).unwrap_err();
        assert!(
            d.message.contains("assessment #2: missing field `subject`"),
            "{d:?}"
        );
        assert_eq!(d.line, Some(7), "{d:?}");

        let secret = good.replace(r#""value":3"#, r#""value":"my \"secret\" note""#);
        let d = from_json(&secret).unwrap_err();
        assert!(d.message.starts_with("assessment #1, answer 1:"), "{d:?}");
        assert!(!d.message.contains("secret"), "{d:?}");
        assert_eq!(d.line, Some(3), "{d:?}");

        let neither = good.replace(r#""value":3"#, r#""note":"private""#);
        let d = from_json(&neither).unwrap_err();
        assert_eq!(
            d.message,
            "assessment #1, answer 1: needs either `value` or `skipped: true`"
        );
        assert!(from_json("42").unwrap_err().message.contains("an array"));
    }

    #[test]
    fn marked_elements_are_left_to_their_reader() {
        let good = r#"{"schema":1,"id":"A1","subject":"s","respondent":"r","questionnaire":"trust",
"questionnaire_version":1,"lang":"en","started":"2026-01-01T00:00:00Z",
"completed":"2026-01-01T00:10:00Z","answers":[]}"#;
        let marked = r#"{"kind":"invitation","id":"I1"}"#;
        let text = format!("[{marked},\n{good},\n{{\"kind\":\"group_answer\"}}]");
        let list = from_json(&text).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].id, "A1");
        let broken = format!("[{marked},\n{}]", good.replace(r#""subject":"s","#, ""));
        let d = from_json(&broken).unwrap_err();
        assert!(
            d.message.starts_with("assessment #2:"),
            "numbered among all: {d:?}"
        );
        assert!(!is_marked(good) && is_marked(marked) && !is_marked("[]"));
        assert!(!is_marked(r#"{"kind":null}"#));
    }

    #[test]
    fn completed_before_started_is_refused() {
        let text = r#"{"schema":1,"id":"A1","subject":"s","respondent":"r","questionnaire":"trust",
"questionnaire_version":1,"lang":"en","started":"2026-01-02T00:00:00Z",
"completed":"2026-01-01T00:00:00Z","answers":[]}"#;
        let d = from_json(text).unwrap_err();
        assert!(
            d.message.contains("`completed` is before `started`"),
            "{d:?}"
        );
    }
}
