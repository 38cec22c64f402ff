//! The results screen: the radar on the left; on the right every dimension's score as a bar
//! (virtues and pillars grouped), the indices, the stage and what the next one needs; the two
//! weakest dimensions with what they mean and what to try. Panels drop on small terminals.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{truncate, wrap};
use crate::chart::Radar;
use crate::i18n::Common;
use crate::questionnaire::Group;
use crate::report::Report;
use crate::score::{bar, display};
use crate::store::Stored;
use crate::tui::app::{App, ResultsState};
use crate::tui::theme::Theme;

pub fn render(app: &App, state: &ResultsState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let subjects = app.data.subjects();
    let Some(subject) = subjects
        .iter()
        .find(|s| crate::names::same(s.name, &state.subject))
    else {
        Line::styled("This subject is no longer in the store.", theme.error).render(area, buf);
        return;
    };
    let Some(position) = subject
        .assessments
        .iter()
        .position(|a| a.assessment.id == state.id)
    else {
        Line::styled("This assessment is no longer in the store.", theme.error).render(area, buf);
        return;
    };
    let stored = subject.assessments[position];
    header(
        theme,
        stored,
        position,
        subject.assessments.len(),
        area,
        buf,
    );
    let body = super::below(area, 2);
    let report = Report::of(stored);
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
    let mut right_lines = score_lines(theme, &report, right.width as usize);
    right_lines.push(Line::raw(""));
    right_lines.extend(stage_lines(theme, &report, right.width as usize));
    let mut advice = weakest_lines(
        theme,
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
    draw(&right_lines, right, buf);
}

fn header(
    theme: &Theme,
    stored: &Stored,
    position: usize,
    count: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let a = &stored.assessment;
    let place = format!("{} of {}", position + 1, count);
    let left = format!(
        " · {} · {} · {}",
        crate::printable::printable(&a.subject),
        crate::printable::printable(&a.respondent),
        a.when().date()
    );
    let room = (area.width as usize).saturating_sub(place.len() + 9);
    Line::from(vec![
        Span::styled("Results", theme.title),
        Span::styled(truncate(&left, room), theme.muted),
    ])
    .render(area, buf);
    if area.width as usize > place.len() + 20 {
        let x = area.right() - place.len() as u16;
        buf.set_string(x, area.y, &place, theme.muted);
    }
}

fn draw(lines: &[Line], area: Rect, buf: &mut Buffer) {
    for (i, line) in lines.iter().take(area.height as usize).enumerate() {
        line.render(Rect::new(area.x, area.y + i as u16, area.width, 1), buf);
    }
}

/// The bars, grouped; full names when there is room, else the short ones.
fn score_lines<'a>(theme: &Theme, report: &Report, width: usize) -> Vec<Line<'a>> {
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
    for (group, index) in [
        (Group::Virtue, report.scores.virtues),
        (Group::Pillar, report.scores.pillars),
    ] {
        lines.push(Line::from(vec![
            Span::styled(group.title(), theme.title),
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
        Span::styled("Overall", theme.title),
        Span::styled(
            format!("  {}", display(report.scores.overall)),
            theme.strong,
        ),
    ]));
    lines
}

/// The stage on the ladder, what it means, and what the next one needs.
fn stage_lines<'a>(theme: &Theme, report: &Report, width: usize) -> Vec<Line<'a>> {
    let mut lines = vec![];
    let Some(ladder) = report.ladder() else {
        lines.push(Line::styled(Common::EN.no_stage, theme.strong));
        return lines;
    };
    lines.extend(
        wrap(&ladder.title(&Common::EN), width)
            .into_iter()
            .map(|l| Line::styled(l, theme.strong)),
    );
    lines.extend(
        wrap(&report.fill(&ladder.stage.about), width)
            .into_iter()
            .map(Line::raw),
    );
    if let (Some(needs), Some(next)) = (ladder.next_text(&Common::EN), ladder.next) {
        let needs = format!("{needs}: {}", report.fill(&next.about));
        lines.extend(
            wrap(&needs, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
    }
    lines
}

/// The two weakest dimensions, with what they mean and concrete things to try.
fn weakest_lines<'a>(theme: &Theme, report: &Report, width: usize) -> Vec<Line<'a>> {
    let weakest = report.scores.weakest();
    if weakest.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::styled("Where to start", theme.title)];
    for d in weakest.iter().take(2) {
        let Some(dim) = report.questionnaire.dimension(&d.id) else {
            continue;
        };
        lines.push(Line::styled(
            truncate(&format!("{} {}", dim.name, display(d.score)), width),
            theme.strong,
        ));
        lines.extend(
            wrap(&report.fill(&dim.about), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
        for advice in dim.advice.iter().take(2) {
            let text = format!("→ {}", report.fill(advice));
            lines.extend(wrap(&text, width).into_iter().map(Line::raw));
        }
    }
    lines
}
