//! The results' stage on the ladder with what the next one needs, the whole ladder (`l`), and
//! the two weakest dimensions with what to try.

use ratatui::text::Line;

use super::super::text::{truncate, wrap};
use crate::i18n::fill;
use crate::score::display;
use crate::summary::Summary;
use crate::tui::app::App;

/// The stage on the ladder, what it means, and what the next one needs.
pub(super) fn stage_lines<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, words) = (&app.theme, app.common());
    let mut lines = vec![];
    // A questionnaire of one's own may have no ladder: then there is no stage to speak of.
    if report.questionnaire.stages.is_empty() {
        return lines;
    }
    let Some(ladder) = report.ladder() else {
        let why = report.no_stage_text(words).unwrap_or_default();
        lines.extend(
            wrap(&why, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.strong)),
        );
        return lines;
    };
    lines.extend(
        wrap(&ladder.title(words), width)
            .into_iter()
            .map(|l| Line::styled(l, theme.strong)),
    );
    lines.extend(
        wrap(&report.fill(&ladder.stage.about), width)
            .into_iter()
            .map(Line::raw),
    );
    if let (Some(needs), Some(next)) = (ladder.next_text(words), ladder.next) {
        let needs = fill(
            app.text().next_about,
            &[("next", &needs), ("about", &report.fill(&next.about))],
        );
        lines.extend(
            wrap(&needs, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
    }
    let caveats = report.stage_caveats(&ladder, words);
    let indication = words.indication.to_string();
    for said in caveats.iter().chain([&indication]) {
        lines.extend(
            wrap(said, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
    }
    lines
}

/// The reversed statements answered like the others of their dimension, after a line saying
/// why they are worth a second look; nothing when the answers agree.
pub(super) fn look_again_lines<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, words) = (&app.theme, app.common());
    let pairs = report.look_again_lines(words);
    let mut lines = vec![];
    if report.answered_alike() {
        lines.push(Line::raw(""));
        lines.extend(
            wrap(words.answered_alike, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.strong)),
        );
    }
    if pairs.is_empty() {
        return lines;
    }
    lines.push(Line::raw(""));
    lines.extend(
        wrap(words.look_again, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.strong)),
    );
    for pair in pairs {
        lines.extend(wrap(&format!("• {pair}"), width).into_iter().map(Line::raw));
    }
    lines
}

/// Under the stage: the key that shows the whole ladder (a narrow key bar may leave it out).
pub(super) fn hint<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    if report.questionnaire.stages.is_empty() {
        return vec![];
    }
    wrap(&fill(app.text().ladder_hint, &[("key", &"l")]), width)
        .into_iter()
        .map(|l| Line::styled(l, app.theme.muted))
        .collect()
}

/// The whole ladder of the questionnaire, its highest stage first (a ladder is climbed up the
/// screen), each with the overall score it starts from, the stage reached marked and said
/// in words beside it; then the stage with what the next one needs.
pub(super) fn whole<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, t) = (&app.theme, app.text());
    let title = fill(
        t.ladder_title,
        &[(
            "title",
            &crate::printable::printable(&report.questionnaire.title),
        )],
    );
    let mut lines: Vec<Line> = wrap(&title, width)
        .into_iter()
        .map(|l| Line::styled(l, theme.title))
        .collect();
    lines.push(Line::raw(""));
    let reached = report.ladder().map(|l| l.level);
    let stages = &report.questionnaire.stages;
    let here = fill(t.ladder_here, &[("score", &display(report.scores.overall))]);
    for (i, stage) in stages.iter().enumerate().rev() {
        let name = crate::printable::printable(&report.fill(&stage.name));
        let ours = reached == Some(i + 1);
        let rung = format!(
            "{} {:>3}  {name}",
            if ours { "▶" } else { " " },
            display(Some(stage.min))
        );
        let line = if ours {
            Line::styled(truncate(&format!("{rung}  {here}"), width), theme.strong)
        } else {
            Line::raw(truncate(&rung, width))
        };
        lines.push(line);
    }
    lines.push(Line::raw(""));
    lines.extend(stage_lines(app, report, width));
    lines
}

/// The two weakest dimensions, with what they mean and concrete things to try.
pub(super) fn weakest_lines<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let theme = &app.theme;
    let weakest = report.scores.weakest();
    if weakest.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::styled(app.text().where_to_start, theme.title)];
    for d in weakest.iter().take(2) {
        let Some(dim) = report.questionnaire.dimension(&d.id) else {
            continue;
        };
        lines.push(Line::styled(
            truncate(&format!("{} {}", dim.name, display(d.score)), width),
            theme.strong,
        ));
        lines.extend(
            wrap(&report.fill(&dim.about), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
        for advice in dim.advice.iter().take(2) {
            let text = format!("→ {}", report.fill(advice));
            lines.extend(wrap(&text, width).into_iter().map(Line::raw));
        }
    }
    lines
}
