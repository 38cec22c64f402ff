//! An invitation as the space records it (`invitations/<id>.toml`): who is asked, about which
//! relationship, with which questionnaire, until when, and what came of it. The secret itself
//! is never stored here, only its digest.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::{Table, Value};

use crate::diagnostic::Diagnostic;
use crate::time::Timestamp;

/// The invitation file's format.
pub(crate) const SCHEMA: i64 = 1;

/// How long an invitation stays open unless `--expires` says otherwise.
pub(crate) const DEFAULT_DAYS: u32 = 30;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Invitation {
    pub id: String,
    pub subject: String,
    pub who: Who,
    pub questionnaire: String,
    pub questionnaire_version: u32,
    pub lang: String,
    pub side: Option<String>,
    /// The owner's name (a client's, in their space): the name the statements say the
    /// relationship is with.
    pub invited_by: String,
    /// Who sends the form and gets the answers back, when not the owner: the coach, in a
    /// client's space.
    pub asked_by: Option<String>,
    pub created: Timestamp,
    pub expires: Timestamp,
    /// `sha256:…` of the form's secret.
    pub secret_digest: String,
    pub reply_to: Option<String>,
    /// Closed by hand (`invitations close`): no answer is taken any more.
    pub closed: bool,
    /// The answers filed from it, each by its own id (the form draws one per filling).
    pub answers: Vec<String>,
}

/// Who is invited: one person, by name, or a group of up to `count` people, never named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Who {
    Person(String),
    Group { label: String, count: u32 },
}

/// Where an invitation stands, as `invitations` lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    Open,
    Answered,
    Expired,
    Closed,
}

impl State {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Answered => "answered",
            State::Expired => "expired",
            State::Closed => "closed",
        }
    }
}

impl Invitation {
    /// Where it stands at `now`: closed by hand, answered (a person once, a group fully),
    /// expired, or still open.
    pub(crate) fn state(&self, now: Timestamp) -> State {
        let full = match &self.who {
            Who::Person(_) => !self.answers.is_empty(),
            Who::Group { count, .. } => self.answers.len() >= *count as usize,
        };
        if self.closed {
            State::Closed
        } else if full {
            State::Answered
        } else if now > self.expires {
            State::Expired
        } else {
            State::Open
        }
    }

    /// The questionnaire it asks, in its version, language and side; none when the catalog
    /// no longer has it.
    pub(crate) fn questionnaire(
        &self,
        catalog: &crate::questionnaire::Catalog,
    ) -> Option<std::sync::Arc<crate::questionnaire::Questionnaire>> {
        catalog
            .resolve(
                &self.questionnaire,
                &self.lang,
                self.questionnaire_version,
                self.side.as_deref(),
            )
            .ok()
    }

    /// Whether `a` is one of the answers filed from this invitation: its id is the one an
    /// answer id of its `answers` list makes (see [`filed_id`]).
    pub(crate) fn counts(&self, a: &crate::assessment::Assessment) -> bool {
        self.answers
            .iter()
            .any(|answer| filed_id(&self.id, answer, a.started) == a.id)
    }

    /// The invited person's name, or the group's label.
    pub(crate) fn respondent(&self) -> &str {
        match &self.who {
            Who::Person(name) => name,
            Who::Group { label, .. } => label,
        }
    }
}

/// The id of the assessment filed from answer `answer_id` to invitation `invitation`, begun at
/// `started` (the time, then a digest of both ids): what tells, without any other record,
/// which filed answer an invitation's `answers` list counts.
pub(crate) fn filed_id(invitation: &str, answer_id: &str, started: Timestamp) -> String {
    let hash = Sha256::digest(format!("{invitation}\n{answer_id}"));
    let mut random = [0u8; 16];
    random.copy_from_slice(&hash[..16]);
    crate::id::id_from(started, u128::from_le_bytes(random))
}

/// The file's text: known keys in a fixed order.
pub(crate) fn to_toml(i: &Invitation) -> String {
    toml::to_string(&table(i)).expect("a table of strings, numbers and dates always serializes")
}

