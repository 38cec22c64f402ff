//! The Review screen: every item with its answer and note mark, before saving.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::text::{truncate, with_keys};
use super::{below, offset_for, scrollbar};
use crate::assessment::Response;
use crate::flow::Flow;
use crate::i18n::fill;
use crate::tui::app::App;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let a = &flow.draft;
    Line::from(vec![
        Span::styled(t.review_title, theme.title),
        Span::styled(
            truncate(
                &format!(
                    " · {} · {}",
                    crate::printable::printable(&a.subject),
                    app.respondent(&a.respondent)
                ),
                (area.width as usize).saturating_sub(t.review_title.width()),
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
    let counts = fill(
        t.review_counts,
        &[("answered", &answered), ("skipped", &skipped)],
    );
    let keys = [("enter", app.keys().enter), ("edit", "e")];
    Line::from(with_keys(&counts, &keys, theme)).render(below(area, 1), buf);
    if let Some(note) = &a.note {
        let shown = if app.hide_notes {
            t.note_hidden.to_string()
        } else {
            super::text::one_line(note)
        };
        let line = format!("{} {shown}", t.session_note_mark);
        Line::styled(truncate(&line, area.width as usize), theme.muted).render(below(area, 2), buf);
    }

    let list = below(area, 3);
    let offset = offset_for(
        Some(flow.review_selected),
        flow.total(),
        list.height as usize,
    );
    let scale = &flow.questionnaire.scale;
    let answer_of = |index: usize| match flow.response_at(index) {
        Some(Response::Value(v)) => match scale.label(v) {
            Some(label) => format!("{v} {label}"),
            None => v.to_string(),
        },
        Some(Response::Skipped) => app.common().skipped.into(),
        _ => t.not_answered.into(),
    };
    // The answers take what the longest needs (a third at most): the texts get the rest.
    let longest = (0..flow.total())
        .map(|i| answer_of(i).width())
        .max()
        .unwrap_or(0) as u16;
    let answer_width = longest.clamp(8, (list.width / 3).max(8));
    let list = scrollbar(list, flow.total(), offset, theme, buf);
    let number_width = flow.total().to_string().len() as u16 + 1;
    // The text's column, wrapped by hand (ratatui's Table does not wrap).
    let text_width = (list
        .width
        .saturating_sub(number_width + answer_width + 1 + 3) as usize)
        .saturating_sub(1);
    let rows = (0..flow.total()).map(|index| {
        let item = flow.item(index);
        let answer = answer_of(index);
        // The mark goes right after the text it is about.
        let text = crate::assessment::fill_for(&item.text, &a.subject, &a.respondent, app.owner());
        let text = match flow.note_at(index) {
            Some(_) => format!("{text} ✎"),
            None => text,
        };
        // A text longer than its column takes a second line, cut only beyond that.
        let mut lines = super::text::wrap(&text, text_width);
        if lines.len() > 2 {
            let rest = lines[1..].join(" ");
            lines = vec![lines[0].clone(), truncate(&rest, text_width)];
        }
        let height = lines.len().max(1) as u16;
        let style = if flow.response_at(index) == Some(Response::Skipped) {
            theme.muted
        } else {
            Style::new()
        };
        Row::new([
            Cell::from(Line::from(format!("{}.", index + 1)).right_aligned()),
            Cell::from(ratatui::text::Text::from(
                lines.into_iter().map(Line::from).collect::<Vec<_>>(),
            )),
            Cell::from(truncate(&answer, answer_width as usize)),
            Cell::from(""),
        ])
        .height(height)
        .style(style)
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(number_width),
            Constraint::Fill(1),
            Constraint::Length(answer_width),
            Constraint::Length(1),
        ],
    )
    .column_spacing(1)
    .row_highlight_style(theme.selected);
    let mut state = TableState::default()
        .with_selected(Some(flow.review_selected))
        .with_offset(offset);
    StatefulWidget::render(table, list, buf, &mut state);
}
