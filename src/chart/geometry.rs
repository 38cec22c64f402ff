//! Where the terminal radar and its labels go in a cell area. The geometry on the unit circle
//! is the domain's ([`crate::figure::geometry`]), shared with the SVG radar.

use ratatui::layout::Rect;

pub(crate) use crate::figure::geometry::{edges, point, vertices};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Centre,
    Right,
}

/// Where a label goes: the cell it is anchored at, and which way the text runs from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LabelSpot {
    pub(crate) x: u16,
    pub(crate) y: u16,
    pub(crate) align: Align,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RadarLayout {
    /// The square (in dots) where the canvas goes.
    pub(crate) plot: Rect,
    pub labels: Vec<LabelSpot>,
}

/// Lays out a radar of `n` axes in `area`, leaving `label_width` columns each side for
/// labels. Terminal cells are about twice as tall as wide, so the plot is twice as many
/// columns as rows to look round. None when the area is too small for a readable chart.
pub(crate) fn layout(area: Rect, n: usize, label_width: u16) -> Option<RadarLayout> {
    let rows = area.height.saturating_sub(2);
    let cols = area.width.saturating_sub(2 * (label_width + 1));
    let height = rows.min(cols / 2);
    if height < 3 || n == 0 {
        return None;
    }
    let width = height * 2;
    let plot = Rect::new(area.x + (area.width - width) / 2, area.y + 1, width, height);
    let labels = (0..n)
        .map(|i| {
            let (ux, uy) = point(i, n, 1.0);
            let cx = f64::from(plot.x) + (ux + 1.0) / 2.0 * f64::from(plot.width - 1);
            let cy = f64::from(plot.y) + (1.0 - uy) / 2.0 * f64::from(plot.height - 1);
            let (x, align) = if ux > 0.25 {
                (cx.round() + 2.0, Align::Left)
            } else if ux < -0.25 {
                (cx.round() - 2.0, Align::Right)
            } else {
                (cx.round(), Align::Centre)
            };
            let y = if uy > 0.7 {
                cy.round() - 1.0
            } else if uy < -0.7 {
                cy.round() + 1.0
            } else {
                cy.round()
            };
            let max_x = f64::from(area.right().saturating_sub(1));
            let max_y = f64::from(area.bottom().saturating_sub(1));
            LabelSpot {
                x: x.clamp(f64::from(area.x), max_x) as u16,
                y: y.clamp(f64::from(area.y), max_y) as u16,
                align,
            }
        })
        .collect();
    Some(RadarLayout { plot, labels })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_round_and_labels_sit_outside() {
        let l = layout(Rect::new(0, 0, 80, 24), 8, 14).unwrap();
        assert_eq!(l.plot.width, 2 * l.plot.height);
        assert_eq!(l.plot.height, 22);
        let top = l.labels[0];
        assert_eq!(
            (top.align, top.y),
            (Align::Centre, 0),
            "the first label is above the chart"
        );
        assert_eq!(
            l.labels[2].align,
            Align::Left,
            "right-hand axes are labelled to the right"
        );
        assert_eq!(l.labels[6].align, Align::Right);
        assert!(
            l.labels[4].y >= l.plot.bottom() - 1,
            "the bottom label is below the centre"
        );
        for spot in &l.labels {
            assert!(spot.x < 80 && spot.y < 24);
        }
        assert_eq!(layout(Rect::new(0, 0, 20, 5), 8, 12), None, "too small");
    }
}
