//! The results screen: the radar on the left; on the right every dimension's score as a bar
//! (virtues and pillars grouped), the indices, the stage and what the next one needs; the two
//! weakest dimensions with what they mean and what to try. Panels drop on small terminals.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::truncate;
use crate::chart::Radar;
use crate::i18n::fill;
use crate::questionnaire::Group;
use crate::report::Report;
use crate::score::{bar, display};
use crate::store::Stored;
use crate::subjects::Subject;
use crate::tui::app::{App, ResultsState};
use unicode_width::UnicodeWidthStr;

mod ladder;
mod notes;

use ladder::{stage_lines, weakest_lines};

/// The subject and the assessment the results show.
fn shown<'a>(app: &'a App, state: &ResultsState) -> Result<(Subject<'a>, usize), &'static str> {
    let t = app.text();
    let subject = app
        .data
        .subjects()
        .into_iter()
        .find(|s| crate::names::same(s.name, &state.subject))
        .ok_or(t.subject_gone)?;
    let position = subject
        .assessments
        .iter()
        .position(|a| a.assessment.id == state.id)
        .ok_or(t.assessment_gone)?;
    Ok((subject, position))
}

/// How many rows the scrolling column holds at a common width: how far it can scroll.
pub fn rows(app: &App, state: &ResultsState) -> usize {
    let Ok((subject, position)) = shown(app, state) else {
        return 0;
    };
    let report = app.report(subject.assessments[position]);
    column(app, &subject, &report, 40).len()
}

/// The scrolling column: the scores, the stage, the notes and the intentions.
fn column<'a>(app: &App, subject: &Subject, report: &Report, width: usize) -> Vec<Line<'a>> {
    let mut lines = score_lines(app, report, width);
    lines.push(Line::raw(""));
    lines.extend(stage_lines(app, report, width));
    lines.extend(notes::notes(app, report, width));
    lines.extend(notes::intentions_lines(app, subject, report, width));
    lines
}

pub fn render(app: &App, state: &ResultsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (subject, position) = match shown(app, state) {
        Ok(found) => found,
        Err(gone) => {
            Line::styled(gone, theme.error).render(area, buf);
            return;
        }
    };
    let stored = subject.assessments[position];
    header(app, &subject, stored, area, buf);
    let body = super::below(area, 2);
    let report = app.report(stored);
    let wide = body.width >= 70 && body.height >= 14;
    let left_width = if body.width >= 110 {
        body.width / 2
    } else {
        body.width.saturating_sub(30)
    };
    let (left, right) = if wide {
        (
            Rect {
                width: left_width,
                ..body
            },
            Rect {
                x: body.x + left_width + 1,
                width: body.width - left_width - 1,
                ..body
            },
        )
    } else {
        (Rect { width: 0, ..body }, body)
    };
    // Two columns kept for the scrollbar, which shows when the column overflows.
    let right_width = right.width.saturating_sub(2) as usize;
    let mut right_lines = column(app, &subject, &report, right_width);
    let mut advice = weakest_lines(
        app,
        &report,
        if wide { left.width } else { right.width } as usize,
    );
    if wide {
        let mut radar = Radar::of_reports(&[&report]);
        radar.styles = theme.series;
        radar.grid = theme.muted;
        radar.label = Style::new();
        radar.legend = false;
        // The radar gets what it needs to be round; the advice goes under it.
        let height = radar
            .height_for(left.width)
            .min(left.height.saturating_sub(advice.len().min(6) as u16))
            .max(left.height.min(10));
        (&radar).render(Rect { height, ..left }, buf);
        draw(
            &advice,
            Rect {
                y: left.y + height,
                height: left.height - height,
                ..left
            },
            buf,
        );
    } else {
        right_lines.push(Line::raw(""));
        right_lines.append(&mut advice);
    }
    let height = right.height as usize;
    let offset = state.scroll.min(right_lines.len().saturating_sub(height));
    let right = super::scrollbar(right, right_lines.len(), offset, theme, buf);
    let right = Rect {
        width: right_width.min(right.width as usize) as u16,
        ..right
    };
    draw(&right_lines[offset..], right, buf);
}

/// The title, whose view and when; the place among this respondent's assessments.
fn header(app: &App, subject: &Subject, stored: &Stored, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let a = &stored.assessment;
    let theirs = subject
        .of_respondent(&a.respondent, None)
        .map(|s| s.assessments)
        .unwrap_or_default();
    let position = theirs.iter().position(|s| s.assessment.id == a.id);
    let place = fill(
        t.place,
        &[
            ("n", &position.map_or(1, |p| p + 1)),
            ("total", &theirs.len()),
        ],
    );
    let place_width = place.width();
    let left = format!(
        " · {} · {} · {}",
        crate::printable::printable(&a.subject),
        app.respondent(&a.respondent),
        a.when().date()
    );
    let title_width = t.results_title.width();
    let room = (area.width as usize).saturating_sub(place_width + title_width + 2);
    Line::from(vec![
        Span::styled(t.results_title, theme.title),
        Span::styled(truncate(&left, room), theme.muted),
    ])
    .render(area, buf);
    if area.width as usize > place_width + 20 {
        let x = area.right() - place_width as u16;
        buf.set_string(x, area.y, &place, theme.muted);
    }
}

fn draw(lines: &[Line], area: Rect, buf: &mut Buffer) {
    for (i, line) in lines.iter().take(area.height as usize).enumerate() {
        line.render(Rect::new(area.x, area.y + i as u16, area.width, 1), buf);
    }
}

/// The bars, grouped; full names when there is room, else the short ones.
fn score_lines<'a>(app: &App, report: &Report, width: usize) -> Vec<Line<'a>> {
    let (theme, words) = (&app.theme, app.common());
    let full = width >= 48;
    let name_of = |r: &crate::report::Row| {
        if full {
            r.dimension.name.clone()
        } else {
            r.dimension.short.clone()
        }
    };
    let name_width = report
        .rows()
        .map(|r| name_of(&r).chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let bar_width = width.saturating_sub(name_width + 7).min(30);
    let mut lines = vec![];
    for (group, title, index) in [
        (Group::Virtue, words.virtues, report.scores.virtues),
        (Group::Pillar, words.pillars, report.scores.pillars),
    ] {
        lines.push(Line::from(vec![
            Span::styled(title, theme.title),
            Span::styled(format!("  {}", display(index)), theme.strong),
        ]));
        for row in report.rows().filter(|r| r.dimension.group == group) {
            let name = truncate(&name_of(&row), name_width);
            let pad = " ".repeat(
                name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str())),
            );
            lines.push(Line::from(vec![
                Span::raw(format!(" {name}{pad} {:>3} ", display(row.score))),
                Span::styled(bar(row.score, bar_width), theme.gauge),
            ]));
        }
    }
    lines.push(Line::from(vec![
        Span::styled(words.overall, theme.title),
        Span::styled(
            format!("  {}", display(report.scores.overall)),
            theme.strong,
        ),
    ]));
    lines
}
