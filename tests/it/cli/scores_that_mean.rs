//! Numbers the answers can carry: a dimension needs enough answers, a stage enough
//! dimensions, a gap is called out only beyond noise, and contradicting answers are pointed at.

use crate::common::{assessment_text, confiance, stdout, write};
use serde_json::Value;

/// `text` with the answers of the first `n` items turned into "don't know".
fn dont_know_first(text: &str, n: usize) -> String {
    let mut out = String::new();
    for (i, part) in text.split("\n[[answers]]\n").enumerate() {
        if i > 0 {
            out.push_str("\n[[answers]]\n");
        }
        if (1..=n).contains(&i) {
            let item = part.lines().next().unwrap();
            out.push_str(&format!("{item}\nskipped = true\n"));
        } else {
            out.push_str(part);
        }
    }
    out
}

fn json(data: &std::path::Path, args: &[&str]) -> Value {
    serde_json::from_str(&stdout(confiance(data).args(args))).unwrap()
}

#[test]
fn one_answer_of_three_is_not_enough_and_three_dimensions_out_of_eight_place_no_stage() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Two "don't know" in the first dimension (3 statements) leave one answer: no score.
    let text = dont_know_first(
        &assessment_text("A1", "Alice", "self", "2026-03-01T10:00:00Z", 3),
        2,
    );
    let file = write(dir.path().join("in/a.toml"), &text);
    confiance(&data).arg("import").arg(&file).assert().success();
    let shown = json(&data, &["show", "Alice", "--format", "json"]);
    let first = &shown["dimensions"][0];
    assert_eq!(first["score"], Value::Null, "{first}");
    assert_eq!(first["answered"], 1);
    assert_eq!(shown["scored_dimensions"], 7);
    assert!(shown["stage"].is_object(), "7 of 8 still place a stage");
    let text = stdout(confiance(&data).args(["show", "Alice", "--no-chart"]));
    assert!(text.contains("1/3 not enough answers"), "{text}");
    assert!(text.contains("(7 of 8 dimensions scored)"), "{text}");
    assert!(
        text.contains("A stage is an indication, not a verdict."),
        "{text}"
    );

    // Nine "don't know": the first three dimensions unscored, five of eight left: no stage.
    let text = dont_know_first(
        &assessment_text("A2", "Alice", "self", "2026-03-02T10:00:00Z", 3),
        9,
    );
    let file = write(dir.path().join("in/b.toml"), &text);
    confiance(&data).arg("import").arg(&file).assert().success();
    let shown = json(&data, &["show", "Alice", "--format", "json"]);
    assert_eq!(shown["scored_dimensions"], 5);
    assert!(shown["overall"].is_number());
    assert_eq!(shown["stage"], Value::Null);
    let text = stdout(confiance(&data).args(["show", "Alice", "--no-chart", "--lang", "fr"]));
    assert!(
        text.contains("trois quarts des dimensions (5 sur 8"),
        "{text}"
    );
}

