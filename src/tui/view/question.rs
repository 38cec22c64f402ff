//! The question screen: where the person is, the statement, and the scale to answer on.

use crate::printable::printable;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};
use unicode_width::UnicodeWidthStr;

use super::text::{one_line, truncate, wrap};
use super::{below, lines};
use crate::assessment::Response;
use crate::flow::Flow;
use crate::i18n::fill;
use crate::questionnaire::Scale;
use crate::tui::app::App;
use crate::tui::theme::Theme;

mod header;
use header::header;

pub(super) fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    let crate::flow::Position::Question(index) = flow.at else {
        return;
    };
    let item = flow.item(index);
    let q = &flow.questionnaire;
    let subject = &crate::printable::printable(&flow.draft.subject);
    // The other side reads the owner's name where the owner reads the subject's.
    let fill_subject = |text: &str, subject: &str| {
        crate::assessment::fill_for(text, subject, &flow.draft.respondent, app.owner())
    };
    // An outcome statement belongs to no dimension: it is asked under a heading of its own.
    let dimension = q.dimension(&item.dimension);
    let tall = area.height >= 20;

    let mut y = header(app, flow, area, buf);
    if index == 0 && !q.intro.is_empty() && area.height >= 16 {
        let intro = wrap(&printable(&fill_subject(&q.intro, subject)), width);
        // The intro ends by saying what "don't know" is for: room for all of it where there is.
        let room = match area.height {
            21.. => 6,
            20.. => 4,
            _ => 2,
        };
        y += lines(
            &intro[..intro.len().min(room)],
            theme.muted,
            below(area, y),
            buf,
        ) + 1;
    }
    let heading = match dimension {
        Some(dimension) => {
            let group = if dimension.group == crate::questionnaire::Group::Virtue {
                app.common().virtue
            } else {
                app.common().pillar
            };
            Line::from(vec![
                Span::styled(printable(&dimension.name), theme.title),
                Span::styled(format!(" · {group}"), theme.muted),
            ])
        }
        None => Line::styled(app.common().outcomes_title, theme.title),
    };
    heading.render(below(area, y), buf);
    y += 1;
    if let Some(dimension) = dimension
        && tall
    {
        let about = wrap(&printable(&fill_subject(&dimension.about, subject)), width);
        y += lines(
            &about[..about.len().min(2)],
            theme.muted,
            below(area, y),
            buf,
        );
    }
    y += gauge(app, index, flow.total(), below(area, y), buf) + 1;

    let statement = wrap(
        &printable(&fill_subject(&item.text, subject)),
        width.saturating_sub(2),
    );
    let statement: Vec<String> = statement.iter().map(|l| format!("  {l}")).collect();
    y += lines(&statement, theme.strong, below(area, y), buf) + 1;

    let recorded = flow.response_at(index);
    let note = flow.note_at(index);
    let reserve = u16::from(note.is_some());
    let scale_area = below(area, y);
    let scale_area = Rect {
        height: scale_area.height.saturating_sub(reserve),
        ..scale_area
    };
    let dont_know = app.common().dont_know;
    let used = scale(theme, &q.scale, flow.highlight, recorded, scale_area, buf);
    y += used + dont_know_row(theme, dont_know, recorded, below(scale_area, used), buf) + 1;

    let t = app.text();
    let mut marks = vec![];
    if !flow.pending.is_empty() {
        let typed = fill(app.says().typed, &[("digits", &flow.pending)]);
        marks.push(Span::styled(format!("{typed} "), theme.selected));
    }
    if let Some(note) = note {
        marks.push(Span::styled(format!("{} ", t.note_mark), theme.strong));
        let shown = if app.hide_notes {
            t.note_hidden.to_string()
        } else {
            one_line(note)
        };
        marks.push(Span::styled(
            truncate(&shown, width.saturating_sub(16)),
            theme.muted,
        ));
    }
    if !marks.is_empty() && y < area.height {
        Line::from(marks).render(below(area, y.min(area.height - 1)), buf);
    }
}

/// "Question k of n" and a bar; returns the rows used.
fn gauge(app: &App, index: usize, total: usize, area: Rect, buf: &mut Buffer) -> u16 {
    if area.height == 0 {
        return 0;
    }
    let theme = &app.theme;
    let ratio = ((index + 1) as f64 / total.max(1) as f64).min(1.0);
    let label = fill(
        app.text().question_of,
        &[("n", &(index + 1)), ("total", &total)],
    );
    LineGauge::default()
        .label(Span::styled(format!("{label} "), theme.strong))
        .ratio(ratio)
        .filled_symbol("█")
        .unfilled_symbol("░")
        .filled_style(theme.gauge)
        .unfilled_style(theme.muted)
        .render(area, buf);
    1
}

