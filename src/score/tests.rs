//! Tests of the scoring rules: positions, enough answers, stages, markers and outcomes.

use super::*;
use crate::assessment::{Answer, Response};
use crate::questionnaire::parse;

/// Three dimensions (two virtues, one pillar) on a `min`-`max` scale; `b.2` is reverse-keyed.
fn questionnaire(min: i64, max: i64) -> Questionnaire {
    let text = include_str!("../../tests/fixtures/mini-questionnaire.toml").replace(
        "min = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]",
        &format!("min = {min}\nmax = {max}\nlabels = [\"low\", \"high\"]"),
    );
    parse(&text).unwrap()
}

fn answer(item: &str, value: Option<i64>) -> Answer {
    Answer {
        item: item.into(),
        response: value.map_or(Response::Skipped, Response::Value),
        note: None,
        extra: Default::default(),
    }
}

#[test]
fn zero_to_ten_scale_with_reverse_item() {
    let q = questionnaire(0, 10);
    // a: 7 -> 70. b: 9 -> 90, reverse 2 -> 10 - 2 = 8 -> 80; mean 85. c: 3 -> 30.
    let s = score(
        &q,
        &[
            answer("a.1", Some(7)),
            answer("b.1", Some(9)),
            answer("b.2", Some(2)),
            answer("c.1", Some(3)),
        ],
    );
    assert_eq!(s.dimensions[0].score, Some(70.0));
    assert_eq!(s.dimensions[1].score, Some(85.0));
    assert_eq!(s.dimensions[2].score, Some(30.0));
    assert_eq!(s.virtues, Some(77.5));
    assert_eq!(s.pillars, Some(30.0));
    assert_eq!(s.overall, Some(185.0 / 3.0));
    assert_eq!(
        s.stage,
        Some(1),
        "61.67 reaches `mid` (50), not `high` (80)"
    );
}

#[test]
fn one_to_five_scale_full_precision() {
    let q = questionnaire(1, 5);
    // a: 2 -> 25. b: 4 -> 75 and reverse 5 -> 1 -> 0: mean 37.5. c: 5 -> 100.
    let s = score(
        &q,
        &[
            answer("a.1", Some(2)),
            answer("b.1", Some(4)),
            answer("b.2", Some(5)),
            answer("c.1", Some(5)),
        ],
    );
    assert_eq!(s.dimensions[1].score, Some(37.5));
    assert_eq!(s.virtues, Some(31.25));
    assert_eq!(s.overall, Some(162.5 / 3.0));
    assert_eq!(display(s.overall), "54");
}

#[test]
fn where_to_start_never_names_a_dimension_at_the_top() {
    let q = questionnaire(1, 5);
    // a: 25, b: 37.5, c: 100.
    let s = score(
        &q,
        &[
            answer("a.1", Some(2)),
            answer("b.1", Some(4)),
            answer("b.2", Some(5)),
            answer("c.1", Some(5)),
        ],
    );
    let ids: Vec<&str> = s.weakest().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "lowest first, and c (100) left out");
    let top = score(&q, &[answer("a.1", Some(5)), answer("c.1", Some(5))]);
    assert!(top.weakest().is_empty(), "nothing to start from at the top");
}

#[test]
fn dont_know_and_empty_dimensions_have_no_score() {
    let q = questionnaire(1, 5);
    let s = score(
        &q,
        &[
            answer("a.1", None),
            answer("b.1", Some(4)),
            answer("b.2", Some(2)),
            answer("c.1", Some(3)),
        ],
    );
    assert_eq!(s.dimensions[0].score, None, "don't know gives no score");
    assert_eq!(s.dimensions[0].answered, 0);
    assert_eq!(s.dimensions[1].score, Some(75.0));
    assert_eq!(
        s.virtues,
        Some(75.0),
        "dimensions without a score are ignored"
    );
    assert_eq!(s.overall, Some(62.5));
    let none = score(&q, &[]);
    assert_eq!(
        (none.virtues, none.pillars, none.overall, none.stage),
        (None, None, None, None)
    );
}

