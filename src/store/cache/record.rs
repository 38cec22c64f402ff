//! One assessment as the summary cache holds it: compact JSON arrays, item names written once
//! for the whole cache. Only what converts back exactly is cached: an assessment with keys this
//! version does not know, or an unanswered question (drafts only), is simply read from its file.

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;

use serde::{Deserialize, Serialize};

use crate::assessment::{Answer, Assessment, Followed, PreviousIntention, Response};
use crate::time::Timestamp;

/// What identifies a file's content without reading it: an entry is used only when every
/// part is the same as on disk now (a save renames a new file in, so its inode changes too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp(u64, i64, i64, i64, i64, u64, u64);

impl Stamp {
    /// Size, modification and change times to the nanosecond, inode and device.
    pub fn of(meta: &std::fs::Metadata) -> Self {
        Self(
            meta.size(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec(),
            meta.ino(),
            meta.dev(),
        )
    }
}

/// `[path, stamp, assessment]`.
#[derive(Serialize, Deserialize)]
pub(super) struct Entry(pub String, pub Stamp, pub Record);

#[derive(Serialize, Deserialize)]
pub(super) struct Record(
    String,
    String,
    String,
    String,
    u32,
    Option<String>,
    String,
    (i64, u32),
    Option<(i64, u32)>,
    Option<String>,
    Option<String>,
    Option<(String, Option<String>)>,
    Vec<(u32, Option<i64>, Option<String>)>,
);

/// Item names, each written once: `[item index, value or null when skipped, note]`.
#[derive(Default)]
pub(super) struct Items {
    pub(crate) names: Vec<String>,
    index: HashMap<String, u32>,
}

impl Items {
    fn of(&mut self, item: &str) -> u32 {
        if let Some(&i) = self.index.get(item) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(item.to_string());
        self.index.insert(item.to_string(), i);
        i
    }
}

fn moment(t: Timestamp) -> (i64, u32) {
    (t.unix_seconds(), t.subsec_nanos())
}

/// The record of `a`, or `None` when it holds anything the cache does not carry.
pub(super) fn encode(a: &Assessment, items: &mut Items) -> Option<Record> {
    let plain = a.extra.is_empty()
        && a.answers.iter().all(|x| x.extra.is_empty())
        && a.previous_intention
            .as_ref()
            .is_none_or(|p| p.extra.is_empty());
    if !plain {
        return None;
    }
    let mut answers = Vec::with_capacity(a.answers.len());
    for x in &a.answers {
        let value = match x.response {
            Response::Value(v) => Some(v),
            Response::Skipped => None,
            Response::Unanswered => return None,
        };
        answers.push((items.of(&x.item), value, x.note.clone()));
    }
    Some(Record(
        a.id.clone(),
        a.subject.clone(),
        a.respondent.clone(),
        a.questionnaire.clone(),
        a.questionnaire_version,
        a.side.clone(),
        a.lang.clone(),
        moment(a.started),
        a.completed.map(moment),
        a.note.clone(),
        a.intention.clone(),
        a.previous_intention
            .as_ref()
            .map(|p| (p.text.clone(), p.followed.map(|f| f.as_str().to_string()))),
        answers,
    ))
}

/// The assessment a record holds; `None` when it does not make sense (an item index out of
/// range, an unknown word): the file is then read.
pub(super) fn decode(r: Record, items: &[String]) -> Option<Assessment> {
    let Record(
        id,
        subject,
        respondent,
        questionnaire,
        version,
        side,
        lang,
        started,
        completed,
        note,
        intention,
        previous,
        answers,
    ) = r;
    let at = |(secs, nanos): (i64, u32)| Timestamp::from_unix(secs, nanos);
    let previous_intention = match previous {
        None => None,
        Some((text, followed)) => Some(PreviousIntention {
            text,
            followed: match followed {
                None => None,
                Some(word) => Some(Followed::parse(&word)?),
            },
            extra: toml::Table::new(),
        }),
    };
    let answers = answers
        .into_iter()
        .map(|(i, value, note)| {
            Some(Answer {
                item: items.get(i as usize)?.clone(),
                response: value.map_or(Response::Skipped, Response::Value),
                note,
                extra: Default::default(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Assessment {
        id,
        subject,
        respondent,
        questionnaire,
        questionnaire_version: version,
        side,
        lang,
        started: at(started),
        completed: completed.map(at),
        note,
        intention,
        previous_intention,
        answers,
        extra: toml::Table::new(),
    })
}
