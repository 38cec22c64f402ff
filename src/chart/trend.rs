//! The trend chart: scores (0-100) over time, one line per series, dates on the x axis.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Span;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::time::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub name: String,
    /// In time order; points without a score are left out by the caller.
    pub points: Vec<(Timestamp, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: Vec<TrendSeries>,
    pub styles: [Style; 4],
    pub axis: Style,
}

/// Markers differ by series so that lines stay apart without colour; the samples show them
/// in the legend.
const MARKERS: [Marker; 4] = [
    Marker::Braille,
    Marker::Dot,
    Marker::HalfBlock,
    Marker::Block,
];
const SAMPLES: [&str; 4] = ["⠤⠤", "••", "▀▀", "██"];

impl Trend {
    pub fn new(series: Vec<TrendSeries>) -> Self {
        Self {
            series,
            styles: [Style::new(); 4],
            axis: Style::new(),
        }
    }

    fn span(&self) -> (Option<Timestamp>, f64) {
        let times = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.0));
        let first = times.clone().min();
        let last = times.max();
        let days = match (first, last) {
            (Some(a), Some(b)) => (b.unix_seconds() - a.unix_seconds()) as f64 / 86_400.0,
            _ => 0.0,
        };
        (first, days.max(1.0))
    }
}

impl Widget for &Trend {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (Some(first), span) = self.span() else {
            return;
        };
        if area.height < 4 || area.width < 20 {
            return;
        }
        // The legend: one row under the chart, each series' marker sample and name.
        let legend_y = area.bottom() - 1;
        let mut x = area.x;
        for (i, s) in self.series.iter().enumerate() {
            let text = format!("{} {}   ", SAMPLES[i % 4], s.name);
            let room = area.right().saturating_sub(x) as usize;
            if room == 0 {
                break;
            }
            buf.set_stringn(x, legend_y, &text, room, self.styles[i % 4]);
            x += unicode_width::UnicodeWidthStr::width(text.as_str()) as u16;
        }
        let area = Rect {
            height: area.height - 1,
            ..area
        };
        let day = |t: Timestamp| (t.unix_seconds() - first.unix_seconds()) as f64 / 86_400.0;
        let data: Vec<Vec<(f64, f64)>> = self
            .series
            .iter()
            .map(|s| s.points.iter().map(|(t, v)| (day(*t), *v)).collect())
            .collect();
        let datasets: Vec<Dataset> = self
            .series
            .iter()
            .zip(&data)
            .enumerate()
            .map(|(i, (s, points))| {
                Dataset::default()
                    .name(s.name.clone())
                    .marker(MARKERS[i % 4])
                    .graph_type(GraphType::Line)
                    .style(self.styles[i % 4])
                    .data(points)
            })
            .collect();
        let date_at = |days: f64| {
            Timestamp::from_unix(first.unix_seconds() + (days * 86_400.0) as i64, 0).date()
        };
        let mut x_labels = vec![Span::raw(date_at(0.0))];
        if area.width >= 50 {
            x_labels.push(Span::raw(date_at(span / 2.0)));
        }
        x_labels.push(Span::raw(date_at(span)));
        Chart::new(datasets)
            .x_axis(
                Axis::default()
                    .bounds([0.0, span])
                    .labels(x_labels)
                    .style(self.axis),
            )
            .y_axis(
                Axis::default()
                    .bounds([0.0, 100.0])
                    .labels(["0", "50", "100"])
                    .style(self.axis),
            )
            .legend_position(None)
            .render(area, buf);
    }
}
