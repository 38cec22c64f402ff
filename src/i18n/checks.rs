//! Every table checked in both languages: the same holes, French typography, and no French
//! string left in English by mistake.

use super::table::holes;

/// Strings that are rightly the same in both languages (symbols, proper names, codes).
const SAME_IN_BOTH: &[&str] = &[
    // Table headers that French spells the same.
    "DATE",
    "Date",
    "ID",
    "VERSION",
    "SOURCE",
    "Date",
    // The word is the same in French.
    "dimension",
    "Invitation",
    "Questionnaire",
    "{n} dimension",
    "{n} dimensions",
    // A questionnaire's own title and id.
    "{title} ({id}, version {version})",
    "CLIENT",
    "INTENTION",
    "Intentions",
    "Notes",
    "{score} ({who})",
    // A coach's words French shares.
    "Client",
    "note",
    "Questionnaire",
    "intention",
    "{n} note",
    "{n} notes",
    // The report's words French shares ("score" is the number; "note" only a written one).
    "Dimension",
    "Score",
    "{name} ({score}). {about}",
    "{next}. {about}",
    "{day} {month} {year}",
    // A warning sign.
    "⚠",
];

type Entries = Vec<(&'static str, &'static str)>;

/// Every table's entries, English and French side by side.
fn all() -> Vec<(&'static str, Entries, Entries)> {
    use super::help_text::{ClapText, HelpText};
    vec![
        (
            "Common",
            super::Common::EN.entries(),
            super::Common::FR.entries(),
        ),
        (
            "CliText",
            super::CliText::EN.entries(),
            super::CliText::FR.entries(),
        ),
        (
            "CliFiles",
            super::CliFiles::EN.entries(),
            super::CliFiles::FR.entries(),
        ),
        (
            "CliCoach",
            super::CliCoach::EN.entries(),
            super::CliCoach::FR.entries(),
        ),
        ("HelpText", HelpText::EN.entries(), HelpText::FR.entries()),
        (
            "FormText",
            super::FormText::EN.entries(),
            super::FormText::FR.entries(),
        ),
        (
            "InviteText",
            super::InviteText::EN.entries(),
            super::InviteText::FR.entries(),
        ),
        (
            "HelpReport",
            super::help_report::HelpReport::EN.entries(),
            super::help_report::HelpReport::FR.entries(),
        ),
        (
            "ReportText",
            super::ReportText::EN.entries(),
            super::ReportText::FR.entries(),
        ),
        (
            "PlainText",
            super::PlainText::EN.entries(),
            super::PlainText::FR.entries(),
        ),
        (
            "DiagFiles",
            super::DiagFiles::EN.entries(),
            super::DiagFiles::FR.entries(),
        ),
        (
            "DiagErrors",
            super::DiagErrors::EN.entries(),
            super::DiagErrors::FR.entries(),
        ),
        (
            "DiagContent",
            super::DiagContent::EN.entries(),
            super::DiagContent::FR.entries(),
        ),
        ("ClapText", ClapText::EN.entries(), ClapText::FR.entries()),
        (
            "ClapErrors",
            super::ClapErrors::EN.entries(),
            super::ClapErrors::FR.entries(),
        ),
        (
            "TuiGroup",
            super::TuiGroup::EN.entries(),
            super::TuiGroup::FR.entries(),
        ),
        (
            "TuiScreens",
            super::TuiScreens::EN.entries(),
            super::TuiScreens::FR.entries(),
        ),
        (
            "TuiKeys",
            super::TuiKeys::EN.entries(),
            super::TuiKeys::FR.entries(),
        ),
        (
            "TuiHelp",
            super::TuiHelp::EN.entries(),
            super::TuiHelp::FR.entries(),
        ),
        (
            "TuiStatus",
            super::TuiStatus::EN.entries(),
            super::TuiStatus::FR.entries(),
        ),
        (
            "DateText",
            super::DateText::EN.entries(),
            super::DateText::FR.entries(),
        ),
        (
            "TrendText",
            super::TrendText::EN.entries(),
            super::TrendText::FR.entries(),
        ),
    ]
}

/// French puts a no-break space before `:` and a narrow one before `; ? !` and inside « ».
fn typography_slips(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut slips = vec![];
    // Inside `code` (a key as written in a file, a command) the text is not French.
    let mut in_code = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == '`' {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let ends_clause = after.is_none_or(|a| a == ' ' || a == '\n');
        match c {
            ':' if ends_clause && before != Some('\u{a0}') => slips.push(format!("`:` at {i}")),
            // A sign that opens the text is a key's name ("? or Esc"), not a clause's end.
            ';' | '?' | '!' if ends_clause && i > 0 && before != Some('\u{202f}') => {
                slips.push(format!("`{c}` at {i}"))
            }
            '«' if after != Some('\u{202f}') => slips.push(format!("`«` at {i}")),
            '»' if before != Some('\u{202f}') => slips.push(format!("`»` at {i}")),
            _ => {}
        }
    }
    slips
}

