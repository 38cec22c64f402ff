//! A fast reader for the layout the tool itself writes (see `write`), so that a store of a
//! hundred thousand files is not parsed by the general TOML reader file after file: that
//! reader was two thirds of the time `export` and `list` took on a large store.
//!
//! It accepts only a strict part of TOML it can read exactly: one `key = value` a line, known
//! keys each once (a newer version's keys too, at the top), plain strings without escapes, decimal integers, dates with a time and an
//! offset, `true`/`false`, then an optional `[previous_intention]` and the `[[answers]]`. For
//! anything else (a comment, an escape, an unknown key in a table, CRLF, a value out of range, any
//! problem) it says `None` and the general reader is used, which also names the problem: so
//! what a file means, and what is said of a bad one, never depends on which reader read it.

use toml::value::Datetime;

use super::{Answer, Assessment, Followed, PreviousIntention, Response};
use crate::id::is_valid_id;
use crate::time::Timestamp;

/// The assessment in `text`, when `text` is in the strict layout and valid as
/// `codec::from_toml` would find it; `None` says only "read it the general way".
pub(crate) fn read_canonical(text: &str) -> Option<Assessment> {
    let mut top = Top::default();
    let mut previous: Option<Previous> = None;
    let mut answers: Vec<RawAnswer> = vec![];
    let mut section = Section::Top;
    let mut no_answers = false;
    for line in text.split('\n') {
        if line.is_empty() {
            continue;
        }
        match line {
            "[previous_intention]" if section == Section::Top => {
                section = Section::Previous;
                previous = Some(Previous::default());
                continue;
            }
            // What the tool writes when there is no answer; no `[[answers]]` may follow it.
            "answers = []" if section == Section::Top && !no_answers => {
                no_answers = true;
                continue;
            }
            "[[answers]]" if !no_answers => {
                section = Section::Answers;
                answers.push(RawAnswer::default());
                continue;
            }
            _ => {}
        }
        let (key, value) = line.split_once(" = ")?;
        let value = Value::of(value)?;
        match section {
            Section::Top => top.set(key, value)?,
            Section::Previous => previous.as_mut()?.set(key, value)?,
            Section::Answers => answers.last_mut()?.set(key, value)?,
        }
    }
    top.build(previous, answers)
}

#[derive(PartialEq, Clone, Copy)]
enum Section {
    Top,
    Previous,
    Answers,
}

/// One value of the strict layout.
enum Value<'t> {
    Str(&'t str),
    Int(i64),
    Bool(bool),
    Date(Datetime),
}

