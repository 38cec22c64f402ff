//! The radar as SVG, on the same unit-circle geometry as the terminal radar.

use std::fmt::Write;

use super::{
    COLOURS, Caption, FONT, GRID, Series, closed_path, dash, legend, legend_size, mark_at, open,
    text_width, width_for,
};
use crate::figure::geometry;
use crate::figure::look::series_look;
use crate::printable::escape_html;

/// The radar: axes labelled with `axes` (first up, clockwise), rings at 25/50/75/100, each
/// series a closed line with a gap where a score is missing.
pub(crate) fn radar(caption: &Caption, axes: &[String], series: &[Series]) -> String {
    let radius = 150.0;
    // Each label's reach left and right of the centre: the chart is made wide enough for the
    // longest, and the radar moved right when one reaches past the left edge.
    let reach = |i: usize| {
        let (ux, _) = geometry::point(i, axes.len(), 1.09);
        let (x, w) = (ux * radius, text_width(&axes[i], LABEL_SIZE));
        match anchor(ux) {
            "start" => (x, x + w),
            "end" => (x - w, x),
            _ => (x - w / 2.0, x + w / 2.0),
        }
    };
    let (left, right) = (0..axes.len())
        .map(reach)
        .fold((0.0, 0.0), |(l, r), (a, b)| {
            (f64::min(l, a), f64::max(r, b))
        });
    let centre = (f64::max(320.0, 16.0 - left), 215.0);
    let (legend_width, legend_height) = legend_size(series);
    let width = width_for(
        f64::max(640.0, centre.0 + right + 16.0),
        40.0 + legend_width,
    );
    let height = 430.0 + legend_height + 16.0;
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
        let anchor = anchor(ux);
        let (lx, ly) = at(geometry::point(i, n, 1.09));
        let ly = ly + 4.0 + if uy < -0.7 { 8.0 } else { 0.0 };
        let _ = write!(
            svg,
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" font-size=\"{LABEL_SIZE}\" {FONT}>{}</text>",
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

const LABEL_SIZE: f64 = 13.0;

/// How an axis label is anchored: away from the radar on the sides, centred at the top and
/// bottom.
fn anchor(ux: f64) -> &'static str {
    if ux > 0.25 {
        "start"
    } else if ux < -0.25 {
        "end"
    } else {
        "middle"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caption() -> Caption {
        Caption {
            title: "t".into(),
            description: "d".into(),
        }
    }

    /// The `viewBox` width of an SVG.
    fn width(svg: &str) -> f64 {
        let view = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
        view.split(' ').next().unwrap().parse().unwrap()
    }

    #[test]
    fn a_long_legend_name_widens_the_chart_instead_of_being_cut() {
        let axes: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
        let series = |name: &str| Series {
            name: name.into(),
            scores: vec![Some(50.0); 3],
        };
        let short = radar(&caption(), &axes, &[series("you")]);
        assert_eq!(width(&short), 640.0);
        let long =
            "Inès Moreau, le 30 novembre 2026 (évaluation précédente), et un nom encore plus long";
        let svg = radar(&caption(), &axes, &[series("you"), series(long)]);
        assert!(
            width(&svg) >= 40.0 + 44.0 + text_width(long, 13.0),
            "{}",
            width(&svg)
        );
    }

    #[test]
    fn long_axis_labels_stay_inside_the_chart() {
        let axes: Vec<String> = (0..8)
            .map(|i| format!("A rather long dimension name {i}"))
            .collect();
        let svg = radar(&caption(), &axes, &[]);
        let w = width(&svg);
        for part in svg.split("<text x=\"").skip(1) {
            let x: f64 = part.split('"').next().unwrap().parse().unwrap();
            let label = part.split('>').nth(1).unwrap().split('<').next().unwrap();
            let tw = text_width(label, 13.0);
            let (from, to) = if part.contains("text-anchor=\"end\"") {
                (x - tw, x)
            } else if part.contains("text-anchor=\"middle\"") {
                (x - tw / 2.0, x + tw / 2.0)
            } else {
                (x, x + tw)
            };
            assert!(from >= 0.0 && to <= w, "{label} from {from} to {to} in {w}");
        }
    }
}
