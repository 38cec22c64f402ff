//! Charts as ratatui widgets that draw into any `Buffer`: the TUI screens and the stdout
//! reports use the very same drawing.

pub mod ascii;
pub(crate) mod geometry;
pub mod plain;
pub(crate) mod radar;
pub(crate) mod stroke;
pub(crate) mod trend;

use ratatui::style::Style;

pub use radar::{Radar, RadarSeries};
pub(crate) use stroke::Pattern;
pub use trend::{Trend, TrendSeries};

/// How the n-th series (0 to 3) looks: its line pattern and vertex glyph stay apart without
/// colour; the style adds colour when there is some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SeriesLook {
    pub(crate) pattern: Pattern,
    pub(crate) glyph: char,
    /// A short sample of the line for legends.
    pub(crate) sample: &'static str,
    pub(crate) style: Style,
}

pub(crate) use crate::figure::MAX_SERIES;

pub(crate) fn look(index: usize, styles: &[Style; 4]) -> SeriesLook {
    // Short samples of each pattern for legends.
    const SAMPLES: [&str; MAX_SERIES] = ["━●━", "╺■╸", "┈▲┈", "╍◆╍"];
    let (pattern, mark) = crate::figure::series_look(index);
    SeriesLook {
        pattern,
        glyph: mark.glyph(),
        sample: SAMPLES[index % MAX_SERIES],
        style: styles[index % MAX_SERIES],
    }
}
