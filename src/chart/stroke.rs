//! Lines on a braille canvas with a dash pattern, so that series and grid lines can be told
//! apart without colour.

use ratatui::style::Color;
use ratatui::widgets::canvas::{Painter, Shape};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Dashed,
    Dotted,
    DashDot,
    /// One dot in four: grid lines that stay in the background.
    Faint,
}

impl Pattern {
    /// Whether the `step`-th dot along a line is drawn.
    pub fn on(self, step: usize) -> bool {
        match self {
            Pattern::Solid => true,
            Pattern::Dashed => step % 6 < 4,
            Pattern::Dotted => step.is_multiple_of(2),
            Pattern::DashDot => matches!(step % 8, 0..=3 | 6),
            Pattern::Faint => step.is_multiple_of(4),
        }
    }
}

/// A straight line between two canvas points.
#[derive(Debug, Clone, Copy)]
pub struct Stroke {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub pattern: Pattern,
    pub color: Color,
}

impl Shape for Stroke {
    fn draw(&self, painter: &mut Painter) {
        let (Some((x0, y0)), Some((x1, y1))) = (
            painter.get_point(self.from.0, self.from.1),
            painter.get_point(self.to.0, self.to.1),
        ) else {
            return;
        };
        // Bresenham on the dot grid: the pattern then counts real dots.
        let (mut x, mut y) = (x0 as isize, y0 as isize);
        let (x1, y1) = (x1 as isize, y1 as isize);
        let (dx, dy) = ((x1 - x).abs(), -(y1 - y).abs());
        let (sx, sy) = (if x < x1 { 1 } else { -1 }, if y < y1 { 1 } else { -1 });
        let mut err = dx + dy;
        let mut step = 0;
        loop {
            if self.pattern.on(step) {
                painter.paint(x as usize, y as usize, self.color);
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
            step += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_differ() {
        let drawn = |p: Pattern| (0..24).filter(|&s| p.on(s)).count();
        assert_eq!(drawn(Pattern::Solid), 24);
        assert_eq!(drawn(Pattern::Dashed), 16);
        assert_eq!(drawn(Pattern::Dotted), 12);
        assert_eq!(drawn(Pattern::DashDot), 15);
        assert_eq!(drawn(Pattern::Faint), 6);
    }
}
