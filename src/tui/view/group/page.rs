//! The group's screen as one page that scrolls: the radar of the group's median beside the
//! owner's view and the table (side by side where there is room, else one under the other),
//! then in words the gaps that count, the times the group was asked, how many gave each
//! answer to each statement, and the notes in an order that says nothing of who wrote them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::super::page;
use super::super::results::{RADAR_MIN_ROWS, RADAR_MIN_WIDTH};
use super::Shown;
use super::table::Cells;
use super::words::{gaps, notes, over_time, statements, wrapped};
use crate::chart::{Radar, RadarSeries};
use crate::i18n::{TuiGroup, fill};
use crate::invitation::group::{self, Against};
use crate::printable::printable;
use crate::tui::app::App;

/// The page for a view of `view`'s size, two columns narrower when it must scroll.
pub(super) fn page(app: &App, shown: &Shown, view: Rect) -> Buffer {
    let whole = build(app, shown, view.width, view.height);
    if whole.area.height <= view.height || view.width < 3 {
        return whole;
    }
    build(app, shown, page::scrolling_width(view.width), view.height)
}

/// A part of the page: drawn (the radar, the table) or lines of text.
enum Part {
    Drawn(Buffer),
    Lines(Vec<Line<'static>>),
}

impl Part {
    fn height(&self) -> u16 {
        match self {
            Part::Drawn(buf) => buf.area.height,
            Part::Lines(lines) => lines.len() as u16,
        }
    }
}

fn build(app: &App, shown: &Shown, width: u16, height: u16) -> Buffer {
    let view = shown.view();
    let against = match (shown.yours, view.withheld) {
        (Some(yours), false) => Some(group::against(
            &shown.scored,
            &app.report(yours).scores,
            view,
        )),
        _ => None,
    };
    let mut parts = vec![];
    if view.withheld {
        let said = super::withheld(app, view);
        parts.push(Part::Lines(wrapped(&said, width, app.theme.strong)));
    } else {
        let mut gaps_said = vec![Line::raw("")];
        gaps_said.extend(gaps(app, shown, against.as_deref(), width));
        match top(app, shown, against.as_deref(), width, height) {
            // Side by side: the words under both.
            (drawn, None) => parts.extend([Part::Drawn(drawn), Part::Lines(gaps_said)]),
            // One under the other: the numbers and what they say first, the radar below.
            (table, Some(radar)) => parts.extend([
                Part::Drawn(table),
                Part::Lines(gaps_said),
                Part::Lines(vec![Line::raw("")]),
                Part::Drawn(radar),
            ]),
        }
    }
    parts.push(Part::Lines(over_time(app, shown, width)));
    if !view.withheld {
        parts.push(Part::Lines(statements(app, shown, width)));
        parts.push(Part::Lines(notes(app, shown, width)));
    }
    let mut buf = page::blank(width, parts.iter().map(Part::height).sum());
    let mut y = 0;
    for part in parts {
        match &part {
            Part::Drawn(drawn) => {
                for row in 0..drawn.area.height {
                    for x in 0..drawn.area.width.min(width) {
                        buf[(x, y + row)] = drawn[(x, row)].clone();
                    }
                }
            }
            Part::Lines(lines) => {
                page::lines(&mut buf, lines, 0, y, width);
            }
        }
        y += part.height();
    }
    buf
}

/// The radar and the table side by side where both fit (one part); else the table, and the
/// radar to go below what the table says; or the table alone, saying what size shows the
/// radar.
fn top(
    app: &App,
    shown: &Shown,
    against: Option<&[(String, Option<Against>)]>,
    width: u16,
    height: u16,
) -> (Buffer, Option<Buffer>) {
    let radar = radar(app, shown);
    let tall = height >= RADAR_MIN_ROWS;
    // Beside the radar with the full names where they leave it room, else the short ones.
    let beside = [true, false]
        .into_iter()
        .map(|full| Cells::of(app, shown, against, full))
        .find(|cells| width >= cells.width() + 1 + RADAR_MIN_WIDTH)
        .filter(|_| tall);
    if let Some(cells) = beside {
        let table_width = cells.width();
        let radar_width = width - table_width - 1;
        let radar_height = radar
            .height_for(radar_width)
            .min(height.saturating_sub(2))
            .max(RADAR_MIN_ROWS)
            .max(cells.height());
        let mut buf = page::blank(width, radar_height);
        (&radar).render(Rect::new(0, 0, radar_width, radar_height), &mut buf);
        cells.render(
            app,
            Rect::new(radar_width + 1, 0, table_width, cells.height()),
            &mut buf,
        );
        return (buf, None);
    }
    let cells = Cells::fitting(app, shown, against, width);
    let table_width = cells.width().min(width);
    // One under the other: the numbers first, in view on opening; the picture below them.
    if tall && width >= RADAR_MIN_WIDTH {
        let mut table = page::blank(width, cells.height());
        cells.render(
            app,
            Rect::new(0, 0, table_width, cells.height()),
            &mut table,
        );
        let radar_height = radar
            .height_for(width)
            .min(height.saturating_sub(2))
            .max(RADAR_MIN_ROWS);
        let mut drawn = page::blank(width, radar_height);
        (&radar).render(Rect::new(0, 0, width, radar_height), &mut drawn);
        return (table, Some(drawn));
    }
    let size = format!("{}×{}", RADAR_MIN_WIDTH + 2, RADAR_MIN_ROWS + 9);
    let said = wrapped(
        &fill(app.text().radar_needs_room, &[("size", &size)]),
        width,
        app.theme.muted,
    );
    let mut buf = page::blank(width, said.len() as u16 + cells.height());
    let below = page::lines(&mut buf, &said, 0, 0, width);
    cells.render(app, Rect::new(0, below, width, cells.height()), &mut buf);
    (buf, None)
}

/// The group's median and, when there is one, the owner's latest view.
fn radar(app: &App, shown: &Shown) -> Radar {
    let t = TuiGroup::of(app.lang);
    let view = shown.view();
    let group = printable(shown.asked.invitation.respondent());
    let mut series = vec![RadarSeries {
        name: fill(t.legend_group, &[("group", &group), ("n", &view.answers)]),
        scores: view
            .dimensions
            .iter()
            .map(|d| d.spread.map(|s| s.median))
            .collect(),
    }];
    if let Some(yours) = shown.yours {
        let report = app.report(yours);
        series.push(RadarSeries {
            name: fill(t.legend_you, &[("date", &yours.assessment.when().date())]),
            scores: view
                .dimensions
                .iter()
                .map(|d| report.scores.dimension(&d.id).and_then(|x| x.score))
                .collect(),
        });
    }
    let axes = shown
        .named
        .dimensions
        .iter()
        .map(|d| d.short.clone())
        .collect();
    let mut radar = Radar::new(axes, series);
    radar.styles = app.theme.series;
    radar.grid = app.theme.muted;
    radar.label_scores = false;
    radar
}
