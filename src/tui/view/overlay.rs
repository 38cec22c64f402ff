//! Overlays drawn over a screen: the keys (`?`) and the note editor (`n`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::hints;
use super::text::truncate;
use crate::i18n::fill;
use crate::tui::app::{App, NoteEditor, NoteLine};

pub fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let rows = hints::details(app.screen_mode(), app.keys(), app.help_text());
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let text_width = rows
        .iter()
        .map(|(_, t)| t.chars().count())
        .max()
        .unwrap_or(0);
    let width = (key_width + text_width + 7) as u16;
    let height = rows.len() as u16 + 4;
    let frame = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(frame, buf);
    let words = app.help_text();
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", words.title), theme.title))
        .title_bottom(format!(" {} ", words.closes));
    let inner = block.inner(frame);
    block.render(frame, buf);
    for (i, (key, text)) in rows
        .iter()
        .enumerate()
        .take(inner.height.saturating_sub(1) as usize)
    {
        let line = Line::from(vec![
            Span::styled(format!(" {key:<key_width$}  "), theme.key),
            Span::raw(truncate(
                text,
                (inner.width as usize).saturating_sub(key_width + 3),
            )),
        ]);
        line.render(
            Rect::new(inner.x, inner.y + 1 + i as u16, inner.width, 1),
            buf,
        );
    }
}

/// The line shown under the note's text, if any.
pub fn note_line(app: &App, line: NoteLine) -> String {
    let t = app.text();
    match line {
        NoteLine::TooLong => fill(
            t.note_too_long,
            &[("kib", &(crate::assessment::MAX_NOTE_BYTES / 1024))],
        ),
        NoteLine::ConfirmDiscard => t.note_discard.into(),
    }
}

pub fn note(app: &App, editor: &NoteEditor, area: Rect, buf: &mut Buffer) {
    let model = &editor.area;
    let theme = &app.theme;
    let index = app.flow().map_or(0, |f| f.current_index());
    // In the lower half, so that the question stays in view above it.
    let width = area.width.saturating_sub(4).min(76);
    let height = (area.height / 2)
        .clamp(5, 10)
        .min(area.height.saturating_sub(1));
    let frame = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.saturating_sub(height + 1),
        width,
        height,
    );
    Clear.render(frame, buf);
    let t = app.text();
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", fill(t.note_title, &[("n", &(index + 1))])),
            theme.title,
        ))
        .title_bottom(format!(
            " {} ",
            if editor.line == Some(NoteLine::ConfirmDiscard) {
                t.note_keys_discard
            } else {
                t.note_keys
            }
        ));
    let mut inner = block.inner(frame);
    block.render(frame, buf);
    if inner.width < 2 || inner.height == 0 {
        return;
    }
    // The line for the person goes under the text, which keeps at least one row.
    if let Some(line) = editor.line {
        let wrapped = super::text::wrap(&note_line(app, line), inner.width as usize);
        let height = (wrapped.len() as u16).min(inner.height.saturating_sub(1));
        let style = match line {
            NoteLine::TooLong => theme.error,
            NoteLine::ConfirmDiscard => theme.strong,
        };
        let bottom = Rect::new(inner.x, inner.bottom() - height, inner.width, height);
        super::lines(&wrapped, style, bottom, buf);
        inner.height -= height;
    }
    // One column kept free on the right, for the cursor at the end of a full row.
    inner.width -= 1;
    model.render(inner, buf);
}
