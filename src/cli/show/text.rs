//! `show`'s plain-text output: the heading, the table of dimensions, the indices and the stage.

use crate::cli::Ui;
use crate::i18n::Common;
use crate::printable::printable;
use crate::questionnaire::Group;
use crate::score::{bar, display};
use crate::summary::Summary;

fn heading(report: &Summary, ui: &Ui) -> String {
    let a = report.assessment;
    format!(
        "{} · {} · {} · {} ({})",
        printable(&a.subject),
        printable(&report.whose_with_side(&ui.respondent(&a.respondent))),
        a.when().date(),
        report.questionnaire.title,
        a.lang
    )
}

/// The score's bar, `#` and `.` when drawing in ASCII.
fn ascii_bar(score: Option<f64>, width: usize) -> String {
    let bar = bar(score, width);
    if !crate::chart::ascii::on() {
        return bar;
    }
    bar.replace('█', "#").replace('·', ".")
}

/// A group's heading: "Virtues", "Pillars".
/// The rows of each group that has any, virtues first: what `show`'s table and its spoken
/// form both walk.
pub(crate) fn grouped<'a>(report: &Summary<'a>) -> Vec<(Group, Vec<crate::summary::Row<'a>>)> {
    [Group::Virtue, Group::Pillar]
        .into_iter()
        .map(|group| {
            let rows: Vec<_> = report
                .rows()
                .filter(|r| r.dimension.group == group)
                .collect();
            (group, rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

pub(crate) fn group_title(group: Group, words: &Common) -> &'static str {
    match group {
        Group::Virtue => words.virtues,
        Group::Pillar => words.pillars,
    }
}

/// A group's name in a table: "virtue", "pillar".
pub(crate) fn group_name(group: Group, words: &Common) -> &'static str {
    match group {
        Group::Virtue => words.virtue,
        Group::Pillar => words.pillar,
    }
}

/// The plain-text table, indices and stage.
pub(crate) fn text(report: &Summary, ui: &Ui) -> String {
    let words = ui.common();
    let mut out = format!("{}\n", heading(report, ui));
    let name_width = report
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for (group, rows) in grouped(report) {
        out.push_str(&format!("\n{}\n", group_title(group, words)));
        for r in rows {
            let answered = if r.score.is_some() {
                format!("{}/{}", r.answered, r.items)
            } else if r.answered > 0 {
                format!("{}/{} {}", r.answered, r.items, words.not_enough)
            } else {
                words.no_answer.to_string()
            };
            out.push_str(&format!(
                "  {:<name_width$}  {:>3}  {}  {}\n",
                r.dimension.name,
                display(r.score),
                ascii_bar(r.score, 20),
                answered
            ));
        }
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\n{} {}  ·  {} {}  ·  {} {}\n",
        words.virtues,
        display(s.virtues),
        words.pillars,
        display(s.pillars),
        words.overall,
        display(s.overall)
    ));
    if s.overall.is_some() && s.scored() < s.dimensions.len() {
        out.push_str(&format!(
            "{}\n",
            crate::i18n::fill(
                words.scored_of,
                &[("scored", &s.scored()), ("total", &s.dimensions.len())]
            )
        ));
    }
    out.push_str(&stage_text(report, words));
    out.push_str(&outcomes(report, ui));
    out.push_str(&look_again(report, ui, "- "));
    // The questionnaire's texts (title, dimensions, stages) are a file's words: whatever a
    // loader let through is shown, never obeyed. The plain mode prints this too.
    crate::printable::printable_text(&out)
}

/// The outcome statements under their own heading, each with its answer: asked beside the
/// scores, never part of them.
pub(crate) fn outcomes(report: &Summary, ui: &Ui) -> String {
    let words = ui.common();
    let lines = report.outcome_lines(words);
    if lines.is_empty() {
        return String::new();
    }
    let said = crate::i18n::PlainText::of(ui.lang).review_answer;
    let mut out = format!("\n{}\n", words.outcomes_title);
    for (text, answer) in lines {
        let line = crate::i18n::fill(said, &[("text", &text), ("answer", &answer)]);
        out.push_str(&format!("  {line}\n"));
    }
    out
}

/// "Stage 4 of 6: …" with what it means and what the next stage needs.
pub(crate) fn stage_text(report: &Summary, words: &Common) -> String {
    // A questionnaire without stages has no ladder to speak of.
    if report.questionnaire.stages.is_empty() {
        return String::new();
    }
    let Some(ladder) = report.ladder() else {
        return format!("{}\n", report.no_stage_text(words).unwrap_or_default());
    };
    let mut out = format!(
        "{}\n  {}\n",
        ladder.title(words),
        report.fill(&ladder.stage.about)
    );
    if let Some(next) = ladder.next_text(words) {
        out.push_str(&format!("  {next}.\n"));
    }
    for caveat in report.stage_caveats(&ladder, words) {
        out.push_str(&format!("  {caveat}\n"));
    }
    out.push_str(&format!("  {}\n", words.indication));
    out
}

/// The reversed statements answered like the others of their dimension, one line each, to
/// look at again, after a word when the answers as a whole lean one way; nothing when the
/// answers agree. `bullet` starts each line ("" read aloud).
pub(crate) fn look_again(report: &Summary, ui: &Ui, bullet: &str) -> String {
    let words = ui.common();
    let lines = report.look_again_lines(words);
    let mut out = String::new();
    if report.answered_alike() {
        out.push_str(&format!("\n{}\n", words.answered_alike));
    }
    if lines.is_empty() {
        return out;
    }
    out.push_str(&format!("\n{}\n", words.look_again));
    for line in lines {
        out.push_str(&format!("  {bullet}{line}\n"));
    }
    out
}
