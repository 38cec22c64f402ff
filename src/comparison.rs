//! Assessments side by side: each dimension's scores lined up by dimension id (never by
//! position, so questionnaires that order their dimensions differently still line up), and
//! the gaps between them.

use crate::assessment::Assessment;
use crate::questionnaire::{Dimension, Scale};
use crate::store::Stored;
use crate::summary::Summary;

/// One dimension across the compared assessments.
pub(crate) struct Line<'a> {
    pub dimension: &'a Dimension,
    /// One per assessment, in the order given; `None` where it has no score for it.
    pub scores: Vec<Option<f64>>,
    /// The spread between the highest and the lowest score; `None` with fewer than two.
    pub(crate) gap: Option<f64>,
    /// Whether the gap is worth calling out, by the one rule of [`crate::change`]: larger
    /// than a couple of answers moving by one step could make it.
    pub(crate) meaningful: bool,
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
            let readings: Vec<Option<(f64, usize)>> = reports
                .iter()
                .map(|r| {
                    let d = r.scores.dimension(&dimension.id)?;
                    Some((d.score?, d.answered))
                })
                .collect();
            let scores: Vec<Option<f64>> = readings.iter().map(|r| r.map(|(s, _)| s)).collect();
            Line {
                dimension,
                gap: gap(&scores),
                meaningful: meaningful_spread(&readings, &first.questionnaire.scale),
                scores,
            }
        })
        .collect()
}

/// When each compared view was made, as said to people: its date, and the time of day too
/// when the same respondent has another view among them on that day (two sessions in one day
/// read "2026-01-12 09:10" and "2026-01-12 16:40", not one date twice).
pub(crate) fn whens(views: &[&Assessment]) -> Vec<String> {
    // Each view's respondent (as look-alike names compare) and day, worked out once: a
    // screen draws this at every frame, for a hundred views.
    let days: Vec<(String, String)> = views
        .iter()
        .map(|a| (crate::names::identity(&a.respondent), a.when().date()))
        .collect();
    views
        .iter()
        .zip(&days)
        .map(|(a, mine)| {
            if days.iter().filter(|other| *other == mine).count() > 1 {
                a.when().date_time()
            } else {
                mine.1.clone()
            }
        })
        .collect()
}

/// How each compared view is called: whose it is (`who` says a respondent as the interface
/// does: "you", a client's name), and, when that respondent has another view among them,
/// when it was made, in brackets so that a score said after it stands apart (see [`whens`]):
/// "you (2026-01-12 09:10) 42, you (2026-01-12 16:40) 75", never "you 42, you 75".
pub(crate) fn names(views: &[&Assessment], who: impl Fn(&str) -> String) -> Vec<String> {
    let whens = whens(views);
    let whose: Vec<String> = views
        .iter()
        .map(|a| crate::names::identity(&a.respondent))
        .collect();
    views
        .iter()
        .zip(whens)
        .zip(&whose)
        .map(|((a, when), mine)| {
            let twice = whose.iter().filter(|other| *other == mine).count() > 1;
            if twice {
                format!("{} ({when})", who(&a.respondent))
            } else {
                who(&a.respondent)
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

/// Each view's side ("The organisation", "The community"), when the views were answered from
/// more than one side of a questionnaire worded for two: then the side, not the person, is
/// what tells them apart.
pub(crate) fn side_names(reports: &[Summary]) -> Option<Vec<String>> {
    let mut sides: Vec<&str> = reports
        .iter()
        .filter_map(|r| r.assessment.side.as_deref())
        .collect();
    sides.sort_unstable();
    sides.dedup();
    if sides.len() < 2 {
        return None;
    }
    Some(
        reports
            .iter()
            .map(|r| r.side_name().unwrap_or_default())
            .collect(),
    )
}

/// The versions of the questionnaire `reports` were answered with, when there are several
/// ("1, 2"): they still compare dimension by dimension, and people are told so.
pub(crate) fn versions(reports: &[Summary]) -> Option<String> {
    let mut versions: Vec<u32> = reports
        .iter()
        .map(|r| r.assessment.questionnaire_version)
        .collect();
    versions.sort_unstable();
    versions.dedup();
    (versions.len() > 1).then(|| {
        versions
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
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

/// Whether the highest and the lowest of `readings` (score, answers it is made of) differ by
/// more than the one rule of [`crate::change`] allows for noise.
fn meaningful_spread(readings: &[Option<(f64, usize)>], scale: &Scale) -> bool {
    let present: Vec<(f64, usize)> = readings.iter().flatten().copied().collect();
    let by_score = |a: &&(f64, usize), b: &&(f64, usize)| {
        a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal)
    };
    let (Some(high), Some(low)) = (
        present.iter().max_by(by_score),
        present.iter().min_by(by_score),
    ) else {
        return false;
    };
    crate::change::between(high.0, low.0, scale, high.1.min(low.1)).meaningful
}

/// The lines whose gap is worth calling out (see [`Line::meaningful`]), largest first.
pub(crate) fn notable_gaps<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<&'l Line<'a>> {
    let mut notable: Vec<&Line> = lines.iter().filter(|l| l.meaningful).collect();
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

    fn made(respondent: &str, when: &str) -> Assessment {
        crate::test_support::stored("X", "Alice", respondent, when).assessment
    }

    #[test]
    fn views_of_two_versions_of_the_questionnaire_are_said_to_be() {
        let mut then = crate::test_support::stored("A", "Alice", "self", "2026-01-01T10:00:00Z");
        let now = crate::test_support::stored("B", "Alice", "self", "2026-02-01T10:00:00Z");
        assert_eq!(versions(&[Summary::of(&then), Summary::of(&now)]), None);
        then.assessment.questionnaire_version = 2;
        assert_eq!(
            versions(&[Summary::of(&then), Summary::of(&now)]).as_deref(),
            Some("1, 2")
        );
    }

    #[test]
    fn two_views_of_one_day_are_told_apart_by_their_time() {
        let morning = made("self", "2026-01-12T09:10:00Z");
        let evening = made("self", "2026-01-12T16:40:00Z");
        let alice = made("Alice", "2026-01-12T12:00:00Z");
        let views = [&morning, &evening, &alice];
        let who = |r: &str| {
            if r == "self" {
                "you".into()
            } else {
                r.to_string()
            }
        };
        assert_eq!(
            whens(&views),
            ["2026-01-12 09:10", "2026-01-12 16:40", "2026-01-12"]
        );
        assert_eq!(
            names(&views, who),
            ["you (2026-01-12 09:10)", "you (2026-01-12 16:40)", "Alice"]
        );
        let later = made("self", "2026-02-01T09:10:00Z");
        assert_eq!(
            names(&[&morning, &later], who),
            ["you (2026-01-12)", "you (2026-02-01)"],
            "on other days, the date says it"
        );
    }

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
