//! Overlays drawn over a screen: the keys (`?`) and the note editor (`n`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::hints;
use super::text::truncate;
use crate::i18n::fill;
use crate::tui::app::{App, Ask, NoteEditor, NoteLine, NoteTarget};
use crate::tui::field::TextArea;
use unicode_width::UnicodeWidthStr;

/// The help's lines at the size of `area`: each key with its explanation, wrapped at word
/// boundaries under it; and the frame they go in.
fn help_lines(app: &App, area: Rect) -> (Vec<Line<'static>>, Rect) {
    let theme = &app.theme;
    let rows = hints::details(app, app.screen_mode());
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let text_width = rows.iter().map(|(_, t)| t.width()).max().unwrap_or(0);
    let width = ((key_width + text_width + 7) as u16).min(area.width);
    // One column spare for the scrollbar when the help scrolls.
    let room = (width as usize).saturating_sub(key_width + 6).max(8);
    let mut lines = vec![Line::raw("")];
    for (key, text) in &rows {
        for (i, part) in super::text::wrap(text, room).into_iter().enumerate() {
            let key = if i == 0 { *key } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!(" {key:<key_width$}  "), theme.key),
                Span::raw(part),
            ]));
        }
    }
    let height = (lines.len() as u16 + 3).min(area.height);
    let frame = area.centered(Constraint::Length(width), Constraint::Length(height));
    (lines, frame)
}

/// How far the help scrolls at the terminal's size as the model knows it.
pub(crate) fn help_rows(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let (lines, frame) = help_lines(app, area);
    super::page::max_offset(lines.len() as u16, frame.height.saturating_sub(2))
}

pub(super) fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (lines, frame) = help_lines(app, area);
    cover(frame, area, buf);
    let words = app.help_text();
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", words.title), theme.title))
        .title_bottom(format!(" {} ", words.closes));
    let inner = block.inner(frame);
    block.render(frame, buf);
    let mut page = super::page::blank(inner.width, lines.len() as u16);
    super::page::lines(&mut page, &lines, 0, 0, inner.width);
    super::page::show(app, &page, app.help_scroll, inner, buf);
}

/// Clears what an overlay covers: its frame and one column either side of it (within `area`),
/// so that the screen beneath never shows a stray letter against the border, which would read
/// as part of the box.
fn cover(frame: Rect, area: Rect, buf: &mut Buffer) {
    Clear.render(frame.outer(Margin::new(1, 0)).intersection(area), buf);
}

/// The line shown under the note's text, if any.
pub(super) fn note_line(app: &App, editor: &NoteEditor, line: NoteLine) -> String {
    let t = app.text();
    match line {
        NoteLine::NotSaved => fill(
            t.note_not_saved,
            &[("reason", &editor.not_saved.clone().unwrap_or_default())],
        ),
        NoteLine::TooLong => fill(
            t.note_too_long,
            &[("kib", &(crate::assessment::MAX_NOTE_BYTES / 1024))],
        ),
        NoteLine::ConfirmDiscard => t.note_discard.into(),
    }
}

pub(super) fn note(app: &App, editor: &NoteEditor, area: Rect, buf: &mut Buffer) {
    let model = &editor.area;
    let theme = &app.theme;
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
    // A panel across the screen: the rows it takes are cleared whole, so that no letter of
    // the screen beneath stands beside its border as if it were part of it.
    cover(
        Rect::new(area.x, frame.y, area.width, frame.height),
        area,
        buf,
    );
    let t = app.text();
    let title = match editor.target {
        NoteTarget::Question(index) => fill(t.note_title, &[("n", &(index + 1))]),
        NoteTarget::Session => t.note_title_session.into(),
        NoteTarget::Intention => t.note_title_intention.into(),
    };
    let block = Block::bordered()
        .title(Span::styled(
            truncate(&format!(" {title} "), width.saturating_sub(2) as usize),
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
        let wrapped = super::text::wrap(&note_line(app, editor, line), inner.width as usize);
        let height = (wrapped.len() as u16).min(inner.height.saturating_sub(1));
        let style = match line {
            NoteLine::TooLong | NoteLine::NotSaved => theme.error,
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

/// The width of a small box's text: its frame, borders and margins taken off.
fn framed_width(area: Rect) -> usize {
    framed_frame(area).saturating_sub(4) as usize
}

fn framed_frame(area: Rect) -> u16 {
    area.width.saturating_sub(4).min(64)
}

/// A small framed box in the middle of the screen, its inner area returned.
fn framed(app: &App, title: &str, bottom: &str, rows: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let width = framed_frame(area);
    let height = (rows + 2).min(area.height);
    let frame = area.centered(Constraint::Length(width), Constraint::Length(height));
    cover(frame, area, buf);
    let room = width.saturating_sub(4) as usize;
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", truncate(title, room)),
            app.theme.title,
        ))
        .title_bottom(format!(" {} ", truncate(bottom, room)));
    let inner = block.inner(frame);
    block.render(frame, buf);
    inner.inner(ratatui::layout::Margin::new(1, 0))
}

/// A yes-or-no question.
pub(super) fn ask(app: &App, ask: &Ask, area: Rect, buf: &mut Buffer) {
    let t = app.text();
    let Ask::Discard {
        subject,
        answered,
        notes,
        ..
    } = ask;
    let answers = app.count(
        *answered,
        t.discard_answers_one,
        t.discard_answers_many,
        &[],
    );
    // Notes are said when there are some.
    let holds = match notes {
        0 => answers,
        n => {
            let notes = app.count(*n, t.discard_notes_one, t.discard_notes_many, &[]);
            fill(t.discard_and, &[("answers", &answers), ("notes", &notes)])
        }
    };
    let text = fill(
        t.discard_question,
        &[
            ("subject", &crate::printable::printable(subject)),
            ("holds", &holds),
        ],
    );
    let keys = fill(t.discard_keys, &[("yes", &app.keys().yes)]);
    let wrapped = super::text::wrap(&text, framed_width(area));
    let inner = framed(app, t.discard_title, &keys, wrapped.len() as u16, area, buf);
    super::lines(&wrapped, app.theme.strong, inner, buf);
}

/// The name of a new client.
pub(super) fn prompt(app: &App, field: &TextArea, area: Rect, buf: &mut Buffer) {
    let t = app.text();
    let bottom = format!("{} · {}", t.prompt_enter, t.prompt_esc);
    let hint = super::text::wrap(t.new_client_hint, framed_width(area));
    let rows = hint.len() as u16 + 2;
    let inner = framed(app, t.new_client_title, &bottom, rows, area, buf);
    let used = super::lines(&hint, app.theme.muted, inner, buf);
    let shown = truncate(field.text(), (inner.width as usize).saturating_sub(2));
    Line::from(vec![
        Span::styled(shown, app.theme.strong),
        Span::styled("▏", app.theme.key),
    ])
    .render(super::below(inner, used + 1), buf);
}