/// One statement never stands for a dimension of two or more: 1 of 2 (or 1 of 3) gives
/// "not enough answers", with the count kept; a one-statement dimension is its statement.
#[test]
fn a_dimension_needs_two_answers_and_half_of_its_statements() {
    let q = questionnaire(1, 5);
    let s = score(&q, &[answer("a.1", Some(5)), answer("b.2", Some(1))]);
    assert_eq!(s.dimensions[0].score, Some(100.0), "one statement of one");
    assert_eq!(s.dimensions[1].score, None, "one statement of two");
    assert_eq!((s.dimensions[1].answered, s.dimensions[1].items), (1, 2));
    assert_eq!(s.overall, Some(100.0), "from scored dimensions only");
    for (answered, items, expected) in [
        (0, 3, false),
        (1, 3, false),
        (2, 3, true),
        (2, 4, true),
        (2, 5, false),
        (3, 5, true),
        (1, 1, true),
        (0, 1, false),
    ] {
        assert_eq!(enough(answered, items), expected, "{answered} of {items}");
    }
}

#[test]
fn a_stage_needs_three_quarters_of_the_dimensions() {
    assert!(enough_for_a_stage(6, 8));
    assert!(!enough_for_a_stage(5, 8));
    assert!(enough_for_a_stage(3, 3));
    assert!(!enough_for_a_stage(2, 3));
    assert!(!enough_for_a_stage(0, 0));
    let q = questionnaire(1, 5);
    let two_of_three = score(&q, &[answer("a.1", Some(5)), answer("c.1", Some(5))]);
    assert_eq!(two_of_three.overall, Some(100.0));
    assert_eq!(two_of_three.stage, None, "2 of 3 dimensions place no stage");
}

/// A rung that names its behaviours is reached only when they reach it too, and never
/// over a rung below that is not reached.
#[test]
fn marked_rungs_need_their_behaviours() {
    let text = include_str!("../../tests/fixtures/mini-questionnaire.toml").replace(
        "min = 50\nname = \"mid\"",
        "min = 50\nname = \"mid\"\nmarkers = [\"a.1\", \"c.1\"]",
    );
    let q = parse(&text).unwrap();
    let all = |a: i64, b: i64, c: i64| {
        vec![
            answer("a.1", Some(a)),
            answer("b.1", Some(b)),
            answer("b.2", Some(4 - b)),
            answer("c.1", Some(c)),
        ]
    };
    // Overall 3 of 3 ("yes" everywhere): every rung.
    assert_eq!(score(&q, &all(3, 3, 3)).stage, Some(2));
    // b high, markers low: overall (0 + 100 + 0) / 3 = 33, below mid anyway.
    assert_eq!(score(&q, &all(1, 3, 1)).stage, Some(0));
    // Overall 83 but one marker low: the markers' mean is 50, mid is reached.
    assert_eq!(score(&q, &all(3, 3, 2)).stage, Some(2));
    // Markers at 25 on average with a high overall would need b above 100: check the
    // marker rule directly with a lower marker mean.
    let q_high = parse(&text.replace("min = 50", "min = 60")).unwrap();
    assert_eq!(
        score(&q_high, &all(3, 3, 1)).stage,
        Some(0),
        "overall 67 reaches 60, markers 50 do not: neither mid nor high"
    );
}

