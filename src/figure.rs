//! Charts as pictures, free of any terminal: the radar's geometry and the series' looks
//! (shared with the terminal charts in `chart`), and the same charts drawn as SVG for reports.

pub(crate) mod geometry;
mod look;
pub(crate) mod svg;

pub(crate) use look::{MAX_SERIES, Mark, Pattern, series_look};
