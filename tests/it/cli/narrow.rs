//! `show` and `trend` on stdout below the width where a chart reads: the table only, and one
//! line that says why (in English and in French); breaks of the time line in `trend`.

use crate::common::*;

/// Alice assessed weekly five times, then again 19 months later, five times.
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let mut files = vec![];
    let days = [0, 7, 14, 21, 28, 607, 614, 621, 628, 635];
    for (k, day) in days.iter().enumerate() {
        let when = confiance::time::Timestamp::from_unix(1_704_700_800 + day * 86_400, 0);
        files.push(write(
            inbox.join(format!("{k}.toml")),
            &assessment_text(
                &format!("A{k}"),
                "Alice",
                "self",
                &when.to_string(),
                1 + (k as i64 % 5),
            ),
        ));
    }
    confiance(&dir.path().join("data"))
        .arg("import")
        .args(&files)
        .assert()
        .success();
    dir
}

fn run(dir: &tempfile::TempDir, lang: &str, args: &[&str]) -> String {
    stdout(
        confiance(&dir.path().join("data"))
            .env("CONFIANCE_LANG", lang)
            .args(args),
    )
}

fn braille(text: &str) -> usize {
    text.chars().filter(|c| ('⠁'..='⣿').contains(c)).count()
}

#[test]
fn trend_below_thirty_columns_is_the_table_only() {
    let dir = store();
    for width in ["20", "29"] {
        let text = run(&dir, "en", &["trend", "Alice", "--width", width]);
        assert!(
            text.contains(&format!(
                "The chart needs 30 columns (here {width}): the table only."
            )),
            "{text}"
        );
        assert_eq!(braille(&text), 0, "{text}");
        assert!(!text.contains("100┤"), "{text}");
        // Every date whole, in the table.
        assert!(
            text.contains("2024-01-08") && text.contains("2025-09-06"),
            "{text}"
        );
    }
    let text = run(&dir, "fr", &["trend", "Alice", "--width", "20"]);
    assert!(
        text.contains("Le graphique demande 30\u{a0}colonnes (ici 20)\u{a0}: le tableau seul."),
        "{text}"
    );
    let text = run(&dir, "en", &["trend", "Alice", "--width", "30"]);
    assert!(
        braille(&text) > 0 && !text.contains("The chart needs"),
        "{text}"
    );
}

#[test]
fn show_below_the_radar_width_is_the_table_only() {
    let dir = store();
    let narrow = run(&dir, "en", &["show", "Alice", "--width", "30"]);
    assert!(
        narrow.contains("The chart needs 44 columns (here 30): the table only."),
        "{narrow}"
    );
    assert_eq!(braille(&narrow), 0, "{narrow}");
    assert!(
        narrow.contains("Common language"),
        "the scores stay:\n{narrow}"
    );
    let wide = run(&dir, "en", &["show", "Alice", "--width", "44"]);
    assert!(
        braille(&wide) > 0 && !wide.contains("The chart needs"),
        "{wide}"
    );
    // Every axis of the radar is there, whole.
    for axis in [
        "Language",
        "Vision",
        "Discretion",
        "Receptivity",
        "Closeness",
        "Feedback",
    ] {
        assert!(wide.contains(axis), "{axis}:\n{wide}");
    }
    let fr = run(&dir, "fr", &["show", "Alice", "--width", "20"]);
    assert!(fr.contains("Le graphique demande"), "{fr}");
    assert_eq!(braille(&fr), 0, "{fr}");
}

#[test]
fn trend_marks_a_long_gap_in_the_chart_and_the_table() {
    let dir = store();
    let text = run(&dir, "en", &["trend", "Alice", "--width", "80"]);
    assert_eq!(
        text.matches("⋯ 19 months ⋯").count(),
        2,
        "chart and table:\n{text}"
    );
    let after = text
        .lines()
        .find(|l| l.starts_with("2025-09-06"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(after.ends_with('⋯'), "the change across the break:\n{text}");
    assert!(
        text.contains("⋯ a change measured across a long pause"),
        "{text}"
    );
    let fr = run(&dir, "fr", &["trend", "Alice", "--width", "80"]);
    assert!(fr.contains("⋯ 19\u{a0}mois ⋯"), "{fr}");
}
