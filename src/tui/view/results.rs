//! The results screen: every dimension's score, the indices, and the stage reached.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{truncate, wrap};
use super::{below, lines};
use crate::questionnaire::Group;
use crate::report::Report;
use crate::score::display;
use crate::tui::app::{App, ResultsState};

pub fn render(app: &App, state: &ResultsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let subjects = app.data.subjects();
    let Some(stored) = subjects
        .iter()
        .find(|s| s.name == state.subject)
        .and_then(|s| s.assessments.iter().find(|a| a.assessment.id == state.id))
    else {
        Line::styled("This assessment is no longer in the store.", theme.error).render(area, buf);
        return;
    };
    let report = Report::of(stored);
    let a = &stored.assessment;
    let width = area.width as usize;
    Line::from(vec![
        Span::styled("Results", theme.title),
        Span::styled(
            format!(" · {} · {} · {}", a.subject, a.respondent, a.when().date()),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let mut y = 2;
    let name_width = report
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let bar_width = width.saturating_sub(name_width + 8).min(40);
    for group in [Group::Virtue, Group::Pillar] {
        if y >= area.height {
            break;
        }
        let title = if group == Group::Virtue {
            "Virtues"
        } else {
            "Pillars"
        };
        let index = if group == Group::Virtue {
            report.scores.virtues
        } else {
            report.scores.pillars
        };
        Line::from(vec![
            Span::styled(title, theme.title),
            Span::styled(format!("  {}", display(index)), theme.strong),
        ])
        .render(below(area, y), buf);
        y += 1;
        for row in report.rows().filter(|r| r.dimension.group == group) {
            if y >= area.height {
                break;
            }
            let name = truncate(&row.dimension.name, name_width);
            let bar = crate::score::bar(row.score, bar_width);
            let line = format!("  {name:<name_width$} {:>3} {bar}", display(row.score));
            buf.set_stringn(
                area.x,
                area.y + y,
                &line,
                width,
                ratatui::style::Style::new(),
            );
            y += 1;
        }
    }
    y += 1;
    if y < area.height {
        Line::from(vec![
            Span::styled("Overall ", theme.strong),
            Span::styled(display(report.scores.overall), theme.title),
        ])
        .render(below(area, y), buf);
        y += 1;
    }
    if let (Some(level), Some(stage)) = (report.scores.stage, report.stage()) {
        let text = format!(
            "Stage {} of {}: {}. {}",
            level + 1,
            report.questionnaire.stages.len(),
            stage.name,
            report.fill(&stage.about)
        );
        lines(&wrap(&text, width), theme.strong, below(area, y), buf);
    }
}
