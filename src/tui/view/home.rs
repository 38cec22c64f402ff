//! The home screen: the coach's clients (personal space only), the space's subjects with
//! their trend, unfinished drafts, or a first-run welcome. Inside a client's space the header
//! names the client.

mod clients;
mod subjects;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Row, StatefulWidget, Table, TableState, Widget};

use super::text::{truncate, with_keys, wrap};
use super::{below, lines, offset_for, scrollbar};
use crate::i18n::fill;
use crate::tui::app::App;

/// The sections of the list, in order: what each needs, and how to draw it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Clients,
    Subjects,
    Drafts,
}

pub(super) fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let title = match &app.data.client {
        Some(client) => Span::styled(
            format!(
                "  {}",
                fill(
                    t.client_header,
                    &[("name", &crate::printable::printable(client))]
                )
            ),
            theme.strong,
        ),
        None => Span::styled(format!("  {}", t.tagline), theme.muted),
    };
    Line::from(vec![Span::styled("confiance", theme.title), title]).render(area, buf);
    let area = below(area, 2);
    if app.loading {
        Line::styled(format!("  {}", t.home_loading), theme.muted).render(area, buf);
        // The subjects from the summary index, while the rest is read: to look at, not to
        // open yet.
        if !app.data.home.0.is_empty() && area.height > 3 {
            subjects::table(app, None, below(area, 2), buf);
        }
        return;
    }
    if app.home_rows() == 0 {
        return welcome(app, area, buf);
    }
    let problems = if app.data.problems > 0 && area.height >= 6 {
        2
    } else {
        0
    };
    // The answers still awaited from invitations, in a line of their own when there is room.
    let waiting = if !app.data.waiting.is_empty() && area.height >= 8 + problems {
        2
    } else {
        0
    };
    let room = area.height - problems - waiting;
    let counts = [
        (Section::Clients, app.data.clients.len()),
        (Section::Subjects, app.data.subjects().len()),
        (Section::Drafts, app.data.drafts.len()),
    ];
    let sections: Vec<(Section, usize, usize)> = counts
        .iter()
        .scan(0, |start, &(section, count)| {
            let first = *start;
            *start += count;
            Some((section, first, count))
        })
        .filter(|(_, _, count)| *count > 0)
        .collect();
    // A section after the first has a blank line before it; drafts have a title too.
    // A section after the first has a blank line before it; each has a header or a title.
    let needs: Vec<u16> = sections
        .iter()
        .enumerate()
        .map(|(i, (_, _, count))| u16::from(i > 0) + 1 + *count as u16)
        .collect();
    let holding = sections
        .iter()
        .position(|(_, first, count)| (*first..first + count).contains(&selected))
        .unwrap_or(0);
    let heights = share(&needs, holding, room);
    let mut y = 0;
    for (i, ((section, first, _), height)) in sections.iter().zip(heights).enumerate() {
        let skip = u16::from(i > 0);
        let part = Rect {
            y: area.y + y + skip,
            height: height.saturating_sub(skip),
            ..area
        };
        y += height;
        if part.height < 2 {
            continue;
        }
        let chosen = selected.checked_sub(*first).filter(|_| i == holding);
        match section {
            Section::Clients => clients::table(app, chosen, part, buf),
            Section::Subjects => subjects::table(app, chosen, part, buf),
            Section::Drafts => drafts(app, chosen, part, buf),
        }
    }
    if waiting > 0 {
        let names: Vec<String> = app
            .data
            .waiting
            .iter()
            .map(|(subject, who)| {
                fill(
                    t.home_waiting_one,
                    &[
                        ("who", &app.respondent(who)),
                        ("subject", &crate::printable::printable(subject)),
                    ],
                )
            })
            .collect();
        let line = fill(t.home_waiting, &[("names", &names.join(", "))]);
        Line::styled(truncate(&line, area.width as usize), theme.muted)
            .render(below(area, y + 1), buf);
        y += waiting;
    }
    if problems > 0 {
        let note = app.count(app.data.problems, t.problems_one, t.problems_many, &[]);
        Line::styled(truncate(&note, area.width as usize), theme.error)
            .render(below(area, y + 1), buf);
    }
}

