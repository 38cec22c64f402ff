//! The report's charts as handed over (issue 23): a trend that breaks at a long pause, with
//! its dates readable under every chart, and no text cut off, whatever the names.

use super::answers;
use super::handover::client_store;
use super::run;

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
