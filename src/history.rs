//! A subject's assessments over time, per respondent: the data of trends and comparisons.

mod axis;
mod breaks;
mod rows;

pub(crate) use axis::TimeAxis;
pub(crate) use breaks::{Break, Length, breaks, gap_text};
pub(crate) use rows::{Row, rows};

use crate::change::Change;
use serde_json::{Value, json};

use crate::store::Stored;
use crate::subjects::Subject;
use crate::summary::Summary;
use crate::time::Timestamp;

/// How many assessments can be compared at once: beyond four, a radar no longer reads.
pub(crate) const MAX_COMPARED: usize = 4;

// Every assessment people can compare gets its own look on a chart.
const _: () = assert!(crate::figure::MAX_SERIES >= MAX_COMPARED);

/// One respondent's assessments of a subject, oldest first.
pub struct Series<'a> {
    pub respondent: &'a str,
    pub(crate) reports: Vec<Summary<'a>>,
}

/// Every respondent's series, in order of first appearance.
pub fn series<'a>(subject: &Subject<'a>) -> Vec<Series<'a>> {
    series_read(subject, Summary::of)
}

/// Like [`series`], each assessment read by `read` (e.g. in the interface's language).
pub(crate) fn series_read<'a>(
    subject: &Subject<'a>,
    read: impl Fn(&'a Stored) -> Summary<'a>,
) -> Vec<Series<'a>> {
    // Each assessment's respondent as look-alike names compare, worked out once.
    let whose: Vec<String> = subject
        .assessments
        .iter()
        .map(|s| crate::names::identity(&s.assessment.respondent))
        .collect();
    subject
        .respondents()
        .into_iter()
        .map(|respondent| {
            let wanted = crate::names::identity(respondent);
            Series {
                respondent,
                reports: subject
                    .assessments
                    .iter()
                    .zip(&whose)
                    .filter(|(_, who)| **who == wanted)
                    .map(|(s, _)| read(s))
                    .collect(),
            }
        })
        .collect()
}

impl Series<'_> {
    /// One score of every assessment over time (`score` picks it), where there is one.
    pub fn points(&self, score: impl Fn(&Summary) -> Option<f64>) -> Vec<(Timestamp, f64)> {
        self.reports
            .iter()
            .filter_map(|r| Some((r.assessment.when(), score(r)?)))
            .collect()
    }
}

/// One assessment on a subject's time line.
pub struct Moment<'s, 'a> {
    pub respondent: &'a str,
    pub report: &'s Summary<'a>,
    /// The change of the overall score since the same respondent's previous assessment.
    pub change: Option<Change>,
}

/// Every assessment of every series in time order, each with its change since the same
/// respondent's previous one: the table of trends, on screen and on the command line.
pub fn timeline<'s, 'a>(series: &'s [Series<'a>]) -> Vec<Moment<'s, 'a>> {
    let mut moments = vec![];
    for s in series {
        for (i, report) in s.reports.iter().enumerate() {
            let previous = previous_of(&s.reports[..i], report);
            moments.push(Moment {
                respondent: s.respondent,
                report,
                change: change(previous, report),
            });
        }
    }
    moments.sort_by_key(|m| (m.report.assessment.when(), m.report.assessment.id.clone()));
    moments
}

/// The latest of `earlier` answered from the same side as `report` (a questionnaire worded
/// for two sides: the organisation's view and the community's are two views, not a change).
fn previous_of<'s, 'a>(earlier: &'s [Summary<'a>], report: &Summary) -> Option<&'s Summary<'a>> {
    earlier
        .iter()
        .rev()
        .find(|r| r.assessment.side == report.assessment.side)
}

/// The change of the overall score since the same respondent's previous assessment, called
/// out or not by the one rule of [`crate::change`].
pub(crate) fn change(previous: Option<&Summary>, current: &Summary) -> Option<Change> {
    crate::change::of(
        crate::change::Measure::Overall,
        &current.scores,
        &previous?.scores,
        &current.questionnaire.scale,
    )
}

/// "▲ 5", "▼ 3" for a change worth calling out; "≈ +2", "≈ −2" for one that is about the
/// same; "= 0"; or "" for the first assessment.
pub(crate) fn change_text(change: Option<Change>) -> String {
    let Some(change) = change else {
        return String::new();
    };
    match change.points.round() as i64 {
        0 => "= 0".into(),
        c if !change.meaningful && c > 0 => format!("≈ +{c}"),
        c if !change.meaningful => format!("≈ −{}", -c),
        c if c > 0 => format!("▲ {c}"),
        c => format!("▼ {}", -c),
    }
}

/// The `trend --format json` document.
pub(crate) fn to_json(subject: &Subject) -> Value {
    let series: Vec<Value> = series(subject)
        .iter()
        .map(|s| {
            let points: Vec<Value> = s
                .reports
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let dimensions = r.dimension_scores_json();
                    let before = previous_of(&s.reports[..i], r);
                    json!({
                        "id": r.assessment.id,
                        "completed": r.assessment.when().to_string(),
                        "questionnaire_version": r.assessment.questionnaire_version,
                        "overall": r.scores.overall,
                        "virtues": r.scores.virtues,
                        "pillars": r.scores.pillars,
                        "dimensions": dimensions,
                        // Beside the scores, never in them: whether trust and what goes with
                        // it move together shows over time.
                        "outcomes": r.scores.outcomes.iter().map(|o| json!({
                            "item": o.item,
                            "value": o.value,
                            "position": o.position,
                        })).collect::<Vec<_>>(),
                        "change": change(before, r).map(|c| json!({
                            "points": c.points,
                            "meaningful": c.meaningful,
                        })),
                    })
                })
                .collect();
            json!({"respondent": s.respondent, "points": points})
        })
        .collect();
    json!({"subject": subject.name, "series": series})
}

/// The assessments compared by default: the latest of each side for a questionnaire answered
/// from both (the organisation's view vs the community's), else the latest of each respondent
/// when there are several (my view vs theirs), else the latest two (then vs now). Oldest first, at most four, and
/// only those made with the latest one's questionnaire: others do not compare dimension by
/// dimension.
pub(crate) fn default_comparison<'a>(subject: &Subject<'a>) -> Vec<&'a Stored> {
    let questionnaire = &subject.latest().assessment.questionnaire;
    let subject = &Subject {
        name: subject.name,
        assessments: subject
            .assessments
            .iter()
            .copied()
            .filter(|s| &s.assessment.questionnaire == questionnaire)
            .collect(),
    };
    let respondents = subject.respondents();
    let mut sides: Vec<&str> = subject
        .assessments
        .iter()
        .filter_map(|s| s.assessment.side.as_deref())
        .collect();
    sides.sort_unstable();
    sides.dedup();
    let mut chosen: Vec<&Stored> = if sides.len() >= 2 {
        // A questionnaire answered from both sides: the latest view of each side.
        sides
            .iter()
            .filter_map(|side| {
                subject
                    .assessments
                    .iter()
                    .rev()
                    .find(|s| s.assessment.side.as_deref() == Some(side))
                    .copied()
            })
            .collect()
    } else if respondents.len() >= 2 {
        respondents
            .iter()
            .filter_map(|r| {
                subject
                    .assessments
                    .iter()
                    .rev()
                    .find(|s| crate::names::same(&s.assessment.respondent, r))
                    .copied()
            })
            .collect()
    } else {
        subject.assessments.iter().rev().take(2).copied().collect()
    };
    chosen.sort_by_key(|s| s.assessment.when());
    chosen.truncate(MAX_COMPARED);
    chosen
}
