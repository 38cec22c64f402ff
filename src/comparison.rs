//! Assessments side by side: each dimension's scores lined up by dimension id (never by
//! position, so questionnaires that order their dimensions differently still line up), and
//! the gaps between them.

use crate::questionnaire::Dimension;
use crate::store::Stored;
use crate::summary::Summary;

/// A gap this large (in points of 0-100) is worth saying in words.
pub(crate) const NOTABLE_GAP: f64 = 10.0;

/// One dimension across the compared assessments.
pub(crate) struct Line<'a> {
    pub dimension: &'a Dimension,
    /// One per assessment, in the order given; `None` where it has no score for it.
    pub scores: Vec<Option<f64>>,
    /// The spread between the highest and the lowest score; `None` with fewer than two.
    pub(crate) gap: Option<f64>,
}

/// The dimensions of the first assessment's questionnaire, each with every assessment's score.
pub(crate) fn lines<'a>(reports: &[Summary<'a>]) -> Vec<Line<'a>> {
    let Some(first) = reports.first() else {
        return vec![];
    };
    first
        .questionnaire
        .dimensions
        .iter()
        .map(|dimension| {
            let scores: Vec<Option<f64>> = reports
                .iter()
                .map(|r| r.scores.dimension(&dimension.id).and_then(|d| d.score))
                .collect();
            Line {
                dimension,
                gap: gap(&scores),
                scores,
            }
        })
        .collect()
}

/// The questionnaires of `chosen` when they are not all the same one (their assessments do
/// not compare dimension by dimension); `None` when they compare.
pub(crate) fn mixed_questionnaires(chosen: &[&Stored]) -> Option<Vec<String>> {
    let mut ids: Vec<String> = chosen
        .iter()
        .map(|s| s.assessment.questionnaire.clone())
        .collect();
    ids.sort();
    ids.dedup();
    (ids.len() > 1).then_some(ids)
}

/// The spread between the highest and lowest score as people see them (rounded, see
/// [`crate::score::difference`]); none with fewer than two.
pub(crate) fn gap(scores: &[Option<f64>]) -> Option<f64> {
    let present: Vec<f64> = scores.iter().flatten().copied().collect();
    if present.len() < 2 {
        return None;
    }
    let max = present.iter().copied().fold(f64::MIN, f64::max);
    let min = present.iter().copied().fold(f64::MAX, f64::min);
    Some(crate::score::difference(max, min))
}

/// The lines whose gap is at least [`NOTABLE_GAP`], largest first.
pub(crate) fn notable_gaps<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<&'l Line<'a>> {
    let mut notable: Vec<&Line> = lines
        .iter()
        .filter(|l| l.gap.is_some_and(|g| g >= NOTABLE_GAP))
        .collect();
    notable.sort_by(|a, b| {
        b.gap
            .partial_cmp(&a.gap)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    notable
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_need_two_scores() {
        assert_eq!(gap(&[Some(40.0), None, Some(75.0)]), Some(35.0));
        assert_eq!(gap(&[Some(40.0), None]), None);
        assert_eq!(
            gap(&[Some(33.4), Some(66.6)]),
            Some(34.0),
            "67 - 33 as shown"
        );
        assert_eq!(gap(&[]), None);
    }
}
