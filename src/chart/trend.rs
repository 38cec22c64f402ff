//! The trend chart: scores (0-100) over time, one braille line per series told apart by
//! colour, dash pattern and vertex mark; a time axis by date or even, with breaks where
//! nothing was assessed for long (no line across them); a legend that wraps, never cut.

mod axis;
mod draw;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::history::Length;
use crate::i18n::Lang;
use crate::time::Timestamp;
use axis::{TimeAxis, place_labels};
use draw::{draw_lines, draw_marks, legend_lines};

#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub name: String,
    /// In time order; points without a score are left out by the caller.
    pub points: Vec<(Timestamp, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: Vec<TrendSeries>,
    pub(crate) styles: [Style; 4],
    pub(crate) axis: Style,
    /// The series drawn thicker and on top (the overall score among the dimensions).
    pub(crate) emphasis: Option<usize>,
    /// One step per assessment rather than per day.
    pub(crate) even: bool,
    /// The language of the breaks' labels.
    pub lang: Lang,
}

/// Columns left of the plot: "100" and the axis line.
const Y_LABELS: u16 = 4;
/// The narrowest and lowest trend that reads: below, callers show a table only.
pub(crate) const MIN_WIDTH: u16 = 30;
pub(crate) const MIN_PLOT_ROWS: u16 = 4;

impl Trend {
    pub fn new(series: Vec<TrendSeries>) -> Self {
        Self {
            series,
            styles: [Style::new(); 4],
            axis: Style::new(),
            emphasis: None,
            even: false,
            lang: Lang::En,
        }
    }

    fn times(&self) -> Vec<Timestamp> {
        self.series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.0))
            .collect()
    }

    /// Rows the legend takes at this width.
    pub(crate) fn legend_rows(&self, width: u16) -> u16 {
        legend_lines(self, width).len() as u16
    }

    /// The gap label of a break.
    fn gap_label(&self, b: &crate::history::Break) -> String {
        gap(self.lang, b.length())
    }
}

/// "⋯ 19 months ⋯": a break in the time axis, in the chart and in the tables.
pub(crate) fn gap(lang: Lang, length: Length) -> String {
    crate::history::gap_text(lang, length)
}

impl Widget for &Trend {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let times = self.times();
        if times.is_empty() || area.width < MIN_WIDTH || area.height < MIN_PLOT_ROWS + 2 {
            return;
        }
        let legend = legend_lines(self, area.width);
        let legend_rows = (legend.len() as u16).min(area.height - MIN_PLOT_ROWS - 2);
        for (i, line) in legend.iter().take(legend_rows as usize).enumerate() {
            let row = Rect::new(
                area.x,
                area.bottom() - legend_rows + i as u16,
                area.width,
                1,
            );
            line.clone().render(row, buf);
        }
        let plot = Rect::new(
            area.x + Y_LABELS,
            area.y,
            area.width - Y_LABELS,
            area.height - legend_rows - 2,
        );
        let widest_gap = 16.0;
        let axis = TimeAxis::new(&times, plot.width, self.even, widest_gap);
        draw_y_axis(self, plot, buf);
        draw_x_axis(self, &axis, plot, buf);
        draw_lines(self, &axis, plot, buf);
        draw_marks(self, &axis, plot, buf);
    }
}

fn draw_y_axis(trend: &Trend, plot: Rect, buf: &mut Buffer) {
    let x = plot.x - 1;
    for y in plot.y..plot.bottom() {
        buf[(x, y)].set_char('│').set_style(trend.axis);
    }
    for (value, y) in [
        (100, plot.y),
        (50, plot.y + (plot.height - 1) / 2),
        (0, plot.bottom() - 1),
    ] {
        buf.set_string(plot.x - Y_LABELS, y, format!("{value:>3}"), trend.axis);
        buf[(x, y)].set_char('┤');
    }
}

/// The axis line with each break drawn as a dashed gap and its length, and dates below:
/// the first, the last, both ends of each break, and others where they fit.
fn draw_x_axis(trend: &Trend, axis: &TimeAxis, plot: Rect, buf: &mut Buffer) {
    let y = plot.bottom();
    buf[(plot.x - 1, y)].set_char('└').set_style(trend.axis);
    for x in plot.x..plot.right() {
        buf[(x, y)].set_char('─').set_style(trend.axis);
    }
    for (b, from, to) in &axis.breaks {
        let (from, to) = (from.round() as u16 + 1, to.round() as u16);
        for x in from..to.max(from) {
            buf[(plot.x + x.min(plot.width - 1), y)].set_char(' ');
        }
        let label = trend.gap_label(b);
        let w = label.width() as u16;
        let centre = (from + to) / 2;
        let start = centre
            .saturating_sub(w / 2)
            .min(plot.width.saturating_sub(w));
        buf.set_stringn(
            plot.x + start,
            y,
            &label,
            plot.width as usize,
            trend.axis.add_modifier(Modifier::BOLD),
        );
    }
    let mut wanted: Vec<(f64, String)> = vec![];
    let (first, last) = (axis.moments[0], axis.moments[axis.moments.len() - 1]);
    wanted.push((first.1, first.0.date()));
    wanted.push((last.1, last.0.date()));
    for (b, from, to) in &axis.breaks {
        wanted.push((*from, b.after.date()));
        wanted.push((*to, b.before.date()));
    }
    wanted.extend(axis.moments.iter().map(|(t, x)| (*x, t.date())));
    // Labels sit under the plot but may reach into the y labels' columns.
    let shift = f64::from(Y_LABELS);
    let wanted: Vec<(f64, String)> = wanted.into_iter().map(|(x, t)| (x + shift, t)).collect();
    let width = plot.width + Y_LABELS;
    for (x, text) in place_labels(&wanted, width) {
        buf.set_string(plot.x - Y_LABELS + x, y + 1, text, trend.axis);
    }
}
