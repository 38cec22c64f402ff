//! The question screen: where the person is, the statement, and the scale to answer on.

use crate::printable::printable;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

use super::text::{one_line, truncate, wrap};
use super::{below, lines};
use crate::flow::Flow;
use crate::i18n::fill;
use crate::tui::app::App;

mod header;
mod scale;
use header::header;
use scale::{dont_know_row, scale};

pub(super) fn render(app: &App, flow: &Flow, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let width = area.width as usize;
    let crate::flow::Position::Question(index) = flow.at else {
        return;
    };
    let item = flow.item(index);
    let q = &flow.questionnaire;
    let subject = &crate::printable::printable(&flow.draft.subject);
    // The other side reads the owner's name where the owner reads the subject's.
    let fill_subject = |text: &str, subject: &str| {
        crate::assessment::fill_for(text, subject, &flow.draft.respondent, app.owner())
    };
    // An outcome statement belongs to no dimension: it is asked under a heading of its own.
    let dimension = q.dimension(&item.dimension);
    let tall = area.height >= 20;

    let mut y = header(app, flow, area, buf);
    if index == 0 && !q.intro.is_empty() && area.height >= 16 {
        let intro = wrap(&printable(&fill_subject(&q.intro, subject)), width);
        // The intro ends by saying what "don't know" is for: room for all of it where there is.
        let room = match area.height {
            21.. => 6,
            20.. => 4,
            _ => 2,
        };
        y += lines(
            &intro[..intro.len().min(room)],
            theme.muted,
            below(area, y),
            buf,
        ) + 1;
    }
    let heading = match dimension {
        Some(dimension) => {
            let group = if dimension.group == crate::questionnaire::Group::Virtue {
                app.common().virtue
            } else {
                app.common().pillar
            };
            Line::from(vec![
                Span::styled(printable(&dimension.name), theme.title),
                Span::styled(format!(" · {group}"), theme.muted),
            ])
        }
        None => Line::styled(app.common().outcomes_title, theme.title),
    };
    heading.render(below(area, y), buf);
    y += 1;
    if tall {
        // An outcome statement says what it is for: asked beside the scores, never in them.
        let about = match dimension {
            Some(dimension) => printable(&fill_subject(&dimension.about, subject)),
            None => app.common().outcomes_about.to_string(),
        };
        let about = wrap(&about, width);
        y += lines(
            &about[..about.len().min(2)],
            theme.muted,
            below(area, y),
            buf,
        );
    }
    y += gauge(app, index, flow.total(), below(area, y), buf) + 1;

    let statement = wrap(
        &printable(&fill_subject(&item.text, subject)),
        width.saturating_sub(2),
    );
    let statement: Vec<String> = statement.iter().map(|l| format!("  {l}")).collect();
    y += lines(&statement, theme.strong, below(area, y), buf) + 1;

    let recorded = flow.response_at(index);
    let note = flow.note_at(index);
    let reserve = u16::from(note.is_some());
    let scale_area = below(area, y);
    let scale_area = Rect {
        height: scale_area.height.saturating_sub(reserve),
        ..scale_area
    };
    let dont_know = app.common().dont_know;
    let used = scale(theme, &q.scale, flow.highlight, recorded, scale_area, buf);
    y += used + dont_know_row(theme, dont_know, recorded, below(scale_area, used), buf) + 1;

    let t = app.text();
    let mut marks = vec![];
    if !flow.pending.is_empty() {
        let typed = fill(app.says().typed, &[("digits", &flow.pending)]);
        marks.push(Span::styled(format!("{typed} "), theme.selected));
    }
    if let Some(note) = note {
        marks.push(Span::styled(format!("{} ", t.note_mark), theme.strong));
        let shown = if app.hide_notes {
            t.note_hidden.to_string()
        } else {
            one_line(note)
        };
        marks.push(Span::styled(
            truncate(&shown, width.saturating_sub(16)),
            theme.muted,
        ));
    }
    if !marks.is_empty() && y < area.height {
        Line::from(marks).render(below(area, y.min(area.height - 1)), buf);
    }
}

/// "Question k of n" and a bar; returns the rows used.
fn gauge(app: &App, index: usize, total: usize, area: Rect, buf: &mut Buffer) -> u16 {
    if area.height == 0 {
        return 0;
    }
    let theme = &app.theme;
    let ratio = ((index + 1) as f64 / total.max(1) as f64).min(1.0);
    let label = fill(
        app.text().question_of,
        &[("n", &(index + 1)), ("total", &total)],
    );
    LineGauge::default()
        .label(Span::styled(format!("{label} "), theme.strong))
        .ratio(ratio)
        .filled_symbol("█")
        .unfilled_symbol("░")
        .filled_style(theme.gauge)
        .unfilled_style(theme.muted)
        .render(area, buf);
    1
}
