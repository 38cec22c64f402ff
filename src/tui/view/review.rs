//! The Review screen: every item with its answer and note mark, before saving.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::text::{truncate, with_keys};
use super::{below, scrollbar};
use crate::assessment::Response;
use crate::flow::Flow;
use crate::i18n::fill;
use crate::tui::app::App;
use unicode_width::UnicodeWidthStr;

pub(super) fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let a = &flow.draft;
    Line::from(vec![
        Span::styled(t.review_title, theme.title),
        Span::styled(
            truncate(
                &format!(" · {}", app.whose_view(&a.subject, &a.respondent)),
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

    // Reversed statements answered like the others of their dimension: marked in the list,
    // with a line saying why, so that the person can look again before saving.
    let misread: Vec<String> = crate::consistency::reversed_pairs(&flow.questionnaire, &a.answers)
        .into_iter()
        .flat_map(|pair| pair.items)
        .filter(|id| flow.questionnaire.item(id).is_some_and(|i| i.reverse))
        .collect();
    // And the answers as a whole leaning one way, said first.
    let alike = crate::consistency::answered_alike(&flow.questionnaire, &a.answers);
    let mut top = 3;
    if alike || !misread.is_empty() {
        let width = area.width as usize;
        let text = if alike {
            t.review_alike
        } else {
            t.review_look_again
        };
        let mut lines = super::text::wrap(text, width);
        // On a short screen the list comes first: the line is cut, its mark stays.
        let room = lines.len().min(if area.height >= 16 { 3 } else { 1 });
        if lines.len() > room {
            lines[room - 1] = truncate(&format!("{} {}", lines[room - 1], lines[room]), width);
        }
        let first = 2 + u16::from(a.note.is_some());
        for (i, line) in lines.iter().take(room).enumerate() {
            Line::from(with_keys(line, &[("edit", "e")], theme))
                .render(below(area, first + i as u16), buf);
        }
        top = first + room as u16 + 1;
    }
    let list = below(area, top);
    let scale = &flow.questionnaire.scale;
    let answer_of = |index: usize| match flow.response_at(index) {
        Some(Response::Value(v)) => match scale.label(v) {
            Some(label) => format!("{v} {}", crate::printable::printable(label)),
            None => v.to_string(),
        },
        Some(Response::Skipped) => app.common().dont_know.into(),
        _ => t.not_answered.into(),
    };
    // The answers take what the longest needs (a third at most): the texts get the rest.
    let longest = (0..flow.total())
        .map(|i| answer_of(i).width())
        .max()
        .unwrap_or(0) as u16;
    let answer_width = longest.clamp(8, (list.width / 3).max(8));
    let number_width = flow.total().to_string().len() as u16 + 1;
    // The text's column (a scrollbar may take one more), wrapped by hand: ratatui's Table
    // does not wrap.
    let text_width = (list
        .width
        .saturating_sub(number_width + answer_width + 1 + 3) as usize)
        .saturating_sub(2);
    // Each row is as tall as its statement or its answer needs: nothing a person must read
    // is cut.
    let answers: Vec<Vec<String>> = (0..flow.total())
        .map(|index| super::text::wrap(&answer_of(index), answer_width as usize))
        .collect();
    let texts: Vec<Vec<String>> = (0..flow.total())
        .map(|index| {
            let item = flow.item(index);
            let text = crate::printable::printable(&crate::assessment::fill_for(
                &item.text,
                &a.subject,
                &a.respondent,
                app.owner(),
            ));
            let mut marks = String::new();
            if flow.note_at(index).is_some() {
                marks.push_str(" ✎");
            }
            if misread.contains(&item.id) {
                marks.push_str(" ⚠");
            }
            item_lines(&text, text_width, &marks)
        })
        .collect();
    let heights: Vec<usize> = texts
        .iter()
        .zip(&answers)
        .map(|(text, answer)| text.len().max(answer.len()))
        .collect();
    let offset = first_row(&heights, flow.review_selected, list.height as usize);
    let line_offset: usize = heights[..offset].iter().sum();
    let list = scrollbar(list, heights.iter().sum(), line_offset, theme, buf);
    let rows = texts.into_iter().zip(answers).enumerate();
    let rows = rows.map(|(index, (lines, answer))| {
        let height = heights[index] as u16;
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
            Cell::from(ratatui::text::Text::from(
                answer.into_iter().map(Line::from).collect::<Vec<_>>(),
            )),
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

/// An item's whole text in lines of `width`; its marks (` ✎` a note, ` ⚠` a statement to look
/// at again) after it, on a line of their own when the last is full.
fn item_lines(text: &str, width: usize, marks: &str) -> Vec<String> {
    let mut lines = super::text::wrap(text, width);
    match lines.last_mut() {
        Some(last) if last.width() + marks.width() <= width => last.push_str(marks),
        _ => lines.push(marks.trim_start().to_string()),
    }
    lines
}

/// The first item to show so that item `selected` is whole in `height` lines, items being
/// `heights` lines tall.
fn first_row(heights: &[usize], selected: usize, height: usize) -> usize {
    let selected = selected.min(heights.len().saturating_sub(1));
    let mut first = selected + 1;
    let mut used = 0;
    while first > 0 && used + heights[first - 1] <= height.max(1) {
        used += heights[first - 1];
        first -= 1;
    }
    first.min(selected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_whole_and_keep_the_note_mark() {
        let text = "one two three four five six seven eight nine ten";
        assert_eq!(item_lines(text, 100, ""), [text]);
        let lines = item_lines(text, 14, " ✎");
        assert_eq!(lines.join(" "), format!("{text} ✎"), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 14), "{lines:?}");
        assert!(!lines.concat().contains('…'), "{lines:?}");
    }

    #[test]
    fn the_selected_item_is_whole_on_screen() {
        let heights = [2, 1, 2, 2, 1];
        assert_eq!(first_row(&heights, 0, 3), 0);
        assert_eq!(
            first_row(&heights, 3, 4),
            2,
            "items 2 and 3 fill four lines"
        );
        assert_eq!(first_row(&heights, 4, 3), 3);
        assert_eq!(first_row(&heights, 4, 1), 4);
    }
}
