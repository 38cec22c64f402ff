//! A report a coach can hand over (issue 23): whose note each note is, each side's wording
//! of the statements, a trend that breaks at a long pause with its dates readable, nothing
//! clipped, and dates, plurals and words as a person writes them in each language.

use super::{answers, run};
use crate::common::*;

/// `(file name, text)` imported into the client Marie's space; the temporary folder.
fn client_store(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = files
        .iter()
        .map(|(name, text)| write(dir.path().join("in").join(name), text))
        .collect();
    confiance(&dir.path().join("data"))
        .args(["--client", "Marie", "import"])
        .args(&paths)
        .assert()
        .success();
    dir
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
    // The coach hands the report to Marie: the notes on her view are the coach's, never
    // "yours" as if she had written them.
    assert!(
        !fr.contains("Votre note") && !fr.contains("Note de Marie"),
        "{fr}"
    );
    for label in ["Note du coach", "Note d’Inès Moreau", "Note (Équipe Atlas)"] {
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
        "Coach's note",
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
fn the_trend_breaks_at_a_long_pause_and_its_dates_can_be_read() {
    // Four weekly assessments, nine months without any, then four weekly ones again.
    let mut files = vec![];
    for (i, day) in ["03", "10", "17", "24"].iter().enumerate() {
        let when = format!("2025-11-{day}T10:00:00Z");
        files.push((
            format!("a{i}.toml"),
            answers(&format!("A{i}"), "Alice", "self", &when, &[3]),
        ));
    }
    for (i, day) in ["07", "14", "21", "28"].iter().enumerate() {
        let when = format!("2026-09-{day}T10:00:00Z");
        files.push((
            format!("b{i}.toml"),
            answers(&format!("B{i}"), "Alice", "self", &when, &[4]),
        ));
    }
    let dir = super::store(
        &files
            .iter()
            .map(|(n, t)| (n.as_str(), t.clone()))
            .collect::<Vec<_>>(),
    );
    let data = dir.path().join("data");
    let svg = run(&data, &["chart", "Alice", "--kind", "trend"]);
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    // The break is drawn and named; no line crosses it: each panel has two stretches.
    assert!(
        texts
            .iter()
            .any(|t| t.contains("months") && t.starts_with('⋯')),
        "{texts:?}"
    );
    let lines = doc
        .descendants()
        .filter(|n| n.has_tag_name("path") && n.attribute("fill") == Some("none"))
        .count();
    let panels = 1 + 8;
    assert_eq!(lines, 2 * panels, "{svg}");
    // Both ends and both sides of the break are dated under the main chart, and each small
    // chart has dates under it too.
    for date in ["2025-11-03", "2025-11-24", "2026-09-07", "2026-09-28"] {
        assert!(texts.contains(&date), "{date} not in {texts:?}");
    }
    let dated = texts.iter().filter(|t| t.starts_with("202")).count();
    assert!(dated >= 4 + 2 * 8, "dates under every chart: {texts:?}");
    // Said in words for whoever cannot see it.
    let html = run(&data, &["report", "Alice"]);
    let said =
        "Nothing was assessed for 9 months after 24 November 2025, so the lines break there.";
    assert!(html.contains(said), "{html}");
}

/// Every text of an SVG ends inside its width (start-anchored texts, at a conservative half
/// an em a letter).
fn texts_inside(svg: &str) {
    let doc = roxmltree::Document::parse(svg).expect("valid XML");
    let view: Vec<f64> = doc
        .root_element()
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let x: f64 = text.attribute("x").unwrap().parse().unwrap();
        let size: f64 = text.attribute("font-size").unwrap_or("13").parse().unwrap();
        let width = text.text().unwrap_or("").chars().count() as f64 * size * 0.5;
        let (from, to) = match text.attribute("text-anchor") {
            Some("end") => (x - width, x),
            Some("middle") => (x - width / 2.0, x + width / 2.0),
            _ => (x, x + width),
        };
        assert!(
            from >= view[0] && to <= view[0] + view[2],
            "{:?} clipped ({from:.0} to {to:.0}, width {})",
            text.text(),
            view[2]
        );
    }
}

#[test]
fn nothing_in_the_charts_is_clipped_even_with_long_names() {
    let long = "Marie-Claire Delacroix-Beaumont";
    let dir = client_store(&[
        (
            "m0.toml",
            answers("M0", "Équipe Atlas", "self", "2026-09-01T10:00:00Z", &[3]),
        ),
        (
            "m1.toml",
            answers(
                "M1",
                "Équipe Atlas",
                "self",
                "2026-11-01T10:00:00Z",
                &[4, 2],
            ),
        ),
        (
            "t.toml",
            answers(
                "T1",
                "Équipe Atlas",
                "Équipe Atlas",
                "2026-11-02T10:00:00Z",
                &[2],
            ),
        ),
        (
            "l.toml",
            answers("L1", "Équipe Atlas", long, "2026-11-03T10:00:00Z", &[5]),
        ),
    ]);
    let data = dir.path().join("data");
    for lang in ["fr", "en"] {
        for kind in ["radar", "trend"] {
            let args = [
                "--client",
                "Marie",
                "--lang",
                lang,
                "chart",
                "Équipe Atlas",
                "--kind",
                kind,
            ];
            let svg = run(&data, &args);
            assert!(svg.contains(long) || kind == "trend", "{svg}");
            texts_inside(&svg);
        }
    }
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
