//! Answers that contradict each other: agreeing (or disagreeing) both with a statement and
//! with its reversed sibling in the same dimension ("we share the same goals" and "we pull in
//! different directions"). Reversed statements are easy to misread, so such a pair is pointed
//! out for the person to look at again; the scores are left as answered. When the whole set of
//! answers leans one way, reversed statements included, that is said once, above the pairs.

use crate::assessment::Answer;
use crate::questionnaire::Questionnaire;

/// One dimension where a reversed statement and a plain one were answered the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReversedPair {
    pub dimension: String,
    /// The statements involved, in asking order: the reversed one and each plain one
    /// answered on the same side of the scale.
    pub items: Vec<String>,
}

/// Which side of the scale's middle a value lies on: agreeing, disagreeing, or neither.
fn side(q: &Questionnaire, value: i64) -> std::cmp::Ordering {
    // Twice the value against min + max: exact for scales with an even number of points.
    (2 * value).cmp(&(q.scale.min + q.scale.max))
}

/// Every dimension where a reversed statement and a plain one are both agreed with, or both
/// disagreed with (a middle answer contradicts nothing).
pub(crate) fn reversed_pairs(q: &Questionnaire, answers: &[Answer]) -> Vec<ReversedPair> {
    let value = |id: &str| {
        answers
            .iter()
            .find(|a| a.item == id)
            .and_then(Answer::value)
            .filter(|v| q.scale.contains(*v))
    };
    let mut pairs = vec![];
    for dim in &q.dimensions {
        let mut involved: Vec<&str> = vec![];
        for reversed in q.items_of(&dim.id).filter(|i| i.reverse) {
            let Some(r) = value(&reversed.id).map(|v| side(q, v)) else {
                continue;
            };
            if r.is_eq() {
                continue;
            }
            for plain in q.items_of(&dim.id).filter(|i| !i.reverse) {
                if value(&plain.id).is_some_and(|v| side(q, v) == r) {
                    for id in [reversed.id.as_str(), plain.id.as_str()] {
                        if !involved.contains(&id) {
                            involved.push(id);
                        }
                    }
                }
            }
        }
        if !involved.is_empty() {
            let order = |id: &&str| q.item_index(id);
            involved.sort_by_key(order);
            pairs.push(ReversedPair {
                dimension: dim.id.clone(),
                items: involved.into_iter().map(str::to_string).collect(),
            });
        }
    }
    pairs
}

/// How many dimensions with a statement and its reversed sibling answered alike make the
/// whole set of answers look answered by habit (the reviewing psychologist's "3 of 8").
const ALIKE_DIMENSIONS: usize = 3;

/// Fewer scored answers than this are too few to call a pattern.
const ALIKE_ANSWERED: usize = 6;

