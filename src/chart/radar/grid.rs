//! The radar's grid without colour: rings and spokes as `∙` marks in the cells, so that the
//! series' braille lines never read as rings (with only dots of one kind, a dashed series and
//! a dotted ring look alike). With colour, the grid is faint braille in its own colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::chart::geometry;

/// The mark of a grid point (not `·`, which labels use between scores: ASCII turns this one
/// into `.`, as it did the braille grid).
pub(crate) const MARK: char = '∙';

/// Draws the rings at 50 and 100 and the spokes as a mark in every other cell along them, and
/// the rings at 25 and 75 as one mark on each spoke, in cells nothing else holds (the series
/// are drawn first and stay whole).
pub(super) fn draw(plot: Rect, n: usize, style: Style, buf: &mut Buffer) {
    let cell = |(x, y): (f64, f64)| {
        (
            f64::from(plot.x) + (x + 1.0) / 2.0 * f64::from(plot.width.saturating_sub(1)),
            f64::from(plot.y) + (1.0 - y) / 2.0 * f64::from(plot.height.saturating_sub(1)),
        )
    };
    let mut put = |(x, y): (f64, f64)| {
        let (x, y) = (x.round() as u16, y.round() as u16);
        if x < plot.right() && y < plot.bottom() {
            let c = &mut buf[(x, y)];
            if matches!(c.symbol(), " " | "\u{2800}") {
                c.set_char(MARK).set_style(style);
            }
        }
    };
    let mut along = |from: (f64, f64), to: (f64, f64), skip_first: bool| {
        let (a, b) = (cell(from), cell(to));
        let steps = (b.0 - a.0).abs().max((b.1 - a.1).abs()).round().max(1.0) as usize;
        for k in (usize::from(skip_first) * 2..=steps).step_by(2) {
            let t = k as f64 / steps as f64;
            put((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t));
        }
    };
    for i in 0..n {
        for ring in [0.5, 1.0] {
            let next = geometry::point((i + 1) % n, n, ring);
            along(geometry::point(i, n, ring), next, false);
        }
        // The centre is left bare: eight spokes meeting there would be a blot.
        along((0.0, 0.0), geometry::point(i, n, 1.0), true);
        for ring in [0.25, 0.75] {
            let at = geometry::point(i, n, ring);
            along(at, at, false);
        }
    }
}
