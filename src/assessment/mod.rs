//! Assessments: one person's answers about one relationship, at one time.

mod codec;
pub mod extra;
mod json;
mod validate;

pub use codec::{SCHEMA, Spans, from_toml, to_toml};
pub use json::from_json;
pub use validate::validate;

use crate::time::Timestamp;

/// An assessment as stored in a file (schema 1). A draft has no `completed`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: String,
    /// The relationship, kept verbatim: any Unicode.
    pub subject: String,
    /// Whose view this is.
    pub respondent: String,
    pub questionnaire: String,
    pub questionnaire_version: u32,
    pub lang: String,
    pub started: Timestamp,
    pub completed: Option<Timestamp>,
    pub note: Option<String>,
    /// One per item reached, in questionnaire order.
    pub answers: Vec<Answer>,
    /// Keys this version does not know (from a newer minor version), kept when rewriting.
    pub extra: toml::Table,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub item: String,
    pub response: Response,
    pub note: Option<String>,
    pub extra: toml::Table,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    Value(i64),
    Skipped,
    /// Drafts only: the question was reached and holds a note, but has no answer yet.
    /// Written as an answer with neither `value` nor `skipped`.
    Unanswered,
}

pub const DEFAULT_RESPONDENT: &str = crate::names::OWNER;

/// The longest note the tool accepts: far more than anyone types, and it keeps every file readable.
pub const MAX_NOTE_BYTES: usize = 64 * 1024;

impl Assessment {
    pub fn is_draft(&self) -> bool {
        self.completed.is_none()
    }

    /// The same content, as import and check mean it: like `==`, except that a NaN in an
    /// unknown key equals a NaN (so a file is always the same as itself) and the order of
    /// unknown keys does not matter.
    pub fn same_content(&self, other: &Self) -> bool {
        let plain = |a: &Self| Self {
            extra: toml::Table::new(),
            answers: a
                .answers
                .iter()
                .map(|x| Answer {
                    extra: toml::Table::new(),
                    ..x.clone()
                })
                .collect(),
            ..a.clone()
        };
        plain(self) == plain(other)
            && extra::same_table(&self.extra, &other.extra)
            && self
                .answers
                .iter()
                .zip(&other.answers)
                .all(|(a, b)| extra::same_table(&a.extra, &b.extra))
    }

    pub fn answer(&self, item: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.item == item)
    }

    /// When it was completed, or for a draft when it was started: its place in time.
    pub fn when(&self) -> Timestamp {
        self.completed.unwrap_or(self.started)
    }
}

impl Answer {
    pub fn value(&self) -> Option<i64> {
        match self.response {
            Response::Value(v) => Some(v),
            Response::Skipped | Response::Unanswered => None,
        }
    }

    /// Answered with a value, or deliberately skipped.
    pub fn is_settled(&self) -> bool {
        self.response != Response::Unanswered
    }
}

#[cfg(test)]
mod tests;
