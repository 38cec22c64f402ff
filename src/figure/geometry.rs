//! The radar's geometry on a unit circle, as pure functions: where spokes point, where a
//! score's vertex lies, which polygon edges exist. The terminal radar and the SVG one both
//! draw from these, so they always agree.

/// The angle of axis `i` of `n`: the first straight up, then clockwise.
pub(crate) fn angle(i: usize, n: usize) -> f64 {
    std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * i as f64 / n as f64
}

/// The point at `fraction` (0 to 1) of axis `i`'s length, on a unit circle.
pub(crate) fn point(i: usize, n: usize, fraction: f64) -> (f64, f64) {
    let a = angle(i, n);
    (fraction * a.cos(), fraction * a.sin())
}

/// Each score's vertex (a score of 100 reaches the tip); none where there is no score.
pub(crate) fn vertices(scores: &[Option<f64>]) -> Vec<Option<(f64, f64)>> {
    let n = scores.len();
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| s.map(|s| point(i, n, s.clamp(0.0, 100.0) / 100.0)))
        .collect()
}

/// The polygon's edges: between neighbours that both have a score, so that a missing score
/// leaves a gap instead of pulling the line to the centre.
pub(crate) fn edges(scores: &[Option<f64>]) -> Vec<((f64, f64), (f64, f64))> {
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
}
