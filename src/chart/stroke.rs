//! Lines on a braille canvas with a dash pattern, so that series and grid lines can be told
//! apart without colour.

use ratatui::style::Color;
use ratatui::widgets::canvas::{Painter, Shape};

pub(crate) use crate::figure::Pattern;

/// A straight line between two canvas points.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stroke {
    pub(crate) from: (f64, f64),
    pub(crate) to: (f64, f64),
    pub(crate) pattern: Pattern,
    pub(crate) color: Color,
}

impl Shape for Stroke {
    fn draw(&self, painter: &mut Painter) {
        let (Some((x0, y0)), Some((x1, y1))) = (
            painter.get_point(self.from.0, self.from.1),
            painter.get_point(self.to.0, self.to.1),
        ) else {
            return;
        };
        dashed(
            painter,
            (x0, y0),
            (x1, y1),
            self.pattern,
            self.color,
            &mut 0,
        );
    }
}

/// Paints the dots from `(x0, y0)` to `(x1, y1)` of `painter`'s grid (Bresenham), those the
/// pattern keeps; `step` counts the dots, so that a polyline's dashes run on across vertices.
pub(crate) fn dashed(
    painter: &mut Painter,
    (x0, y0): (usize, usize),
    (x1, y1): (usize, usize),
    pattern: Pattern,
    color: Color,
    step: &mut usize,
) {
    let (mut x, mut y) = (x0 as isize, y0 as isize);
    let (x1, y1) = (x1 as isize, y1 as isize);
    let (dx, dy) = ((x1 - x).abs(), -(y1 - y).abs());
    let (sx, sy) = (if x < x1 { 1 } else { -1 }, if y < y1 { 1 } else { -1 });
    let mut err = dx + dy;
    loop {
        if pattern.on(*step) {
            painter.paint(x as usize, y as usize, color);
        }
        if x == x1 && y == y1 {
            break;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
        *step += 1;
    }
}
