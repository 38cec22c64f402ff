//! Assessments: one person's answers about one relationship, at one time.

mod codec;
mod differ;
pub(crate) mod extra;
mod intention;
mod json;
mod quick;
mod validate;
mod write;

pub use codec::{SCHEMA, Spans, from_toml};
pub use intention::{FOLLOWED_WORDS, Followed, PreviousIntention};
pub(crate) use json::{from_json, from_json_element, is_marked, json_elements, start_of};
pub(crate) use quick::read_canonical;
pub(crate) use validate::validate;
pub(crate) use write::to_toml;

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
    /// For a questionnaire answered from either side (an organisation, its community): the
    /// side whose wording was read. Written only when there is one.
    pub side: Option<String>,
    pub lang: String,
    pub started: Timestamp,
    pub completed: Option<Timestamp>,
    pub note: Option<String>,
    /// What the person will do before the next assessment of this subject (same respondent).
    pub intention: Option<String>,
    /// The intention of the assessment before, and whether it was followed.
    pub previous_intention: Option<PreviousIntention>,
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
    /// Keys this version does not know, kept when rewriting.
    pub extra: extra::Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    Value(i64),
    Skipped,
    /// Drafts only: the question was reached and holds a note, but has no answer yet.
    /// Written as an answer with neither `value` nor `skipped`.
    Unanswered,
}

pub(crate) const DEFAULT_RESPONDENT: &str = crate::names::OWNER;

/// The name `{subject}` stands for in the questionnaire as `respondent` reads it: the texts
/// speak to whoever answers about the other side of the relationship. The owner (`self`)
/// reads the subject's name; anyone else is the other side and reads the owner's name, so
/// Team Atlas answers "Marie and I use the same words". Without an owner's name, the subject's.
pub(crate) fn other_side<'a>(
    subject: &'a str,
    respondent: &str,
    owner: Option<&'a str>,
) -> &'a str {
    match owner {
        Some(owner) if respondent != DEFAULT_RESPONDENT => owner,
        _ => subject,
    }
}

/// A questionnaire text as `respondent` reads it about `subject` (see [`other_side`]): the one
/// place where `{subject}` is filled for an assessment, on every screen and in every output.
pub(crate) fn fill_for(text: &str, subject: &str, respondent: &str, owner: Option<&str>) -> String {
    crate::questionnaire::fill_subject(text, other_side(subject, respondent, owner))
}

/// The longest note the tool accepts: far more than anyone types, and it keeps every file readable.
pub const MAX_NOTE_BYTES: usize = 64 * 1024;

impl Assessment {
    pub(crate) fn is_draft(&self) -> bool {
        self.completed.is_none()
    }

    /// How many questions have an answer on the scale (skipped ones are not answered).
    pub(crate) fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.value().is_some()).count()
    }

    /// The same content, as import and check mean it: like `==`, except that a NaN in an
    /// unknown key equals a NaN (so a file is always the same as itself) and the order of
    /// unknown keys does not matter.
    pub(crate) fn same_content(&self, other: &Self) -> bool {
        let plain = |a: &Self| Self {
            extra: toml::Table::new(),
            previous_intention: a.previous_intention.as_ref().map(|p| PreviousIntention {
                extra: toml::Table::new(),
                ..p.clone()
            }),
            answers: a
                .answers
                .iter()
                .map(|x| Answer {
                    extra: extra::Extra::default(),
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
            && match (&self.previous_intention, &other.previous_intention) {
                (Some(a), Some(b)) => extra::same_table(&a.extra, &b.extra),
                _ => true,
            }
    }

    /// A questionnaire text as this assessment's respondent reads it ([`fill_for`]).
    pub(crate) fn fill(&self, text: &str, owner: Option<&str>) -> String {
        fill_for(text, &self.subject, &self.respondent, owner)
    }

    pub(crate) fn answer(&self, item: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.item == item)
    }

    /// When it was completed, or for a draft when it was started: its place in time.
    pub(crate) fn when(&self) -> Timestamp {
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
    pub(crate) fn is_settled(&self) -> bool {
        self.response != Response::Unanswered
    }
}

#[cfg(test)]
mod tests;
