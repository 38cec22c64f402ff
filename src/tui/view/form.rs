//! The "new assessment" form.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget, Widget};

use super::below;
use super::text::truncate;
use crate::tui::app::App;
use crate::tui::form::{Field, Form};

pub fn render(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    Line::styled("New assessment", theme.title).render(area, buf);
    let field = |label: &str, value: &str, active: bool, y: u16, buf: &mut Buffer| {
        let label = format!("{label:<12}");
        let room = width.saturating_sub(label.len() + 2);
        let shown = truncate(value, room.saturating_sub(1));
        let value_style = if active { theme.selected } else { theme.strong };
        let cursor = if active { "▏" } else { " " };
        Line::from(vec![
            Span::styled(label, theme.muted),
            Span::styled(format!("{shown}{cursor}"), value_style),
        ])
        .render(below(area, y), buf);
    };
    Line::styled(
        truncate(
            "Who is the relationship with? A person, a team, a community.",
            width,
        ),
        theme.muted,
    )
    .render(below(area, 2), buf);
    field(
        "Subject",
        form.subject.text(),
        form.field == Field::Subject,
        3,
        buf,
    );
    Line::styled(
        truncate("Whose view is this? Yours is \"self\".", width),
        theme.muted,
    )
    .render(below(area, 5), buf);
    field(
        "Respondent",
        form.respondent.text(),
        form.field == Field::Respondent,
        6,
        buf,
    );
    let mut y = 8;
    if let Some(error) = &form.error {
        Line::styled(truncate(error, width), theme.error).render(below(area, y), buf);
        y += 2;
    }
    let suggestions = form.suggestions();
    if form.field == Field::Subject && !suggestions.is_empty() && y + 1 < area.height {
        Line::styled("Known subjects (↑↓ choose, Tab complete):", theme.muted)
            .render(below(area, y), buf);
        y += 1;
        let items: Vec<ListItem> = suggestions
            .iter()
            .map(|name| ListItem::new(truncate(&format!("  {name}"), width)))
            .collect();
        let mut state = ListState::default().with_selected(form.selected);
        StatefulWidget::render(
            List::new(items).highlight_style(theme.selected),
            below(area, y),
            buf,
            &mut state,
        );
    }
}
