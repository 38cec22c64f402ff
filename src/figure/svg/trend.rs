//! The trend chart as SVG: a large panel (the overall score) above small ones (one per
//! dimension), all on one time axis. A break in the time line is a shaded gap that no line
//! crosses; dates are written under every panel, never over one another nor past its edges.

use std::fmt::Write;

use super::{COLOURS, Caption, FONT, GRID, Series, dash, legend, legend_size, mark_at, open};
use super::{text_width, width_for};
use crate::figure::look::series_look;
use crate::printable::escape_html;

/// One panel of a trend chart: a title and, per series, its stretches (the line breaks
/// between two stretches); x runs from 0 to 1 across the time axis, y from 0 to 100.
#[derive(Debug, Clone)]
pub(crate) struct Panel {
    pub title: String,
    pub(crate) lines: Vec<Vec<Vec<(f64, f64)>>>,
}

/// The time axis every panel shares, x from 0 to 1.
#[derive(Debug, Clone, Default)]
pub(crate) struct TimeLine {
    /// Dates to write under a panel, the most wanted first: where there is no room for all,
    /// the later ones are left out.
    pub(crate) ticks: Vec<(f64, String)>,
    /// Each break: where it starts and ends, and how long it is in words ("⋯ 10 months ⋯").
    pub(crate) breaks: Vec<(f64, f64, String)>,
}

const MAIN: (f64, f64, f64, f64) = (56.0, 34.0, 580.0, 180.0);
const COLUMNS: usize = 3;
const SMALL: (f64, f64) = (170.0, 90.0);
const SMALL_PITCH: (f64, f64) = (205.0, 150.0);
/// Where the small panels start: under the large one, its dates and its breaks' lengths.
const SMALL_TOP: f64 = MAIN.1 + MAIN.3 + 80.0;
const TICK_SIZE: f64 = 11.0;

/// The trend chart: series are `names` in the legend, with the same looks as the radar's.
pub(crate) fn trend(
    caption: &Caption,
    names: &[String],
    main: &Panel,
    small: &[Panel],
    time: &TimeLine,
) -> String {
    let rows = small.len().div_ceil(COLUMNS) as f64;
    let legend_top = SMALL_TOP + rows * SMALL_PITCH.1 + 10.0;
    let series: Vec<Series> = names
        .iter()
        .map(|n| Series {
            name: n.clone(),
            scores: vec![],
        })
        .collect();
    let (legend_width, legend_height) = legend_size(&series);
    let width = width_for(MAIN.0 + MAIN.2 + 24.0, MAIN.0 + legend_width);
    let height = legend_top + legend_height + 10.0;
    let mut svg = open("trend", width, height, caption);
    panel(&mut svg, main, MAIN, time, 14.0);
    // How long each break is, under the large panel's dates.
    for (from, to, label) in &time.breaks {
        let centre = MAIN.0 + (from + to) / 2.0 * MAIN.2;
        let half = text_width(label, TICK_SIZE) / 2.0;
        let x = centre.clamp(MAIN.0 + half, MAIN.0 + MAIN.2 - half);
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{TICK_SIZE}\" font-weight=\"600\" fill=\"#444\" {FONT}>{}</text>",
            MAIN.1 + MAIN.3 + 34.0,
            escape_html(label)
        );
    }
    for (i, p) in small.iter().enumerate() {
        let (col, row) = ((i % COLUMNS) as f64, (i / COLUMNS) as f64);
        let frame = (
            MAIN.0 + col * SMALL_PITCH.0,
            SMALL_TOP + row * SMALL_PITCH.1,
            SMALL.0,
            SMALL.1,
        );
        panel(&mut svg, p, frame, time, 13.0);
    }
    legend(&mut svg, &series, MAIN.0, legend_top);
    svg.push_str("</svg>\n");
    svg
}

