//! `show --format markdown`: the scores as a Markdown table, for notes and wikis.

use super::text::group_name;
use crate::cli::Ui;
use crate::i18n::fill;
use crate::printable::printable;
use crate::score::display;
use crate::summary::Summary;

pub(super) fn markdown(report: &Summary, ui: &Ui) -> String {
    let (t, words) = (ui.text(), ui.common());
    let cell = |t: &str| printable(t).replace('|', "\\|");
    let a = report.assessment;
    let title = fill(
        t.md_title,
        &[
            ("subject", &cell(&a.subject)),
            ("title", &report.questionnaire.title),
        ],
    );
    let mut out = format!(
        "{title}\n\n{} · {} · {}\n\n{}\n|---|---|---:|---:|\n",
        cell(&ui.respondent(&a.respondent)),
        a.when().date(),
        a.lang,
        t.md_header
    );
    for r in report.rows() {
        out.push_str(&format!(
            "| {} | {} | {} | {}/{} |\n",
            r.dimension.name,
            group_name(r.dimension.group, words),
            display(r.score),
            r.answered,
            r.items
        ));
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\n**{}** {} · **{}** {} · **{}** {}\n\n",
        words.virtues,
        display(s.virtues),
        words.pillars,
        display(s.pillars),
        words.overall,
        display(s.overall)
    ));
    if let Some(ladder) = report.ladder() {
        out.push_str(&format!(
            "**{}.** {}\n",
            ladder.title(words),
            report.fill(&ladder.stage.about)
        ));
        for caveat in report.stage_caveats(&ladder, words) {
            out.push_str(&format!("{caveat}\n"));
        }
        out.push_str(&format!("{}\n", words.indication));
    }
    // The questionnaire's texts are a file's words: shown, never obeyed.
    crate::printable::printable_text(&out)
}
