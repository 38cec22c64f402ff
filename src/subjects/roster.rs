//! Each subject as a list shows it, tallied one assessment at a time, so that a list never
//! holds the assessments themselves: how many, the latest, the owner's latest score, who
//! answered. Fed by a pass over the files or by the summary cache, in any order.

use std::collections::HashMap;

use crate::assessment::DEFAULT_RESPONDENT;
use crate::names;
use crate::store::Brief;
use crate::time::Timestamp;

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

/// A row as the home screen's first sight keeps it (`.cache/home`): times as (seconds,
/// nanoseconds).
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept(
    String,
    usize,
    (i64, u32),
    Option<f64>,
    String,
    Vec<String>,
    (i64, u32),
    Vec<Option<f64>>,
);

/// `rows` as JSON, for [`from_json`] to read back.
pub(crate) fn to_json(rows: &[Row]) -> Vec<u8> {
    let moment = |t: Timestamp| (t.unix_seconds(), t.subsec_nanos());
    let kept: Vec<Kept> = rows
        .iter()
        .map(|r| {
            Kept(
                r.name.clone(),
                r.count,
                moment(r.last),
                r.overall,
                r.overall_respondent.clone(),
                r.respondents.clone(),
                moment(r.check_in_from),
                r.history.clone(),
            )
        })
        .collect();
    serde_json::to_vec(&kept).unwrap_or_default()
}

/// The rows [`to_json`] wrote; `None` for anything else.
pub(crate) fn from_json(bytes: &[u8]) -> Option<Vec<Row>> {
    let kept: Vec<Kept> = serde_json::from_slice(bytes).ok()?;
    let at = |(secs, nanos): (i64, u32)| Timestamp::from_unix(secs, nanos);
    Some(
        kept.into_iter()
            .map(
                |Kept(name, count, last, overall, whose, respondents, from, history)| Row {
                    name,
                    count,
                    last: at(last),
                    overall,
                    overall_respondent: whose,
                    respondents,
                    check_in_from: at(from),
                    history,
                },
            )
            .collect(),
    )
}

/// One overall score of a respondent's: (when, id, score).
type Point = (Timestamp, String, Option<f64>);

/// One subject's tally.
#[derive(Debug, Default)]
struct Tally {
    count: usize,
    latest: Option<Brief>,
    owners: Option<Brief>,
    /// (first answer, respondent), one per look-alike spelling.
    respondents: Vec<(Timestamp, String, String)>,
    /// With history: each respondent's (when, id, overall), by look-alike spelling.
    history: Vec<(String, Vec<Point>)>,
}