/// "Don't know" to the statements that mark a rung leaves the overall score to decide: with
/// Common language unanswered in trust (two of the three markers of Common understanding),
/// an overall of 100 reaches the top, not Dialogue.
#[test]
fn a_rung_is_not_held_back_by_statements_left_unanswered() {
    let catalog = crate::questionnaire::Catalog::builtin();
    let q = catalog.find("trust", "en").unwrap();
    let answers: Vec<Answer> = q
        .items
        .iter()
        .map(|i| {
            let value = match (i.dimension.as_str(), i.reverse) {
                ("common-language", _) => None,
                (_, true) => Some(1),
                (_, false) => Some(5),
            };
            answer(&i.id, value)
        })
        .collect();
    let s = score(q, &answers);
    assert_eq!(s.overall, Some(100.0));
    assert_eq!(s.scored(), 7);
    assert_eq!(s.stage, Some(q.stages.len() - 1));
}

#[test]
fn outcomes_are_kept_out_of_the_scores() {
    let text = include_str!("../../tests/fixtures/mini-questionnaire.toml").to_string()
        + "\n[[items]]\nid = \"o.dare\"\ntext = \"x\"\noutcome = true\n";
    let q = parse(&text).unwrap();
    let s = score(
        &q,
        &[
            answer("a.1", Some(1)),
            answer("c.1", Some(1)),
            answer("o.dare", Some(3)),
        ],
    );
    assert_eq!(s.overall, Some(0.0), "the outcome's 3 counts nowhere");
    assert_eq!(
        s.outcomes,
        vec![Outcome {
            item: "o.dare".into(),
            value: Some(3),
            position: Some(100.0)
        }]
    );
}

#[test]
fn stage_is_the_last_reached() {
    let q = questionnaire(1, 5);
    assert_eq!(stage_for(&q, 0.0, &[]), Some(0));
    assert_eq!(stage_for(&q, 49.4, &[]), Some(0));
    assert_eq!(
        stage_for(&q, 49.6, &[]),
        Some(1),
        "shown as 50: the stage at 50"
    );
    assert_eq!(stage_for(&q, 50.0, &[]), Some(1));
    assert_eq!(stage_for(&q, 100.0, &[]), Some(2));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn scores_stay_within_0_and_100(values in proptest::collection::vec(proptest::option::of(0i64..=10), 4)) {
            let q = questionnaire(0, 10);
            let ids = ["a.1", "b.1", "b.2", "c.1"];
            let answers: Vec<Answer> = ids.iter().zip(&values).map(|(i, v)| answer(i, *v)).collect();
            let s = score(&q, &answers);
            for v in s.dimensions.iter().filter_map(|d| d.score).chain(s.overall) {
                prop_assert!((0.0..=100.0).contains(&v));
            }
            // a.1 and c.1 score alone; b needs both of its statements.
            let scored = values[0].is_some() || values[3].is_some() || (values[1].is_some() && values[2].is_some());
            prop_assert_eq!(s.overall.is_some(), scored);
        }

        #[test]
        fn any_scale_the_parser_accepts_scores_within_0_and_100(
            min in prop_oneof![-2000i64..2000, any::<i64>()],
            max in prop_oneof![-2000i64..2000, any::<i64>()],
            picks in proptest::collection::vec(any::<prop::sample::Index>(), 4),
        ) {
            let text = include_str!("../../tests/fixtures/mini-questionnaire.toml").replace(
                "min = 1\nmax = 3\nlabels = [\"no\", \"maybe\", \"yes\"]",
                &format!("min = {min}\nmax = {max}\nlabels = [\"low\", \"high\"]"),
            );
            let Ok(q) = parse(&text) else { return Ok(()); };
            prop_assert!(q.scale.max - q.scale.min <= 100);
            let points: Vec<i64> = q.scale.points().collect();
            let ids = ["a.1", "b.1", "b.2", "c.1"];
            let answers: Vec<Answer> = ids
                .iter()
                .zip(&picks)
                .map(|(i, p)| answer(i, Some(points[p.index(points.len())])))
                .collect();
            let s = score(&q, &answers);
            for v in s.dimensions.iter().filter_map(|d| d.score).chain(s.overall) {
                prop_assert!((0.0..=100.0).contains(&v), "{v}");
            }
        }
    }
}