/// "s  Don't know / doesn't apply" under the scale: an answer of its own, never a score, with
/// its key and a tick when it is the one recorded. Returns the rows used.
fn dont_know_row(
    theme: &Theme,
    label: &str,
    recorded: Option<Response>,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    if area.height == 0 {
        return 0;
    }
    let chosen = recorded == Some(Response::Skipped);
    let text = format!(" s{} {label}", if chosen { "✓" } else { " " });
    let style = if chosen { theme.recorded } else { theme.muted };
    let shown = truncate(&text, area.width as usize);
    let row = Rect::new(
        area.x,
        area.y,
        (shown.width() as u16 + 1).min(area.width),
        1,
    );
    buf.set_style(row, style);
    buf.set_stringn(area.x, area.y, shown, area.width as usize, style);
    1
}

/// The widest column of an option of the scale: 5 options take 120 columns at most.
const MAX_COLUMN: usize = 24;

/// The scale as a row of labelled choices when they fit, else as a list, else as numbers with
/// the end labels. Returns the rows used.
fn scale(
    theme: &Theme,
    scale: &Scale,
    highlight: Option<i64>,
    recorded: Option<Response>,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    let points = (scale.max - scale.min + 1) as usize;
    let labelled = scale.labels.len() == points;
    // On wide screens the options stay grouped under the statement, not spread to the edge.
    let column = (area.width as usize / points.max(1)).min(MAX_COLUMN);
    let style_of = |p: i64| {
        let mut style = if recorded == Some(Response::Value(p)) {
            theme.recorded
        } else {
            Style::new()
        };
        if Some(p) == highlight {
            style = style.patch(theme.selected);
        }
        style
    };
    let mark = |p: i64| {
        if recorded == Some(Response::Value(p)) {
            "✓"
        } else {
            " "
        }
    };
    if labelled && column >= 12 {
        let label_rows = 3usize.min(area.height.saturating_sub(1) as usize);
        for (i, p) in scale.points().enumerate() {
            let x = area.x + (i * column) as u16;
            let cell = Rect::new(
                x,
                area.y,
                (column - 1) as u16,
                area.height.min(1 + label_rows as u16),
            );
            let style = style_of(p);
            buf.set_style(cell, style);
            buf.set_stringn(x + 1, area.y, format!("{p}{}", mark(p)), column - 2, style);
            let label = wrap(
                &printable(scale.label(p).unwrap_or_default()),
                column.saturating_sub(3),
            );
            for (row, text) in label.iter().take(label_rows).enumerate() {
                buf.set_stringn(x + 1, area.y + 1 + row as u16, text, column - 2, style);
            }
        }
        return (1 + label_rows) as u16;
    }
    if labelled && area.height as usize >= points {
        for (i, p) in scale.points().enumerate() {
            let text = format!(
                " {p}{} {}",
                mark(p),
                printable(scale.label(p).unwrap_or_default())
            );
            let row = Rect::new(
                area.x,
                area.y + i as u16,
                area.width.min(text.width() as u16 + 1),
                1,
            );
            buf.set_style(row, style_of(p));
            buf.set_stringn(
                row.x,
                row.y,
                truncate(&text, area.width as usize),
                area.width as usize,
                style_of(p),
            );
        }
        return points as u16;
    }
    // Many points, or two end labels: numbers on one row, the ends' labels under them.
    let step = (area.width as usize / points.max(1)).clamp(2, 5);
    for (i, p) in scale.points().enumerate() {
        let x = area.x as usize + i * step;
        if x + step > (area.x + area.width) as usize {
            break;
        }
        buf.set_stringn(
            x as u16,
            area.y,
            format!("{p}{}", mark(p)),
            step,
            style_of(p),
        );
    }
    if area.height >= 2 {
        let low = printable(scale.label(scale.min).unwrap_or_default());
        let high = printable(scale.label(scale.max).unwrap_or_default());
        let width = area.width as usize;
        let line = format!("← {low}");
        buf.set_stringn(area.x, area.y + 1, &line, width, theme.muted);
        let high = format!("{high} →");
        let x = width.saturating_sub(high.width());
        if x > line.width() {
            buf.set_stringn(area.x + x as u16, area.y + 1, &high, width - x, theme.muted);
        }
        return 2;
    }
    1
}
