//! `show`'s plain-text output: the heading, the table of dimensions, the indices and the stage.

use crate::printable::printable;
use crate::report::{NO_STAGE, Report};
use crate::score::{bar, display};

fn heading(report: &Report) -> String {
    let a = report.assessment;
    format!(
        "{} · {} · {} · {} ({})",
        printable(&a.subject),
        printable(&a.respondent),
        a.when().date(),
        report.questionnaire.title,
        a.lang
    )
}

/// The plain-text table, indices and stage.
pub fn text(report: &Report) -> String {
    let mut out = format!("{}\n", heading(report));
    let name_width = report
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for group in [
        crate::questionnaire::Group::Virtue,
        crate::questionnaire::Group::Pillar,
    ] {
        let rows: Vec<_> = report
            .rows()
            .filter(|r| r.dimension.group == group)
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", group.title()));
        for r in rows {
            let answered = if r.score.is_some() {
                format!("{}/{}", r.answered, r.items)
            } else {
                "no answer".to_string()
            };
            out.push_str(&format!(
                "  {:<name_width$}  {:>3}  {}  {}\n",
                r.dimension.name,
                display(r.score),
                bar(r.score, 20),
                answered
            ));
        }
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\nVirtues {}  ·  Pillars {}  ·  Overall {}\n",
        display(s.virtues),
        display(s.pillars),
        display(s.overall)
    ));
    out.push_str(&stage_text(report));
    out
}

/// "Stage 4 of 6: …" with what it means and what the next stage needs.
pub fn stage_text(report: &Report) -> String {
    let Some(ladder) = report.ladder() else {
        return format!("{NO_STAGE}\n");
    };
    let mut out = format!(
        "{}\n  {}\n",
        ladder.title(),
        report.fill(&ladder.stage.about)
    );
    if let Some(next) = ladder.next_text() {
        out.push_str(&format!("  {next}.\n"));
    }
    out
}
