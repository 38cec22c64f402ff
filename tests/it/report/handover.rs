//! A report a coach can hand over (issue 23): whose note each note is, each side's wording
//! of the statements, and dates, plurals and words as a person writes them in each language
//! (the charts are in `figures`).

use super::{answers, run};
use crate::common::*;

/// `(file name, text)` imported into the client Marie's space; the temporary folder.
pub(super) fn client_store(files: &[(&str, String)]) -> tempfile::TempDir {
    super::store_in(Some("Marie"), files)
}

/// `answers` with a note on the first statement.
fn noted(id: &str, subject: &str, respondent: &str, when: &str, note: &str) -> String {
    answers(id, subject, respondent, when, &[4, 2]).replacen(
        "value = 4\n",
        &format!("value = 4\nnote = \"{note}\"\n"),
        1,
    )
}

#[test]
fn each_note_says_whose_it_is_elided_as_french_writes_it() {
    let dir = client_store(&[
        (
            "m.toml",
            noted("M1", "Équipe Atlas", "self", "2026-11-01T10:00:00Z", "MINE"),
        ),
        (
            "t.toml",
            noted(
                "T1",
                "Équipe Atlas",
                "Équipe Atlas",
                "2026-11-02T10:00:00Z",
                "TEAM",
            ),
        ),
        (
            "i.toml",
            noted(
                "I1",
                "Équipe Atlas",
                "Inès Moreau",
                "2026-11-03T10:00:00Z",
                "INES",
            ),
        ),
    ]);
    let data = dir.path().join("data");
    let report = |lang: &str| {
        let args = [
            "--client",
            "Marie",
            "--lang",
            lang,
            "report",
            "Équipe Atlas",
        ];
        run(&data, &[&args[..], &["--format", "markdown"]].concat())
    };
    let fr = report("fr");
    // The coach hands the report to Marie: the notes on her view are named after her, like
    // every view's, never "yours" as if the reader had written them.
    assert!(!fr.contains("Votre note"), "{fr}");
    for label in ["Note de Marie", "Note d’Inès Moreau", "Note (Équipe Atlas)"] {
        assert!(fr.contains(label), "{label} missing:\n{fr}");
    }
    for wrong in ["Note de Équipe", "Note de Inès", "Note d’Équipe"] {
        assert!(!fr.contains(wrong), "{wrong}:\n{fr}");
    }
    // The two other views read the statements with Marie's name, said once for both.
    assert!(
        fr.contains("Équipe Atlas et Inès Moreau ont lu\u{a0}: «\u{202f}Marie et moi"),
        "{fr}"
    );
    // In HTML the readings are set apart under the statement, and on a phone the wide
    // table becomes lines, each answer after the name of whose it is.
    let html = run(&data, &["--client", "Marie", "report", "Équipe Atlas"]);
    assert!(
        html.contains("<span class=\"w\">Équipe Atlas and Inès Moreau read: “Marie "),
        "{html}"
    );
    assert!(html.contains("<table class=\"r\">"), "{html}");
    assert!(html.contains("<td data-label=\"Équipe Atlas\">"), "{html}");
    assert!(
        html.contains("@media screen and (max-width:36rem)"),
        "{html}"
    );
    let en = report("en");
    assert!(!en.contains("Your note"), "{en}");
    for label in [
        "Note by Marie",
        "Note by Inès Moreau",
        "Note by Équipe Atlas",
    ] {
        assert!(en.contains(label), "{label} missing:\n{en}");
    }
}

#[test]
fn in_your_own_space_your_note_is_yours() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path().join("in/a.toml"),
        &noted("A1", "Alice", "self", "2026-11-01T10:00:00Z", "MINE"),
    );
    let data = dir.path().join("data");
    confiance(&data).arg("import").arg(&file).assert().success();
    let md = run(&data, &["report", "Alice", "--format", "markdown"]);
    assert!(md.contains("Your note"), "{md}");
}

#[test]
fn dates_plurals_and_words_read_as_a_person_writes_them() {
    let dir = super::store(&[
        (
            "a1.toml",
            answers("A1", "Alice", "self", "2026-11-23T10:00:00Z", &[3]),
        ),
        (
            "a2.toml",
            answers("A2", "Alice", "self", "2026-12-01T10:00:00Z", &[4, 2]),
        ),
    ]);
    let data = dir.path().join("data");
    confiance(&data)
        .args(["cadence", "Alice", "1"])
        .assert()
        .success();
    let md = |lang: &str| {
        run(
            &data,
            &["--lang", lang, "report", "Alice", "--format", "markdown"],
        )
    };
    let (en, fr) = (md("en"), md("fr"));
    assert!(
        en.contains("Next check-in: 8 December 2026, 1 week after"),
        "{en}"
    );
    assert!(en.contains("Since 23 November 2026"), "{en}");
    assert!(
        fr.contains("le 8 décembre 2026, 1\u{a0}semaine après"),
        "{fr}"
    );
    assert!(fr.contains("vous, le 1er décembre 2026"), "{fr}");
    // The tool's name is not a word of the closing sentence.
    assert!(!en.contains("Made with confiance"), "{en}");
    assert!(en.contains("with the confiance tool."), "{en}");
    // In French a "note" is written; a number is a "score".
    assert!(!fr.contains("| Note |") && fr.contains("| Score |"), "{fr}");
}

#[test]
fn a_line_has_one_colon_at_most_even_with_a_dimension_named_with_one() {
    // Every dimension apart: none adds a colon of its own.
    let dir = super::store(&[
        (
            "a.toml",
            answers("A1", "Alice", "self", "2026-11-01T10:00:00Z", &[5]),
        ),
        (
            "h.toml",
            answers("H1", "Alice", "Alice", "2026-11-02T10:00:00Z", &[1]),
        ),
    ]);
    let data = dir.path().join("data");
    for lang in ["en", "fr"] {
        let md = run(
            &data,
            &["--lang", lang, "report", "Alice", "--format", "markdown"],
        );
        let gaps: Vec<&str> = md
            .lines()
            .filter(|l| {
                ["- Blind", "- Hidden", "- Angle", "- Force"]
                    .iter()
                    .any(|s| l.starts_with(s))
            })
            .collect();
        assert_eq!(gaps.len(), 8, "{md}");
        for line in gaps {
            assert!(line.matches(':').count() <= 1, "{line}");
        }
    }
}

/// One change, one number: "at a glance" and "since" say the change between the scores as
/// shown (58 → 69 is 11), not between unrounded ones (10.4).
#[test]
fn the_glance_and_the_since_line_give_the_same_change() {
    let dir = super::store(&[
        (
            "a.toml",
            answers("A1", "Alice", "self", "2026-10-01T10:00:00Z", &[5, 1, 4, 3]),
        ),
        (
            "b.toml",
            answers(
                "B1",
                "Alice",
                "self",
                "2026-11-01T10:00:00Z",
                &[2, 5, 1, 3, 1, 1],
            ),
        ),
    ]);
    let md = run(
        &dir.path().join("data"),
        &["report", "Alice", "--format", "markdown"],
    );
    let glance = md.lines().find(|l| l.starts_with("| Overall |")).unwrap();
    let since = md.lines().find(|l| l.starts_with("Since ")).unwrap();
    let change = glance.rsplit('|').nth(1).unwrap().trim();
    assert!(
        since.ends_with(&format!("Overall {change}")),
        "{glance} / {since}"
    );
}
