//! The compare screen's upper part as one page that scrolls (PgUp/PgDn): the radar beside the
//! table where there is room, the largest gaps in words under them, the whole width.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::super::page;
use super::super::results::{RADAR_MIN_ROWS, RADAR_MIN_WIDTH};
use super::{gap_lines, table_lines};
use crate::chart::{Radar, RadarSeries};
use crate::comparison;
use crate::i18n::fill;
use crate::summary::Summary;
use crate::tui::app::App;

/// From this width the radar stands beside the table.
const SIDE_BY_SIDE: u16 = 70;

/// The page for a view of `view`'s size, two columns narrower when it must scroll (a blank
/// column, then the scrollbar).
pub(super) fn page(
    app: &App,
    reports: &[Summary],
    names: &[String],
    lead: Vec<Line<'static>>,
    view: Rect,
) -> Buffer {
    let whole = build(app, reports, names, lead.clone(), view.width, view.height);
    if whole.area.height <= view.height || view.width < 3 {
        return whole;
    }
    build(
        app,
        reports,
        names,
        lead,
        page::scrolling_width(view.width),
        view.height,
    )
}

/// The row where the largest gaps begin, from `row`: a heading never shows alone on the
/// view's last readable row, its lines hidden under "↓ more"; it goes below, with them.
fn heading_row(row: u16, lines: usize, height: u16) -> u16 {
    let scrolls = row as usize + lines > height as usize;
    if scrolls && lines > 1 && row + 2 == height {
        row + 1
    } else {
        row
    }
}

fn build(
    app: &App,
    reports: &[Summary],
    names: &[String],
    lead: Vec<Line<'static>>,
    width: u16,
    height: u16,
) -> Buffer {
    let theme = &app.theme;
    if !lead.is_empty() {
        let mut buf = page::blank(width, lead.len() as u16);
        page::lines(&mut buf, &lead, 0, 0, width);
        return buf;
    }
    let table = table_lines(app, reports, names);
    let gaps: Vec<Line> = gap_lines(app, reports, names, width as usize)
        .into_iter()
        .map(|l| Line::styled(l, theme.strong))
        .collect();
    let side = width >= SIDE_BY_SIDE && height >= RADAR_MIN_ROWS;
    if side {
        let table_width = (19 + 6 * reports.len() as u16).min(width);
        let radar_width = width - table_width - 1;
        let radar = radar(app, reports, names);
        // Round if it can be, leaving the largest gaps in view under it.
        let radar_h = radar
            .height_for(radar_width)
            .min(height.saturating_sub(gaps.len() as u16 + 1))
            .max(RADAR_MIN_ROWS);
        let top = heading_row(radar_h.max(table.len() as u16) + 1, gaps.len(), height);
        let mut buf = page::blank(width, top + gaps.len() as u16);
        (&radar).render(Rect::new(0, 0, radar_width, radar_h), &mut buf);
        page::lines(&mut buf, &table, radar_width + 1, 0, table_width);
        page::lines(&mut buf, &gaps, 0, top, width);
        return buf;
    }
    let mut lines = vec![];
    if width < RADAR_MIN_WIDTH || height < RADAR_MIN_ROWS || width < SIDE_BY_SIDE {
        let size = format!("{}×{}", SIDE_BY_SIDE + 3, RADAR_MIN_ROWS + 9);
        lines.extend(
            super::super::text::wrap(
                &fill(app.text().radar_needs_room, &[("size", &size)]),
                width as usize,
            )
            .into_iter()
            .map(|l| Line::styled(l, theme.muted)),
        );
    }
    lines.extend(table);
    for (i, name) in names.iter().enumerate() {
        let look = crate::chart::look(i, &theme.series);
        lines.push(Line::styled(format!("{} {name}", look.glyph), look.style));
    }
    lines.push(Line::raw(""));
    let start = heading_row(lines.len() as u16, gaps.len(), height);
    lines.resize(start as usize, Line::raw(""));
    lines.extend(gaps);
    let mut buf = page::blank(width, lines.len() as u16);
    page::lines(&mut buf, &lines, 0, 0, width);
    buf
}

fn radar(app: &App, reports: &[Summary], names: &[String]) -> Radar {
    let rows = comparison::lines(reports);
    let mut radar = Radar::new(
        reports[0]
            .questionnaire
            .dimensions
            .iter()
            .map(|d| d.short.clone())
            .collect(),
        names
            .iter()
            .enumerate()
            .map(|(i, name)| RadarSeries {
                name: name.clone(),
                // Lined up with the axes (the first questionnaire's dimensions) by id.
                scores: rows.iter().map(|l| l.scores[i]).collect(),
            })
            .collect(),
    );
    radar.styles = app.theme.series;
    radar.grid = app.theme.muted;
    radar.label_scores = false;
    radar
}
