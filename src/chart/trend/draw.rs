//! Drawing a trend's series: braille lines whose dash pattern runs on across vertices, a
//! mark at the vertices where there is room, single points labelled with their score, and
//! the legend, wrapped over as many rows as it needs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Painter, Shape};
use unicode_width::UnicodeWidthStr;

use super::Trend;
use super::axis::TimeAxis;
use crate::figure::{Mark, Pattern};

/// How a trend series looks. Beyond four series, patterns and marks pair up differently so
/// that no two of the first sixteen series look the same even without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TrendLook {
    pub(crate) pattern: Pattern,
    pub(crate) mark: Mark,
    pub(crate) style: Style,
}

const PATTERNS: [Pattern; 4] = [
    Pattern::Solid,
    Pattern::Dashed,
    Pattern::Dotted,
    Pattern::DashDot,
];
const MARKS: [Mark; 4] = [Mark::Circle, Mark::Square, Mark::Triangle, Mark::Diamond];

pub(super) fn look(trend: &Trend, index: usize) -> TrendLook {
    let round = index / 4;
    let mut style = trend.styles[index % 4];
    if trend.emphasis == Some(index) {
        // The plain foreground, bold: apart from every coloured line.
        style = Style::new().add_modifier(Modifier::BOLD);
    }
    TrendLook {
        pattern: PATTERNS[index % 4],
        mark: MARKS[(index + round) % 4],
        style,
    }
}

/// A sample of a look for the legend: the line's rhythm around its mark.
pub(super) fn sample(look: TrendLook) -> String {
    let (left, right) = match look.pattern {
        Pattern::Solid => ('━', '━'),
        Pattern::Dashed => ('╺', '╸'),
        Pattern::Dotted => ('┈', '┈'),
        _ => ('╍', '╍'),
    };
    format!("{left}{}{right}", look.mark.glyph())
}

/// The legend's rows: every series, as many per row as fit.
pub(super) fn legend_lines(trend: &Trend, width: u16) -> Vec<Line<'static>> {
    let mut lines = vec![];
    let mut spans: Vec<Span> = vec![];
    let mut used = 0;
    for (i, s) in trend.series.iter().enumerate() {
        let look = look(trend, i);
        let item = format!("{} {}", sample(look), s.name);
        let w = item.width() + 2;
        if used > 0 && used + w > width as usize {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        spans.push(Span::styled(item, look.style));
        spans.push(Span::raw("  "));
        used += w;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

/// A line through points, the dash pattern carried on from one segment to the next.
struct Polyline<'a> {
    points: &'a [(f64, f64)],
    pattern: Pattern,
    color: Color,
}

impl Shape for Polyline<'_> {
    fn draw(&self, painter: &mut Painter) {
        let mut step = 0;
        for pair in self.points.windows(2) {
            let (Some((x0, y0)), Some((x1, y1))) = (
                painter.get_point(pair[0].0, pair[0].1),
                painter.get_point(pair[1].0, pair[1].1),
            ) else {
                continue;
            };
            crate::chart::stroke::dashed(
                painter,
                (x0, y0),
                (x1, y1),
                self.pattern,
                self.color,
                &mut step,
            );
        }
    }
}

/// Points on the plot: (column, score).
type Run = Vec<(f64, f64)>;

/// Each series' points cut at the breaks: runs that are drawn as lines.
fn runs(trend: &Trend, axis: &TimeAxis, index: usize) -> Vec<Run> {
    let mut runs: Vec<Run> = vec![];
    let mut previous = None;
    for &(t, v) in &trend.series[index].points {
        let point = (axis.x(t), v.clamp(0.0, 100.0));
        match (runs.last_mut(), previous) {
            (Some(run), Some(p)) if !axis.crosses_break(p, t) => run.push(point),
            _ => runs.push(vec![point]),
        }
        previous = Some(t);
    }
    runs
}

/// The series' order of drawing: the emphasised one last, on top; else the first on top.
fn drawing_order(trend: &Trend) -> Vec<usize> {
    let mut order: Vec<usize> = (0..trend.series.len()).rev().collect();
    if let Some(e) = trend.emphasis.filter(|e| *e < trend.series.len()) {
        order.retain(|i| *i != e);
        order.push(e);
    }
    order
}

