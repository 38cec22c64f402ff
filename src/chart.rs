//! Charts as ratatui widgets that draw into any `Buffer`: the TUI screens and the stdout
//! reports use the very same drawing.

pub mod ascii;
pub mod geometry;
pub mod plain;
pub mod radar;
pub mod stroke;
pub mod trend;

use ratatui::style::Style;

pub use radar::{Radar, RadarSeries};
pub use stroke::Pattern;
pub use trend::{Trend, TrendSeries};

/// How the n-th series (0 to 3) looks: its line pattern and vertex glyph stay apart without
/// colour; the style adds colour when there is some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesLook {
    pub pattern: Pattern,
    pub glyph: char,
    /// A short sample of the line for legends.
    pub sample: &'static str,
    pub style: Style,
}

pub use crate::figure::MAX_SERIES;

pub fn look(index: usize, styles: &[Style; 4]) -> SeriesLook {
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