/// The rows each section gets: all it needs when everything fits, else the section holding
/// the selection gets the room the others do not need (each other keeping a few rows).
fn share(needs: &[u16], holding: usize, room: u16) -> Vec<u16> {
    if needs.iter().sum::<u16>() <= room {
        return needs.to_vec();
    }
    let others = needs.len().saturating_sub(1) as u16;
    let each = (room / 3).checked_div(others).map_or(0, |e| e.max(3));
    let mut heights: Vec<u16> = needs
        .iter()
        .enumerate()
        .map(|(i, need)| if i == holding { 0 } else { (*need).min(each) })
        .collect();
    // The selection keeps at least three rows: the others give theirs up, last first.
    let minimum = needs[holding].min(3);
    for i in (0..heights.len()).rev() {
        let taken: u16 = heights.iter().sum();
        if room.saturating_sub(taken) >= minimum {
            break;
        }
        if i != holding {
            heights[i] = 0;
        }
    }
    heights[holding] = room.saturating_sub(heights.iter().sum());
    heights
}

/// The unfinished drafts, under their title.
fn drafts(app: &App, selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let (theme, t) = (&app.theme, app.text());
    let drafts = app.data.drafts_recent_first();
    Line::styled(t.drafts_title, theme.title).render(area, buf);
    let list = below(area, 1);
    let scrolls = drafts.len() > list.height as usize;
    let width = list.width as usize - usize::from(scrolls);
    let rows: Vec<Row> = drafts
        .iter()
        .map(|d| {
            let a = &d.assessment;
            let settled = a.answered();
            let total = d.questionnaire.items.len();
            let answered = app.count(
                settled,
                t.answered_one,
                t.answered_many,
                &[("total", &total)],
            );
            let text = fill(
                t.draft_line,
                &[
                    ("subject", &crate::printable::printable(&a.subject)),
                    ("respondent", &app.respondent(&a.respondent)),
                    ("started", &a.started.date_time()),
                    ("answered", &answered),
                ],
            );
            // Truncated by hand for the ellipsis, leaving a column for a scrollbar.
            Row::new([truncate(&text, width)])
        })
        .collect();
    let offset = offset_for(selected, rows.len(), list.height as usize);
    let list = scrollbar(list, rows.len(), offset, theme, buf);
    let mut state = TableState::default()
        .with_selected(selected)
        .with_offset(offset);
    StatefulWidget::render(
        Table::new(rows, [Constraint::Fill(1)]).row_highlight_style(theme.selected),
        list,
        buf,
        &mut state,
    );
}

/// The overall score over time in block characters, the last twelve assessments.
pub(super) fn sparkline(history: &[Option<f64>]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let start = history.len().saturating_sub(12);
    history[start..]
        .iter()
        .map(|v| match v {
            Some(v) => BLOCKS[((v / 100.0 * 7.0).round() as usize).min(7)],
            None => ' ',
        })
        .collect()
}

fn welcome(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    let t = app.text();
    // As many questions as a new assessment asks, from the questionnaire it would use.
    let count = |catalog: &crate::questionnaire::Catalog| {
        catalog
            .get(&app.questionnaire, app.lang.code())
            .map(|q| q.items.len())
    };
    let questions = count(&app.catalog)
        .or_else(|| count(&crate::questionnaire::Catalog::builtin()))
        .unwrap_or_default();
    let how = crate::i18n::fill(t.welcome_how, &[("n", &questions)]);
    let text = [t.welcome_what, how.as_str(), t.welcome_private];
    let wrapped: Vec<Vec<String>> = text.iter().map(|t| wrap(t, width)).collect();
    let rows: usize = wrapped.iter().map(Vec::len).sum();
    // A blank line between paragraphs when there is room for it.
    let spacing = u16::from(rows + 2 + 2 < area.height as usize);
    let mut y = 0;
    for paragraph in &wrapped {
        y += lines(paragraph, ratatui::style::Style::new(), below(area, y), buf) + spacing;
    }
    let y = (y + 1 - spacing).min(area.height.saturating_sub(1));
    Line::from(with_keys(t.welcome_start, &[("key", "a")], theme)).render(below(area, y), buf);
}

#[cfg(test)]
mod tests {
    use super::{share, sparkline};

    #[test]
    fn sparkline_blocks() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(50.0), None, Some(100.0)]),
            "▁▅ █"
        );
    }

    #[test]
    fn the_section_holding_the_selection_gets_the_room() {
        assert_eq!(share(&[3, 5, 4], 1, 20), [3, 5, 4], "everything fits");
        let heights = share(&[21, 31, 8], 1, 20);
        assert_eq!(heights.iter().sum::<u16>(), 20);
        assert!(heights[1] >= 10, "{heights:?}");
        let heights = share(&[21, 31, 8], 2, 6);
        assert_eq!(heights.iter().sum::<u16>(), 6);
        assert!(heights[2] >= 3, "{heights:?}");
    }
}
