//! The domain's views of a subject over time, computed once and used by the screens, the
//! command line and the reports: the time line with its changes, and the stage text.

use crate::common::fixtures::stored;
use confiance::history;
use confiance::i18n::Common;
use confiance::subjects::by_subject;
use confiance::summary::Summary;

#[test]
fn the_time_line_orders_every_respondent_and_measures_change_per_respondent() {
    let store = vec![
        stored("A1", "Alice", "self", "2026-01-01T10:00:00Z", &[3]),
        stored("B1", "Alice", "Alice", "2026-02-01T10:00:00Z", &[5]),
        stored("A2", "Alice", "self", "2026-03-01T10:00:00Z", &[4]),
    ];
    let subjects = by_subject(&store);
    let series = history::series(&subjects[0]);
    let line = history::timeline(&series);
    let ids: Vec<&str> = line
        .iter()
        .map(|m| m.report.assessment.id.as_str())
        .collect();
    assert_eq!(ids, ["A1", "B1", "A2"]);
    assert_eq!(
        line[0].change, None,
        "a first assessment has nothing to compare with"
    );
    assert_eq!(
        line[1].change, None,
        "Alice's view is compared with Alice's, not mine"
    );
    // 3 → 4 on a 1-5 scale with one reverse-keyed item per dimension: the change is the
    // difference of the two overall scores as they are shown (each rounded).
    let expected = line[2].report.scores.overall.unwrap().round()
        - line[0].report.scores.overall.unwrap().round();
    assert_eq!(line[2].change.map(|c| c.points), Some(expected));
    let points = series[0].points(|r| r.scores.overall);
    assert_eq!(points.len(), 2);
    assert!(points[0].0 < points[1].0);
}

#[test]
fn the_stage_text_says_where_it_stands_and_what_the_next_stage_needs() {
    let low = stored("L1", "Alice", "self", "2026-01-01T10:00:00Z", &[3]);
    let report = Summary::of(&low);
    let ladder = report.ladder().expect("answered");
    let overall = report.scores.overall.unwrap();
    let next = ladder.next.expect("not at the top");
    assert!(
        ladder
            .title(&Common::EN)
            .starts_with(&format!("Stage {} of 6: ", ladder.level))
    );
    assert!(
        ladder
            .title(&Common::FR)
            .starts_with(&format!("Étape {} sur 6\u{a0}: ", ladder.level))
    );
    let points = (next.min - overall).ceil() as i64;
    assert_eq!(
        ladder.next_text(&Common::EN).unwrap(),
        format!(
            "Next: {} at {} ({points} points to go)",
            next.name, next.min
        )
    );
    let skipped = stored("S1", "Alice", "self", "2026-01-01T10:00:00Z", &[0]);
    assert!(
        Summary::of(&skipped).ladder().is_none(),
        "nothing answered, no stage"
    );
}
