//! A page taller than its area: drawn whole off-screen, shown from a row, with a scrollbar
//! and a "↓ more" mark on the last row while something is left below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::tui::app::App;

/// A blank page `width` columns wide and `height` rows tall, to draw on.
pub(crate) fn blank(width: u16, height: u16) -> Buffer {
    Buffer::empty(Rect::new(0, 0, width, height))
}

/// The width of a page that scrolls in `width` columns: its text, one blank column, then the
/// scrollbar, so that no word touches it.
pub(crate) fn scrolling_width(width: u16) -> u16 {
    width.saturating_sub(2)
}

/// How far a page of `total` rows scrolls in `height` rows.
pub(crate) fn max_offset(total: u16, height: u16) -> usize {
    total.saturating_sub(height) as usize
}

/// Shows `page` in `area` from row `offset` (clamped). When the page is taller, its last
/// column holds the scrollbar, and its last row says what is below until the end is reached.
pub(crate) fn show(app: &App, page: &Buffer, offset: usize, area: Rect, buf: &mut Buffer) {
    let (total, height) = (page.area.height, area.height);
    let offset = offset.min(max_offset(total, height)) as u16;
    let shown = height.min(total - offset);
    let width = page.area.width.min(area.width);
    for y in 0..shown {
        for x in 0..width {
            buf[(area.x + x, area.y + y)] = page[(x, offset + y)].clone();
        }
    }
    if total <= height {
        return;
    }
    super::scrollbar(area, total as usize, offset as usize, &app.theme, buf);
    if (offset + height) < total && height > 1 {
        let row = Rect::new(area.x, area.bottom() - 1, scrolling_width(area.width), 1);
        for x in row.left()..area.right().saturating_sub(1) {
            buf[(x, row.y)].reset();
        }
        Line::styled(app.text().more_below, app.theme.key)
            .right_aligned()
            .render(row, buf);
    }
}

/// Draws `lines` from row `y` of `page`, `width` columns from `x`; the row after them.
pub(crate) fn lines(page: &mut Buffer, lines: &[Line], x: u16, y: u16, width: u16) -> u16 {
    for (i, line) in lines.iter().enumerate() {
        let row = y + i as u16;
        if row >= page.area.height {
            break;
        }
        line.render(Rect::new(x, row, width, 1), page);
    }
    y + lines.len() as u16
}
