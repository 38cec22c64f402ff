//! Answers sent back from an invitation's form: read, checked against the invitation they
//! claim to answer, and made into an ordinary assessment. Every check is made before anything
//! is written, and a refusal says why without quoting the answer.

use serde::Deserialize;
use toml::{Table, Value};

use super::block::MAX_ANSWER_BYTES;
use super::record::Invitation;
use crate::assessment::{Answer, Assessment, MAX_NOTE_BYTES, Response};
use crate::questionnaire::Questionnaire;
use crate::time::Timestamp;

/// An answer as the form writes it (`….confiance-answer.toml`, or inside a block).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Returned {
    confiance_answer: i64,
    pub invitation: String,
    secret: String,
    pub answer_id: String,
    questionnaire: String,
    questionnaire_version: u32,
    lang: String,
    side: Option<String>,
    started: toml::value::Datetime,
    completed: toml::value::Datetime,
    note: Option<String>,
    #[serde(default)]
    answers: Vec<ReturnedAnswer>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReturnedAnswer {
    item: String,
    value: Option<i64>,
    #[serde(default)]
    skipped: bool,
    note: Option<String>,
}

/// Why an answer is not filed. Each is said in one line, quoting nothing from the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Not an answer file at all (or of a format this version does not read).
    NotAnAnswer,
    TooLarge,
    /// No invitation of this space has its id.
    UnknownInvitation,
    /// The secret is not the form's: forged, or altered.
    WrongSecret,
    /// Another questionnaire, version, language or side than the invitation's.
    WrongQuestionnaire,
    /// A statement the questionnaire does not have, given twice, or a value off the scale.
    OffScale,
    /// A note longer than any the tool accepts, or times that cannot be.
    Malformed,
    /// After the invitation's last day (given).
    Expired(Timestamp),
    Closed,
    /// A one-person invitation already answered (`--replace` takes the new one).
    AlreadyAnswered,
    /// A group's invitation that already has all the answers it asked for.
    GroupFull,
    /// A corrected version of an answer already filed (`--replace` takes it).
    Corrected,
}

/// Reads an answer file's text.
pub(crate) fn parse(text: &str) -> Result<Returned, Refusal> {
    if text.len() > MAX_ANSWER_BYTES {
        return Err(Refusal::TooLarge);
    }
    let returned: Returned = toml::from_str(text).map_err(|_| Refusal::NotAnAnswer)?;
    if returned.confiance_answer != 1 {
        return Err(Refusal::NotAnAnswer);
    }
    Ok(returned)
}

/// Whether a file's text is meant as an answer (whatever its state): `import` sends such
/// files here rather than reading them as assessments.
pub(crate) fn looks_like_answer(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with("confiance_answer"))
}

/// What the rules of filing allow beyond the answer's own checks.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Allow {
    /// Take an answer after the invitation expired.
    pub late: bool,
    /// Take a second answer to a one-person invitation.
    pub replace: bool,
}

impl Returned {
    /// Checks the answer against `invitation` (whose id it carries) and the questionnaire it
    /// was asked with, and makes it the assessment to file: the invited person's view of the
    /// invitation's subject, with its notes and `from_invitation`.
    pub(crate) fn check(
        &self,
        invitation: &Invitation,
        questionnaire: &Questionnaire,
        now: Timestamp,
        allow: Allow,
    ) -> Result<Assessment, Refusal> {
        if !super::secret::matches(&self.secret, &invitation.secret_digest) {
            return Err(Refusal::WrongSecret);
        }
        let asked = (
            &invitation.questionnaire,
            invitation.questionnaire_version,
            &invitation.lang,
            &invitation.side,
        );
        if asked
            != (
                &self.questionnaire,
                self.questionnaire_version,
                &self.lang,
                &self.side,
            )
        {
            return Err(Refusal::WrongQuestionnaire);
        }
        if !crate::id::is_valid_id(&self.answer_id) {
            return Err(Refusal::Malformed);
        }
        let answers = self.answers_in(questionnaire)?;
        let started = Timestamp::from_toml(&self.started).map_err(|_| Refusal::Malformed)?;
        let completed = Timestamp::from_toml(&self.completed).map_err(|_| Refusal::Malformed)?;
        if completed < started || self.note.as_ref().is_some_and(|n| n.len() > MAX_NOTE_BYTES) {
            return Err(Refusal::Malformed);
        }
        if invitation.closed {
            return Err(Refusal::Closed);
        }
        if now > invitation.expires && !allow.late {
            return Err(Refusal::Expired(invitation.expires));
        }
        // A person answers once; the same answer again is no second answer (the store finds
        // it already there).
        let answered_before = matches!(invitation.who, super::record::Who::Person(_))
            && invitation.answers.iter().any(|a| *a != self.answer_id);
        if answered_before && !allow.replace {
            return Err(Refusal::AlreadyAnswered);
        }
        if let super::record::Who::Group { count, .. } = invitation.who
            && invitation.answers.len() >= count as usize
            && !invitation.answers.contains(&self.answer_id)
        {
            return Err(Refusal::GroupFull);
        }
        let mut extra = Table::new();
        extra.insert(
            "from_invitation".into(),
            Value::String(invitation.id.clone()),
        );
        Ok(Assessment {
            id: self.assessment_id(started),
            subject: invitation.subject.clone(),
            respondent: invitation.respondent().to_string(),
            questionnaire: self.questionnaire.clone(),
            questionnaire_version: self.questionnaire_version,
            side: self.side.clone(),
            lang: self.lang.clone(),
            started,
            completed: Some(completed),
            note: self.note.clone().filter(|n| !n.trim().is_empty()),
            intention: None,
            previous_intention: None,
            answers,
            extra,
        })
    }

    /// The answers in the questionnaire's order, each checked: a statement it has, once, with
    /// a value on its scale or "don't know".
    fn answers_in(&self, q: &Questionnaire) -> Result<Vec<Answer>, Refusal> {
        let mut seen = std::collections::HashSet::new();
        for a in &self.answers {
            let fits = match (a.value, a.skipped) {
                (Some(v), false) => q.scale.contains(v),
                (None, true) => true,
                _ => false,
            };
            if q.item(&a.item).is_none() || !seen.insert(a.item.as_str()) || !fits {
                return Err(Refusal::OffScale);
            }
            if a.note.as_ref().is_some_and(|n| n.len() > MAX_NOTE_BYTES) {
                return Err(Refusal::Malformed);
            }
        }
        Ok(q.items
            .iter()
            .filter_map(|item| self.answers.iter().find(|a| a.item == item.id))
            .map(|a| Answer {
                item: a.item.clone(),
                response: a.value.map_or(Response::Skipped, Response::Value),
                note: a.note.clone().filter(|n| !n.trim().is_empty()),
                extra: Default::default(),
            })
            .collect())
    }

    /// The same filling always makes the same assessment id (the time it was begun, then a
    /// digest of the invitation and the answer's own id), so that filing it twice, or again
    /// after a crash, finds it already there, and a corrected version of it (finished again
    /// after a change) is told from a second answer.
    fn assessment_id(&self, started: Timestamp) -> String {
        super::record::filed_id(&self.invitation, &self.answer_id, started)
    }
}

#[cfg(test)]
#[path = "answer/tests.rs"]
mod tests;
