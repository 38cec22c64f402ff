//! Charts as pictures, free of any terminal: the radar's geometry and the series' looks
//! (shared with the terminal charts in `chart`), and the same charts drawn as SVG for reports.

pub mod geometry;
mod look;
pub mod svg;

pub use look::{MAX_SERIES, Mark, Pattern, series_look};
