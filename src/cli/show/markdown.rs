//! `show --format markdown`: the scores as a Markdown table, for notes and wikis.

use crate::printable::printable;
use crate::report::Report;
use crate::score::display;

pub fn markdown(report: &Report) -> String {
    let cell = |t: &str| printable(t).replace('|', "\\|");
    let a = report.assessment;
    let mut out = format!(
        "# {}: {}\n\n{} · {} · {}\n\n| Dimension | Group | Score | Answered |\n|---|---|---:|---:|\n",
        cell(&a.subject),
        report.questionnaire.title,
        cell(&a.respondent),
        a.when().date(),
        a.lang
    );
    for r in report.rows() {
        out.push_str(&format!(
            "| {} | {} | {} | {}/{} |\n",
            r.dimension.name,
            r.dimension.group.as_str(),
            display(r.score),
            r.answered,
            r.items
        ));
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\n**Virtues** {} · **Pillars** {} · **Overall** {}\n\n",
        display(s.virtues),
        display(s.pillars),
        display(s.overall)
    ));
    if let Some(ladder) = report.ladder() {
        out.push_str(&format!(
            "**{}.** {}\n",
            ladder.title(),
            report.fill(&ladder.stage.about)
        ));
    }
    out
}
