//! The home screen's clients (the personal space only): each with its subjects and last date.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::super::{below, offset_for, scrollbar};
use crate::tui::app::App;

/// The clients' table, its header on the first row of `area`.
pub fn table(app: &App, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let clients = &app.data.clients;
    let offset = offset_for(
        selected,
        clients.len(),
        area.height.saturating_sub(1) as usize,
    );
    let area = scrollbar(below(area, 1), clients.len(), offset, theme, buf);
    let area = Rect {
        y: area.y - 1,
        height: area.height + 1,
        ..area
    };
    let count_width = t.head_subjects.width().max(2) as u16;
    let header = Row::new([
        Cell::from(t.head_client),
        Cell::from(Line::from(t.head_subjects).right_aligned()),
        Cell::from(t.head_last),
    ])
    .style(theme.muted);
    let rows = clients.iter().map(|c| {
        Row::new([
            Cell::from(crate::printable::printable(&c.name)),
            Cell::from(Line::from(c.subjects.to_string()).right_aligned()),
            Cell::from(c.last.map_or_else(|| "–".to_string(), |l| l.date())),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Min(8),
            Constraint::Length(count_width),
            Constraint::Length(10),
        ],
    )
    .header(header)
    .column_spacing(2)
    .row_highlight_style(theme.selected);
    let mut state = TableState::default()
        .with_selected(selected)
        .with_offset(offset);
    StatefulWidget::render(table, area, buf, &mut state);
}
