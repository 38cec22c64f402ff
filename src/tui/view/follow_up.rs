//! The question that opens an assessment after an intention: what was decided last time, and
//! whether it was followed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::text::{truncate, with_keys, wrap};
use super::{below, lines};
use crate::flow::Flow;
use crate::tui::app::App;

pub(super) fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let (theme, t) = (&app.theme, app.text());
    let width = area.width as usize;
    let a = &flow.draft;
    let right = app.whose_view(&a.subject, &a.respondent);
    let title = truncate(
        &flow.questionnaire.title,
        width.saturating_sub(right.width() + 3),
    );
    Line::from(vec![
        Span::styled(title, theme.title),
        Span::styled(format!(" · {right}"), theme.muted),
    ])
    .render(area, buf);
    let Some(previous) = &a.previous_intention else {
        return;
    };
    let mut y = 2;
    Line::styled(truncate(t.follow_title, width), theme.title).render(below(area, y), buf);
    y += 2;
    let text: Vec<String> = wrap(&previous.text, width.saturating_sub(4))
        .into_iter()
        .map(|l| format!("  {l}"))
        .collect();
    let room = area.height.saturating_sub(y + 4).max(1) as usize;
    y += lines(
        &text[..text.len().min(room)],
        theme.strong,
        below(area, y),
        buf,
    ) + 1;
    Line::styled(truncate(t.follow_ask, width), theme.strong).render(below(area, y), buf);
    y += 2;
    let keys = [
        ("yes", app.keys().yes),
        ("partly", "p"),
        ("no", "n"),
        ("enter", app.keys().enter),
    ];
    Line::from(with_keys(t.follow_keys, &keys, theme)).render(below(area, y), buf);
}
