//! The second built-in questionnaire, `community`: trust between an organisation and its
//! community, on the article's second ladder. Same shape rules as `trust`, in both languages,
//! and a whole assessment with it from the command line.

use crate::common::*;
use confiance::questionnaire::{Catalog, Group, Questionnaire, catalog_text, elision};

const DIMENSIONS: [&str; 8] = [
    "common-language",
    "common-vision",
    "discretion",
    "receptivity",
    "closeness",
    "reciprocity",
    "attribution",
    "feedback",
];

fn shape(q: &Questionnaire) -> Vec<(String, String, bool)> {
    q.items
        .iter()
        .map(|i| (i.id.clone(), i.dimension.clone(), i.reverse))
        .collect()
}

#[test]
fn community_has_the_eight_dimensions_in_both_languages() {
    let catalog = Catalog::builtin();
    let en = catalog.find("community", "en").expect("English");
    let fr = catalog.find("community", "fr").expect("French");
    for q in [en, fr] {
        let ids: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, DIMENSIONS, "{}", q.lang);
        let groups: Vec<Group> = q.dimensions.iter().map(|d| d.group).collect();
        assert_eq!(groups[..5], [Group::Virtue; 5]);
        assert_eq!(groups[5..], [Group::Pillar; 3]);
        for dim in &q.dimensions {
            let items: Vec<_> = q.items_of(&dim.id).collect();
            assert!((3..=4).contains(&items.len()), "{}: {}", q.lang, dim.id);
            let reversed = items.iter().filter(|i| i.reverse).count();
            assert_eq!(reversed, 1, "{}: {}", q.lang, dim.id);
            assert!(!dim.about.trim().is_empty(), "{}: {}", q.lang, dim.id);
            assert!(!dim.advice.is_empty(), "{}: {}", q.lang, dim.id);
        }
        for item in &q.items {
            assert!(item.text.contains("{subject}"), "{}", item.text);
        }
        let mins: Vec<f64> = q.stages.iter().map(|s| s.min).collect();
        assert_eq!(mins, [0.0, 67.0, 75.0], "{}", q.lang);
        // The two upper rungs are reached through the behaviours the article names for them.
        assert!(
            q.stages[1..].iter().all(|s| s.markers.len() == 3),
            "{}",
            q.lang
        );
        let sides: Vec<&str> = q.sides().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(sides, ["organisation", "community"], "{}", q.lang);
    }
    // Same ids, order and reverse flags; every text really translated.
    assert_eq!(shape(en), shape(fr));
    for (e, f) in en.items.iter().zip(&fr.items) {
        assert_ne!(e.text, f.text);
    }
    for (e, f) in en.stages.iter().zip(&fr.stages) {
        assert_ne!(e.about, f.about);
    }
    assert_eq!(fr.stages[2].name, "Cocréation");
    assert_eq!(en.stages[1].name, "Sympathy and ambassadors");
}

#[test]
fn community_in_french_reads_right_whatever_the_name() {
    assert_eq!(elision::warnings(catalog_text("community.fr.toml")), []);
    let catalog = Catalog::builtin();
    let fr = catalog.find("community", "fr").unwrap();
    let mut texts = vec![&fr.title, &fr.intro];
    for d in &fr.dimensions {
        texts.extend([&d.name, &d.about]);
        texts.extend(&d.advice);
    }
    texts.extend(fr.items.iter().map(|i| &i.text));
    texts.extend(fr.stages.iter().flat_map(|s| [&s.name, &s.about]));
    for text in texts {
        assert_eq!(elision::find(text), [], "{text}");
        // French typography: no plain space before a high punctuation mark.
        for mark in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(!text.contains(mark), "{mark:?} in {text:?}");
        }
        assert!(!text.contains('\''), "typographic apostrophe in {text:?}");
    }
}

#[test]
fn a_whole_community_assessment_lands_on_the_second_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let catalog = Catalog::builtin();
    let q = catalog.find("community", "en").unwrap();
    let mut text = String::from(
        "schema = 1\nid = \"C1\"\nsubject = \"Atlas community\"\nrespondent = \"self\"\n\
         questionnaire = \"community\"\nquestionnaire_version = 2\nlang = \"en\"\n\
         side = \"organisation\"\n\
         started = 2026-10-01T10:00:00Z\ncompleted = 2026-10-01T10:20:00Z\n",
    );
    // Agree with every statement, disagree with every reverse-keyed one: the top score.
    for item in &q.items {
        let value = if item.reverse { 1 } else { 5 };
        text.push_str(&format!(
            "\n[[answers]]\nitem = \"{}\"\nvalue = {value}\n",
            item.id
        ));
    }
    let file = write(dir.path().join("in/c1.toml"), &text);
    confiance(&data).arg("import").arg(&file).assert().success();
    let shown = stdout(confiance(&data).args(["show", "Atlas community", "--no-chart"]));
    assert!(shown.contains("Co-creation"), "{shown}");
    assert!(shown.contains("100"), "{shown}");
    let french =
        stdout(confiance(&data).args(["--lang", "fr", "show", "Atlas community", "--no-chart"]));
    assert!(french.contains("Cocréation"), "{french}");
}

