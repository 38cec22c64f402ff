//! The trends screen: the overall score and a dimension over time, one line per respondent
//! (or every dimension of one respondent), and a table of the assessments that scrolls.

mod chart;
mod shown;
mod table;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub(crate) use shown::counts;

use super::below;
use super::text::{truncate, wrap};
use crate::history;
use crate::i18n::{TrendText, fill};
use crate::subjects::Subject;
use crate::tui::app::{App, TrendsState};

pub(super) fn render(app: &App, state: &TrendsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let subjects = app.data.subjects();
    let Some((current, subject, apart)) = shown::subject(state, &subjects) else {
        return;
    };
    let subject = &subject;
    // The dimensions' names in the interface's language, as results show them.
    let latest = app.report(current);
    let questionnaire = latest.questionnaire;
    let dimension =
        &questionnaire.dimensions[state.dimension.min(questionnaire.dimensions.len() - 1)];
    let series = history::series(subject);
    let drawn = shown::drawn(&series, state);
    let shown = if state.all {
        let who = drawn.first().map_or(String::new(), |s| {
            fill(
                TrendText::of(app.lang).whose,
                &[
                    ("who", &app.respondent(s.respondent)),
                    ("n", &(state.respondent % series.len() + 1)),
                    ("total", &series.len()),
                ],
            )
        });
        format!("{} · {who}", t.all_dimensions)
    } else {
        dimension.name.clone()
    };
    let mut what = fill(
        t.trends_what,
        &[
            ("subject", &crate::printable::printable(subject.name)),
            ("shown", &shown),
        ],
    );
    if state.even {
        what.push_str(&format!(
            " · {}",
            crate::i18n::TrendText::of(app.lang).evenly
        ));
    }
    let title_width = t.trends_title.width();
    Line::from(vec![
        Span::styled(t.trends_title, theme.title),
        Span::styled(
            truncate(
                &format!(" · {what}"),
                (area.width as usize).saturating_sub(title_width),
            ),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let mut body = below(area, 2);
    if apart > 0 {
        let text = app.count(apart, t.trends_apart_one, t.trends_apart_many, &[]);
        Line::styled(truncate(&text, area.width as usize), theme.muted).render(body, buf);
        body = below(body, 1);
    }
    body.height -= intentions(app, subject, &current.assessment.respondent, body, buf);
    // Whenever nobody has two assessments, say so; the lone points are still drawn.
    if !series.iter().any(|s| s.reports.len() >= 2) {
        let text = fill(
            t.trends_need_two,
            &[("subject", &crate::printable::printable(subject.name))],
        );
        let lines = wrap(&text, body.width as usize);
        let shown = lines.len().min(body.height as usize / 3);
        for (i, line) in lines.iter().take(shown).enumerate() {
            buf.set_string(body.x, body.y + i as u16, line, theme.strong);
        }
        body = below(body, shown as u16 + u16::from(shown > 0));
    }
    let rows = shown::rows(drawn);
    // The table gets two fifths of the height at most, the chart the rest.
    let table_height = (rows.len() as u16 + 2)
        .min((body.height * 2 / 5).max(5))
        .min(body.height);
    let chart_area = Rect {
        height: body.height - table_height,
        ..body
    };
    let table_area = Rect {
        y: chart_area.bottom(),
        height: table_height,
        ..body
    };
    chart::render(app, state, drawn, questionnaire, dimension, chart_area, buf);
    table::render(app, state, &rows, questionnaire, dimension, table_area, buf);
}

/// The intentions of the respondent on results over time, at the foot of `body`; returns
/// the rows taken.
fn intentions(app: &App, subject: &Subject, respondent: &str, body: Rect, buf: &mut Buffer) -> u16 {
    let lines: Vec<String> = crate::intentions::intentions(subject, respondent)
        .iter()
        .map(|i| {
            let when = i
                .set_in
                .or(i.reviewed_in)
                .map_or(String::new(), |s| s.assessment.when().date());
            format!("{when}  {} ({})", i.text, app.followed(i))
        })
        .collect();
    if lines.is_empty() {
        return 0;
    }
    let height = (lines.len() as u16 + 2).min(body.height / 4);
    let area = Rect {
        y: body.bottom() - height,
        height,
        ..body
    };
    if height > 2 {
        Line::styled(app.text().intentions_title, app.theme.title).render(below(area, 1), buf);
        for (i, line) in lines
            .iter()
            .rev()
            .take(height as usize - 2)
            .rev()
            .enumerate()
        {
            let row = below(area, 2 + i as u16);
            Line::raw(truncate(line, row.width as usize)).render(row, buf);
        }
    }
    height
}
