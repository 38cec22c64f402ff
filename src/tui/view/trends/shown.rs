//! What the trends screen shows, worked out once for the view and for `update` (how far the
//! table scrolls, how many respondents `r` cycles through): the subject's assessments made
//! with the questionnaire of the one on results, its series, and the table's rows.

use crate::history::{self, Series};

pub(super) use crate::history::{Row, rows};
use crate::store::Stored;
use crate::subjects::Subject;
use crate::tui::app::{App, TrendsState};

/// The assessment on results and its subject's assessments of the same questionnaire, with
/// how many others were left out; `None` if the subject is gone.
pub(super) fn subject<'a>(
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
pub(super) fn drawn<'s, 'a>(series: &'s [Series<'a>], state: &TrendsState) -> &'s [Series<'a>] {
    if state.all && !series.is_empty() {
        let at = state.respondent % series.len();
        &series[at..=at]
    } else {
        series
    }
}

/// How many respondents `r` cycles through, and how many rows the table has.
pub(crate) fn counts(app: &App, state: &TrendsState) -> (usize, usize) {
    let subjects = app.data.subjects();
    let Some((_, subject, _)) = subject(state, &subjects) else {
        return (1, 0);
    };
    let series = history::series(&subject);
    (series.len(), rows(drawn(&series, state)).len())
}