impl<'t> Value<'t> {
    fn of(text: &'t str) -> Option<Self> {
        match text.as_bytes().first()? {
            b'"' => plain_string(text).map(Value::Str),
            b't' | b'f' => match text {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            _ if is_datetime_shape(text) => text.parse().ok().map(Value::Date),
            _ => decimal(text).map(Value::Int),
        }
    }

    fn string(self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

/// The content of `"…"` when it holds no quote, backslash or control character (a tab
/// included): what needs no unescaping.
fn plain_string(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let plain = inner
        .bytes()
        .all(|b| b >= 0x20 && b != b'"' && b != b'\\' && b != 0x7f);
    plain.then_some(inner)
}

/// `0`, or digits without a leading zero, with an optional minus: TOML's decimal integers,
/// short enough never to overflow.
fn decimal(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let shaped = !digits.is_empty()
        && digits.len() <= 18
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    shaped.then(|| text.parse().ok()).flatten()
}

/// `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or `±HH:MM`: an offset date-time.
fn is_datetime_shape(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    if b.len() < 20 || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    if (b[4], b[7], b[10], b[13], b[16]) != (b'-', b'-', b'T', b':', b':') {
        return false;
    }
    if !digits(11..13) || !digits(14..16) || !digits(17..19) {
        return false;
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&n) {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest {
        [b'Z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// A key TOML reads without quotes, and not a dotted one.
fn is_bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Sets `slot` once: a key given twice is an error the general reader names.
fn once<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(value?);
            Some(())
        }
    }
}

#[derive(Default)]
struct Top {
    schema: Option<i64>,
    id: Option<String>,
    subject: Option<String>,
    respondent: Option<String>,
    questionnaire: Option<String>,
    questionnaire_version: Option<u32>,
    side: Option<String>,
    lang: Option<String>,
    started: Option<Datetime>,
    completed: Option<Datetime>,
    note: Option<String>,
    intention: Option<String>,
    extra: toml::Table,
}

impl Top {
    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        match key {
            "schema" => once(&mut self.schema, int(value)),
            "id" => once(&mut self.id, value.string()),
            "subject" => once(&mut self.subject, value.string()),
            "respondent" => once(&mut self.respondent, value.string()),
            "questionnaire" => once(&mut self.questionnaire, value.string()),
            "questionnaire_version" => once(
                &mut self.questionnaire_version,
                int(value).and_then(|n| u32::try_from(n).ok()),
            ),
            "side" => once(&mut self.side, value.string()),
            "lang" => once(&mut self.lang, value.string()),
            "started" => once(&mut self.started, date(value)),
            "completed" => once(&mut self.completed, date(value)),
            "note" => once(&mut self.note, value.string()),
            "intention" => once(&mut self.intention, value.string()),
            // A key of a newer version (an invitation's answers carry `from_invitation`): kept
            // as the general reader keeps it, when it is a bare name and a plain value.
            "answers" | "previous_intention" => None,
            _ if is_bare_key(key) && !self.extra.contains_key(key) => {
                let value = match value {
                    Value::Str(s) => toml::Value::String(s.to_string()),
                    Value::Int(n) => toml::Value::Integer(n),
                    Value::Bool(b) => toml::Value::Boolean(b),
                    Value::Date(_) => return None,
                };
                self.extra.insert(key.to_string(), value);
                Some(())
            }
            _ => None,
        }
    }

    /// The assessment, checked as `from_toml` checks it; `None` at the first doubt.
    fn build(self, previous: Option<Previous>, answers: Vec<RawAnswer>) -> Option<Assessment> {
        if self.schema? != super::SCHEMA {
            return None;
        }
        let id = self.id.filter(|id| is_valid_id(id))?;
        let started = Timestamp::from_toml(&self.started?).ok()?;
        let completed = match &self.completed {
            Some(c) => Some(Timestamp::from_toml(c).ok()?),
            None => None,
        };
        if completed.is_some_and(|done| done < started) {
            return None;
        }
        let answers = answers
            .into_iter()
            .map(|a| a.build(completed.is_some()))
            .collect::<Option<Vec<_>>>()?;
        let previous_intention = match previous {
            Some(p) => Some(p.build()?),
            None => None,
        };
        Some(Assessment {
            id,
            subject: self.subject?,
            respondent: self
                .respondent
                .unwrap_or_else(|| super::DEFAULT_RESPONDENT.to_string()),
            questionnaire: self.questionnaire?,
            questionnaire_version: self.questionnaire_version?,
            side: self.side,
            lang: self.lang?,
            started,
            completed,
            note: self.note,
            intention: self.intention,
            previous_intention,
            answers,
            extra: self.extra,
        })
    }
}

fn int(value: Value) -> Option<i64> {
    match value {
        Value::Int(n) => Some(n),
        _ => None,
    }
}

fn date(value: Value) -> Option<Datetime> {
    match value {
        Value::Date(d) => Some(d),
        _ => None,
    }
}

#[derive(Default)]
struct Previous {
    text: Option<String>,
    followed: Option<String>,
}

impl Previous {
    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        match key {
            "text" => once(&mut self.text, value.string()),
            "followed" => once(&mut self.followed, value.string()),
            _ => None,
        }
    }

    fn build(self) -> Option<PreviousIntention> {
        let followed = match &self.followed {
            Some(word) => Some(Followed::parse(word)?),
            None => None,
        };
        Some(PreviousIntention {
            text: self.text?,
            followed,
            extra: toml::Table::new(),
        })
    }
}

#[derive(Default)]
struct RawAnswer {
    item: Option<String>,
    value: Option<i64>,
    skipped: Option<bool>,
    note: Option<String>,
}

impl RawAnswer {
    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        match key {
            "item" => once(&mut self.item, value.string()),
            "value" => once(&mut self.value, int(value)),
            "skipped" => once(
                &mut self.skipped,
                match value {
                    Value::Bool(b) => Some(b),
                    _ => None,
                },
            ),
            "note" => once(&mut self.note, value.string()),
            _ => None,
        }
    }

    /// As `from_toml` reads an answer: a value, a skip, or (in a draft only) neither.
    fn build(self, completed: bool) -> Option<Answer> {
        let response = match (self.value, self.skipped) {
            (Some(_), Some(true)) => return None,
            (Some(v), _) => Response::Value(v),
            (None, Some(true)) => Response::Skipped,
            (None, _) if !completed => Response::Unanswered,
            (None, _) => return None,
        };
        Some(Answer {
            item: self.item?,
            response,
            note: self.note,
            extra: toml::Table::new().into(),
        })
    }
}

#[cfg(test)]
#[path = "quick_tests.rs"]
mod tests;