impl Tally {
    fn add(&mut self, b: &Brief, history: bool) {
        if history {
            let point = (b.when, b.id.clone(), b.overall);
            match self
                .history
                .iter_mut()
                .find(|(r, _)| names::same(r, &b.respondent))
            {
                Some((_, points)) => points.push(point),
                None => self.history.push((b.respondent.clone(), vec![point])),
            }
        }
        self.count += 1;
        if self.latest.as_ref().is_none_or(|l| b.after(l)) {
            self.latest = Some(b.clone());
        }
        if b.respondent == DEFAULT_RESPONDENT && self.owners.as_ref().is_none_or(|l| b.after(l)) {
            self.owners = Some(b.clone());
        }
        match self
            .respondents
            .iter_mut()
            .find(|(_, r, _)| names::same(r, &b.respondent))
        {
            Some(first) if (b.when, &b.id) < (first.0, &first.2) => {
                *first = (b.when, b.respondent.clone(), b.id.clone());
            }
            Some(_) => {}
            None => self
                .respondents
                .push((b.when, b.respondent.clone(), b.id.clone())),
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
    subjects: HashMap<String, (Tally, Tally)>,
    /// Each spelling's look-alike name, worked out once.
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
        let identity = match self.identities.get(&b.subject) {
            Some(identity) => identity.clone(),
            None => {
                let identity = names::identity(&b.subject);
                self.identities.insert(b.subject.clone(), identity.clone());
                identity
            }
        };
        let (all, shown) = self.subjects.entry(identity).or_default();
        all.add(b, false);
        let counted = self
            .only
            .is_none_or(|(r, owner)| crate::owner::is_respondent(&b.respondent, r, owner));
        if counted {
            shown.add(b, self.history);
        }
    }

    /// The subjects with an assessment shown, the most recently assessed first.
    pub(crate) fn rows(self) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .subjects
            .into_values()
            .filter_map(|(all, shown)| {
                let latest = shown.latest.as_ref()?;
                let now = shown.now()?;
                let name = all.latest.as_ref()?.subject.clone();
                let mut respondents = shown.respondents.clone();
                respondents.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
                let mut history = shown
                    .history
                    .iter()
                    .find(|(r, _)| names::same(r, &now.respondent))
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
mod tests {
    use super::*;

    fn brief(subject: &str, respondent: &str, id: &str, day: u32, overall: f64) -> Brief {
        Brief {
            subject: subject.into(),
            respondent: respondent.into(),
            id: id.into(),
            when: Timestamp::parse(&format!("2026-11-{day:02}T10:00:00Z")).unwrap(),
            overall: Some(overall),
        }
    }

    #[test]
    fn a_subject_is_tallied_in_any_order() {
        let briefs = [
            brief("Team Atlas", "self", "A1", 1, 40.0),
            brief("team atlas", "Marc", "A2", 3, 70.0),
            brief("Team Atlas", "self", "A3", 2, 55.0),
            brief("Alice", "Alice", "B1", 5, 30.0),
        ];
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
            let mut roster = Roster::new(None);
            for i in order {
                roster.add(&briefs[i]);
            }
            let rows = roster.rows();
            assert_eq!(rows.len(), 2);
            let (alice, atlas) = (&rows[0], &rows[1]);
            assert_eq!(alice.name, "Alice");
            assert_eq!(
                (alice.overall, alice.overall_respondent.as_str()),
                (Some(30.0), "Alice")
            );
            // Spelt as the latest spells it; the owner's latest score, not Marc's later one.
            assert_eq!(atlas.name, "team atlas");
            assert_eq!(atlas.count, 3);
            assert_eq!(atlas.overall, Some(55.0));
            assert_eq!(atlas.respondents, ["self", "Marc"]);
            assert_eq!(atlas.check_in_from, briefs[2].when);
            assert!(atlas.history.is_empty(), "kept only when asked");
        }
        let mut roster = Roster::new(None).with_history();
        for b in briefs.iter().rev() {
            roster.add(b);
        }
        let rows = roster.rows();
        assert_eq!(
            rows[1].history,
            [Some(40.0), Some(55.0)],
            "the owner's, in time order"
        );
    }

    #[test]
    fn rows_come_back_from_json_as_they_were() {
        let mut roster = Roster::new(None).with_history();
        roster.add(&brief("Team Atlas", "self", "A1", 1, 40.0));
        roster.add(&brief("Team Atlas", "Marc", "A2", 3, 70.0));
        let rows = roster.rows();
        assert_eq!(from_json(&to_json(&rows)), Some(rows));
        assert_eq!(from_json(b"[1,2]"), None);
    }

    #[test]
    fn one_respondents_view_keeps_the_check_in_of_the_whole_subject() {
        let mut roster = Roster::new(Some(("Marc", None)));
        for b in [
            brief("Team Atlas", "self", "A1", 1, 40.0),
            brief("Team Atlas", "Marc", "A2", 3, 70.0),
            brief("Alice", "Alice", "B1", 5, 30.0),
        ] {
            roster.add(&b);
        }
        let rows = roster.rows();
        assert_eq!(rows.len(), 1, "Alice has no view of Marc's");
        assert_eq!((rows[0].count, rows[0].overall), (1, Some(70.0)));
        assert_eq!(rows[0].overall_respondent, "Marc");
        assert_eq!(
            rows[0].check_in_from,
            Timestamp::parse("2026-11-01T10:00:00Z").unwrap()
        );
    }
}
