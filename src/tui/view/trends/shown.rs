//! What the trends screen shows, worked out once for the view and for `update` (how far the
//! table scrolls, how many respondents `r` cycles through): the subject's assessments made
//! with the questionnaire of the one on results, its series, and the table's rows.

use crate::history::{self, Break, Series};
use crate::store::Stored;
use crate::subjects::Subject;
use crate::time::Timestamp;
use crate::tui::app::{App, TrendsState};

/// A row of the trends table: an assessment, or the mark of a break before the next one.
pub enum Row<'s, 'a> {
    Moment(history::Moment<'s, 'a>, /* across a break */ bool),
    Break(Break),
}

/// The assessment on results and its subject's assessments of the same questionnaire, with
/// how many others were left out; `None` if the subject is gone.
pub fn subject<'a>(
    state: &TrendsState,
    subjects: &[Subject<'a>],
) -> Option<(&'a Stored, Subject<'a>, usize)> {
    let all = subjects
        .iter()
        .find(|s| crate::names::same(s.name, &state.results.subject))?;
    let current = all
        .assessments
        .iter()
        .find(|s| s.assessment.id == state.results.id)
        .copied()
        .unwrap_or_else(|| all.latest());
    // Only the assessments made with the same questionnaire: others do not line up.
    let questionnaire = &current.assessment.questionnaire;
    let subject = Subject {
        name: all.name,
        assessments: all
            .assessments
            .iter()
            .copied()
            .filter(|s| &s.assessment.questionnaire == questionnaire)
            .collect(),
    };
    let apart = all.assessments.len() - subject.assessments.len();
    Some((current, subject, apart))
}

/// The series drawn: every respondent's, or in "all dimensions" only the one `r` chose.
pub fn drawn<'s, 'a>(series: &'s [Series<'a>], state: &TrendsState) -> &'s [Series<'a>] {
    if state.all && !series.is_empty() {
        let at = state.respondent % series.len();
        &series[at..=at]
    } else {
        series
    }
}

/// The table's rows: the drawn series' assessments in time order, a break's mark between
/// the two assessments it separates, and each change that spans a break marked so.
pub fn rows<'s, 'a>(series: &'s [Series<'a>]) -> Vec<Row<'s, 'a>> {
    let times: Vec<Timestamp> = series
        .iter()
        .flat_map(|s| s.reports.iter().map(|r| r.assessment.when()))
        .collect();
    let breaks = history::breaks(&times);
    let mut rows = vec![];
    let mut previous: Option<Timestamp> = None;
    for m in history::timeline(series) {
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
        let across = m.change.is_some()
            && before.is_some_and(|b| breaks.iter().any(|k| k.between(b, when)));
        rows.push(Row::Moment(m, across));
    }
    rows
}

/// How many respondents `r` cycles through, and how many rows the table has.
pub fn counts(app: &App, state: &TrendsState) -> (usize, usize) {
    let subjects = app.data.subjects();
    let Some((_, subject, _)) = subject(state, &subjects) else {
        return (1, 0);
    };
    let series = history::series(&subject);
    (series.len(), rows(drawn(&series, state)).len())
}
