//! The home screen: subjects with their trend, unfinished drafts, or a first-run welcome.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{truncate, wrap};
use super::{below, lines};
use crate::score::display;
use crate::tui::app::App;

pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    Line::from(vec![
        Span::styled("confiance", theme.title),
        Span::styled("  the trust in your working relationships", theme.muted),
    ])
    .render(area, buf);
    let area = below(area, 2);
    let subjects = app.data.subjects();
    let drafts = app.data.drafts_recent_first();
    if subjects.is_empty() && drafts.is_empty() {
        return welcome(app, area, buf);
    }
    let width = area.width as usize;
    let mut rows: Vec<(Line, bool)> = vec![];
    if !subjects.is_empty() {
        rows.push((Line::styled(header(width), theme.muted), false));
    }
    for (i, s) in subjects.iter().enumerate() {
        let count = s.assessments.len();
        let history = sparkline(&s.overall_history());
        let fixed = 4 + 14 + 12 + 5 + 2;
        let name_width = width.saturating_sub(fixed + 12).max(8);
        let text = format!(
            "{:<name_width$}  {:>2} {:<11} {:<10} {:>3}  {}",
            truncate(&crate::printable::printable(s.name), name_width),
            count,
            if count == 1 {
                "assessment"
            } else {
                "assessments"
            },
            s.last().date(),
            display(s.last_overall()),
            history,
        );
        rows.push((Line::raw(pad(&text, width)), i == selected));
    }
    if !drafts.is_empty() {
        rows.push((Line::raw(""), false));
        rows.push((Line::styled("Unfinished drafts", theme.title), false));
    }
    for (i, d) in drafts.iter().enumerate() {
        let a = &d.assessment;
        let settled = a.answers.iter().filter(|x| x.is_settled()).count();
        let text = format!(
            "{} · {} · started {} · {} of {} answered",
            crate::printable::printable(&a.subject),
            crate::printable::printable(&a.respondent),
            a.started.date_time(),
            settled,
            d.questionnaire.items.len()
        );
        rows.push((
            Line::raw(pad(&truncate(&text, width), width)),
            subjects.len() + i == selected,
        ));
    }
    if app.data.problems > 0 {
        rows.push((Line::raw(""), false));
        let note = format!(
            "{} files could not be read: run `confiance check` for details.",
            app.data.problems
        );
        rows.push((Line::styled(truncate(&note, width), theme.error), false));
    }
    // Keep the selection in view.
    let height = area.height as usize;
    let selected_row = rows.iter().position(|(_, s)| *s).unwrap_or(0);
    let offset = (selected_row + 1).saturating_sub(height);
    for (i, (line, is_selected)) in rows.into_iter().skip(offset).take(height).enumerate() {
        let line = if is_selected {
            line.style(theme.selected)
        } else {
            line
        };
        line.render(Rect::new(area.x, area.y + i as u16, area.width, 1), buf);
    }
}

fn header(width: usize) -> String {
    let name_width = width.saturating_sub(4 + 14 + 12 + 5 + 2 + 12).max(8);
    format!(
        "{:<name_width$}  {:<14} {:<10} {:>3}  {}",
        "Subject", "", "Last", "Now", "Trend"
    )
}

fn pad(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let text = truncate(text, width);
    let fill = width.saturating_sub(text.width());
    text + &" ".repeat(fill)
}

/// The overall score over time in block characters, the last twelve assessments.
pub fn sparkline(history: &[Option<f64>]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let start = history.len().saturating_sub(12);
    history[start..]
        .iter()
        .map(|v| match v {
            Some(v) => BLOCKS[((v / 100.0 * 7.0).round() as usize).min(7)],
            None => ' ',
        })
        .collect()
}

fn welcome(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    let text = [
        "See the trust in one working relationship: a colleague, a team, a client community.",
        "Answer 24 short questions on the five virtues and three pillars of trust, then see where you stand and how it moves.",
        "Your answers stay on this computer, as plain files.",
    ];
    let wrapped: Vec<Vec<String>> = text.iter().map(|t| wrap(t, width)).collect();
    let rows: usize = wrapped.iter().map(Vec::len).sum();
    // A blank line between paragraphs when there is room for it.
    let spacing = u16::from(rows + 2 + 2 < area.height as usize);
    let mut y = 0;
    for paragraph in &wrapped {
        y += lines(paragraph, ratatui::style::Style::new(), below(area, y), buf) + spacing;
    }
    let y = (y + 1 - spacing).min(area.height.saturating_sub(1));
    Line::from(vec![
        Span::raw("Press "),
        Span::styled("a", theme.key),
        Span::raw(" to start your first assessment."),
    ])
    .render(below(area, y), buf);
}

#[cfg(test)]
mod tests {
    use super::sparkline;

    #[test]
    fn sparkline_blocks() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(50.0), None, Some(100.0)]),
            "▁▅ █"
        );
    }
}
