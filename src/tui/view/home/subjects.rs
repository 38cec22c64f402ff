//! The home screen's subjects: each with its count of assessments, last date, the owner's
//! latest overall score (or another respondent's, saying whose), the trend of that same
//! respondent, and a mark when a check-in is due.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::super::text::truncate;
use super::super::{below, offset_for, scrollbar};
use crate::due::{DueOn, due_on};
use crate::score::display;
use crate::subjects::Subject;
use crate::subjects::roster::Row as BriefRow;
use crate::tui::app::App;

const SPACING: u16 = 2;

/// One subject as its row says it.
struct Shown {
    name: String,
    count: usize,
    last: String,
    now: String,
    trend: String,
    due: bool,
}

fn shown(app: &App, s: &Subject) -> Shown {
    let now = s.owners_latest();
    let whose = &now.assessment.respondent;
    let score = display(app.report(now).scores.overall);
    let now_text = if crate::names::is_owner(whose) {
        score
    } else {
        // Not the owner's view: said, never mixed in silently.
        format!("{score} ({})", app.respondent(whose))
    };
    let history = s
        .of_respondent(whose, None)
        .map(|theirs| theirs.overall_history())
        .unwrap_or_default();
    let cadence = crate::due::cadence_of(s.name, &app.data.cadences, app.cadence_weeks);
    Shown {
        name: crate::printable::printable(s.name),
        count: s.assessments.len(),
        last: s.last().date().to_string(),
        now: now_text,
        trend: super::sparkline(&history),
        due: crate::due::check_in(s, cadence).is_due(app.now),
    }
}

/// A subject as the summary index gives it, while the store is read.
fn briefed(app: &App, r: &BriefRow) -> Shown {
    let score = display(r.overall);
    let now = if crate::names::is_owner(&r.overall_respondent) {
        score
    } else {
        format!("{score} ({})", app.respondent(&r.overall_respondent))
    };
    let cadence = crate::due::cadence_of(&r.name, &app.data.cadences, app.cadence_weeks);
    Shown {
        name: crate::printable::printable(&r.name),
        count: r.count,
        last: r.last.date(),
        now,
        trend: super::sparkline(&r.history),
        due: DueOn(due_on(r.check_in_from, cadence)).is_due(app.now),
    }
}

/// The subjects' table, its header on the first row of `area`. Narrow screens drop the trend,
/// then shorten the count to a number.
pub(super) fn table(app: &App, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let rows: Vec<Shown> = if app.loading {
        app.data.home.0.iter().map(|r| briefed(app, r)).collect()
    } else {
        let subjects = app.data.subjects();
        subjects.iter().map(|s| shown(app, s)).collect()
    };
    let offset = offset_for(selected, rows.len(), area.height.saturating_sub(1) as usize);
    let area = scrollbar(below(area, 1), rows.len(), offset, theme, buf);
    let area = Rect {
        y: area.y - 1,
        height: area.height + 1,
        ..area
    };
    // The score's column is as wide as its header ("Now", "Score") or its widest cell.
    let now_width = rows
        .iter()
        .map(|r| r.now.width())
        .chain([t.head_now.width(), 3])
        .max()
        .unwrap_or(3)
        .min(16) as u16;
    let any_due = rows.iter().any(|r| r.due);
    let due_column = if any_due {
        t.head_due.width().max(t.due_mark.width()) as u16
    } else {
        0
    };
    let fixed = |count: u16, trend: u16, due: u16| {
        count
            + 10
            + now_width
            + trend
            + due
            + SPACING * (3 + u16::from(trend > 0) + u16::from(due > 0))
    };
    // "36 assessments", "100 assessments": as wide as the widest, numbers aligned.
    let wide = rows
        .iter()
        .map(|s| {
            let words = app.count(s.count, t.assessments_one, t.assessments_many, &[]);
            words.width() + usize::from(s.count < 10)
        })
        .max()
        .unwrap_or(0)
        .max(14) as u16;
    // On a narrow screen, the due mark is a sign after the name.
    let (count_width, trend_width, due_width) = if area.width >= fixed(wide, 12, due_column) + 12 {
        (wide, 12, due_column)
    } else if area.width >= fixed(wide, 0, due_column) + 12 {
        (wide, 0, due_column)
    } else {
        (2, 0, 0)
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
    if due_width > 0 {
        header.push(Cell::from(t.head_due));
    }
    let name_room = area
        .width
        .saturating_sub(fixed(count_width, trend_width, due_width))
        .max(8) as usize;
    let table_rows = rows.iter().map(|s| {
        let count = if count_width == 2 {
            format!("{:>2}", s.count)
        } else {
            // Two columns for the number, as the narrow table has.
            let words = app.count(s.count, t.assessments_one, t.assessments_many, &[]);
            if s.count < 10 {
                format!(" {words}")
            } else {
                words
            }
        };
        let name = if s.due && due_width == 0 {
            format!("{} •", truncate(&s.name, name_room.saturating_sub(2)))
        } else {
            truncate(&s.name, name_room)
        };
        let mut cells = vec![
            Cell::from(name),
            Cell::from(count),
            Cell::from(s.last.clone()),
            right(&truncate(&s.now, now_width as usize)),
        ];
        if trend_width > 0 {
            cells.push(Cell::from(s.trend.clone()));
        }
        if due_width > 0 {
            let mark = if s.due { t.due_mark } else { "" };
            cells.push(Cell::from(Line::styled(mark, theme.strong)));
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
    if due_width > 0 {
        widths.push(Constraint::Length(due_width));
    }
    let table = Table::new(table_rows, widths)
        .header(Row::new(header).style(theme.muted))
        .column_spacing(SPACING)
        .row_highlight_style(theme.selected);
    let mut state = TableState::default()
        .with_selected(selected)
        .with_offset(offset);
    StatefulWidget::render(table, area, buf, &mut state);
}