/// Both built-in French questionnaires follow French typography, as the interface does: a
/// typographic apostrophe, and no plain space before a high punctuation mark or inside « ».
#[test]
fn both_french_questionnaires_follow_french_typography() {
    let catalog = Catalog::builtin();
    for id in ["trust", "community"] {
        let fr = catalog.find(id, "fr").unwrap();
        let mut texts = vec![&fr.title, &fr.intro];
        texts.extend(&fr.scale.labels);
        for d in &fr.dimensions {
            texts.extend([&d.name, &d.about]);
            texts.extend(&d.advice);
        }
        texts.extend(fr.items.iter().map(|i| &i.text));
        texts.extend(fr.stages.iter().flat_map(|s| [&s.name, &s.about]));
        for text in texts {
            for mark in [" :", " ;", " ?", " !", "« ", " »", "'"] {
                assert!(!text.contains(mark), "{id}: {mark:?} in {text:?}");
            }
        }
    }
}

/// A whole community assessment answered as a person would, line by line (the plain mode the
/// screen readers use), in French: filed, scored, and placed on the community's own ladder.
#[test]
fn a_whole_community_assessment_answered_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Agree with every statement, disagree with the reverse-keyed ones: the top of the ladder.
    let catalog = Catalog::builtin();
    let q = catalog.find("community", "fr").unwrap();
    let mut input: String = q
        .items
        .iter()
        .map(|i| if i.reverse { "1\n" } else { "5\n" })
        .collect();
    input.push('\n'); // the review: an empty line saves
    let out = confiance(&data)
        .args([
            "--lang",
            "fr",
            "assess",
            "Les usagers d’Atlas",
            "--questionnaire",
            "community",
            "--side",
            "community",
            "--plain",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    let (printed, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!("Question 1 sur {}", q.items.len())),
        "{stderr}"
    );
    assert!(printed.contains("Cocréation"), "{printed}");
    let shown = stdout(confiance(&data).args(["show", "Les usagers d’Atlas", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(json["questionnaire"], "community");
    assert_eq!(json["side"], "community");
    assert_eq!(json["overall"], 100.0);
}

/// `assess` of a questionnaire worded for two sides needs `--side`, and only one of its own;
/// a questionnaire worded for one side takes none.
#[test]
fn the_side_is_asked_for_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let refused = |args: &[&str], said: &str| {
        let out = confiance(&data).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(said), "{args:?}: {err}");
    };
    let plain = ["assess", "Club members", "-Q", "community", "--plain"];
    refused(&plain, "add --side organisation|community");
    refused(
        &[&plain[..], &["--side", "members"]].concat(),
        "--side members: `community` has the sides organisation, community",
    );
    refused(
        &["assess", "Alice", "--side", "community", "--plain"],
        "--side community: `trust` is worded for one side only",
    );
    assert!(!data.join("drafts").exists(), "nothing begun");
}

/// The organisation's view and the community's, answered by one person from each side, are
/// compared side against side by default, named by their side; trends never call the second
/// a change of the first.
#[test]
fn the_two_sides_are_compared_and_never_taken_for_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let catalog = Catalog::builtin();
    let q = catalog.find("community", "en").unwrap();
    for (side, value) in [("organisation", 5), ("community", 2)] {
        let input: String = q
            .items
            .iter()
            .map(|i| {
                if i.reverse {
                    format!("{}\n", 6 - value)
                } else {
                    format!("{value}\n")
                }
            })
            .chain(["\n".to_string()])
            .collect();
        confiance(&data)
            .args([
                "assess",
                "Club",
                "-Q",
                "community",
                "--side",
                side,
                "--plain",
            ])
            .write_stdin(input)
            .assert()
            .success();
    }
    // Each view says its side.
    let shown = stdout(confiance(&data).args(["show", "Club", "--no-chart"]));
    assert!(
        shown.starts_with("Club · you (The community) · "),
        "{shown}"
    );
    // Its stage is said to be one side's view.
    assert!(
        shown.contains("One side's view (The community): set it beside the other side's"),
        "{shown}"
    );
    let compared = stdout(confiance(&data).args(["compare", "Club"]));
    assert!(compared.contains("The organisation"), "{compared}");
    assert!(compared.contains("The community"), "{compared}");
    let json: serde_json::Value = serde_json::from_str(&stdout(
        confiance(&data).args(["compare", "Club", "--format", "json"]),
    ))
    .unwrap();
    let sides: Vec<_> = json["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["side"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(sides, ["organisation", "community"]);
    let trend: serde_json::Value = serde_json::from_str(&stdout(
        confiance(&data).args(["trend", "Club", "--format", "json"]),
    ))
    .unwrap();
    let changes: Vec<_> = trend["series"][0]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["change"].clone())
        .collect();
    assert_eq!(changes, [serde_json::Value::Null, serde_json::Value::Null]);
}
