//! The table of trends, on screen and on stdout: every assessment in time order with its
//! change, and where the time line breaks (see [`super::breaks`]), a row that says so.

use super::{Break, Moment, Series, breaks, timeline};
use crate::time::Timestamp;

/// A row of the trends table: an assessment, or the mark of a break before the next one.
pub(crate) enum Row<'s, 'a> {
    Moment(Moment<'s, 'a>, /* across a break */ bool),
    Break(Break),
}

/// The table's rows: the drawn series' assessments in time order, a break's mark between
/// the two assessments it separates, and each change that spans a break marked so.
pub(crate) fn rows<'s, 'a>(series: &'s [Series<'a>]) -> Vec<Row<'s, 'a>> {
    let times: Vec<Timestamp> = series
        .iter()
        .flat_map(|s| s.reports.iter().map(|r| r.assessment.when()))
        .collect();
    let breaks = breaks(&times);
    let mut rows = vec![];
    let mut previous: Option<Timestamp> = None;
    for m in timeline(series) {
        let when = m.report.assessment.when();
        if let Some(p) = previous {
            rows.extend(
                breaks
                    .iter()
                    .filter(|b| b.between(p, when))
                    .map(|b| Row::Break(*b)),
            );
        }
        previous = Some(when);
        let before = series
            .iter()
            .find(|s| s.respondent == m.respondent)
            .and_then(|s| {
                let at = s.reports.iter().position(|r| std::ptr::eq(r, m.report))?;
                Some(s.reports.get(at.checked_sub(1)?)?.assessment.when())
            });
        let across =
            m.change.is_some() && before.is_some_and(|b| breaks.iter().any(|k| k.between(b, when)));
        rows.push(Row::Moment(m, across));
    }
    rows
}