#[test]
fn gaps_and_changes_say_whether_they_count_and_contradictions_are_pointed_at() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for (name, who, when, value) in [
        ("a", "self", "2026-03-01T10:00:00Z", 3),
        ("b", "self", "2026-04-01T10:00:00Z", 4),
        ("c", "Alice", "2026-04-02T10:00:00Z", 3),
    ] {
        let text = assessment_text(name, "Alice", who, when, value);
        let file = write(dir.path().join(format!("in/{name}.toml")), &text);
        confiance(&data).arg("import").arg(&file).assert().success();
    }
    // Every answer one step up: each 3-statement dimension moves by 8 points (two plain
    // statements up, one reversed down, net one move): about the same.
    let compared = json(&data, &["compare", "Alice", "--format", "json"]);
    let gaps = compared["gaps"].as_array().unwrap();
    assert!(!gaps.is_empty());
    for gap in gaps {
        assert_eq!(gap["meaningful"], false, "{gap}");
    }
    let text = stdout(confiance(&data).args(["compare", "Alice"]));
    assert!(text.contains("the views are about the same"), "{text}");
    let trend = json(&data, &["trend", "Alice", "--format", "json"]);
    let change = &trend["series"][0]["points"][1]["change"];
    assert!(change["meaningful"].is_boolean(), "{trend}");
    assert_eq!(trend["series"][0]["points"][0]["change"], Value::Null);
    // "Agree" with every statement, reversed ones too: the whole set leans one way (said
    // first), and each dimension is pointed at.
    let shown = json(&data, &["show", "Alice", "--id", "b", "--format", "json"]);
    let warnings = shown["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 9, "{shown}");
    assert_eq!(warnings[0]["kind"], "answered_alike");
    assert_eq!(warnings[1]["kind"], "reversed_pair");
    assert_eq!(warnings[1]["dimension"], "common-language");
    assert_eq!(warnings[1]["items"].as_array().unwrap().len(), 3);
    let text = stdout(confiance(&data).args(["show", "Alice", "--id", "b"]));
    assert!(text.contains("Most answers lean the same way"), "{text}");
    let neutral = json(&data, &["show", "Alice", "--id", "a", "--format", "json"]);
    assert_eq!(
        neutral["warnings"],
        Value::Array(vec![]),
        "neutral contradicts nothing"
    );
    let text = stdout(confiance(&data).args(["show", "Alice", "--id", "b", "--no-chart"]));
    assert!(text.contains("Look again"), "{text}");
}

/// The outcome statements of trust version 2 are asked last and shown apart, "what goes with
/// this level of trust", with their answers; changing them changes no score.
#[test]
fn outcome_statements_are_shown_apart_and_never_scored() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let answered = |subject: &str, outcome: &str| {
        // Every scored statement 4 (reversed ones 2), the two outcomes `outcome`.
        let q = confiance::questionnaire::Catalog::builtin();
        let q = q.find("trust", "en").unwrap();
        let mut input: String = q
            .items
            .iter()
            .map(|i| match (i.outcome, i.reverse) {
                (true, _) => format!("{outcome}\n"),
                (false, true) => "2\n".into(),
                (false, false) => "4\n".into(),
            })
            .collect();
        input.push('\n');
        confiance(&data)
            .args(["assess", subject, "--plain"])
            .write_stdin(input)
            .assert()
            .success();
        json(&data, &["show", subject, "--format", "json"])
    };
    let low = answered("Alice", "1");
    let high = answered("Bob", "5");
    assert_eq!(low["overall"], high["overall"], "outcomes are not scored");
    assert_eq!(low["questionnaire_version"], 2);
    let outcomes = high["outcomes"].as_array().unwrap();
    assert_eq!(outcomes.len(), 2, "{high}");
    assert_eq!(outcomes[0]["value"], 5);
    // Over time too, beside the scores: trend JSON gives each point's outcomes.
    let trend = json(&data, &["trend", "Bob", "--format", "json"]);
    let point = &trend["series"][0]["points"][0];
    assert_eq!(point["outcomes"][0]["value"], 5, "{trend}");
    assert_eq!(point["outcomes"][0]["position"], 100.0, "{trend}");
    // And in the report, beside the stage.
    let report = dir.path().join("bob.md");
    confiance(&data)
        .args(["report", "Bob", "--output"])
        .arg(&report)
        .assert()
        .success();
    let report = std::fs::read_to_string(&report).unwrap();
    let at = report
        .find("What goes with this level of trust")
        .unwrap_or_else(|| panic!("{report}"));
    assert!(
        report[at..].contains("Answer: 5 (Strongly agree)."),
        "{report}"
    );
    let shown = stdout(confiance(&data).args(["show", "Bob", "--no-chart"]));
    let at = shown
        .find("What goes with this level of trust")
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        shown[at..].contains("I have tried something new in my work with Bob, without being sure it would work. Answer: 5 (Strongly agree)."),
        "{shown}"
    );
}
