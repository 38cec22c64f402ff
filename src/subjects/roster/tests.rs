//! The roster tallies subjects from briefs in any order, and its rows read back from JSON.

use super::*;

fn brief(subject: &str, respondent: &str, id: &str, day: u32, overall: f64) -> Brief {
    Brief {
        subject: subject.into(),
        respondent: respondent.into(),
        id: id.into(),
        when: Timestamp::parse(&format!("2026-11-{day:02}T10:00:00Z")).unwrap(),
        overall: Some(overall),
    }
}

#[test]
fn a_subject_is_tallied_in_any_order() {
    let briefs = [
        brief("Team Atlas", "self", "A1", 1, 40.0),
        brief("team atlas", "Marc", "A2", 3, 70.0),
        brief("Team Atlas", "self", "A3", 2, 55.0),
        brief("Alice", "Alice", "B1", 5, 30.0),
    ];
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
        let mut roster = Roster::new(None);
        for i in order {
            roster.add(&briefs[i]);
        }
        let rows = roster.rows();
        assert_eq!(rows.len(), 2);
        let (alice, atlas) = (&rows[0], &rows[1]);
        assert_eq!(alice.name, "Alice");
        assert_eq!(
            (alice.overall, alice.overall_respondent.as_str()),
            (Some(30.0), "Alice")
        );
        // Spelt as the latest spells it; the owner's latest score, not Marc's later one.
        assert_eq!(atlas.name, "team atlas");
        assert_eq!(atlas.count, 3);
        assert_eq!(atlas.overall, Some(55.0));
        assert_eq!(atlas.respondents, ["self", "Marc"]);
        assert_eq!(atlas.check_in_from, briefs[2].when);
        assert!(atlas.history.is_empty(), "kept only when asked");
    }
    let mut roster = Roster::new(None).with_history();
    for b in briefs.iter().rev() {
        roster.add(b);
    }
    let rows = roster.rows();
    assert_eq!(
        rows[1].history,
        [Some(40.0), Some(55.0)],
        "the owner's, in time order"
    );
}

#[test]
fn rows_come_back_from_json_as_they_were() {
    let mut roster = Roster::new(None).with_history();
    roster.add(&brief("Team Atlas", "self", "A1", 1, 40.0));
    roster.add(&brief("Team Atlas", "Marc", "A2", 3, 70.0));
    let rows = roster.rows();
    assert_eq!(from_json(&to_json(&rows)), Some(rows));
    assert_eq!(from_json(b"[1,2]"), None);
}

#[test]
fn one_respondents_view_keeps_the_check_in_of_the_whole_subject() {
    let mut roster = Roster::new(Some(("Marc", None)));
    for b in [
        brief("Team Atlas", "self", "A1", 1, 40.0),
        brief("Team Atlas", "Marc", "A2", 3, 70.0),
        brief("Alice", "Alice", "B1", 5, 30.0),
    ] {
        roster.add(&b);
    }
    let rows = roster.rows();
    assert_eq!(rows.len(), 1, "Alice has no view of Marc's");
    assert_eq!((rows[0].count, rows[0].overall), (1, Some(70.0)));
    assert_eq!(rows[0].overall_respondent, "Marc");
    assert_eq!(
        rows[0].check_in_from,
        Timestamp::parse("2026-11-01T10:00:00Z").unwrap()
    );
}
