//! Each subject as a list shows it, tallied one assessment at a time, so that a list never
//! holds the assessments themselves: how many, the latest, the owner's latest score, who
//! answered. Fed by a pass over the files or by the summary cache, in any order.

use std::collections::HashMap;

use crate::assessment::DEFAULT_RESPONDENT;
use crate::names;
use crate::store::Brief;
use crate::time::Timestamp;

mod kept;
pub(crate) use kept::{from_json, to_json};

/// One subject of the list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// As its latest assessment spells it.
    pub name: String,
    pub count: usize,
    pub last: Timestamp,
    /// The owner's latest overall score, else the latest of anyone's, and whose it is.
    pub overall: Option<f64>,
    pub overall_respondent: String,
    /// Each respondent once (look-alike spellings count once), in order of first answer.
    pub respondents: Vec<String>,
    /// When the owner's latest assessment (else anyone's) was made, among all the subject's
    /// (whatever the respondent filter): what check-ins count from.
    pub check_in_from: Timestamp,
    /// With [`Roster::with_history`]: the overall score of every assessment of the same
    /// respondent as `overall`, oldest first (a home screen's sparkline).
    pub history: Vec<Option<f64>>,
}

/// One overall score of a respondent's: (when, id, score).
type Point = (Timestamp, String, Option<f64>);

/// One subject's tally.
#[derive(Debug, Default)]
struct Tally {
    count: usize,
    latest: Option<Brief>,
    owners: Option<Brief>,
    /// Each look-alike name's first answer: (when, respondent as spelled, id).
    respondents: Vec<(String, (Timestamp, String, String))>,
    /// With history: each look-alike name's (when, id, overall).
    history: Vec<(String, Vec<Point>)>,
}

impl Tally {
    /// Counts `b`, whose respondent's look-alike name is `who` (see [`names::identity`]).
    fn add(&mut self, b: &Brief, who: &str, history: bool) {
        if history {
            let point = (b.when, b.id.clone(), b.overall);
            match self.history.iter_mut().find(|(r, _)| r == who) {
                Some((_, points)) => points.push(point),
                None => self.history.push((who.to_string(), vec![point])),
            }
        }
        self.count += 1;
        if self.latest.as_ref().is_none_or(|l| b.after(l)) {
            self.latest = Some(b.clone());
        }
        if b.respondent == DEFAULT_RESPONDENT && self.owners.as_ref().is_none_or(|l| b.after(l)) {
            self.owners = Some(b.clone());
        }
        match self.respondents.iter_mut().find(|(r, _)| r == who) {
            Some((_, first)) if (b.when, &b.id) < (first.0, &first.2) => {
                *first = (b.when, b.respondent.clone(), b.id.clone());
            }
            Some(_) => {}
            None => self.respondents.push((
                who.to_string(),
                (b.when, b.respondent.clone(), b.id.clone()),
            )),
        }
    }

    /// The owner's latest, else anyone's.
    fn now(&self) -> Option<&Brief> {
        self.owners.as_ref().or(self.latest.as_ref())
    }
}

/// The subjects tallied so far, each whole and as `only` (one respondent's views) sees it.
pub(crate) struct Roster<'a> {
    /// `(respondent, owner's name)`: only that respondent's assessments are counted in rows.
    only: Option<(&'a str, Option<&'a str>)>,
    /// Each look-alike name's tallies: of all its assessments, and of those shown.
    /// Boxed: a table of a thousand subjects then holds pointers, not two tallies a slot.
    subjects: HashMap<String, Box<(Tally, Tally)>>,
    /// Each spelling's look-alike name (subjects' and respondents'), worked out once.
    identities: HashMap<String, String>,
    history: bool,
}

impl<'a> Roster<'a> {
    pub(crate) fn new(only: Option<(&'a str, Option<&'a str>)>) -> Self {
        Self {
            only,
            subjects: HashMap::new(),
            identities: HashMap::new(),
            history: false,
        }
    }

    /// Keeps every overall score too, for each row's [`Row::history`] (what a screen draws;
    /// a list does not need it).
    pub(crate) fn with_history(self) -> Self {
        Self {
            history: true,
            ..self
        }
    }

    pub(crate) fn add(&mut self, b: &Brief) {
        let identity = self.identity(&b.subject);
        let who = self.identity(&b.respondent);
        let (all, shown) = &mut **self.subjects.entry(identity).or_default();
        all.add(b, &who, false);
        let counted = self
            .only
            .is_none_or(|(r, owner)| crate::owner::is_respondent(&b.respondent, r, owner));
        if counted {
            shown.add(b, &who, self.history);
        }
    }

    /// A name's look-alike form, worked out once per spelling (it is most of a tally's cost).
    fn identity(&mut self, name: &str) -> String {
        match self.identities.get(name) {
            Some(identity) => identity.clone(),
            None => {
                let identity = names::identity(name);
                self.identities.insert(name.to_string(), identity.clone());
                identity
            }
        }
    }

    /// The subjects with an assessment shown, the most recently assessed first.
    pub(crate) fn rows(self) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .subjects
            .into_values()
            .filter_map(|tallies| {
                let (all, shown) = &*tallies;
                let latest = shown.latest.as_ref()?;
                let now = shown.now()?;
                let name = all.latest.as_ref()?.subject.clone();
                let mut respondents: Vec<_> = shown
                    .respondents
                    .iter()
                    .map(|(_, first)| first.clone())
                    .collect();
                respondents.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
                let now_who = names::identity(&now.respondent);
                let mut history = shown
                    .history
                    .iter()
                    .find(|(r, _)| *r == now_who)
                    .map(|(_, points)| points.clone())
                    .unwrap_or_default();
                history.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
                Some(Row {
                    history: history.into_iter().map(|(_, _, o)| o).collect(),
                    name,
                    count: shown.count,
                    last: latest.when,
                    overall: now.overall,
                    overall_respondent: now.respondent.clone(),
                    respondents: respondents.into_iter().map(|(_, r, _)| r).collect(),
                    check_in_from: all.now()?.when,
                })
            })
            .collect();
        rows.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.name.cmp(&b.name)));
        rows
    }
}

#[cfg(test)]
mod tests;
