//! The trends table: one row per assessment with the columns the chart shows, the change
//! since the same respondent's previous one (the only cell coloured), breaks marked, and a
//! scrollbar with the rows' position when they do not all fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{
    Cell, Row as TableRow, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Table,
    TableState, Widget,
};
use unicode_width::UnicodeWidthStr;

use super::shown::Row;
use crate::history::change_text;
use crate::i18n::{TrendText, fill};
use crate::questionnaire::{Dimension, Questionnaire};
use crate::score::display;
use crate::tui::app::{App, TrendsState};

pub(super) fn render(
    app: &App,
    state: &TrendsState,
    rows: &[Row],
    questionnaire: &Questionnaire,
    dimension: &Dimension,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.height < 2 {
        return;
    }
    let t = app.text();
    let theme = &app.theme;
    let words = TrendText::of(app.lang);
    let dims: Vec<&Dimension> = if state.all {
        questionnaire.dimensions.iter().collect()
    } else {
        vec![dimension]
    };
    // Header, rows, and a caption when some rows are hidden or a change spans a break.
    let caption =
        rows.len() as u16 >= area.height || rows.iter().any(|r| matches!(r, Row::Moment(_, true)));
    let visible = area.height.saturating_sub(1 + u16::from(caption)).max(1) as usize;
    let fits = rows.len() <= visible;
    let offset = state.scroll.min(rows.len().saturating_sub(visible));
    let across = rows
        .iter()
        .skip(offset)
        .take(visible)
        .any(|r| matches!(r, Row::Moment(_, true)));

    // Two of one respondent on one day are told apart by their time (`comparison::whens`).
    let views: Vec<&crate::assessment::Assessment> = rows
        .iter()
        .filter_map(|r| match r {
            Row::Moment(m, _) => Some(m.report.assessment),
            Row::Break(_) | Row::Questionnaire { .. } => None,
        })
        .collect();
    let whens = crate::comparison::whens(&views);
    let date_width = whens.iter().map(|w| w.width()).max().unwrap_or(10).max(10) as u16;
    let mut whens = whens.into_iter();
    let overall_width = t.head_overall.width().max(7) as u16;
    let change_width = t.head_change.width().max(7) as u16;
    let mut widths = vec![Constraint::Length(date_width)];
    let mut header = vec![Cell::from(t.head_date)];
    // The respondent's name gives way first: dates and scores are never cut.
    let others =
        date_width + overall_width + change_width + dimension.short.width().max(3) as u16 + 11;
    let respondent_width = area.width.saturating_sub(others).min(14);
    let with_respondent = !state.all && respondent_width >= 5;
    if with_respondent {
        widths.push(Constraint::Length(respondent_width));
        header.push(Cell::from(t.head_respondent));
    }
    widths.extend([
        Constraint::Length(overall_width),
        Constraint::Length(change_width),
    ]);
    header.extend([
        Cell::from(Line::from(t.head_overall).right_aligned()),
        Cell::from(t.head_change),
    ]);
    // The dimensions share what is left; their names are shortened to fit, not the scores.
    // With all of them, columns are one space apart to leave their names more room.
    let spacing: u16 = if state.all { 1 } else { 2 };
    let fixed: u16 = widths
        .iter()
        .map(|c| match c {
            Constraint::Length(n) => n + spacing,
            _ => 0,
        })
        .sum();
    let room = area.width.saturating_sub(1 + fixed) as usize;
    let each = (room / dims.len().max(1))
        .saturating_sub(spacing as usize)
        .max(3);
    for d in &dims {
        let name = super::super::text::truncate(&d.short, each);
        widths.push(Constraint::Length(name.width().max(3) as u16));
        header.push(Cell::from(Line::from(name).right_aligned()));
    }
    let table_rows: Vec<TableRow> = rows
        .iter()
        .map(|row| match row {
            // Written across the whole row below, once the table is drawn.
            Row::Break(_) | Row::Questionnaire { .. } => TableRow::new([Cell::from("")]),
            Row::Moment(m, across) => {
                let scores = &m.report.scores;
                let change = change_text(m.change);
                let style = if change.starts_with('▼') {
                    theme.bad
                } else if change.starts_with('▲') {
                    theme.good
                } else {
                    Style::new()
                };
                let change = if *across {
                    format!("{change} ⋯")
                } else {
                    change
                };
                let mut cells = vec![Cell::from(whens.next().unwrap_or_default())];
                if with_respondent {
                    cells.push(Cell::from(super::super::text::truncate(
                        &app.respondent(m.respondent),
                        respondent_width as usize,
                    )));
                }
                cells.push(Cell::from(
                    Line::from(display(scores.overall)).right_aligned(),
                ));
                cells.push(Cell::from(change).style(style));
                for d in &dims {
                    let score = scores.dimension(&d.id).and_then(|d| d.score);
                    cells.push(Cell::from(Line::from(display(score)).right_aligned()));
                }
                TableRow::new(cells)
            }
        })
        .collect();
    let table_area = Rect {
        width: area.width.saturating_sub(1),
        height: visible as u16 + 1,
        ..area
    };
    let table = Table::new(table_rows, widths)
        .header(TableRow::new(header).style(theme.muted))
        .column_spacing(spacing);
    let mut table_state = TableState::default().with_offset(offset);
    StatefulWidget::render(table, table_area, buf, &mut table_state);
    for (i, row) in rows.iter().enumerate().skip(offset).take(visible) {
        let text = match row {
            Row::Break(b) => crate::chart::trend::gap(app.lang, b.length()),
            Row::Questionnaire { .. } => row.questionnaire_text(app.common()).unwrap_or_default(),
            Row::Moment(..) => continue,
        };
        let y = area.y + 1 + (i - offset) as u16;
        buf.set_stringn(area.x, y, text, table_area.width as usize, theme.muted);
    }
    if !fits {
        let bar_area = Rect {
            x: area.right() - 1,
            y: area.y + 1,
            width: 1,
            height: visible as u16,
        };
        let mut bar = ScrollbarState::new(rows.len().saturating_sub(visible) + 1)
            .position(offset)
            .viewport_content_length(visible);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(Some("↑"))
            .end_symbol(Some("↓"))
            .style(theme.muted)
            .render(bar_area, buf, &mut bar);
    }
    if caption {
        let mut text = vec![];
        if !fits {
            let more = if offset + visible < rows.len() {
                "↓ "
            } else {
                "↑ "
            };
            text.push(format!(
                "{more}{}",
                fill(
                    words.rows,
                    &[
                        ("first", &(offset + 1)),
                        ("last", &(offset + visible).min(rows.len())),
                        ("total", &rows.len()),
                    ],
                )
            ));
        }
        if across {
            text.push(words.across_note.to_string());
        }
        let line = Rect {
            y: area.y + 1 + visible as u16,
            height: 1,
            ..area
        };
        Line::styled(
            super::super::text::truncate(&text.join("   "), area.width as usize),
            theme.muted,
        )
        .render(line, buf);
    }
}
