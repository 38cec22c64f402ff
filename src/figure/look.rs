//! How series and grid lines are told apart without colour: a dash pattern for each line and
//! a mark at each vertex. The terminal charts and the SVG ones use the same table.

/// A line's dash pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    Solid,
    Dashed,
    Dotted,
    DashDot,
    /// One dot in four: grid lines that stay in the background.
    Faint,
}

impl Pattern {
    /// Whether the `step`-th dot along a line is drawn (on a dot grid such as braille).
    pub(crate) fn on(self, step: usize) -> bool {
        match self {
            Pattern::Solid => true,
            Pattern::Dashed => step % 6 < 4,
            Pattern::Dotted => step.is_multiple_of(2),
            Pattern::DashDot => matches!(step % 8, 0..=3 | 6),
            Pattern::Faint => step.is_multiple_of(4),
        }
    }

    /// The same rhythm as an SVG `stroke-dasharray` (in units of the stroke), `None` for solid.
    pub(crate) fn dasharray(self) -> Option<&'static str> {
        match self {
            Pattern::Solid => None,
            Pattern::Dashed => Some("8 4"),
            Pattern::Dotted => Some("2 3"),
            Pattern::DashDot => Some("8 3 2 3"),
            Pattern::Faint => Some("1 4"),
        }
    }
}

/// The mark drawn at each vertex of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Mark {
    /// The mark as a character, for terminals and legends.
    pub(crate) fn glyph(self) -> char {
        match self {
            Mark::Circle => '●',
            Mark::Square => '■',
            Mark::Triangle => '▲',
            Mark::Diamond => '◆',
        }
    }
}

/// How many series a chart tells apart.
pub(crate) const MAX_SERIES: usize = 4;

/// The n-th series' pattern and mark (they repeat after [`MAX_SERIES`]).
pub(crate) fn series_look(index: usize) -> (Pattern, Mark) {
    const LOOKS: [(Pattern, Mark); MAX_SERIES] = [
        (Pattern::Solid, Mark::Circle),
        (Pattern::Dashed, Mark::Square),
        (Pattern::Dotted, Mark::Triangle),
        (Pattern::DashDot, Mark::Diamond),
    ];
    LOOKS[index % MAX_SERIES]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_differ() {
        let drawn = |p: Pattern| (0..24).filter(|&s| p.on(s)).count();
        assert_eq!(drawn(Pattern::Solid), 24);
        assert_eq!(drawn(Pattern::Dashed), 16);
        assert_eq!(drawn(Pattern::Dotted), 12);
        assert_eq!(drawn(Pattern::DashDot), 15);
        assert_eq!(drawn(Pattern::Faint), 6);
    }

    #[test]
    fn every_series_looks_different_in_both_ways() {
        let looks: Vec<_> = (0..MAX_SERIES).map(series_look).collect();
        for (i, a) in looks.iter().enumerate() {
            for b in &looks[i + 1..] {
                assert_ne!(a.0, b.0);
                assert_ne!(a.1, b.1);
                assert_ne!(a.0.dasharray(), b.0.dasharray());
            }
        }
    }
}
