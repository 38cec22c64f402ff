//! The documents handed over: `report` (HTML and Markdown), `chart` (SVG) and `compare`, run
//! through the real binary on fixed stores. Sections appear exactly when they have data; what
//! people wrote is escaped; nothing is loaded from anywhere; `--no-notes` leaves no note.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::*;

mod figures;
mod handover;

/// An assessment answering every item with `values` cycled, with optional notes.
fn answers(id: &str, subject: &str, respondent: &str, when: &str, values: &[i64]) -> String {
    let mut n = 0;
    assessment_text(id, subject, respondent, when, 3)
        .lines()
        .map(|line| {
            if line == "value = 3" {
                n += 1;
                format!("value = {}\n", values[(n - 1) % values.len()])
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

const NOTE: &str = "NOTE-TEXT <i>secret</i> | pipe";
const SESSION_NOTE: &str = "SESSION-NOTE about the whole talk";

/// A store with `files`, imported; returns the temporary folder (data in `data/`).
fn store(files: &[(&str, String)]) -> tempfile::TempDir {
    store_in(None, files)
}

/// [`store`], in the client's space when one is named.
fn store_in(client: Option<&str>, files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = files
        .iter()
        .map(|(name, text)| write(dir.path().join("in").join(name), text))
        .collect();
    let mut import = confiance(&dir.path().join("data"));
    if let Some(client) = client {
        import.args(["--client", client]);
    }
    import.arg("import").args(&paths).assert().success();
    dir
}

/// Alice: two assessments of yours (the latest with notes), one of hers.
fn full() -> tempfile::TempDir {
    let mut latest = answers("A2", "Alice", "self", "2026-11-01T10:00:00Z", &[5, 4, 2, 4]);
    latest = latest.replacen(
        "value = 5\n",
        &format!("value = 5\nnote = \"{}\"\n", NOTE.replace('"', "\\\"")),
        1,
    );
    latest = latest.replacen(
        "\n[[answers]]",
        &format!(
            "note = \"{SESSION_NOTE}\"\nintention = \"Name who did what in every update\"\n\
             \n[previous_intention]\ntext = \"Ask Alice first\"\nfollowed = \"partly\"\n\n[[answers]]"
        ),
        1,
    );
    store(&[
        (
            "a1.toml",
            answers("A1", "Alice", "self", "2026-09-01T10:00:00Z", &[3, 2, 4]),
        ),
        ("a2.toml", latest),
        (
            "h1.toml",
            answers("H1", "Alice", "Alice", "2026-11-02T10:00:00Z", &[1, 2]),
        ),
    ])
}

fn run(data: &Path, args: &[&str]) -> String {
    stdout(confiance(data).args(args))
}

/// The report's last line holds today's date: replaced so snapshots hold on any day.
fn dated(text: String) -> String {
    text.lines()
        .map(|l| {
            for (from, to) in [("made on ", " with"), ("établi le ", " avec")] {
                if let (Some(i), Some(j)) = (l.find(from), l.rfind(to)) {
                    return format!("{}[TODAY]{}", &l[..i + from.len()], &l[j..]);
                }
            }
            l.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_report_in_markdown_and_html_is_stable() {
    let dir = full();
    let data = dir.path().join("data");
    insta::assert_snapshot!(
        "report_markdown",
        dated(run(&data, &["report", "Alice", "--format", "markdown"]))
    );
    insta::assert_snapshot!(
        "report_markdown_fr",
        dated(run(
            &data,
            &["--lang", "fr", "report", "Alice", "--format", "markdown"]
        ))
    );
    let html = run(&data, &["report", "Alice"]);
    // Nothing is loaded from anywhere, nothing runs: no address, no source, no script.
    for never in ["http", "src=", "<script", "<link", "@import", "url("] {
        assert!(!html.contains(never), "{never} in the HTML");
    }
    insta::assert_snapshot!("report_html", dated(html));
}

#[test]
fn every_section_is_there_with_its_data_and_only_then() {
    let dir = full();
    let data = dir.path().join("data");
    let full = run(&data, &["report", "Alice", "--format", "markdown"]);
    for heading in [
        "## How to read it",
        "## At a glance",
        "## The radar",
        "## Strengths and where to start",
        "## Perception gaps",
        "## Every statement",
        "## Notes, as written",
        "## Change over time",
        "## Intentions",
        "Last time's intention: “Ask Alice first”",
        "Followed through: partly",
        "Before next time: “Name who did what in every update”",
        "## Next check-in",
        "## Appendix",
    ] {
        assert!(full.contains(heading), "{heading} missing:\n{full}");
    }
    let alone = store(&[(
        "b.toml",
        answers("B1", "Bob", "self", "2026-10-01T10:00:00Z", &[4]),
    )]);
    let one = run(
        &alone.path().join("data"),
        &["report", "Bob", "--format", "markdown"],
    );
    for absent in [
        "## Perception gaps",
        "## Notes",
        "## Change over time",
        "## Intentions",
        "| Change |",
        "previous",
    ] {
        assert!(!one.contains(absent), "{absent} should be absent:\n{one}");
    }
    assert!(one.contains("This is the first assessment"), "{one}");
}

#[test]
fn no_notes_leaves_no_note_anywhere() {
    let dir = full();
    let data = dir.path().join("data");
    let with = run(&data, &["report", "Alice"]);
    assert!(
        with.contains("NOTE-TEXT") && with.contains("SESSION-NOTE"),
        "{with}"
    );
    for format in ["html", "markdown"] {
        let without = run(
            &data,
            &["report", "Alice", "--no-notes", "--format", format],
        );
        assert!(!without.contains("NOTE-TEXT"), "{without}");
        assert!(!without.contains("SESSION-NOTE"), "{without}");
        assert!(!without.contains("secret"), "{without}");
    }
}

#[test]
fn hostile_names_and_notes_stay_text() {
    let evil = "<script>alert(1)</script>";
    let text = answers("E1", evil, "self", "2026-10-01T10:00:00Z", &[4, 2]).replacen(
        "value = 4\n",
        "value = 4\nnote = \"<img src=x onerror=alert(2)> | [x](http://e)\"\n",
        1,
    );
    let dir = store(&[("e.toml", text)]);
    let data = dir.path().join("data");
    let html = run(&data, &["report", evil]);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let md = run(&data, &["report", evil, "--format", "markdown"]);
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    assert!(
        md.contains("\\<img src=x onerror=alert(2)\\> \\| \\[x\\](http://e)"),
        "{md}"
    );
    assert!(
        !md.replace("\\<", "").contains('<'),
        "every < escaped: {md}"
    );
}

#[test]
fn the_svg_charts_are_xml_with_every_label() {
    let dir = full();
    let data = dir.path().join("data");
    let radar = run(&data, &["chart", "Alice", "--kind", "radar"]);
    let doc = roxmltree::Document::parse(&radar).expect("valid XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for label in [
        "Language",
        "Vision",
        "Discretion",
        "Receptivity",
        "Closeness",
        "Reciprocity",
        "Attribution",
        "Feedback",
    ] {
        assert!(texts.contains(&label), "{label} not in {texts:?}");
    }
    assert!(doc.descendants().any(|n| n.has_tag_name("title")));
    assert_eq!(doc.root_element().attribute("role"), Some("img"));
    let trend = run(&data, &["chart", "Alice", "--kind", "trend"]);
    roxmltree::Document::parse(&trend).expect("valid XML");
    // One assessment: no trend, said plainly.
    let alone = store(&[(
        "b.toml",
        answers("B1", "Bob", "self", "2026-10-01T10:00:00Z", &[4]),
    )]);
    let out = confiance(&alone.path().join("data"))
        .args(["chart", "Bob", "--kind", "trend"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs two assessments"));
}

#[test]
fn a_report_file_is_private_never_overwritten_and_markdown_brings_its_charts() {
    let dir = full();
    let data = dir.path().join("data");
    let md = dir.path().join("out/r.md");
    std::fs::create_dir_all(md.parent().unwrap()).unwrap();
    confiance(&data)
        .args(["report", "Alice", "--output"])
        .arg(&md)
        .assert()
        .success();
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("![The radar](r-radar.svg)")
            && text.contains("![Change over time](r-trend.svg)")
    );
    for file in ["r.md", "r-radar.svg", "r-trend.svg"] {
        let mode = std::fs::metadata(dir.path().join("out").join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
    let again = confiance(&data)
        .args(["report", "Alice", "--output"])
        .arg(&md)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2), "refused without --force");
    confiance(&data)
        .args(["report", "Alice", "--force", "--output"])
        .arg(&md)
        .assert()
        .success();
    // The format follows the extension.
    let html = dir.path().join("out/r.html");
    confiance(&data)
        .args(["report", "Alice", "--output"])
        .arg(&html)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn the_report_speaks_the_assessments_language_unless_told() {
    let text = answers("F1", "Inès", "self", "2026-10-01T10:00:00Z", &[4, 2])
        .replace("lang = \"en\"", "lang = \"fr\"");
    let dir = store(&[("f.toml", text)]);
    let data = dir.path().join("data");
    let fr = run(&data, &["report", "Inès", "--format", "markdown"]);
    assert!(fr.contains("# Rapport de confiance\u{a0}: Inès"), "{fr}");
    assert!(
        fr.contains("## Comment le lire") && fr.contains("Étape"),
        "{fr}"
    );
    assert!(!fr.contains("How to read it"), "{fr}");
    let html = run(&data, &["report", "Inès"]);
    assert!(html.contains("<html lang=\"fr\">"));
    let en = run(
        &data,
        &["--lang", "en", "report", "Inès", "--format", "markdown"],
    );
    assert!(en.contains("## How to read it"), "{en}");
}

#[test]
fn compare_on_the_command_line() {
    let dir = full();
    let data = dir.path().join("data");
    insta::assert_snapshot!(
        "compare_text",
        run(&data, &["compare", "Alice", "--no-chart"])
    );
    insta::assert_snapshot!(
        "compare_markdown",
        run(&data, &["compare", "Alice", "--format", "markdown"])
    );
    let json: serde_json::Value = serde_json::from_str(&run(
        &data,
        &[
            "compare", "Alice", "--id", "A1", "--id", "A2", "--format", "json",
        ],
    ))
    .unwrap();
    assert_eq!(json["subject"], "Alice");
    assert_eq!(json["series"].as_array().unwrap().len(), 2);
    assert_eq!(json["series"][0]["id"], "A1");
    assert_eq!(json["gaps"].as_array().unwrap().len(), 8);
    let gap = &json["gaps"][0];
    assert_eq!(
        gap["gap"].as_f64().unwrap(),
        gap["max"].as_f64().unwrap().round() - gap["min"].as_f64().unwrap().round(),
        "the gap of the scores as shown"
    );
    let one = confiance(&data)
        .args(["compare", "Alice", "--id", "A1"])
        .output()
        .unwrap();
    assert_eq!(one.status.code(), Some(2));
}

#[test]
fn in_a_clients_space_the_report_names_the_client_and_words_the_other_side() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mine = write(
        dir.path().join("in/m.toml"),
        &answers("M1", "Team Atlas", "self", "2026-11-01T10:00:00Z", &[4, 2]),
    );
    let theirs = write(
        dir.path().join("in/t.toml"),
        &answers(
            "T1",
            "Team Atlas",
            "Team Atlas",
            "2026-11-02T10:00:00Z",
            &[2],
        ),
    );
    confiance(&data)
        .args(["--client", "Marie", "import"])
        .arg(&mine)
        .arg(&theirs)
        .assert()
        .success();
    let md = run(
        &data,
        &[
            "--client",
            "Marie",
            "report",
            "Team Atlas",
            "--format",
            "markdown",
        ],
    );
    assert!(
        md.contains("Marie, 1 November 2026 · Team Atlas, 2 November 2026"),
        "{md}"
    );
    assert!(
        !md.contains("you,"),
        "the client is named, not \"you\": {md}"
    );
    // The session is Marie's, so the table's statements are worded for her; under each, the
    // wording Team Atlas read, so its answers are never read as about itself.
    assert!(md.contains("| Statement | Marie | Team Atlas |"), "{md}");
    assert!(md.contains("Each side answered about the other"), "{md}");
    assert!(md.contains("Team Atlas read: “Marie "), "{md}");
    // Nothing of this client in the personal space.
    let out = confiance(&data)
        .args(["report", "Team Atlas"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
