//! The radar chart: one spoke per dimension, a sparse grid of rings at 25/50/75/100, up to four overlaid
//! polygons of scores, labels with short names and scores, and a legend.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::geometry::{self, Align, RadarLayout};
use super::{MAX_SERIES, look};

mod canvas;
mod grid;

use canvas::draw_canvas;

/// One polygon: a name for the legend (respondent and date) and a score per axis.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarSeries {
    pub name: String,
    pub scores: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// Short axis names (at most 12 characters each), clockwise from the top.
    pub(crate) axes: Vec<String>,
    /// At most four; the first is drawn last, on top.
    pub series: Vec<RadarSeries>,
    /// Styles of the four series (colour when there is colour).
    pub(crate) styles: [Style; 4],
    /// Rings and spokes.
    pub(crate) grid: Style,
    pub(crate) label: Style,
    /// Show the legend even for a single series.
    pub(crate) legend: bool,
    /// Put the scores in the axis labels (off where a table beside the chart shows them).
    pub(crate) label_scores: bool,
}

impl Radar {
    pub fn new(axes: Vec<String>, series: Vec<RadarSeries>) -> Self {
        Self {
            axes,
            series: series.into_iter().take(MAX_SERIES).collect(),
            styles: [Style::new(); 4],
            grid: Style::new(),
            label: Style::new(),
            legend: true,
            label_scores: true,
        }
    }

    /// The radar of one or more assessments of the same questionnaire, each named for the
    /// legend by its respondent and date.
    pub(crate) fn of_reports(reports: &[&crate::summary::Summary]) -> Self {
        let axes = reports
            .first()
            .map(|r| {
                r.questionnaire
                    .dimensions
                    .iter()
                    .map(|d| d.short.clone())
                    .collect()
            })
            .unwrap_or_default();
        let series = reports
            .iter()
            .map(|r| RadarSeries {
                name: format!(
                    "{} · {}",
                    r.assessment.respondent,
                    r.assessment.when().date()
                ),
                scores: r.scores.dimensions.iter().map(|d| d.score).collect(),
            })
            .collect();
        Self::new(axes, series)
    }

    fn legend_rows(&self) -> u16 {
        if self.legend || self.series.len() > 1 {
            self.series.len() as u16
        } else {
            0
        }
    }

    /// An axis label: its short name and the score of each series ("Vision 72", "Vision 72·40").
    pub(crate) fn label_text(&self, axis: usize) -> String {
        if !self.label_scores {
            return self.axes[axis].clone();
        }
        let scores: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                s.scores
                    .get(axis)
                    .copied()
                    .flatten()
                    .map_or("–".into(), |v| format!("{}", v.round() as i64))
            })
            .collect();
        format!("{} {}", self.axes[axis], scores.join("·"))
    }

    /// The widest label, which decides the margins.
    fn label_width(&self) -> u16 {
        (0..self.axes.len())
            .map(|i| self.label_text(i).width())
            .max()
            .unwrap_or(0) as u16
    }

    /// Rows this chart wants for a given width: a round plot plus labels and legend.
    pub(crate) fn height_for(&self, width: u16) -> u16 {
        let plot = width.saturating_sub(2 * (self.label_width() + 1)) / 2;
        plot + 2 + self.legend_rows()
    }
}

impl Widget for &Radar {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let n = self.axes.len();
        if n < 3 || area.width == 0 || area.height == 0 {
            return;
        }
        let legend_rows = self.legend_rows().min(area.height / 3);
        let chart_area = Rect {
            height: area.height - legend_rows,
            ..area
        };
        let Some(layout) = geometry::layout(chart_area, n, self.label_width()) else {
            // Too small for a drawing: the scores as a list are still readable.
            for (i, y) in (area.y..area.bottom()).enumerate().take(n) {
                buf.set_stringn(
                    area.x,
                    y,
                    self.label_text(i),
                    area.width as usize,
                    self.label,
                );
            }
            return;
        };
        draw_canvas(self, &layout, n, buf);
        draw_vertices(self, &layout, buf);
        draw_labels(self, &layout, chart_area, buf);
        // The legend right under the chart's bottom label, not at the foot of a tall area.
        let legend_y = (layout.plot.bottom() + 1).min(chart_area.bottom());
        let legend = Rect::new(
            area.x,
            legend_y,
            area.width,
            legend_rows.min(area.bottom() - legend_y),
        );
        draw_legend(self, legend, buf);
    }
}

/// Each series' glyph at its vertices: tells the series apart even where lines cross.
fn draw_vertices(radar: &Radar, layout: &RadarLayout, buf: &mut Buffer) {
    let plot = layout.plot;
    for (index, series) in radar.series.iter().enumerate().rev() {
        let look = look(index, &radar.styles);
        for (x, y) in geometry::vertices(&series.scores).into_iter().flatten() {
            let cx = f64::from(plot.x) + (x + 1.0) / 2.0 * f64::from(plot.width - 1);
            let cy = f64::from(plot.y) + (1.0 - y) / 2.0 * f64::from(plot.height - 1);
            let (cx, cy) = (cx.round() as u16, cy.round() as u16);
            if cx < plot.right() && cy < plot.bottom() {
                buf[(cx, cy)].set_char(look.glyph).set_style(look.style);
            }
        }
    }
}

fn draw_labels(radar: &Radar, layout: &RadarLayout, area: Rect, buf: &mut Buffer) {
    for (i, spot) in layout.labels.iter().enumerate() {
        let text = radar.label_text(i);
        let width = text.width() as u16;
        let x = match spot.align {
            Align::Left => spot.x,
            Align::Right => spot.x.saturating_sub(width.saturating_sub(1)),
            Align::Centre => spot.x.saturating_sub(width / 2),
        };
        let x = x.clamp(area.x, area.right().saturating_sub(width.min(area.width)));
        let room = area.right().saturating_sub(x) as usize;
        buf.set_stringn(x, spot.y, &text, room, radar.label);
    }
}

fn draw_legend(radar: &Radar, area: Rect, buf: &mut Buffer) {
    for (index, series) in radar.series.iter().enumerate().take(area.height as usize) {
        let look = look(index, &radar.styles);
        let y = area.y + index as u16;
        buf.set_stringn(area.x, y, look.sample, area.width as usize, look.style);
        let x = area.x + 4;
        if x < area.right() {
            buf.set_stringn(x, y, &series.name, (area.right() - x) as usize, radar.label);
        }
    }
}
