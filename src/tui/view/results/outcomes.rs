//! The outcome statements under the stage: asked beside the scores, never part of them, under
//! a heading that does not call them an effect of the score.

use ratatui::text::Line;

use super::super::text::wrap;
use crate::summary::Summary;
use crate::tui::app::App;

/// "What goes with this level of trust", then each statement with its answer; nothing when
/// the questionnaire has no outcome statement.
pub(super) fn outcome_lines<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, words) = (&app.theme, app.common());
    let outcomes = report.outcome_lines(words);
    if outcomes.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::raw("")];
    lines.extend(
        wrap(words.outcomes_title, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.title)),
    );
    for (text, answer) in outcomes {
        let text = crate::printable::printable(&text);
        lines.extend(wrap(&format!("• {text}"), width).into_iter().map(Line::raw));
        lines.extend(
            wrap(&format!("  {answer}"), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
    }
    lines
}
