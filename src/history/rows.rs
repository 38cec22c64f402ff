//! The table of trends, on screen and on stdout: every assessment in time order with its
//! change, and where the time line breaks (see [`super::breaks`]) or the questionnaire's
//! version changes, a row that says so.

use super::{Break, Moment, Series, breaks, timeline};
use crate::time::Timestamp;

/// A row of the trends table: an assessment, the mark of a break before the next one, or the
/// mark of a new version of the questionnaire from the next one on.
pub(crate) enum Row<'s, 'a> {
    Moment(Moment<'s, 'a>, /* across a break */ bool),
    Break(Break),
    Questionnaire { from: u32, to: u32 },
}

impl Row<'_, '_> {
    /// The words of a mark row ("questionnaire changed (v1 → v2)"); none for an assessment or
    /// a break (whose words depend on how it is drawn).
    pub(crate) fn questionnaire_text(&self, words: &crate::i18n::Common) -> Option<String> {
        match self {
            Row::Questionnaire { from, to } => Some(crate::i18n::fill(
                words.questionnaire_changed,
                &[("from", from), ("to", to)],
            )),
            _ => None,
        }
    }
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
    let mut version: Option<(&str, u32)> = None;
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
        let a = m.report.assessment;
        let this = (a.questionnaire.as_str(), a.questionnaire_version);
        if let Some((_, from)) = version.filter(|(id, v)| *id == this.0 && *v != this.1) {
            rows.push(Row::Questionnaire { from, to: this.1 });
        }
        version = Some(this);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subjects::Subject;
    use crate::test_support::stored;

    /// Alice's views on `days` of January 2026, the ones in `second` answered with version 2.
    fn views(days: &[u32], second: &[u32]) -> Vec<crate::store::Stored> {
        days.iter()
            .map(|d| {
                let mut s = stored(
                    &format!("A{d}"),
                    "Alice",
                    "self",
                    &format!("2026-01-{d:02}T10:00:00Z"),
                );
                if second.contains(d) {
                    s.assessment.questionnaire_version = 2;
                }
                s
            })
            .collect()
    }

    fn marks(views: &[crate::store::Stored]) -> Vec<(u32, u32)> {
        let subject = Subject {
            name: "Alice",
            assessments: views.iter().collect(),
        };
        let series = crate::history::series(&subject);
        rows(&series)
            .iter()
            .filter_map(|r| match r {
                Row::Questionnaire { from, to } => Some((*from, *to)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_new_version_of_the_questionnaire_is_marked_once_where_it_starts() {
        assert_eq!(marks(&views(&[1, 2, 3], &[])), []);
        assert_eq!(marks(&views(&[1, 2, 3], &[2, 3])), [(1, 2)]);
        let rows_text = {
            let v = views(&[1, 2], &[2]);
            let subject = Subject {
                name: "Alice",
                assessments: v.iter().collect(),
            };
            let series = crate::history::series(&subject);
            rows(&series)
                .iter()
                .map(|r| match r {
                    Row::Moment(m, _) => m.report.assessment.id.clone(),
                    other => other
                        .questionnaire_text(crate::i18n::Common::of(crate::i18n::Lang::En))
                        .unwrap_or_default(),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(rows_text, ["A1", "questionnaire changed (v1 → v2)", "A2"]);
    }
}
