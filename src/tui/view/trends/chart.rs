//! The trends screen's chart: which lines, named how, and what to say when it cannot be drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::super::text::wrap;
use crate::chart::trend::{MIN_PLOT_ROWS, MIN_WIDTH};
use crate::chart::{Trend, TrendSeries};
use crate::history::Series;
use crate::i18n::{TrendText, fill};
use crate::questionnaire::{Dimension, Questionnaire};
use crate::tui::app::{App, TrendsState};

pub(super) fn render(
    app: &App,
    state: &TrendsState,
    drawn: &[Series],
    questionnaire: &Questionnaire,
    dimension: &Dimension,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.text();
    let mut lines = vec![];
    for s in drawn {
        let who = app.respondent(s.respondent);
        // With all dimensions, whose lines they are is in the title: the names stay short.
        lines.push(TrendSeries {
            name: if state.all {
                t.head_overall.to_string()
            } else {
                fill(t.series_overall, &[("who", &who)])
            },
            points: s.points(|r| r.scores.overall),
        });
        for dim in questionnaire
            .dimensions
            .iter()
            .filter(|d| state.all || d.id == dimension.id)
        {
            lines.push(TrendSeries {
                name: if state.all {
                    dim.short.clone()
                } else {
                    format!("{who} {}", dim.short)
                },
                points: s.points(|r| r.scores.dimension(&dim.id)?.score),
            });
        }
    }
    let mut trend = Trend::new(lines);
    trend.styles = app.theme.series;
    trend.axis = app.theme.muted;
    trend.even = state.even;
    trend.lang = app.lang;
    trend.emphasis = state.all.then_some(0);
    let needed = MIN_PLOT_ROWS + 2 + trend.legend_rows(area.width);
    if area.width < MIN_WIDTH || area.height < needed {
        // Too small for a chart that reads: say so rather than draw a broken one.
        let text = TrendText::of(app.lang).no_room;
        for (i, line) in wrap(text, area.width as usize)
            .iter()
            .take(area.height.saturating_sub(1) as usize)
            .enumerate()
        {
            buf.set_string(area.x, area.y + i as u16, line, app.theme.muted);
        }
        return;
    }
    (&trend).render(area, buf);
}
