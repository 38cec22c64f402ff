//! The home screen: subjects with their trend, unfinished drafts, or a first-run welcome.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::text::{truncate, with_keys, wrap};
use super::{below, lines, offset_for, scrollbar};
use crate::i18n::fill;
use crate::score::display;
use crate::tui::app::App;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    Line::from(vec![
        Span::styled("confiance", theme.title),
        Span::styled(format!("  {}", t.tagline), theme.muted),
    ])
    .render(area, buf);
    let area = below(area, 2);
    let subjects = app.data.subjects();
    let drafts = app.data.drafts_recent_first();
    if subjects.is_empty() && drafts.is_empty() {
        return welcome(app, area, buf);
    }
    let problems = if app.data.problems > 0 { 2 } else { 0 };
    let problems = if area.height >= problems + 4 {
        problems
    } else {
        0
    };
    let room = area.height - problems;
    // The subjects' table with its header, then a blank line, a title and the drafts.
    let need_subjects = if subjects.is_empty() {
        0
    } else {
        subjects.len() as u16 + 1
    };
    let need_drafts = if drafts.is_empty() {
        0
    } else {
        drafts.len() as u16 + 2
    };
    let in_subjects = selected < subjects.len();
    let (h_subjects, h_drafts) = if need_subjects + need_drafts <= room {
        (need_subjects, need_drafts)
    } else if in_subjects {
        // The section holding the selection gets the room the other one does not need.
        let d = need_drafts
            .min((room / 3).max(3))
            .min(room.saturating_sub(2));
        (room - d, d)
    } else {
        let s = need_subjects
            .min((room / 3).max(2))
            .min(room.saturating_sub(3));
        (s, room - s)
    };
    let [subjects_area, drafts_area, problems_area] = Layout::vertical([
        Constraint::Length(h_subjects),
        Constraint::Length(h_drafts),
        Constraint::Length(problems),
    ])
    .areas(area);
    if !subjects.is_empty() {
        subjects_table(app, in_subjects.then_some(selected), subjects_area, buf);
    }
    if !drafts.is_empty() && drafts_area.height > 2 {
        Line::styled(t.drafts_title, theme.title).render(below(drafts_area, 1), buf);
        let scrolls = drafts.len() > drafts_area.height as usize - 2;
        let width = drafts_area.width as usize - usize::from(scrolls);
        let rows: Vec<Row> = drafts
            .iter()
            .map(|d| {
                let a = &d.assessment;
                let settled = a.answers.iter().filter(|x| x.is_settled()).count();
                let total = d.questionnaire.items.len();
                let answered = app.count(
                    settled,
                    t.answered_one,
                    t.answered_many,
                    &[("total", &total)],
                );
                let text = fill(
                    t.draft_line,
                    &[
                        ("subject", &crate::printable::printable(&a.subject)),
                        ("respondent", &app.respondent(&a.respondent)),
                        ("started", &a.started.date_time()),
                        ("answered", &answered),
                    ],
                );
                // Truncated by hand for the ellipsis, leaving a column for a scrollbar.
                Row::new([truncate(&text, width)])
            })
            .collect();
        let selected = selected.checked_sub(subjects.len());
        let list = below(drafts_area, 2);
        let offset = offset_for(selected, rows.len(), list.height as usize);
        let list = scrollbar(list, rows.len(), offset, theme, buf);
        let mut state = TableState::default()
            .with_selected(selected)
            .with_offset(offset);
        StatefulWidget::render(
            Table::new(rows, [Constraint::Fill(1)]).row_highlight_style(theme.selected),
            list,
            buf,
            &mut state,
        );
    }
    if problems > 0 {
        let note = app.count(app.data.problems, t.problems_one, t.problems_many, &[]);
        Line::styled(truncate(&note, area.width as usize), theme.error)
            .render(below(problems_area, 1), buf);
    }
}

