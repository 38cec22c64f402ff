//! A group's view (a team about its manager, members about their organisation): its answers
//! only ever shown together, and only once enough have come in that no one's can be told
//! apart. Per dimension the median and the spread; per statement how many gave each answer;
//! notes in an order that says nothing of who wrote them.

use crate::assessment::Assessment;
use crate::questionnaire::Questionnaire;

/// The fewest answers a group's view is shown with; `group_minimum` may raise it, never lower.
pub(crate) const MINIMUM: usize = 3;

/// A group's answers, aggregated; nothing in it comes from one answer alone.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GroupView {
    pub answers: usize,
    pub minimum: usize,
    /// Below the minimum: no number at all.
    pub withheld: bool,
    pub dimensions: Vec<GroupDimension>,
    /// Per statement, in asking order: how many gave each value of the scale (min first),
    /// and how many said "don't know".
    pub statements: Vec<(String, Vec<usize>, usize)>,
    /// Every note, sorted: their order says nothing about who wrote them.
    pub notes: Vec<String>,
    /// The overall scores' median and spread, like a dimension's.
    pub overall: Option<Spread>,
}

/// The median of a score across a group's answers, its lowest and highest, and how many
/// answers scored it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Spread {
    pub median: f64,
    pub low: f64,
    pub high: f64,
    pub answered: usize,
}

impl Spread {
    /// "33–67": the lowest and highest, as shown.
    pub(crate) fn range_text(&self) -> String {
        format!(
            "{}–{}",
            crate::score::display(Some(self.low)),
            crate::score::display(Some(self.high))
        )
    }

    /// Whether the answers are far apart: the median then is no consensus. Far means the
    /// lowest and highest differ by half the scale's range or more.
    pub(crate) fn divided(&self) -> bool {
        // Scores are fractions of the scale: 33.33… and 83.33… are 50 apart, however the
        // division rounded them.
        self.high - self.low >= 50.0 - 1e-9
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GroupDimension {
    pub id: String,
    /// None below the minimum, or when fewer than the minimum answers scored it.
    pub spread: Option<Spread>,
}

/// The group's view of `answers` (all answering `q`), shown only with at least `minimum`
/// (never below [`MINIMUM`]).
pub(crate) fn view(q: &Questionnaire, answers: &[Assessment], minimum: usize) -> GroupView {
    let minimum = minimum.max(MINIMUM);
    let withheld = answers.len() < minimum;
    let scores: Vec<_> = answers
        .iter()
        .map(|a| crate::score::score(q, &a.answers))
        .collect();
    let spread_of =
        |values: Vec<f64>| (!withheld && values.len() >= minimum).then(|| spread(values));
    let dimensions = q
        .dimensions
        .iter()
        .map(|d| GroupDimension {
            id: d.id.clone(),
            spread: spread_of(
                scores
                    .iter()
                    .filter_map(|s| s.dimension(&d.id).and_then(|x| x.score))
                    .collect(),
            ),
        })
        .collect();
    let overall = spread_of(scores.iter().filter_map(|s| s.overall).collect());
    let statements = if withheld {
        vec![]
    } else {
        q.items
            .iter()
            .map(|item| {
                let mut counts = vec![0; (q.scale.max - q.scale.min + 1).max(0) as usize];
                let mut dont_know = 0;
                for a in answers {
                    match a.answer(&item.id).map(|x| x.value()) {
                        Some(Some(v)) if q.scale.contains(v) => {
                            counts[(v - q.scale.min) as usize] += 1;
                        }
                        Some(None) => dont_know += 1,
                        _ => {}
                    }
                }
                (item.id.clone(), counts, dont_know)
            })
            .collect()
    };
    let mut notes: Vec<String> = if withheld {
        vec![]
    } else {
        answers
            .iter()
            .flat_map(|a| {
                a.note
                    .iter()
                    .chain(a.answers.iter().filter_map(|x| x.note.as_ref()))
            })
            .cloned()
            .collect()
    };
    notes.sort();
    GroupView {
        answers: answers.len(),
        minimum,
        withheld,
        dimensions,
        statements,
        notes,
        overall,
    }
}

/// Which of the times a group was asked to show first (oldest first in `withheld`, whether
/// each is withheld): the latest with enough answers, else the latest.
pub(crate) fn shown_first(withheld: &[bool]) -> usize {
    withheld
        .iter()
        .rposition(|w| !w)
        .unwrap_or(withheld.len().saturating_sub(1))
}

/// One dimension of the owner's view set against a group's median.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Against {
    pub yours: f64,
    pub group: Spread,
    /// From the group's median to the owner's score, under the one rule of what counts.
    pub gap: crate::change::Change,
}

/// The owner's view (`yours`, scored on `q`) against the group's median, per dimension where
/// both have a score; the gap's rule uses the owner's answers, the less precise side.
pub(crate) fn against(
    q: &Questionnaire,
    yours: &crate::score::Scores,
    view: &GroupView,
) -> Vec<(String, Option<Against>)> {
    view.dimensions
        .iter()
        .map(|d| {
            let mine = yours
                .dimension(&d.id)
                .and_then(|x| Some((x.score?, x.answered)));
            let paired = mine
                .zip(d.spread)
                .map(|((score, answered), group)| Against {
                    yours: score,
                    group,
                    gap: crate::change::between(score, group.median, &q.scale, answered),
                });
            (d.id.clone(), paired)
        })
        .collect()
}

/// One dimension's cells where a view is set against a group: the view's score, the median,
/// the spread, and the gap ("≈" when about the same); dashes where either has no score.
pub(crate) fn against_cells(against: Option<&Against>) -> [String; 4] {
    let display = |v: f64| crate::score::display(Some(v));
    match against {
        Some(a) => [
            display(a.yours),
            display(a.group.median),
            a.group.range_text(),
            if a.gap.meaningful {
                format!("{:+}", a.gap.points)
            } else {
                "≈".into()
            },
        ],
        None => ["–".into(), "–".into(), String::new(), String::new()],
    }
}

/// The dimensions called out: blind spots (the view sees more trust than the group) and
/// hidden strengths (the group sees more), under the one rule of what counts.
pub(crate) struct CalledOut<'a> {
    pub blind: Vec<&'a str>,
    pub hidden: Vec<&'a str>,
}

