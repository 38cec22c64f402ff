//! The Review screen: every item with its answer and note mark, before saving.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::below;
use super::text::truncate;
use crate::assessment::Response;
use crate::flow::Flow;
use crate::questionnaire::fill_subject;
use crate::tui::app::App;

pub fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let a = &flow.draft;
    Line::from(vec![
        Span::styled("Review", theme.title),
        Span::styled(
            format!(
                " · {} · {}",
                crate::printable::printable(&a.subject),
                crate::printable::printable(&a.respondent)
            ),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let skipped = a
        .answers
        .iter()
        .filter(|x| x.response == Response::Skipped)
        .count();
    let answered = flow.settled() - skipped;
    Line::from(vec![
        Span::raw(format!("{answered} answered, {skipped} skipped. ")),
        Span::styled("Enter", theme.key),
        Span::raw(" saves the assessment; "),
        Span::styled("e", theme.key),
        Span::raw(" changes an answer."),
    ])
    .render(below(area, 1), buf);

    let list = below(area, 3);
    let height = list.height as usize;
    let width = list.width as usize;
    let scale = &flow.questionnaire.scale;
    let answer_width = (width / 3).clamp(8, 28);
    let number_width = flow.total().to_string().len();
    let offset = (flow.review_selected + 1)
        .saturating_sub(height)
        .min(flow.total().saturating_sub(height));
    for (row, index) in (offset..flow.total()).take(height).enumerate() {
        let item = flow.item(index);
        let answer = match flow.response_at(index) {
            Some(Response::Value(v)) => match scale.label(v) {
                Some(label) => format!("{v} {label}"),
                None => v.to_string(),
            },
            Some(Response::Skipped) => "skipped".into(),
            _ => "not answered".into(),
        };
        let note = if flow.note_at(index).is_some() {
            " ✎"
        } else {
            "  "
        };
        let text_width = width.saturating_sub(number_width + 2 + answer_width + 2 + note.width());
        let text = truncate(&fill_subject(&item.text, &a.subject), text_width);
        let line = format!(
            "{:>number_width$}. {}{}  {}{}",
            index + 1,
            text,
            " ".repeat(text_width.saturating_sub(text.width())),
            pad(&truncate(&answer, answer_width), answer_width),
            note
        );
        let style = if index == flow.review_selected {
            theme.selected
        } else if flow.response_at(index) == Some(Response::Skipped) {
            theme.muted
        } else {
            ratatui::style::Style::new()
        };
        buf.set_stringn(list.x, list.y + row as u16, &line, width, style);
    }
}

fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}
