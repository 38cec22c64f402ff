//! The compare screen: up to four assessments on one radar, their scores side by side with the
//! gaps, the largest gaps in words, and the list to tick others.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::text::truncate;
use super::{below, offset_for, scrollbar};
use crate::comparison;
use crate::i18n::fill;
use crate::score::display;
use crate::summary::Summary;
use crate::tui::app::{App, CompareState};
use unicode_width::UnicodeWidthStr;

mod page;

/// How far the radar, the table and the gaps scroll at the terminal's size as the model
/// knows it.
pub(crate) fn rows(app: &App, state: &CompareState) -> usize {
    let area = super::body_now(app);
    let subjects = app.data.subjects();
    let Some(subject) = subjects
        .iter()
        .find(|s| crate::names::same(s.name, &state.results.subject))
    else {
        return 0;
    };
    let (top, _) = split(below(area, 2), subject.assessments.len());
    let reports: Vec<Summary> = ticked(subject, state)
        .into_iter()
        .map(|s| app.report(s))
        .collect();
    let names = series_names(app, &reports);
    let page = page::page(app, &reports, &names, vec![], top);
    super::page::max_offset(page.area.height, top.height)
}

/// The ticked assessments in the order they are compared: the owner's view first (`self`),
/// then the others, each by date.
fn ticked<'a>(
    subject: &crate::subjects::Subject<'a>,
    state: &CompareState,
) -> Vec<&'a crate::store::Stored> {
    let mut chosen: Vec<&crate::store::Stored> = subject
        .assessments
        .iter()
        .copied()
        .filter(|s| state.ticked.contains(&s.assessment.id))
        .collect();
    chosen.sort_by_key(|s| !crate::names::is_owner(&s.assessment.respondent));
    chosen
}

/// The body split into the scrolling page (radar, table, gaps) and the list to tick, with a
/// blank row between the two sections when there is room for one.
fn split(body: Rect, assessments: usize) -> (Rect, Rect) {
    let list_height = (assessments as u16 + 1)
        .min(body.height / 3)
        .min(6)
        .max(2.min(body.height));
    let gap = u16::from(body.height >= list_height + 4);
    let top = Rect {
        height: body.height - list_height - gap,
        ..body
    };
    let list = Rect {
        y: top.bottom() + gap,
        height: list_height,
        ..body
    };
    (top, list)
}

pub(super) fn render(app: &App, state: &CompareState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let subjects = app.data.subjects();
    let Some(subject) = subjects
        .iter()
        .find(|s| crate::names::same(s.name, &state.results.subject))
    else {
        return;
    };
    Line::from(vec![
        Span::styled(t.compare_title, theme.title),
        Span::styled(
            truncate(
                &format!(" · {}", crate::printable::printable(subject.name)),
                (area.width as usize).saturating_sub(t.compare_title.width()),
            ),
            theme.muted,
        ),
    ])
    .render(area, buf);
    let body = below(area, 2);
    let chosen = ticked(subject, state);
    let reports: Vec<Summary> = chosen.iter().map(|s| app.report(s)).collect();
    let names = series_names(app, &reports);

    let (top, list) = split(body, subject.assessments.len());
    let lead = if comparison::mixed_questionnaires(&chosen).is_some() {
        vec![Line::styled(t.compare_mixed, theme.strong)]
    } else if reports.is_empty() {
        vec![Line::styled(t.tick_to_compare, theme.strong)]
    } else if let Some(versions) = comparison::versions(&reports) {
        let said = fill(app.common().across_versions, &[("versions", &versions)]);
        super::text::wrap(&said, top.width.saturating_sub(2) as usize)
            .into_iter()
            .map(|l| Line::styled(l, theme.muted))
            .collect()
    } else {
        vec![]
    };
    let page = page::page(app, &reports, &names, lead, top);
    super::page::show(app, &page, state.scroll, top, buf);

    buf.set_stringn(
        list.x,
        list.y,
        t.compare_list,
        list.width as usize,
        theme.muted,
    );
    let list = below(list, 1);
    let total = subject.assessments.len();
    let offset = offset_for(Some(state.cursor), total, list.height as usize);
    let list = scrollbar(list, total, offset, theme, buf);
    // Several questionnaires: each row says its own, since they do not compare.
    let mixed = comparison::mixed_questionnaires(&subject.assessments).is_some();
    // Two of one respondent on one day are told apart by their time, as in the legend.
    let views: Vec<&crate::assessment::Assessment> =
        subject.assessments.iter().map(|s| &s.assessment).collect();
    let whens = comparison::whens(&views);
    let date_width = whens.iter().map(|w| w.width()).max().unwrap_or(10) as u16;
    let rows = subject.assessments.iter().zip(whens).map(|(s, when)| {
        let a = &s.assessment;
        let ticked = state.ticked.contains(&a.id);
        let overall = display(Summary::of(s).scores.overall);
        let mut cells = vec![
            Cell::from(if ticked { "[x]" } else { "[ ]" }),
            Cell::from(when),
            Cell::from(truncate(&app.respondent(&a.respondent), 14)),
            Cell::from(Line::from(overall).right_aligned()),
        ];
        if mixed {
            cells.push(Cell::from(truncate(&a.questionnaire, 16)));
        }
        Row::new(cells).style(if ticked { theme.strong } else { Style::new() })
    });
    // The date column is one wider, for two spaces before the respondent as before.
    let widths: Vec<Constraint> = [3, date_width + 1, 14, 3, if mixed { 17 } else { 0 }]
        .into_iter()
        .filter(|w| *w > 0)
        .map(Constraint::Length)
        .collect();
    let mut table_state = TableState::new()
        .with_selected(Some(state.cursor))
        .with_offset(offset);
    StatefulWidget::render(
        Table::new(rows, widths)
            .column_spacing(1)
            .row_highlight_style(theme.selected),
        list,
        buf,
        &mut table_state,
    );
}

