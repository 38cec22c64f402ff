//! The question's header: the questionnaire's title, and whose view of whom is being given.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::flow::Flow;
use crate::printable::printable;
use crate::tui::app::App;
use crate::tui::view::text::truncate;

/// Title, subject and respondent; returns the rows used.
pub(super) fn header(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) -> u16 {
    let theme = &app.theme;
    let a = &flow.draft;
    // The header stays one row. Whose view it is matters more than the questionnaire's
    // title, which gives way first down to 16 columns; then a long subject is shortened (the
    // statement says it in full).
    let full_title = printable(&flow.questionnaire.title);
    let room = (area.width as usize)
        .saturating_sub(3 + full_title.width().min(16))
        .max(12);
    let right = truncate(&app.whose_view(&a.subject, &a.respondent), room);
    let title = truncate(
        &full_title,
        (area.width as usize).saturating_sub(right.width() + 3),
    );
    Line::from(vec![
        Span::styled(title, theme.title),
        Span::styled(format!(" · {right}"), theme.muted),
    ])
    .render(area, buf);
    2
}
