//! The scale of a question: its points as labelled columns, a list, or numbers with the end
//! labels, whichever fits; then "don't know / doesn't apply", the answer that is no score.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::super::text::{truncate, wrap};
use crate::assessment::Response;
use crate::printable::printable;
use crate::questionnaire::Scale;
use crate::tui::theme::Theme;

/// "s  Don't know / doesn't apply" under the scale: an answer of its own, never a score, with
/// its key and a tick when it is the one recorded. Returns the rows used.
pub(super) fn dont_know_row(
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
pub(super) fn scale(
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