/// The answers lean one way as a whole, reversed statements included: every scored statement
/// got the same answer on one side of the scale, or a statement and its reversed sibling were answered alike in
/// [`ALIKE_DIMENSIONS`] dimensions or more. Agreeing by habit ("acquiescence") or answering
/// quickly does that; the scores are left as answered.
pub(crate) fn answered_alike(q: &Questionnaire, answers: &[Answer]) -> bool {
    let values: Vec<i64> = answers
        .iter()
        .filter(|a| q.item(&a.item).is_some_and(|i| !i.outcome))
        .filter_map(Answer::value)
        .filter(|v| q.scale.contains(*v))
        .collect();
    if values.len() < ALIKE_ANSWERED {
        return false;
    }
    // The middle everywhere contradicts nothing, as in a pair: it leans neither way.
    let all_same = values.iter().all(|v| *v == values[0]) && !side(q, values[0]).is_eq();
    // Identical answers say nothing odd when no statement is reversed.
    let any_reversed = q.items.iter().any(|i| i.reverse && !i.outcome);
    (all_same && any_reversed) || reversed_pairs(q, answers).len() >= ALIKE_DIMENSIONS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Response;
    use crate::questionnaire::parse;

    /// The test questionnaire: `b.1` plain and `b.2` reversed, on a 1-3 scale.
    fn answers(values: &[(&str, Option<i64>)]) -> Vec<Answer> {
        values
            .iter()
            .map(|(item, v)| Answer {
                item: (*item).into(),
                response: v.map_or(Response::Skipped, Response::Value),
                note: None,
                extra: Default::default(),
            })
            .collect()
    }

    #[test]
    fn agreeing_or_disagreeing_with_both_is_pointed_at() {
        let q = parse(include_str!("../tests/fixtures/mini-questionnaire.toml")).unwrap();
        let both_agree = reversed_pairs(&q, &answers(&[("b.1", Some(3)), ("b.2", Some(3))]));
        assert_eq!(
            both_agree,
            vec![ReversedPair {
                dimension: "b".into(),
                items: vec!["b.1".into(), "b.2".into()]
            }]
        );
        let both_disagree = answers(&[("b.1", Some(1)), ("b.2", Some(1))]);
        assert_eq!(reversed_pairs(&q, &both_disagree).len(), 1);
        for consistent in [
            answers(&[("b.1", Some(3)), ("b.2", Some(1))]),
            answers(&[("b.1", Some(2)), ("b.2", Some(3))]),
            answers(&[("b.1", Some(3)), ("b.2", None)]),
            answers(&[("a.1", Some(3)), ("c.1", Some(3))]),
        ] {
            assert_eq!(reversed_pairs(&q, &consistent), vec![], "{consistent:?}");
        }
    }

    #[test]
    fn answers_leaning_one_way_as_a_whole_are_said_once() {
        let catalog = crate::questionnaire::Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap();
        let scored: Vec<&str> = q
            .items
            .iter()
            .filter(|i| !i.outcome)
            .map(|i| i.id.as_str())
            .collect();
        let all = |v: i64| answers(&scored.iter().map(|id| (*id, Some(v))).collect::<Vec<_>>());
        // "Agree" everywhere, "disagree" everywhere: the same answer to every statement.
        assert!(answered_alike(q, &all(4)));
        assert!(answered_alike(q, &all(1)));
        // Neutral everywhere leans neither way.
        assert!(!answered_alike(q, &all(3)));
        // Answered by the meaning of each statement: nothing to say.
        let honest: Vec<_> = q
            .items
            .iter()
            .filter(|i| !i.outcome)
            .map(|i| (i.id.as_str(), Some(if i.reverse { 2 } else { 4 })))
            .collect();
        assert!(!answered_alike(q, &answers(&honest)));
        // Reversed statements agreed with in two dimensions: pairs, not a pattern; in
        // three dimensions: a pattern.
        let agreeing_with_reversed = |dimensions: usize| {
            let mut seen = vec![];
            let values: Vec<_> = q
                .items
                .iter()
                .filter(|i| !i.outcome)
                .map(|i| {
                    let flip = i.reverse && {
                        if !seen.contains(&i.dimension) && seen.len() < dimensions {
                            seen.push(i.dimension.clone());
                        }
                        seen.contains(&i.dimension)
                    };
                    (i.id.as_str(), Some(if i.reverse && !flip { 2 } else { 4 }))
                })
                .collect();
            answers(&values)
        };
        assert!(!answered_alike(q, &agreeing_with_reversed(2)));
        assert!(answered_alike(q, &agreeing_with_reversed(3)));
        // Too few answers to call a pattern.
        assert!(!answered_alike(q, &all(4)[..5]));
    }

    #[test]
    fn the_middle_of_an_even_scale_is_between_two_points() {
        let text = include_str!("../tests/fixtures/mini-questionnaire.toml").replace(
            "min = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]",
            "min = 1\nmax = 4\nlabels = [\"no\", \"yes\"]",
        );
        let q = parse(&text).unwrap();
        // 3 of 1-4 agrees (above 2.5): agreeing with both.
        assert_eq!(
            reversed_pairs(&q, &answers(&[("b.1", Some(3)), ("b.2", Some(3))])).len(),
            1
        );
        assert!(reversed_pairs(&q, &answers(&[("b.1", Some(3)), ("b.2", Some(2))])).is_empty());
    }
}