/// The file's keys as JSON, in the same order, its dates as RFC 3339 text: what a backup
/// (`export --format json`) holds of an invitation, which [`from_json`] reads back.
pub(crate) fn to_json(i: &Invitation) -> serde_json::Map<String, serde_json::Value> {
    fn json(value: Value) -> serde_json::Value {
        match value {
            Value::String(s) => s.into(),
            Value::Integer(n) => n.into(),
            Value::Boolean(b) => b.into(),
            Value::Datetime(d) => d.to_string().into(),
            Value::Array(list) => list.into_iter().map(json).collect(),
            // An invitation's file has no floats nor tables.
            Value::Float(f) => f.into(),
            Value::Table(t) => t.into_iter().map(|(k, v)| (k, json(v))).collect(),
        }
    }
    table(i).into_iter().map(|(k, v)| (k, json(v))).collect()
}

/// The file's keys, in a fixed order.
fn table(i: &Invitation) -> Table {
    let mut top = Table::new();
    let text = |s: &str| Value::String(s.to_string());
    top.insert("schema".into(), Value::Integer(SCHEMA));
    top.insert("id".into(), text(&i.id));
    top.insert("subject".into(), text(&i.subject));
    match &i.who {
        Who::Person(name) => {
            top.insert("respondent".into(), text(name));
        }
        Who::Group { label, count } => {
            top.insert("group".into(), text(label));
            top.insert("count".into(), Value::Integer((*count).into()));
        }
    }
    top.insert("questionnaire".into(), text(&i.questionnaire));
    top.insert(
        "questionnaire_version".into(),
        Value::Integer(i.questionnaire_version.into()),
    );
    top.insert("lang".into(), text(&i.lang));
    if let Some(side) = &i.side {
        top.insert("side".into(), text(side));
    }
    top.insert("invited_by".into(), text(&i.invited_by));
    if let Some(asked_by) = &i.asked_by {
        top.insert("asked_by".into(), text(asked_by));
    }
    top.insert("created".into(), Value::Datetime(i.created.to_toml()));
    top.insert("expires".into(), Value::Datetime(i.expires.to_toml()));
    top.insert("secret_digest".into(), text(&i.secret_digest));
    if let Some(reply_to) = &i.reply_to {
        top.insert("reply_to".into(), text(reply_to));
    }
    if i.closed {
        top.insert("closed".into(), Value::Boolean(true));
    }
    top.insert(
        "answers".into(),
        Value::Array(i.answers.iter().map(|a| text(a)).collect()),
    );
    top
}

/// The keys of an invitation, its dates as the file (`toml::value::Datetime`) or a backup
/// (RFC 3339 text) writes them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw<Time> {
    schema: i64,
    id: String,
    subject: String,
    respondent: Option<String>,
    group: Option<String>,
    count: Option<u32>,
    questionnaire: String,
    questionnaire_version: u32,
    lang: String,
    side: Option<String>,
    invited_by: String,
    asked_by: Option<String>,
    created: Time,
    expires: Time,
    secret_digest: String,
    reply_to: Option<String>,
    #[serde(default)]
    closed: bool,
    #[serde(default)]
    answers: Vec<String>,
}

/// Reads an invitation file; a problem names its line.
pub(crate) fn from_toml(text: &str) -> Result<Invitation, Diagnostic> {
    let raw: Raw<toml::value::Datetime> =
        toml::from_str(text).map_err(|e| Diagnostic::from_toml(text, &e))?;
    checked(raw, |dt| {
        Timestamp::from_toml(dt).map_err(|e| Diagnostic::new(e.to_string()))
    })
}

/// Reads an invitation from a backup's element ([`to_json`]'s keys; a `"kind"` key is the
/// backup's mark, not the invitation's). Checked as a file is.
pub(crate) fn from_json(
    mut element: serde_json::Map<String, serde_json::Value>,
) -> Result<Invitation, Diagnostic> {
    element.remove("kind");
    let raw: Raw<String> = serde_json::from_value(element.into()).map_err(|e| {
        Diagnostic::new(crate::diagnostic::in_words(&crate::diagnostic::redact(
            &e.to_string(),
        )))
    })?;
    checked(raw, |text| {
        Timestamp::read(text).map_err(|why| Diagnostic::new(why.to_string()))
    })
}

