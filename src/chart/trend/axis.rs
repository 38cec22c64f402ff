//! Which dates can be written under a trend's axis without overlapping; where each moment
//! goes across the chart is the domain's [`crate::history::TimeAxis`], shared with the
//! report's SVG trend.

pub(super) use crate::history::TimeAxis;

/// Labels along an axis of `width` columns: each `(column, text)` wanted, the first ones
/// first; a label is kept only if it overlaps none kept before (one space apart) and is not
/// the same text as one kept (two assessments on one day).
pub(super) fn place_labels(wanted: &[(f64, String)], width: u16) -> Vec<(u16, String)> {
    let mut kept: Vec<(u16, String)> = vec![];
    for (x, text) in wanted {
        let w = unicode_width::UnicodeWidthStr::width(text.as_str()) as u16;
        if w > width || kept.iter().any(|(_, t)| t == text) {
            continue;
        }
        let start = (x.round() as i64 - i64::from(w / 2)).clamp(0, i64::from(width - w)) as u16;
        let clear = kept.iter().all(|(s, t)| {
            let tw = unicode_width::UnicodeWidthStr::width(t.as_str()) as u16;
            start + w < *s || *s + tw < start
        });
        if clear {
            kept.push((start, text.clone()));
        }
    }
    kept.sort_by_key(|(s, _)| *s);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_overlap_nor_repeat() {
        let wanted = vec![
            (0.0, "2026-01-01".to_string()),
            (40.0, "2026-03-01".to_string()),
            (1.0, "2026-01-01".to_string()),
            (5.0, "2026-01-02".to_string()),
            (20.0, "2026-02-01".to_string()),
        ];
        let kept = place_labels(&wanted, 41);
        assert_eq!(
            kept,
            [
                (0, "2026-01-01".to_string()),
                (15, "2026-02-01".to_string()),
                (31, "2026-03-01".to_string())
            ]
        );
    }
}