/// Draws a panel in `(x, y, width, height)`: 0-100 on the left, time along the bottom with
/// its dates under it, each break shaded.
fn panel(
    svg: &mut String,
    p: &Panel,
    (left, top, w, h): (f64, f64, f64, f64),
    time: &TimeLine,
    size: f64,
) {
    let x_of = |t: f64| left + t.clamp(0.0, 1.0) * w;
    let y_of = |v: f64| top + h - v.clamp(0.0, 100.0) / 100.0 * h;
    let _ = write!(
        svg,
        "<text x=\"{left}\" y=\"{:.1}\" font-size=\"{size}\" font-weight=\"600\" {FONT}>{}</text>",
        top - 9.0,
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
    for (from, to, _) in &time.breaks {
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#ececec\"/>",
            x_of(*from),
            (x_of(*to) - x_of(*from)).max(0.0)
        );
    }
    for (x, label) in place(&time.ticks, left, w, TICK_SIZE) {
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{TICK_SIZE}\" fill=\"#555\" {FONT}>{}</text>",
            top + h + 15.0,
            escape_html(label)
        );
    }
    for (index, line) in p.lines.iter().enumerate() {
        let (pattern, mark) = series_look(index);
        let colour = COLOURS[index % COLOURS.len()];
        for stretch in line {
            let points: Vec<(f64, f64)> =
                stretch.iter().map(|&(t, v)| (x_of(t), y_of(v))).collect();
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
}

/// Where each date is written under a panel from `left`, `w` wide: centred on its moment but
/// kept inside the panel, in the order wanted, each only where it overlaps none kept before
/// (nor repeats one). Gives each kept label's left end, in order along the axis.
fn place(ticks: &[(f64, String)], left: f64, w: f64, size: f64) -> Vec<(f64, &str)> {
    const SPACE: f64 = 8.0;
    let mut kept: Vec<(f64, f64, &str)> = vec![];
    for (t, label) in ticks {
        let width = text_width(label, size);
        if width > w || kept.iter().any(|k| k.2 == label) {
            continue;
        }
        let start = (left + t.clamp(0.0, 1.0) * w - width / 2.0).clamp(left, left + w - width);
        let end = start + width;
        if kept
            .iter()
            .all(|&(s, e, _)| end + SPACE <= s || e + SPACE <= start)
        {
            kept.push((start, end, label));
        }
    }
    kept.sort_by(|a, b| a.0.total_cmp(&b.0));
    kept.into_iter().map(|(s, _, l)| (s, l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks(list: &[(f64, &str)]) -> Vec<(f64, String)> {
        list.iter().map(|(t, l)| (*t, l.to_string())).collect()
    }

    #[test]
    fn dates_stay_inside_their_panel_and_never_overlap() {
        let wanted = ticks(&[
            (0.0, "2025-11-03"),
            (1.0, "2026-12-01"),
            (0.05, "2025-12-01"),
            (0.5, "2026-01-05"),
            (0.98, "2026-11-30"),
            (0.0, "2025-11-03"),
        ]);
        let kept = place(&wanted, 100.0, 170.0, TICK_SIZE);
        let labels: Vec<&str> = kept.iter().map(|k| k.1).collect();
        assert_eq!(labels, ["2025-11-03", "2026-12-01"], "the ends first");
        for (start, label) in &kept {
            assert!(*start >= 100.0 && start + text_width(label, TICK_SIZE) <= 270.0);
        }
        let wide = place(&wanted, 100.0, 580.0, TICK_SIZE);
        assert_eq!(wide.len(), 3, "a third date where there is room: {wide:?}");
    }

    #[test]
    fn a_line_never_crosses_a_break() {
        let panel = Panel {
            title: "Overall".into(),
            lines: vec![vec![
                vec![(0.0, 40.0), (0.3, 50.0)],
                vec![(0.9, 45.0), (1.0, 60.0)],
            ]],
        };
        let time = TimeLine {
            ticks: vec![],
            breaks: vec![(0.3, 0.9, "⋯ 10 months ⋯".into())],
        };
        let caption = Caption {
            title: "t".into(),
            description: "d".into(),
        };
        let svg = trend(&caption, &["you".into()], &panel, &[], &time);
        let paths: Vec<&str> = svg
            .split("<path d=\"")
            .skip(1)
            .filter(|p| p.contains("fill=\"none\""))
            .collect();
        assert_eq!(paths.len(), 2, "one path per stretch: {svg}");
        assert!(svg.contains("⋯ 10 months ⋯"));
        assert!(svg.contains("fill=\"#ececec\""), "the break is shaded");
    }
}
