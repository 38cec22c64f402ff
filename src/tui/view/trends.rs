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
use crate::i18n::fill;
use crate::score::display;
use crate::subjects::Subject;
use crate::tui::app::{App, TrendsState};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, state: &TrendsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let subjects = app.data.subjects();
    let Some(all) = subjects
        .iter()
        .find(|s| crate::names::same(s.name, &state.results.subject))
    else {
        return;
    };
    let current = all
        .assessments
        .iter()
        .find(|s| s.assessment.id == state.results.id)
        .copied()
        .unwrap_or_else(|| all.latest());
    // Only the assessments made with the same questionnaire: others do not line up.
    let questionnaire_id = &current.assessment.questionnaire;
    let subject = &Subject {
        name: all.name,
        assessments: all
            .assessments
            .iter()
            .copied()
            .filter(|s| &s.assessment.questionnaire == questionnaire_id)
            .collect(),
    };
    let apart = all.assessments.len() - subject.assessments.len();
    // The dimensions' names in the interface's language, as results show them.
    let latest = app.report(current);
    let questionnaire = latest.questionnaire;
    let dimension =
        &questionnaire.dimensions[state.dimension.min(questionnaire.dimensions.len() - 1)];
    let shown = if state.all {
        t.all_dimensions.to_string()
    } else {
        dimension.name.clone()
    };
    let what = fill(
        t.trends_what,
        &[
            ("subject", &crate::printable::printable(subject.name)),
            ("shown", &shown),
        ],
    );
    let title_width = t.trends_title.width();
    Line::from(vec![
        Span::styled(t.trends_title, theme.title),
        Span::styled(
            truncate(
                &format!(" · {what}"),
                (area.width as usize).saturating_sub(title_width),
            ),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let mut body = below(area, 2);
    if apart > 0 {
        let text = app.count(apart, t.trends_apart_one, t.trends_apart_many, &[]);
        Line::styled(truncate(&text, area.width as usize), theme.muted).render(body, buf);
        body = below(body, 1);
    }
    let intentions = intention_rows(app, subject, &current.assessment.respondent);
    let intentions_height = if intentions.is_empty() {
        0
    } else {
        (intentions.len() as u16 + 2).min(body.height / 4)
    };
    let notes_area = Rect {
        y: body.bottom() - intentions_height,
        height: intentions_height,
        ..body
    };
    body.height -= intentions_height;
    if intentions_height > 2 {
        Line::styled(t.intentions_title, theme.title).render(below(notes_area, 1), buf);
        for (i, line) in intentions
            .iter()
            .rev()
            .take(intentions_height as usize - 2)
            .rev()
            .enumerate()
        {
            let row = below(notes_area, 2 + i as u16);
            Line::raw(truncate(line, row.width as usize)).render(row, buf);
        }
    }
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
        let text = fill(
            t.trends_need_two,
            &[("subject", &crate::printable::printable(subject.name))],
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
            let who = app.respondent(s.respondent);
            lines.push(TrendSeries {
                name: fill(t.series_overall, &[("who", &who)]),
                points: s.points(|r| r.scores.overall),
            });
            for dim in questionnaire
                .dimensions
                .iter()
                .filter(|d| state.all || d.id == dimension.id)
            {
                lines.push(TrendSeries {
                    name: format!("{who} {}", dim.short),
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
    // The columns fit their headers: the French ones are longer.
    let overall_width = t.head_overall.width().max(7);
    let change_width = t.head_change.width().max(6);
    let header = format!(
        "{:<10}  {:<14} {:>overall_width$}  {:<change_width$}  {}",
        t.head_date, t.head_respondent, t.head_overall, t.head_change, dimension.short
    );
    buf.set_stringn(table.x, table.y, &header, table.width as usize, theme.muted);
    let room = table.height.saturating_sub(1) as usize;
    for (i, (when, respondent, overall, change, dim)) in
        rows.iter().rev().take(room).rev().enumerate()
    {
        let line = format!(
            "{:<10}  {:<14} {:>overall_width$}  {:<change_width$}  {:>3}",
            when.date(),
            truncate(&app.respondent(respondent), 14),
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

/// The intentions of `respondent` over time, each with what became of it.
fn intention_rows(app: &App, subject: &Subject, respondent: &str) -> Vec<String> {
    crate::intentions::intentions(subject, respondent)
        .iter()
        .map(|i| {
            let when = i
                .set_in
                .or(i.reviewed_in)
                .map_or(String::new(), |s| s.assessment.when().date());
            format!("{when}  {} ({})", i.text, app.followed(i))
        })
        .collect()
}
