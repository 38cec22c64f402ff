//! The views: `impl Widget for &App` lays out the screen, and each screen draws itself into
//! any `Buffer`, so that tests render them with ratatui's `TestBackend`.

mod compare;
mod follow_up;
mod form;
mod group;
mod guard;
pub(crate) mod hints;
mod home;
mod overlay;
pub(crate) mod page;
mod question;
pub(super) mod results;
mod review;
pub(crate) mod text;
mod trends;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Screen};
use super::theme::Theme;

pub(crate) use compare::rows as compare_rows;
pub(crate) use group::rows as group_rows;
pub(crate) use overlay::help_rows;
pub(crate) use results::page_step as results_page;
pub(crate) use results::rows as results_rows;
pub(crate) use trends::counts as trends_counts;

/// Below this the screen asks to be enlarged instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 36;
pub const MIN_HEIGHT: u16 = 10;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(self, area, buf);
            guard::clean(area, buf);
            return;
        }
        let status_lines = status_lines(self, area);
        let [body, status, footer] = areas(self, area);
        match &self.screen {
            Screen::Home { selected } => home::render(self, *selected, body, buf),
            Screen::Form(form) => form::render(self, form, body, buf),
            Screen::FollowUp(flow) => follow_up::render(self, flow, body, buf),
            Screen::Assess(flow) if flow.at == crate::flow::Position::Review => {
                review::render(self, flow, body, buf)
            }
            Screen::Assess(flow) => question::render(self, flow, body, buf),
            Screen::Results(state) => results::render(self, state, body, buf),
            Screen::Trends(state) => trends::render(self, state, body, buf),
            Screen::Compare(state) => compare::render(self, state, body, buf),
            Screen::Group(state) => group::render(self, state, body, buf),
        }
        if let (Some(s), Some(wrapped)) = (&self.status, status_lines) {
            let style = if s.error {
                self.theme.error
            } else {
                self.theme.strong
            };
            let inner = status.inner(ratatui::layout::Margin::new(1, 0));
            lines(&wrapped, style, inner, buf);
        }
        render_footer(self, footer, buf);
        match &self.overlay {
            Some(Overlay::Help) => overlay::help(self, area, buf),
            Some(Overlay::Note(area_model)) => overlay::note(self, area_model, area, buf),
            Some(Overlay::Ask(ask)) => overlay::ask(self, ask, area, buf),
            Some(Overlay::Prompt(field)) => overlay::prompt(self, field, area, buf),
            None => {}
        }
        guard::clean(area, buf);
    }
}

/// A status may take two lines: a failed save must be read in full.
fn status_lines(app: &App, area: Rect) -> Option<Vec<String>> {
    app.status
        .as_ref()
        .map(|s| text::wrap(&s.text, area.width.saturating_sub(2) as usize))
}

/// The screen's body (within its margins), the status and the key bar.
fn areas(app: &App, area: Rect) -> [Rect; 3] {
    let status_height = status_lines(app, area).map_or(0, |l| l.len().min(2) as u16);
    let [body, status, footer] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    [
        body.inner(ratatui::layout::Margin::new(1, 0)),
        status,
        footer,
    ]
}

/// The body of the screen at the terminal's size as the model knows it: how far the screens
/// that scroll go.
pub(crate) fn body_now(app: &App) -> Rect {
    areas(app, Rect::new(0, 0, app.size.0, app.size.1))[0]
}

fn render_footer(app: &App, area: Rect, buf: &mut Buffer) {
    let range = app.flow().map(|f| {
        format!(
            "{}-{}",
            f.questionnaire.scale.min,
            f.questionnaire.scale.max.min(9)
        )
    });
    // The bar's `1-5` is the questionnaire's scale.
    let hints: Vec<hints::Hint> = hints::bar(app)
        .into_iter()
        .map(|(key, action, rank)| match (key, &range) {
            ("1-5", Some(range)) => (range.as_str(), action, rank),
            _ => (key, action, rank),
        })
        .collect();
    let mut spans = vec![Span::raw(" ")];
    for (key, action) in hints::fitting(&hints, area.width as usize) {
        spans.push(Span::styled(key.to_string(), app.theme.key));
        spans.push(Span::styled(format!(" {action}  "), app.theme.muted));
    }
    Line::from(spans).render(area, buf);
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let message = crate::i18n::fill(
        app.text().enlarge,
        &[
            ("min", &format!("{MIN_WIDTH}×{MIN_HEIGHT}")),
            ("now", &format!("{}×{}", area.width, area.height)),
        ],
    );
    Paragraph::new(message)
        .style(app.theme.strong)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Draws lines of text (already wrapped) from the top of `area`, returning the rows used.
pub(crate) fn lines(lines: &[String], style: Style, area: Rect, buf: &mut Buffer) -> u16 {
    let mut used = 0;
    for (i, line) in lines.iter().enumerate().take(area.height as usize) {
        buf.set_stringn(area.x, area.y + i as u16, line, area.width as usize, style);
        used += 1;
    }
    used
}

/// The part of `area` below its first `rows` rows.
pub(crate) fn below(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect::new(area.x, area.y + rows, area.width, area.height - rows)
}

/// Draws a vertical scrollbar in the last column of `area` when `total` rows overflow its
/// height, and returns the part of `area` left for the rows.
pub(crate) fn scrollbar(
    area: Rect,
    total: usize,
    offset: usize,
    theme: &Theme,
    buf: &mut Buffer,
) -> Rect {
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
    let height = area.height as usize;
    if total <= height || area.width < 2 {
        return area;
    }
    // One position per first row shown, so that the thumb reaches the end with the last row.
    let mut state = ScrollbarState::new(total - height + 1)
        .viewport_content_length(height)
        .position(offset);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .symbols(ratatui::symbols::scrollbar::VERTICAL)
        .begin_symbol(None)
        .end_symbol(None)
        .track_style(theme.muted)
        .render(area, buf, &mut state);
    Rect {
        width: area.width - 1,
        ..area
    }
}

/// The first row to show so that `selected` is in view, as ratatui's list and table do.
pub(crate) fn offset_for(selected: Option<usize>, total: usize, height: usize) -> usize {
    selected.map_or(0, |s| {
        (s + 1)
            .saturating_sub(height)
            .min(total.saturating_sub(height))
    })
}
