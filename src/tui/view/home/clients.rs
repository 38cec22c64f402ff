//! The home screen's clients (the personal space only): each with its subjects, last date,
//! and how many check-ins are due in its space (the coach sees whom to call first).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::super::{below, offset_for, scrollbar};
use crate::tui::app::App;

/// The clients' table, its header on the first row of `area`.
pub(super) fn table(app: &App, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
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
    let names: Vec<String> = clients
        .iter()
        .map(|c| crate::printable::printable(&c.name))
        .collect();
    let counts: Vec<String> = clients
        .iter()
        .map(|c| app.count(c.subjects, t.subjects_one, t.subjects_many, &[]))
        .collect();
    // A compact list: the name as wide as the longest, then the subjects and the last date.
    let widest = |list: &[String], header: &str| {
        list.iter()
            .map(|n| n.width())
            .chain([header.width()])
            .max()
            .unwrap_or(0) as u16
    };
    let name_width = widest(&names, t.head_client).clamp(12, area.width / 2);
    let count_width = widest(&counts, t.head_subjects);
    // How many check-ins are due in each client's space, as its own home screen counts them.
    let dues: Vec<String> = clients
        .iter()
        .map(
            |c| match crate::due::count_due(&c.latest, &c.cadences, app.cadence_weeks, app.now) {
                0 => String::new(),
                1 => t.due_mark.to_string(),
                n => crate::i18n::fill(t.due_many, &[("n", &n)]),
            },
        )
        .collect();
    let any_due = dues.iter().any(|d| !d.is_empty());
    let header = Row::new([
        Cell::from(t.head_client),
        Cell::from(t.head_subjects),
        Cell::from(t.head_last),
        Cell::from(if any_due { t.head_due } else { "" }),
    ])
    .style(theme.muted);
    let rows = clients
        .iter()
        .zip(names)
        .zip(counts)
        .zip(dues)
        .map(|(((c, name), count), due)| {
            Row::new([
                Cell::from(super::super::text::truncate(&name, name_width as usize)),
                Cell::from(count),
                Cell::from(c.last.map_or_else(|| "–".to_string(), |l| l.date())),
                Cell::from(Line::styled(due, theme.strong)),
            ])
        });
    let table = Table::new(
        rows,
        [
            Constraint::Length(name_width),
            Constraint::Length(count_width),
            Constraint::Length(10),
            Constraint::Fill(1),
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
