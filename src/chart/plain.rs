//! Turning a drawn buffer into plain text lines for stdout: no escape codes, trailing
//! spaces trimmed, so that the radar of `confiance show` pipes cleanly.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Renders `widget` into a `width`×`height` buffer and returns its text.
pub fn render<W: Widget>(widget: W, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    widget.render(area, &mut buf);
    super::ascii::apply(&mut buf);
    to_text(&buf)
}

pub fn to_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.y..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.x..area.right() {
            // A wide character fills two cells; the second holds nothing to print.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // No blank lines at the end.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
