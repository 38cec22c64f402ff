//! The radar and the trend chart as standalone SVG: hand-written `<path>`, `<text>` and marks on
//! the same geometry and series looks as the terminal charts. Every text is escaped; the result
//! is valid XML that loads nothing from anywhere, with a `<title>` and `<desc>` for screen
//! readers (`role="img"`).

use std::fmt::Write;

use super::look::{Mark, Pattern, series_look};
use crate::printable::escape_html;

mod radar;
mod trend;

pub(crate) use radar::radar;
pub(crate) use trend::{Panel, TimeLine, trend};

/// One series of a chart: its name in the legend and its scores (0-100, one per axis or point).
#[derive(Debug, Clone)]
pub(crate) struct Series {
    pub name: String,
    pub scores: Vec<Option<f64>>,
}

/// What any chart says in words, for those who cannot see it.
#[derive(Debug, Clone)]
pub(crate) struct Caption {
    pub title: String,
    pub(crate) description: String,
}

pub(super) const FONT: &str = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";
/// Colours that read on white and in greyscale print; told apart by pattern and mark anyway.
pub(super) const COLOURS: [&str; 4] = ["#1f5fa8", "#b5461b", "#2f7d3a", "#6b3fa0"];
pub(super) const GRID: &str = "#9a9a9a";

/// The legend's line height, and the room its sample line and mark take before a name.
const LEGEND_ROW: f64 = 22.0;
const LEGEND_SAMPLE: f64 = 44.0;
const LEGEND_SIZE: f64 = 13.0;

/// How wide a text is drawn at `size`, erring wide: an SVG text never wraps, so a chart is
/// made wide enough for its longest one rather than cutting it off. Sans-serif letters
/// average about half their size; 0.62 leaves room for wide ones (capitals, "m", "w").
pub(super) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.62
}

/// A chart's width: `drawing` (what it needs for its plot), or more when `text_right` (the
/// right end of its widest text) reaches further.
pub(super) fn width_for(drawing: f64, text_right: f64) -> f64 {
    drawing.max(text_right + 16.0).ceil()
}

/// The legend's width and height: one series per row, so a long name never runs into the
/// next one.
pub(super) fn legend_size(series: &[Series]) -> (f64, f64) {
    let widest = series
        .iter()
        .map(|s| text_width(&s.name, LEGEND_SIZE))
        .fold(0.0, f64::max);
    (LEGEND_SAMPLE + widest, series.len() as f64 * LEGEND_ROW)
}

/// One series per row: a sample of the line with its mark, then the name.
pub(super) fn legend(svg: &mut String, series: &[Series], left: f64, top: f64) {
    for (index, s) in series.iter().enumerate() {
        let (pattern, mark) = series_look(index);
        let colour = COLOURS[index % COLOURS.len()];
        let x = left;
        let y = top + index as f64 * LEGEND_ROW + 8.0;
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"2.2\"{}/>",
            x + 36.0,
            dash(pattern)
        );
        svg.push_str(&mark_at(mark, (x + 18.0, y), colour));
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{LEGEND_SIZE}\" {FONT}>{}</text>",
            x + LEGEND_SAMPLE,
            y + 4.5,
            escape_html(&s.name)
        );
    }
}

/// The opening of a chart named `name` (its title and description ids, unique in a page).
pub(super) fn open(name: &str, width: f64, height: f64, caption: &Caption) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{name}-title {name}-desc\">\
         <title id=\"{name}-title\">{}</title><desc id=\"{name}-desc\">{}</desc><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
        escape_html(&caption.title),
        escape_html(&caption.description)
    )
}

pub(super) fn dash(pattern: Pattern) -> String {
    pattern
        .dasharray()
        .map(|d| format!(" stroke-dasharray=\"{d}\""))
        .unwrap_or_default()
}

pub(super) fn closed_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' });
    }
    d.push('Z');
    d
}

pub(super) fn mark_at(mark: Mark, (x, y): (f64, f64), colour: &str) -> String {
    let r = 4.5;
    match mark {
        Mark::Circle => {
            format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{colour}\"/>")
        }
        Mark::Square => format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"/>",
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        ),
        Mark::Triangle => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"{colour}\"/>",
            y - r * 1.2,
            x + r * 1.1,
            y + r * 0.8,
            x - r * 1.1,
            y + r * 0.8
        ),
        Mark::Diamond => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" fill=\"{colour}\"/>",
            y - r * 1.3,
            x + r * 1.3,
            y + r * 1.3,
            x - r * 1.3
        ),
    }
}
