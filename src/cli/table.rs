//! Plain-text tables aligned by display width (names may hold CJK or emoji).

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy)]
pub(super) enum Align {
    Left,
    Right,
}

/// Renders rows under a header, two spaces between columns; trailing spaces trimmed.
pub(super) fn render(header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
            match align.get(i).copied().unwrap_or(Align::Left) {
                Align::Left => out.push_str(&format!("{cell}{pad}")),
                Align::Right => out.push_str(&format!("{pad}{cell}")),
            }
            out.push_str("  ");
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

pub(super) use crate::printable::printable;