/// What a reader stumbles on around colons, in each line of `text` outside quotes (a title
/// keeps its own colon), code and holes: two colons in one line and, in French, a capital
/// letter after one.
fn colon_slips(text: &str, french: bool) -> Vec<String> {
    let mut slips = vec![];
    for line in text.lines() {
        let (mut colons, mut depth, mut capital_next) = (0, 0, false);
        for c in line.chars() {
            match c {
                '«' | '“' | '`' | '{' if depth == 0 || c != '`' => depth += 1,
                '»' | '”' | '`' | '}' if depth > 0 => depth -= 1,
                _ => {}
            }
            if depth > 0 {
                capital_next = false;
                continue;
            }
            if c == ':' {
                colons += 1;
                capital_next = true;
            } else if capital_next && !c.is_whitespace() {
                if french && c.is_uppercase() {
                    slips.push(format!("a capital after `:` in {line:?}"));
                }
                capital_next = false;
            }
        }
        if colons > 1 {
            slips.push(format!("{colons} colons in {line:?}"));
        }
    }
    slips
}

/// The report and its commands' help read as sentences: no line with two colons, and in
/// French no capital after one.
#[test]
fn the_report_has_one_colon_a_line_and_french_no_capital_after_one() {
    use super::help_report::HelpReport;
    let tables = [
        (
            "ReportText",
            super::ReportText::EN.entries(),
            super::ReportText::FR.entries(),
        ),
        (
            "HelpReport",
            HelpReport::EN.entries(),
            HelpReport::FR.entries(),
        ),
    ];
    let mut slips = vec![];
    for (table, en, fr) in tables {
        for ((name, e), (_, f)) in en.iter().zip(&fr) {
            for slip in colon_slips(e, false)
                .into_iter()
                .chain(colon_slips(f, true))
            {
                slips.push(format!("{table}.{name}: {slip}"));
            }
        }
    }
    assert!(slips.is_empty(), "{}", slips.join("\n"));
}

#[test]
fn the_colon_check_sees_slips() {
    assert!(colon_slips("Prochain point\u{a0}: le {date}", true).is_empty());
    assert!(colon_slips("La méthode\u{a0}: «\u{202f}A\u{a0}: B\u{202f}»", true).is_empty());
    assert_eq!(colon_slips("Étape\u{a0}: Dialogue", true).len(), 1);
    assert!(colon_slips("Stage: Dialogue", false).is_empty());
    assert_eq!(colon_slips("A: b: c", false).len(), 1);
    assert!(colon_slips("Exemples\u{a0}:\n  confiance report: x", true).is_empty());
}

#[test]
fn both_languages_have_the_same_holes() {
    for (table, en, fr) in all() {
        for ((name, e), (_, f)) in en.iter().zip(&fr) {
            assert_eq!(holes(e), holes(f), "{table}.{name}: {e:?} / {f:?}");
        }
    }
}

#[test]
fn french_follows_french_typography() {
    let mut slips = vec![];
    for (table, _, fr) in all() {
        for (name, text) in fr {
            for slip in typography_slips(text) {
                slips.push(format!("{table}.{name}: {slip} in {text:?}"));
            }
        }
    }
    assert!(slips.is_empty(), "{}", slips.join("\n"));
}

#[test]
fn no_french_string_is_left_in_english() {
    let mut same = vec![];
    for (table, en, fr) in all() {
        for ((name, e), (_, f)) in en.iter().zip(&fr) {
            if e == f && !SAME_IN_BOTH.contains(e) {
                same.push(format!("{table}.{name}: {e:?}"));
            }
        }
    }
    assert!(same.is_empty(), "{}", same.join("\n"));
}

#[test]
fn the_typography_check_sees_slips() {
    assert!(
        !typography_slips("Étape 2\u{a0}: dialogue")
            .iter()
            .any(|_| true)
    );
    assert_eq!(typography_slips("Étape 2 : dialogue").len(), 1);
    assert_eq!(typography_slips("Vraiment?").len(), 1);
    assert!(typography_slips("« oui »").len() == 2);
    assert!(typography_slips("écrivez `skipped: true`").is_empty());
    assert!(
        typography_slips("à 10:30").is_empty(),
        "a time is no clause"
    );
}
