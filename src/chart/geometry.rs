//! The radar's geometry as pure functions: where spokes point, where a score's vertex lies,
//! which polygon edges exist, and where the chart and its labels go in a cell area.

use ratatui::layout::Rect;

/// The angle of axis `i` of `n`: the first straight up, then clockwise.
pub fn angle(i: usize, n: usize) -> f64 {
    std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * i as f64 / n as f64
}

/// The point at `fraction` (0 to 1) of axis `i`'s length, on a unit circle.
pub fn point(i: usize, n: usize, fraction: f64) -> (f64, f64) {
    let a = angle(i, n);
    (fraction * a.cos(), fraction * a.sin())
}

/// Each score's vertex (a score of 100 reaches the tip); none where there is no score.
pub fn vertices(scores: &[Option<f64>]) -> Vec<Option<(f64, f64)>> {
    let n = scores.len();
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| s.map(|s| point(i, n, s.clamp(0.0, 100.0) / 100.0)))
        .collect()
}

/// The polygon's edges: between neighbours that both have a score, so that a missing score
/// leaves a gap instead of pulling the line to the centre.
pub fn edges(scores: &[Option<f64>]) -> Vec<((f64, f64), (f64, f64))> {
    let v = vertices(scores);
    let n = v.len();
    if n < 2 {
        return vec![];
    }
    (0..n)
        .filter_map(|i| Some((v[i]?, v[(i + 1) % n]?)))
        .take(if n == 2 { 1 } else { n })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Centre,
    Right,
}

/// Where a label goes: the cell it is anchored at, and which way the text runs from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelSpot {
    pub x: u16,
    pub y: u16,
    pub align: Align,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadarLayout {
    /// The square (in dots) where the canvas goes.
    pub plot: Rect,
    pub labels: Vec<LabelSpot>,
}

/// Lays out a radar of `n` axes in `area`, leaving `label_width` columns each side for
/// labels. Terminal cells are about twice as tall as wide, so the plot is twice as many
/// columns as rows to look round. None when the area is too small for a readable chart.
pub fn layout(area: Rect, n: usize, label_width: u16) -> Option<RadarLayout> {
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

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn first_axis_up_then_clockwise() {
        assert!(close(point(0, 4, 1.0), (0.0, 1.0)));
        assert!(
            close(point(1, 4, 1.0), (1.0, 0.0)),
            "the second axis is to the right: clockwise"
        );
        assert!(close(point(2, 4, 1.0), (0.0, -1.0)));
        assert!(close(point(3, 4, 0.5), (-0.5, 0.0)));
    }

    #[test]
    fn vertices_scale_with_the_score() {
        let v = vertices(&[Some(100.0), Some(50.0), None, Some(0.0)]);
        assert!(close(v[0].unwrap(), (0.0, 1.0)));
        assert!(close(v[1].unwrap(), (0.5, 0.0)));
        assert_eq!(v[2], None);
        assert!(close(v[3].unwrap(), (0.0, 0.0)), "zero is the centre");
    }

    #[test]
    fn a_missing_score_is_a_gap_not_a_zero() {
        let all = edges(&[Some(50.0); 5]);
        assert_eq!(all.len(), 5, "a closed pentagon");
        let gap = edges(&[Some(50.0), Some(50.0), None, Some(50.0), Some(50.0)]);
        assert_eq!(
            gap.len(),
            3,
            "the two edges touching the missing axis are gone"
        );
        assert!(
            gap.iter()
                .all(|(a, b)| !close(*a, (0.0, 0.0)) && !close(*b, (0.0, 0.0)))
        );
        assert!(edges(&[None, None, None]).is_empty());
    }

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
