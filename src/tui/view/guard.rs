//! The last line of defence of the full screen: no cell ever holds a character that acts on
//! a terminal. ratatui drops controls itself, but a bidirectional override (zero width) is
//! appended to the cell before it and would reorder the whole line on the terminal. Texts are
//! made visible before they are drawn (`printable`); what a widget forgot is removed here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::printable::acts_on_terminal;

/// Removes from every cell of `area` the characters that act on a terminal.
pub(super) fn clean(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if cell.symbol().chars().any(acts_on_terminal) {
                let kept: String = cell
                    .symbol()
                    .chars()
                    .filter(|&c| !acts_on_terminal(c))
                    .collect();
                cell.set_symbol(if kept.is_empty() { " " } else { &kept });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Span;
    use ratatui::widgets::Widget;

    #[test]
    fn a_bidirectional_override_never_stays_in_a_cell() {
        let area = Rect::new(0, 0, 10, 1);
        let mut buf = Buffer::empty(area);
        Span::raw("ab\u{202e}cd").render(area, &mut buf);
        assert!(buf.content.iter().any(|c| c.symbol().contains('\u{202e}')));
        clean(area, &mut buf);
        let row: String = buf.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(row.trim_end(), "abcd");
    }
}