pub(crate) fn called_out(rows: &[(String, Option<Against>)]) -> CalledOut<'_> {
    let ids = |keep: &dyn Fn(&Against) -> bool| -> Vec<&str> {
        rows.iter()
            .filter(|(_, a)| a.as_ref().is_some_and(keep))
            .map(|(id, _)| id.as_str())
            .collect()
    };
    CalledOut {
        blind: ids(&|a| a.gap.meaningful && a.gap.points > 0.0),
        hidden: ids(&|a| a.gap.meaningful && a.gap.points < 0.0),
    }
}

impl GroupView {
    /// The dimensions whose answers lie far apart: there the median is no consensus.
    pub(crate) fn divided(&self) -> Vec<&str> {
        self.dimensions
            .iter()
            .filter(|d| d.spread.is_some_and(|s| s.divided()))
            .map(|d| d.id.as_str())
            .collect()
    }
}

fn spread(mut values: Vec<f64>) -> Spread {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    Spread {
        median,
        low: values[0],
        high: values[n - 1],
        answered: n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Response};
    use crate::questionnaire::Catalog;
    use crate::time::Timestamp;

    #[test]
    fn half_the_scale_apart_is_divided_however_the_scores_rounded() {
        let spread = |low: f64, high: f64| Spread {
            median: low,
            low,
            high,
            answered: 3,
        };
        // 1/3 and 5/6 of the scale, as a division gives them.
        assert!(spread(100.0 / 3.0, 250.0 / 3.0).divided());
        assert!(spread(25.0, 75.0).divided());
        assert!(!spread(25.0, 74.9).divided());
    }

    #[test]
    fn the_latest_time_with_enough_answers_is_shown_first() {
        assert_eq!(shown_first(&[false, true]), 0);
        assert_eq!(shown_first(&[false, false, true, true]), 1);
        assert_eq!(shown_first(&[true, false]), 1);
        assert_eq!(shown_first(&[true, true]), 1, "none yet: the latest");
        assert_eq!(shown_first(&[]), 0);
    }

    fn answering(q: &Questionnaire, value: i64, note: Option<&str>) -> Assessment {
        Assessment {
            id: "x".into(),
            subject: "Sam".into(),
            respondent: "Team".into(),
            questionnaire: q.id.clone(),
            questionnaire_version: q.version,
            side: None,
            lang: q.lang.clone(),
            started: Timestamp::parse("2026-12-01T00:00:00Z").unwrap(),
            completed: Timestamp::parse("2026-12-01T00:10:00Z"),
            note: note.map(str::to_string),
            intention: None,
            previous_intention: None,
            answers: q
                .items
                .iter()
                .map(|i| Answer {
                    item: i.id.clone(),
                    // Reversed statements answered the other way: one clear view each.
                    response: Response::Value(if i.reverse { 6 - value } else { value }),
                    note: None,
                    extra: Default::default(),
                })
                .collect(),
            extra: Default::default(),
        }
    }

    #[test]
    fn below_the_minimum_no_number_is_shown() {
        let catalog = Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap();
        let two = [answering(q, 4, Some("b")), answering(q, 2, None)];
        let v = view(q, &two, 1);
        assert_eq!(v.minimum, 3, "never below 3");
        assert!(v.withheld);
        assert!(v.dimensions.iter().all(|d| d.spread.is_none()));
        assert!(v.overall.is_none() && v.statements.is_empty() && v.notes.is_empty());
    }

    #[test]
    fn three_answers_give_medians_spreads_and_counts() {
        let catalog = Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap();
        let three = [
            answering(q, 5, Some("zeta")),
            answering(q, 1, None),
            answering(q, 4, Some("alpha")),
        ];
        let v = view(q, &three, 3);
        assert!(!v.withheld);
        let d = v.dimensions[0].spread.unwrap();
        assert_eq!((d.median, d.low, d.high, d.answered), (75.0, 0.0, 100.0, 3));
        assert!(d.divided(), "0 to 100 is no consensus");
        let (_, counts, dont_know) = &v.statements[0];
        assert_eq!(counts, &vec![1, 0, 0, 1, 1]);
        assert_eq!(*dont_know, 0);
        assert_eq!(v.notes, ["alpha", "zeta"], "sorted, not in answering order");
        let agreeing = [
            answering(q, 4, None),
            answering(q, 4, None),
            answering(q, 5, None),
            answering(q, 4, None),
        ];
        let v = view(q, &agreeing, 3);
        let d = v.dimensions[0].spread.unwrap();
        assert_eq!(d.median, 75.0, "even count: the mean of the middle two");
        assert!(!d.divided());
    }
}