/// How each compared assessment is called: "you" for self, else the respondent; with when
/// it was made when one respondent appears twice (`comparison::names`).
pub(super) fn series_names(app: &App, reports: &[Summary]) -> Vec<String> {
    if let Some(sides) = comparison::side_names(reports) {
        return sides;
    }
    let views: Vec<&crate::assessment::Assessment> = reports.iter().map(|r| r.assessment).collect();
    comparison::names(&views, |r| app.respondent(r).into_owned())
}

pub(super) fn table_lines<'a>(app: &App, reports: &[Summary], names: &[String]) -> Vec<Line<'a>> {
    let theme = &app.theme;
    if reports.is_empty() {
        return vec![];
    }
    // Each column is headed by its name (shortened to the column), in its series' look; by
    // its mark on the radar when two shortened names would read the same.
    let shorts: Vec<String> = names.iter().map(|n| truncate(n, 5)).collect();
    let distinct = shorts
        .iter()
        .enumerate()
        .all(|(i, s)| !shorts[..i].contains(s));
    let mut header = vec![Span::styled(format!("{:<12}", ""), theme.muted)];
    for (i, name) in shorts.iter().enumerate().take(reports.len()) {
        let look = crate::chart::look(i, &theme.series);
        let short = if distinct {
            name.clone()
        } else {
            look.glyph.to_string()
        };
        let pad = " ".repeat(5 - short.width().min(5));
        header.push(Span::styled(format!(" {pad}{short}"), look.style));
    }
    header.push(Span::styled(
        format!(" {:>5}", app.text().head_gap),
        theme.muted,
    ));
    let mut lines = vec![Line::from(header)];
    for row in comparison::lines(reports) {
        let mut line = format!("{:<12}", truncate(&row.dimension.short, 12));
        for s in &row.scores {
            line.push_str(&format!(" {:>5}", display(*s)));
        }
        line.push_str(&format!(
            " {:>5}",
            row.gap
                .map_or("–".into(), |g| format!("{}", g.round() as i64))
        ));
        lines.push(Line::raw(line));
    }
    lines
}

/// The largest gaps in words: "Discretion: you 75, Alice 40".
pub(super) fn gap_lines(
    app: &App,
    reports: &[Summary],
    names: &[String],
    width: usize,
) -> Vec<String> {
    let t = app.text();
    if reports.len() < 2 {
        return vec![];
    }
    let rows = comparison::lines(reports);
    let gaps: Vec<(f64, String)> = comparison::notable_gaps(&rows)
        .into_iter()
        .map(|row| {
            let parts: Vec<String> = names
                .iter()
                .zip(&row.scores)
                .filter_map(|(n, s)| Some(format!("{n} {}", s.map(|v| v.round() as i64)?)))
                .collect();
            let scores = parts.join(", ");
            let text = fill(
                t.gap_line,
                &[("dimension", &row.dimension.name), ("scores", &scores)],
            );
            (row.gap.unwrap_or_default(), text)
        })
        .collect();
    if gaps.is_empty() && reports.len() >= 2 {
        return super::text::wrap(t.no_gap, width);
    }
    let mut lines = vec![truncate(t.largest_gaps, width)];
    lines.extend(
        gaps.into_iter()
            .take(3)
            .flat_map(|(_, text)| super::text::wrap(&text, width)),
    );
    lines
}
