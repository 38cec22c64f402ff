//! The "new assessment" form.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget, Widget};

use super::below;
use super::text::truncate;
use crate::i18n::fill;
use crate::tui::app::App;
use crate::tui::form::{Field, Form, FormError};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let width = area.width as usize;
    Line::styled(t.form_title, theme.title).render(area, buf);
    // The labels' column fits the longer label of the language, and at least 12 columns.
    let label_width = t
        .form_subject
        .width()
        .max(t.form_respondent.width())
        .max(10)
        + 2;
    let field = |label: &str, value: &str, active: bool, y: u16, buf: &mut Buffer| {
        let label = format!("{label:<label_width$}");
        let room = width.saturating_sub(label.width() + 2);
        let shown = truncate(value, room.saturating_sub(1));
        let value_style = if active { theme.selected } else { theme.strong };
        let cursor = if active { "▏" } else { " " };
        Line::from(vec![
            Span::styled(label, theme.muted),
            Span::styled(format!("{shown}{cursor}"), value_style),
        ])
        .render(below(area, y), buf);
    };
    Line::styled(truncate(t.form_subject_hint, width), theme.muted).render(below(area, 2), buf);
    field(
        t.form_subject,
        form.subject.text(),
        form.field == Field::Subject,
        3,
        buf,
    );
    let respondent_hint = fill(t.form_respondent_hint, &[("you", &form.yours)]);
    Line::styled(truncate(&respondent_hint, width), theme.muted).render(below(area, 5), buf);
    field(
        t.form_respondent,
        form.respondent.text(),
        form.field == Field::Respondent,
        6,
        buf,
    );
    let mut y = 8;
    if let Some(FormError::NoSubject) = form.error {
        Line::styled(truncate(t.form_no_subject, width), theme.error).render(below(area, y), buf);
        y += 2;
    }
    let suggestions = form.suggestions();
    if form.field == Field::Subject && !suggestions.is_empty() && y + 1 < area.height {
        Line::styled(t.form_known, theme.muted).render(below(area, y), buf);
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
