//! The results screen: the radar on the left; on the right every dimension's score as a bar
//! (virtues and pillars grouped), the indices, the stage and what the next one needs; the two
//! weakest dimensions with what they mean and what to try. Panels drop on small terminals.

use crate::printable::printable;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::truncate;
use crate::i18n::fill;
use crate::questionnaire::Group;
use crate::score::{bar, display};
use crate::store::Stored;
use crate::subjects::Subject;
use crate::summary::Summary;
use crate::tui::app::{App, ResultsState};
use unicode_width::UnicodeWidthStr;

mod ladder;
pub(crate) use layout::{RADAR_MIN_ROWS, RADAR_MIN_WIDTH};
pub(crate) mod layout;
mod notes;
mod outcomes;

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

/// How far the results scroll at the terminal's size as the model knows it.
pub(crate) fn rows(app: &App, state: &ResultsState) -> usize {
    let Ok((subject, position)) = shown(app, state) else {
        return 0;
    };
    let report = app.report(subject.assessments[position]);
    let view = super::below(super::body_now(app), 2);
    let page = page(app, state, &subject, &report, view);
    super::page::max_offset(page.area.height, view.height)
}

/// The rows a page step (PgDn, PgUp) moves the results by at the model's size: the view's
/// rows but the last, which says what is below.
pub(crate) fn page_step(app: &App) -> usize {
    (super::below(super::body_now(app), 2).height as usize)
        .saturating_sub(1)
        .max(1)
}

/// The page under the header: the results, or the whole ladder (`l`).
fn page(
    app: &App,
    state: &ResultsState,
    subject: &Subject,
    report: &Summary,
    view: Rect,
) -> Buffer {
    if state.ladder {
        layout::ladder_page(app, report, view)
    } else {
        layout::page(app, subject, report, view)
    }
}

pub(crate) fn render(app: &App, state: &ResultsState, area: Rect, buf: &mut Buffer) {
    let (subject, position) = match shown(app, state) {
        Ok(found) => found,
        Err(gone) => {
            Line::styled(gone, app.theme.error).render(area, buf);
            return;
        }
    };
    let stored = subject.assessments[position];
    header(app, &subject, stored, area, buf);
    let view = super::below(area, 2);
    let report = app.report(stored);
    let page = page(app, state, &subject, &report, view);
    super::page::show(app, &page, state.scroll, view, buf);
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
    // A view of one side of a questionnaire worded for two says which side it is.
    let whose = app
        .report(stored)
        .whose_with_side(&app.whose_view(&a.subject, &a.respondent));
    let left = format!(" · {} · {}", printable(&whose), a.when().date());
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

/// The bars, grouped; full names when there is room, else the short ones.
fn score_lines<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, words) = (&app.theme, app.common());
    // Full names when they leave the bars ten columns ("Attribution of credit" whole),
    // else the short ones; the bars take what is left, up to 30.
    let longest = |name: &dyn Fn(&crate::summary::Row) -> String| {
        report.rows().map(|r| name(&r).width()).max().unwrap_or(0)
    };
    let full = longest(&|r| printable(&r.dimension.name)) + 7 + 10 <= width;
    let name_of = |r: &crate::summary::Row| {
        if full {
            printable(&r.dimension.name)
        } else {
            printable(&r.dimension.short)
        }
    };
    let name_width = if full {
        longest(&name_of)
    } else {
        longest(&name_of).min(width / 2)
    };
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
            // A dimension without enough answers has no bar: it says so, never a score.
            let beside = if row.score.is_none() && row.answered > 0 {
                // The words whole, or the count alone: never a sentence cut in the middle.
                let count = format!("{}/{}", row.answered, row.items);
                let said = format!("{count} {}", words.not_enough);
                let room = width.saturating_sub(name_width + 6);
                Span::styled(if said.width() <= room { said } else { count }, theme.muted)
            } else {
                Span::styled(bar(row.score, bar_width), theme.gauge)
            };
            lines.push(Line::from(vec![
                Span::raw(format!(" {name}{pad} {:>3} ", display(row.score))),
                beside,
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
    let s = &report.scores;
    if s.overall.is_some() && s.scored() < s.dimensions.len() {
        let scored = fill(
            words.scored_of,
            &[("scored", &s.scored()), ("total", &s.dimensions.len())],
        );
        lines.extend(
            super::text::wrap(&scored, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
    }
    lines
}
