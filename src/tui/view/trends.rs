//! The trends screen: the overall score and a dimension (or all) over time, one line per
//! respondent, and a table of the assessments with the change since the previous one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::below;
use super::text::{truncate, wrap};
use crate::chart::{Trend, TrendSeries};
use crate::history::{self, change_text};
use crate::score::display;
use crate::tui::app::{App, TrendsState};

pub fn render(app: &App, state: &TrendsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let subjects = app.data.subjects();
    let Some(subject) = subjects.iter().find(|s| s.name == state.results.subject) else {
        return;
    };
    let questionnaire = &subject.latest().questionnaire;
    let dimension =
        &questionnaire.dimensions[state.dimension.min(questionnaire.dimensions.len() - 1)];
    let shown = if state.all {
        "all dimensions".to_string()
    } else {
        dimension.name.clone()
    };
    Line::from(vec![
        Span::styled("Trends", theme.title),
        Span::styled(
            truncate(
                &format!(
                    " · {} · overall and {shown}",
                    crate::printable::printable(subject.name)
                ),
                area.width as usize - 6,
            ),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let body = below(area, 2);
    let series = history::series(subject);

    // The table: every assessment, most recent last, with the change since the previous one.
    let rows: Vec<_> = history::timeline(&series)
        .iter()
        .map(|m| {
            let scores = &m.report.scores;
            (
                m.report.assessment.when(),
                m.respondent,
                scores.overall,
                change_text(m.change),
                scores.dimension(&dimension.id).and_then(|d| d.score),
            )
        })
        .collect();
    let table_height = (rows.len() as u16 + 1)
        .min(body.height / 3)
        .max(2.min(body.height));
    let chart_area = Rect {
        height: body.height - table_height,
        ..body
    };
    if subject.assessments.len() < 2 {
        let text = format!(
            "Trends need two assessments: assess {} again in a few weeks to see how the relationship moves.",
            crate::printable::printable(subject.name)
        );
        for (i, line) in wrap(&text, body.width as usize)
            .iter()
            .take(chart_area.height as usize)
            .enumerate()
        {
            buf.set_string(body.x, body.y + i as u16, line, theme.strong);
        }
    } else {
        let mut lines = vec![];
        for s in &series {
            lines.push(TrendSeries {
                name: format!("{} overall", crate::printable::printable(s.respondent)),
                points: s.points(|r| r.scores.overall),
            });
            for dim in questionnaire
                .dimensions
                .iter()
                .filter(|d| state.all || d.id == dimension.id)
            {
                lines.push(TrendSeries {
                    name: format!(
                        "{} {}",
                        crate::printable::printable(s.respondent),
                        dim.short
                    ),
                    points: s.points(|r| r.scores.dimension(&dim.id)?.score),
                });
            }
        }
        let mut trend = Trend::new(lines);
        trend.styles = theme.series;
        trend.axis = theme.muted;
        (&trend).render(chart_area, buf);
    }

    let table = Rect {
        y: chart_area.bottom(),
        height: table_height,
        ..body
    };
    let header = format!(
        "{:<10}  {:<14} {:>7}  {:<6}  {}",
        "Date", "Respondent", "Overall", "Change", dimension.short
    );
    buf.set_stringn(table.x, table.y, &header, table.width as usize, theme.muted);
    let room = table.height.saturating_sub(1) as usize;
    for (i, (when, respondent, overall, change, dim)) in
        rows.iter().rev().take(room).rev().enumerate()
    {
        let line = format!(
            "{:<10}  {:<14} {:>7}  {:<6}  {:>3}",
            when.date(),
            truncate(&crate::printable::printable(respondent), 14),
            display(*overall),
            change,
            display(*dim)
        );
        let style = if change.starts_with('▼') {
            theme.bad
        } else if change.starts_with('▲') {
            theme.good
        } else {
            ratatui::style::Style::new()
        };
        buf.set_stringn(
            table.x,
            table.y + 1 + i as u16,
            &line,
            table.width as usize,
            style,
        );
    }
}