/// The subjects with their count of assessments, last date, overall score and trend. Narrow
/// screens drop the trend, then shorten the count to a number.
fn subjects_table(app: &App, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let subjects = app.data.subjects();
    let offset = offset_for(
        selected,
        subjects.len(),
        area.height.saturating_sub(1) as usize,
    );
    let area = scrollbar(below(area, 1), subjects.len(), offset, theme, buf);
    let area = Rect {
        y: area.y - 1,
        height: area.height + 1,
        ..area
    };
    const SPACING: u16 = 2;
    // The score's column is as wide as its header ("Now", "Score").
    let now_width = (t.head_now.width() as u16).max(3);
    let fixed = |count: u16, trend: u16| {
        count + 10 + now_width + trend + SPACING * (3 + u16::from(trend > 0))
    };
    let (count_width, trend_width) = if area.width >= fixed(14, 12) + 12 {
        (14, 12)
    } else if area.width >= fixed(14, 0) + 12 {
        (14, 0)
    } else {
        (2, 0)
    };
    let right = |text: &str| Cell::from(Line::from(text.to_string()).right_aligned());
    let mut header = vec![
        Cell::from(t.head_subject),
        Cell::from(""),
        Cell::from(t.head_last),
        right(t.head_now),
    ];
    if trend_width > 0 {
        header.push(Cell::from(t.head_trend));
    }
    let rows = subjects.iter().map(|s| {
        let count = s.assessments.len();
        let count = if count_width == 2 {
            format!("{count:>2}")
        } else {
            // Two columns for the number, as the narrow table has.
            let words = app.count(count, t.assessments_one, t.assessments_many, &[]);
            if count < 10 {
                format!(" {words}")
            } else {
                words
            }
        };
        let mut cells = vec![
            Cell::from(crate::printable::printable(s.name)),
            Cell::from(count),
            Cell::from(s.last().date().to_string()),
            right(&display(s.last_overall())),
        ];
        if trend_width > 0 {
            cells.push(Cell::from(sparkline(&s.overall_history())));
        }
        Row::new(cells)
    });
    let mut widths = vec![
        Constraint::Min(8),
        Constraint::Length(count_width),
        Constraint::Length(10),
        Constraint::Length(now_width),
    ];
    if trend_width > 0 {
        widths.push(Constraint::Length(trend_width));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.muted))
        .column_spacing(SPACING)
        .row_highlight_style(theme.selected);
    let mut state = TableState::default()
        .with_selected(selected)
        .with_offset(offset);
    StatefulWidget::render(table, area, buf, &mut state);
}

/// The overall score over time in block characters, the last twelve assessments.
pub fn sparkline(history: &[Option<f64>]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let start = history.len().saturating_sub(12);
    history[start..]
        .iter()
        .map(|v| match v {
            Some(v) => BLOCKS[((v / 100.0 * 7.0).round() as usize).min(7)],
            None => ' ',
        })
        .collect()
}

fn welcome(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    let t = app.text();
    let text = [t.welcome_what, t.welcome_how, t.welcome_private];
    let wrapped: Vec<Vec<String>> = text.iter().map(|t| wrap(t, width)).collect();
    let rows: usize = wrapped.iter().map(Vec::len).sum();
    // A blank line between paragraphs when there is room for it.
    let spacing = u16::from(rows + 2 + 2 < area.height as usize);
    let mut y = 0;
    for paragraph in &wrapped {
        y += lines(paragraph, ratatui::style::Style::new(), below(area, y), buf) + spacing;
    }
    let y = (y + 1 - spacing).min(area.height.saturating_sub(1));
    Line::from(with_keys(t.welcome_start, &[("key", "a")], theme)).render(below(area, y), buf);
}

#[cfg(test)]
mod tests {
    use super::sparkline;

    #[test]
    fn sparkline_blocks() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(50.0), None, Some(100.0)]),
            "▁▅ █"
        );
    }
}
