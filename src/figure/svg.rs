//! The radar and the trend chart as standalone SVG: hand-written `<path>`, `<text>` and marks on
//! the same geometry and series looks as the terminal charts. Every text is escaped; the result
//! is valid XML that loads nothing from anywhere, with a `<title>` and `<desc>` for screen
//! readers (`role="img"`).

use std::fmt::Write;

use super::geometry;
use super::look::{Mark, series_look};
use crate::printable::escape_html;

/// One series of a chart: its name in the legend and its scores (0-100, one per axis or point).
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub scores: Vec<Option<f64>>,
}

/// What any chart says in words, for those who cannot see it.
#[derive(Debug, Clone)]
pub struct Caption {
    pub title: String,
    pub description: String,
}

const FONT: &str = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";
/// Colours that read on white and in greyscale print; told apart by pattern and mark anyway.
const COLOURS: [&str; 4] = ["#1f5fa8", "#b5461b", "#2f7d3a", "#6b3fa0"];
const GRID: &str = "#9a9a9a";

/// The radar: axes labelled with `axes` (first up, clockwise), rings at 25/50/75/100, each
/// series a closed line with a gap where a score is missing.
pub fn radar(caption: &Caption, axes: &[String], series: &[Series]) -> String {
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

/// One panel of a trend chart: a title and one line per series, x in seconds.
#[derive(Debug, Clone)]
pub struct Panel {
    pub title: String,
    pub lines: Vec<Vec<(f64, f64)>>,
}

/// The trend chart: a large panel (the overall score) above small ones (one per dimension),
/// all on the same time axis from `span.0` to `span.1` with `ticks` labelled under each panel.
/// Series are `names` in the legend, with the same looks as the radar's.
pub fn trend(
    caption: &Caption,
    names: &[String],
    main: &Panel,
    small: &[Panel],
    span: (f64, f64),
    ticks: &[(f64, String)],
) -> String {
    let columns = 4.0;
    let rows = (small.len() as f64 / columns).ceil();
    let width = 760.0;
    let legend_top = 300.0 + rows * 170.0;
    let height = legend_top + 22.0 * ((names.len() as f64 / 2.0).ceil()) + 20.0;
    let mut svg = open("trend", width, height, caption);
    panel(
        &mut svg,
        main,
        (60.0, 30.0, 660.0, 200.0),
        span,
        ticks,
        13.0,
    );
    for (i, p) in small.iter().enumerate() {
        let (col, row) = ((i as f64) % columns, (i as f64 / columns).floor());
        let frame = (60.0 + col * 172.0, 300.0 + row * 170.0, 140.0, 100.0);
        // The dates are under the large panel: small ones share its time axis.
        panel(&mut svg, p, frame, span, &[], 11.0);
    }
    let series: Vec<Series> = names
        .iter()
        .map(|n| Series {
            name: n.clone(),
            scores: vec![],
        })
        .collect();
    legend(&mut svg, &series, 60.0, legend_top);
    svg.push_str("</svg>\n");
    svg
}

/// Draws a panel in `(x, y, width, height)`: 0-100 on the left, time along the bottom.
fn panel(
    svg: &mut String,
    p: &Panel,
    (left, top, w, h): (f64, f64, f64, f64),
    (start, end): (f64, f64),
    ticks: &[(f64, String)],
    size: f64,
) {
    let x_of = |t: f64| {
        if end > start {
            left + (t - start) / (end - start) * w
        } else {
            left + w / 2.0
        }
    };
    let y_of = |v: f64| top + h - v.clamp(0.0, 100.0) / 100.0 * h;
    let _ = write!(
        svg,
        "<text x=\"{left}\" y=\"{:.1}\" font-size=\"{size}\" font-weight=\"600\" {FONT}>{}</text>",
        top - 8.0,
        escape_html(&p.title)
    );
    for v in [0.0, 50.0, 100.0] {
        let y = y_of(v);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"0.6\"{}/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"10\" fill=\"#666\" {FONT}>{v}</text>",
            left + w,
            if v > 0.0 {
                " stroke-dasharray=\"1 4\""
            } else {
                ""
            },
            left - 4.0,
            y + 3.0
        );
    }
    // Labels closer than 90 units would overlap: the later one wins (the last date matters).
    let mut shown: Vec<&(f64, String)> = vec![];
    for tick in ticks {
        while shown
            .last()
            .is_some_and(|last| x_of(tick.0) - x_of(last.0) < 90.0)
        {
            shown.pop();
        }
        shown.push(tick);
    }
    for (t, label) in shown {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#666\" {FONT}>{}</text>",
            x_of(*t),
            top + h + 14.0,
            escape_html(label)
        );
    }
    for (index, line) in p.lines.iter().enumerate() {
        let (pattern, mark) = series_look(index);
        let colour = COLOURS[index % COLOURS.len()];
        let points: Vec<(f64, f64)> = line.iter().map(|&(t, v)| (x_of(t), y_of(v))).collect();
        if points.len() > 1 {
            let d: Vec<String> = points
                .iter()
                .enumerate()
                .map(|(i, (x, y))| format!("{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' }))
                .collect();
            let _ = write!(
                svg,
                "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{}/>",
                d.concat(),
                dash(pattern)
            );
        }
        for point in points {
            svg.push_str(&mark_at(mark, point, colour));
        }
    }
}

fn legend_rows(series: &[Series]) -> f64 {
    (series.len() as f64 / 2.0).ceil()
}

/// Two series per row: a sample of the line with its mark, then the name.
fn legend(svg: &mut String, series: &[Series], left: f64, top: f64) {
    for (index, s) in series.iter().enumerate() {
        let (pattern, mark) = series_look(index);
        let colour = COLOURS[index % COLOURS.len()];
        let x = left + (index % 2) as f64 * 300.0;
        let y = top + (index / 2) as f64 * 22.0;
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"2.2\"{}/>",
            x + 36.0,
            dash(pattern)
        );
        svg.push_str(&mark_at(mark, (x + 18.0, y), colour));
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" {FONT}>{}</text>",
            x + 44.0,
            y + 4.5,
            escape_html(&s.name)
        );
    }
}

/// The opening of a chart named `name` (its title and description ids, unique in a page).
fn open(name: &str, width: f64, height: f64, caption: &Caption) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{name}-title {name}-desc\">\
         <title id=\"{name}-title\">{}</title><desc id=\"{name}-desc\">{}</desc><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
        escape_html(&caption.title),
        escape_html(&caption.description)
    )
}

fn dash(pattern: super::Pattern) -> String {
    pattern
        .dasharray()
        .map(|d| format!(" stroke-dasharray=\"{d}\""))
        .unwrap_or_default()
}

fn closed_path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' });
    }
    d.push('Z');
    d
}

fn mark_at(mark: Mark, (x, y): (f64, f64), colour: &str) -> String {
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
