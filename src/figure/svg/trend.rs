//! The trend chart as SVG: a large panel (the overall score) above small ones (one per
//! dimension), all on one time axis.

use std::fmt::Write;

use super::{COLOURS, Caption, FONT, GRID, Series, dash, legend, mark_at, open};
use crate::figure::look::series_look;
use crate::printable::escape_html;

/// One panel of a trend chart: a title and one line per series, x in seconds.
#[derive(Debug, Clone)]
pub(crate) struct Panel {
    pub title: String,
    pub(crate) lines: Vec<Vec<(f64, f64)>>,
}

/// The trend chart: a large panel (the overall score) above small ones (one per dimension),
/// all on the same time axis from `span.0` to `span.1` with `ticks` labelled under each panel.
/// Series are `names` in the legend, with the same looks as the radar's.
pub(crate) fn trend(
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
