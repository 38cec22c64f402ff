//! Answers that contradict each other: agreeing (or disagreeing) both with a statement and
//! with its reversed sibling in the same dimension ("we share the same goals" and "we pull in
//! different directions"). Reversed statements are easy to misread, so such a pair is pointed
//! out for the person to look at again; the scores are left as answered.

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
