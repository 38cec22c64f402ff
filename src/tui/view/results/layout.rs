//! The results below their header, laid out as one page as tall as it needs: the radar beside
//! the scores where there is room (above them on narrower screens, or the scores alone with a
//! line saying why when a radar would not read), then the stage, what to try, the notes and
//! the intentions. The screen scrolls through it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::super::page;
use super::ladder::{self, look_again_lines, stage_lines, weakest_lines};
use super::outcomes::outcome_lines;
use super::{notes, score_lines};
use crate::chart::Radar;
use crate::i18n::fill;
use crate::subjects::Subject;
use crate::summary::Summary;
use crate::tui::app::App;

/// Below this width or height (of the area under the header), a radar does not read: its
/// labels crowd the plot (looked at as pictures at 60×20, 50×16 and 40×14).
pub(crate) const RADAR_MIN_WIDTH: u16 = 46;
pub(crate) const RADAR_MIN_ROWS: u16 = 13;
/// From this width the radar and the scores stand side by side.
const SIDE_BY_SIDE: u16 = 70;
/// From this width the text under them goes in two columns.
const TWO_COLUMNS: u16 = 110;

/// The page for a view of `view`'s size: two columns narrower when it must scroll, for a
/// blank column and the scrollbar.
pub(crate) fn page(app: &App, subject: &Subject, report: &Summary, view: Rect) -> Buffer {
    let whole = plan(app, subject, report, view.width, view.height);
    // Laid out again, not drawn twice: only the plan that is kept is drawn (at every frame).
    let plan = if whole.total <= view.height || view.width < 3 {
        whole
    } else {
        let narrower = page::scrolling_width(view.width);
        plan(app, subject, report, narrower, view.height)
    };
    plan.draw()
}

/// What a page holds, and where: drawn once its size is chosen.
struct Plan<'a> {
    width: u16,
    total: u16,
    radar: Option<(Radar, Rect)>,
    /// Lines, from (x, y), `width` columns wide.
    blocks: Vec<(Vec<Line<'a>>, u16, u16, u16)>,
}

impl Plan<'_> {
    fn draw(&self) -> Buffer {
        let mut buf = page::blank(self.width, self.total);
        if let Some((radar, at)) = &self.radar {
            radar.render(*at, &mut buf);
        }
        for (lines, x, y, width) in &self.blocks {
            page::lines(&mut buf, lines, *x, *y, *width);
        }
        buf
    }
}

/// The whole ladder (`l`) as a page for `view`, two columns narrower when it must scroll.
pub(crate) fn ladder_page(app: &App, report: &Summary, view: Rect) -> Buffer {
    let mut width = view.width;
    let mut lines = super::ladder::whole(app, report, width as usize);
    if lines.len() > view.height as usize && view.width >= 3 {
        width = page::scrolling_width(view.width);
        lines = super::ladder::whole(app, report, width as usize);
    }
    let mut buf = page::blank(width, lines.len() as u16);
    page::lines(&mut buf, &lines, 0, 0, width);
    buf
}

fn radar(app: &App, report: &Summary) -> Radar {
    let mut radar = Radar::of_reports(&[report]);
    radar.styles = app.theme.series;
    radar.grid = app.theme.muted;
    radar.label = Style::new();
    radar.legend = false;
    radar
}

/// The radar's rows for `width` columns in a view `height` rows tall: round if it can be,
/// never fewer than the rows it needs to read, never more than the view.
fn radar_rows(radar: &Radar, width: u16, height: u16) -> u16 {
    radar.height_for(width).min(height).max(RADAR_MIN_ROWS)
}

fn plan<'a>(app: &App, subject: &Subject, report: &Summary, width: u16, height: u16) -> Plan<'a> {
    let w = width as usize;
    let reads = width >= RADAR_MIN_WIDTH && height >= RADAR_MIN_ROWS;
    let radar = radar(app, report);
    if reads && width >= SIDE_BY_SIDE {
        // Beside the scores, the labels need not repeat them: the plot gets their room.
        let mut radar = radar;
        radar.label_scores = false;
        let right = if width >= TWO_COLUMNS { width / 2 } else { 27 };
        let left = width - right - 1;
        let scores = score_lines(app, report, right as usize);
        let radar_h = radar_rows(&radar, left, height);
        let top = radar_h.max(scores.len() as u16) + 1;
        let (first, second) = if width >= TWO_COLUMNS {
            let advice = weakest_lines(app, report, left as usize);
            let mut other = stage_lines(app, report, right as usize);
            other.extend(ladder::hint(app, report, right as usize));
            other.extend(outcome_lines(app, report, right as usize));
            other.extend(look_again_lines(app, report, right as usize));
            other.extend(notes::notes(app, report, right as usize));
            other.extend(notes::intentions_lines(
                app,
                subject,
                report,
                right as usize,
            ));
            (advice, other)
        } else {
            (text(app, subject, report, w), vec![])
        };
        let below = first.len().max(second.len()) as u16;
        let mut blocks = vec![(scores, left + 1, 0, right)];
        if second.is_empty() {
            blocks.push((first, 0, top, width));
        } else {
            blocks.push((first, 0, top, left));
            blocks.push((second, left + 1, top, right));
        }
        return Plan {
            width,
            total: top + below,
            radar: Some((radar, Rect::new(0, 0, left, radar_h))),
            blocks,
        };
    }
    let scores = score_lines(app, report, w);
    let rest = text(app, subject, report, w);
    let head: Vec<Line> = if reads {
        vec![]
    } else {
        let size = format!("{}×{}", RADAR_MIN_WIDTH + 3, RADAR_MIN_ROWS + 3);
        super::super::text::wrap(&fill(app.text().radar_needs_room, &[("size", &size)]), w)
            .into_iter()
            .map(|l| Line::styled(l, app.theme.muted))
            .collect()
    };
    let radar_h = if reads {
        radar_rows(&radar, width, height) + 1
    } else {
        0
    };
    let total = radar_h + (head.len() + scores.len() + 1 + rest.len()) as u16;
    let scores_at = radar_h + head.len() as u16;
    let rest_at = scores_at + scores.len() as u16 + 1;
    Plan {
        width,
        total,
        radar: reads.then(|| (radar, Rect::new(0, 0, width, radar_h - 1))),
        blocks: vec![
            (head, 0, radar_h, width),
            (scores, 0, scores_at, width),
            (rest, 0, rest_at, width),
        ],
    }
}

/// The stage, what to try first, the notes and the intentions, one under the other.
fn text<'a>(app: &App, subject: &Subject, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let mut lines = stage_lines(app, report, width);
    lines.extend(ladder::hint(app, report, width));
    lines.extend(outcome_lines(app, report, width));
    lines.extend(look_again_lines(app, report, width));
    let advice = weakest_lines(app, report, width);
    if !advice.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(advice);
    }
    lines.extend(notes::notes(app, report, width));
    lines.extend(notes::intentions_lines(app, subject, report, width));
    lines
}