pub(super) fn draw_lines(trend: &Trend, axis: &TimeAxis, plot: Rect, buf: &mut Buffer) {
    let all: Vec<(usize, Vec<Run>)> = drawing_order(trend)
        .into_iter()
        .map(|i| (i, runs(trend, axis, i)))
        .collect();
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, f64::from(plot.width - 1)])
        .y_bounds([0.0, 100.0])
        .paint(|ctx| {
            for (i, runs) in &all {
                ctx.layer();
                let look = look(trend, *i);
                let color = look.style.fg.unwrap_or(Color::Reset);
                for run in runs {
                    ctx.draw(&Polyline {
                        points: run,
                        pattern: look.pattern,
                        color,
                    });
                }
            }
        })
        .render(plot, buf);
    // The canvas paints colour only: the emphasis (bold) is put on the cells afterwards.
    if let Some(e) = trend.emphasis {
        let style = look(trend, e).style;
        for run in runs(trend, axis, e) {
            for pair in run.windows(2) {
                let (a, b) = (cell(pair[0], plot), cell(pair[1], plot));
                for x in a.0.min(b.0)..=a.0.max(b.0) {
                    let y = row_at(pair[0], pair[1], x, plot);
                    if buf[(x, y)]
                        .symbol()
                        .chars()
                        .any(|c| ('⠁'..='⣿').contains(&c))
                    {
                        buf[(x, y)].set_style(style);
                    }
                }
            }
        }
    }
}

/// The cell of a point of the plot.
fn cell((x, v): (f64, f64), plot: Rect) -> (u16, u16) {
    let col = plot.x + (x.round() as u16).min(plot.width - 1);
    let row = plot.y + ((1.0 - v / 100.0) * f64::from(plot.height - 1)).round() as u16;
    (col, row.min(plot.bottom() - 1))
}

/// The row of the line from `a` to `b` at column `x`.
fn row_at(a: (f64, f64), b: (f64, f64), x: u16, plot: Rect) -> u16 {
    let (ca, cb) = (cell(a, plot), cell(b, plot));
    if ca.0 == cb.0 {
        return ca.1;
    }
    let f = f64::from(x - ca.0.min(cb.0)) / f64::from(ca.0.abs_diff(cb.0));
    let (from, to) = if ca.0 <= cb.0 { (a, b) } else { (b, a) };
    cell((from.0, from.1 + (to.1 - from.1) * f), plot).1
}

/// Marks at the vertices, where they do not crowd (four columns apart), always at a
/// series' last point. A lone point that would land on another series' mark goes one row up
/// or down, so that every series shows, and gets its score beside it, written where it hides
/// no mark.
pub(super) fn draw_marks(trend: &Trend, axis: &TimeAxis, plot: Rect, buf: &mut Buffer) {
    let is_mark = |c: &str| ["●", "■", "▲", "◆"].contains(&c);
    let mut labels = vec![];
    for i in drawing_order(trend) {
        let look = look(trend, i);
        let points = &trend.series[i].points;
        let mut last_col: Option<u16> = None;
        for (k, &(t, v)) in points.iter().enumerate() {
            let (x, y) = cell((axis.x(t), v.clamp(0.0, 100.0)), plot);
            let is_last = k + 1 == points.len();
            if !is_last && last_col.is_some_and(|c| x < c + 4) {
                continue;
            }
            // A lone point is its series' only sign: on another mark it moves one row. A
            // line's vertex stays at its value (its line shows the series).
            let free = |y: u16| !is_mark(buf[(x, y)].symbol());
            let moved = [
                y.saturating_sub(1).max(plot.y),
                (y + 1).min(plot.bottom() - 1),
            ];
            let y = match points.len() {
                1 if !free(y) => moved.into_iter().find(|&y| free(y)).unwrap_or(y),
                _ => y,
            };
            buf[(x, y)]
                .set_char(look.mark.glyph())
                .set_style(look.style);
            last_col = Some(x);
            if let [_] = points.as_slice() {
                labels.push((x, y, format!("{}", v.round() as i64), look.style));
            }
        }
    }
    for (x, y, label, style) in labels {
        let start = if x + 2 + label.width() as u16 <= plot.right() {
            x + 2
        } else {
            x.saturating_sub(1 + label.width() as u16).max(plot.x)
        };
        for (k, c) in label.chars().enumerate() {
            let at = start + k as u16;
            if at < plot.right() && !is_mark(buf[(at, y)].symbol()) {
                buf[(at, y)].set_char(c).set_style(style);
            }
        }
    }
}
