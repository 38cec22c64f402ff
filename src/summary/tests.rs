//! Tests of one assessment ready to show: reading it in another language, its ladder.

use super::same_shape;
use crate::questionnaire::Catalog;

#[test]
fn only_a_questionnaire_of_the_same_shape_reads_another_languages_assessment() {
    let catalog = Catalog::builtin();
    let en = catalog.find("trust", "en").unwrap();
    let fr = catalog.find("trust", "fr").unwrap();
    assert!(same_shape(en, fr) && same_shape(fr, en));
    let mut other = (**fr).clone();
    other.dimensions[4].id = "nearness".into();
    assert!(!same_shape(en, &other), "another dimension");
    let mut other = (**fr).clone();
    other.items[2].reverse = !other.items[2].reverse;
    assert!(!same_shape(en, &other), "another scoring");
    let mut other = (**fr).clone();
    other.stages[3].min += 1.0;
    assert!(!same_shape(en, &other), "other stages");
}

/// Where an assessment stands on its ladder, and what the next step says.
mod ladder {

    use crate::assessment::{Answer, Response};
    use crate::i18n::{Common, Lang};
    use crate::summary::Summary;

    /// Alice's view with every statement of trust version 2 answered `value` (reversed ones
    /// mirrored), outcomes included.
    fn answered_all(value: i64) -> crate::store::Stored {
        answered(|i| if i.reverse { 6 - value } else { value })
    }

    /// Alice's view with every statement of trust version 2 answered as `value` says.
    fn answered(value: impl Fn(&crate::questionnaire::Item) -> i64) -> crate::store::Stored {
        let mut stored = crate::test_support::stored("A1", "Alice", "self", "2026-12-01T10:00:00Z");
        let catalog = crate::questionnaire::Catalog::builtin();
        let q = catalog.find("trust", "en").unwrap().clone();
        stored.assessment.questionnaire_version = q.version;
        stored.assessment.answers = q
            .items
            .iter()
            .map(|i| Answer {
                item: i.id.clone(),
                response: Response::Value(value(i)),
                note: None,
                extra: Default::default(),
            })
            .collect();
        stored.questionnaire = q;
        stored
    }

    /// A score nearer a threshold than a change worth calling out says the stage could read as
    /// its neighbour; one well inside its stage says nothing of the kind.
    #[test]
    fn a_score_at_the_edge_of_a_stage_says_so() {
        let words = Common::of(Lang::En);
        // Neutral everywhere: 50, ten points inside Dialogue (40-59).
        let neutral = answered_all(3);
        let report = Summary::of(&neutral);
        let ladder = report.ladder().unwrap();
        assert_eq!(ladder.stage.name, "Dialogue");
        assert_eq!(ladder.edge_text(words), None);
        // "Agree" everywhere but one plain statement at "neither": just under 75, at the edge
        // of Shared values (or just over: then at the edge of Parallel production).
        let mut near = answered_all(4);
        let first = near
            .assessment
            .answers
            .iter_mut()
            .find(|a| a.item == "closeness.frequent");
        first.unwrap().response = Response::Value(3);
        let report = Summary::of(&near);
        let ladder = report.ladder().unwrap();
        let edge = ladder.edge_text(words).expect("at an edge");
        assert!(
            edge == "Close to Shared values: two answers moving one step could change the stage."
                || edge.starts_with("Close to Parallel production"),
            "{edge} ({:?})",
            report.scores.overall
        );
    }

    /// An overall score high enough for the next rung whose marking statements are low: the
    /// next step says so, never "1 point to go".
    #[test]
    fn a_rung_held_back_by_its_statements_says_so() {
        let stored = answered(|i| match i.id.as_str() {
            "common-language.terms" | "common-language.shorthand" => 1,
            _ if i.reverse => 1,
            _ => 5,
        });
        let report = Summary::of(&stored);
        let ladder = report.ladder().unwrap();
        assert_eq!(ladder.stage.name, "Dialogue");
        let next = ladder.next_text(Common::of(Lang::En)).unwrap();
        assert_eq!(
            next,
            "Next: Common understanding at 60: the overall score reaches it, the statements that mark it do not yet"
        );
    }
}
