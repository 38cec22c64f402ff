//! The radar as SVG, on the same unit-circle geometry as the terminal radar.

use std::fmt::Write;

use super::{
    COLOURS, Caption, FONT, GRID, Series, closed_path, dash, legend, legend_rows, mark_at, open,
};
use crate::figure::geometry;
use crate::figure::look::series_look;
use crate::printable::escape_html;

/// The radar: axes labelled with `axes` (first up, clockwise), rings at 25/50/75/100, each
/// series a closed line with a gap where a score is missing.
pub(crate) fn radar(caption: &Caption, axes: &[String], series: &[Series]) -> String {
    let (width, height, radius) = (640.0, 470.0 + 22.0 * legend_rows(series), 150.0);
    let centre = (320.0, 215.0);
    let at = |(x, y): (f64, f64)| (centre.0 + x * radius, centre.1 - y * radius);
    let mut svg = open("radar", width, height, caption);
    let n = axes.len();
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let points: Vec<_> = (0..n).map(|i| at(geometry::point(i, n, ring))).collect();
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"none\" stroke=\"{GRID}\" stroke-width=\"0.8\"{}/>",
            closed_path(&points),
            if ring < 1.0 {
                " stroke-dasharray=\"1 4\""
            } else {
                ""
            }
        );
        let (x, y) = at(geometry::point(0, n, ring));
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#666\" {FONT}>{}</text>",
            x + 4.0,
            y + 11.0,
            (ring * 100.0) as i64
        );
    }
    for (i, label) in axes.iter().enumerate() {
        let (x, y) = at(geometry::point(i, n, 1.0));
        let _ = write!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"0.8\"/>",
            centre.0, centre.1
        );
        let (ux, uy) = geometry::point(i, n, 1.0);
        let anchor = if ux > 0.25 {
            "start"
        } else if ux < -0.25 {
            "end"
        } else {
            "middle"
        };
        let (lx, ly) = at(geometry::point(i, n, 1.09));
        let ly = ly + 4.0 + if uy < -0.7 { 8.0 } else { 0.0 };
        let _ = write!(
            svg,
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" font-size=\"13\" {FONT}>{}</text>",
            escape_html(label)
        );
    }
    for (index, s) in series.iter().enumerate() {
        let (pattern, mark) = series_look(index);
        let colour = COLOURS[index % COLOURS.len()];
        let mut d = String::new();
        for (from, to) in geometry::edges(&s.scores) {
            let ((x0, y0), (x1, y1)) = (at(from), at(to));
            let _ = write!(d, "M{x0:.1} {y0:.1}L{x1:.1} {y1:.1}");
        }
        let _ = write!(
            svg,
            "<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.2\" stroke-linejoin=\"round\"{}/>",
            dash(pattern)
        );
        for vertex in geometry::vertices(&s.scores).into_iter().flatten() {
            svg.push_str(&mark_at(mark, at(vertex), colour));
        }
    }
    legend(&mut svg, series, 40.0, 430.0);
    svg.push_str("</svg>\n");
    svg
}