/// The invitation `raw` holds, once its schema, id and who are checked.
fn checked<Time>(
    raw: Raw<Time>,
    time: impl Fn(&Time) -> Result<Timestamp, Diagnostic>,
) -> Result<Invitation, Diagnostic> {
    let words = crate::i18n::DiagContent::now();
    if raw.schema != SCHEMA {
        return Err(Diagnostic::new(words.invitation_schema));
    }
    if !crate::id::is_valid_id(&raw.id) {
        return Err(Diagnostic::new(words.bad_id));
    }
    let who = match (raw.respondent, raw.group, raw.count) {
        (Some(name), None, None) => Who::Person(name),
        (None, Some(label), Some(count)) if count > 0 => Who::Group { label, count },
        _ => return Err(Diagnostic::new(words.invitation_who)),
    };
    if matches!(who, Who::Group { count, .. } if raw.answers.len() > count as usize) {
        return Err(Diagnostic::new(words.invitation_too_many));
    }
    Ok(Invitation {
        id: raw.id,
        subject: raw.subject,
        who,
        questionnaire: raw.questionnaire,
        questionnaire_version: raw.questionnaire_version,
        lang: raw.lang,
        side: raw.side,
        invited_by: raw.invited_by,
        asked_by: raw.asked_by,
        created: time(&raw.created)?,
        expires: time(&raw.expires)?,
        secret_digest: raw.secret_digest,
        reply_to: raw.reply_to,
        closed: raw.closed,
        answers: raw.answers,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample(who: Who) -> Invitation {
        let created = Timestamp::parse("2026-12-01T10:00:00Z").unwrap();
        Invitation {
            id: "01JEINVITE0000000000000000".into(),
            subject: "Marc \"le chef\"".into(),
            who,
            questionnaire: "trust".into(),
            questionnaire_version: 2,
            lang: "fr".into(),
            side: None,
            invited_by: "Claire".into(),
            asked_by: None,
            created,
            expires: Timestamp::parse("2026-12-31T10:00:00Z").unwrap(),
            secret_digest: super::super::secret::digest("s3cret"),
            reply_to: Some("claire@example.org".into()),
            closed: false,
            answers: vec![],
        }
    }

    #[test]
    fn an_invitation_reads_back_as_written() {
        for who in [
            Who::Person("Marc".into()),
            Who::Group {
                label: "Équipe Atlas".into(),
                count: 8,
            },
        ] {
            let mut i = sample(who);
            i.answers = vec!["a".into()];
            i.asked_by = Some("Coach Sam".into());
            let text = to_toml(&i);
            assert!(!text.contains("s3cret"), "only the digest is stored");
            assert_eq!(from_toml(&text).unwrap(), i);
        }
    }

    #[test]
    fn its_state_follows_answers_expiry_and_closing() {
        let mut i = sample(Who::Person("Marc".into()));
        let before = Timestamp::parse("2026-12-10T00:00:00Z").unwrap();
        let after = Timestamp::parse("2027-01-10T00:00:00Z").unwrap();
        assert_eq!(i.state(before), State::Open);
        assert_eq!(i.state(after), State::Expired);
        i.answers.push("x".into());
        assert_eq!(i.state(after), State::Answered);
        i.closed = true;
        assert_eq!(i.state(before), State::Closed);
        let mut group = sample(Who::Group {
            label: "g".into(),
            count: 2,
        });
        group.answers.push("1".into());
        assert_eq!(group.state(before), State::Open, "1 of 2");
        group.answers.push("2".into());
        assert_eq!(group.state(before), State::Answered);
    }

    #[test]
    fn a_damaged_file_names_its_line() {
        let text = to_toml(&sample(Who::Person("Marc".into()))).replace("lang = ", "lang = 3 #");
        let problem = from_toml(&text).unwrap_err();
        assert!(problem.line.is_some(), "{problem:?}");
        let neither = to_toml(&sample(Who::Person("Marc".into()))).replace("respondent", "nobody");
        assert!(from_toml(&neither).is_err());
    }
}
