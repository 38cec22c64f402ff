//! The group's page in words, under its radar and table: the gaps that count and what the
//! columns say, each time the group was asked, how many gave each answer to each statement,
//! and the notes in an order that says nothing of who wrote them.

use ratatui::text::Line;

use super::super::text::{truncate, wrap};
use super::Shown;
use crate::i18n::{InviteText, TuiGroup, fill};
use crate::invitation::group::{self, Against};
use crate::printable::{printable, printable_text};
use crate::score::display;
use crate::tui::app::App;

/// Blind spots and hidden strengths under the one rule, or that there are none; where the
/// answers lie far apart. Without a view of the owner's, how to get one.
pub(super) fn gaps(
    app: &App,
    shown: &Shown,
    against: Option<&[(String, Option<Against>)]>,
    width: u16,
) -> Vec<Line<'static>> {
    let t = InviteText::of(app.lang);
    let names = |ids: &[&str]| {
        ids.iter()
            .map(|id| {
                shown
                    .scored
                    .dimensions
                    .iter()
                    .position(|d| d.id == *id)
                    .and_then(|i| shown.named.dimensions.get(i))
                    .map_or(id.to_string(), |d| printable(&d.name))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = vec![];
    match against {
        Some(rows) => {
            let called = group::called_out(rows);
            if called.blind.is_empty() && called.hidden.is_empty() {
                lines.extend(wrapped(t.group_no_gap, width, app.theme.strong));
            }
            for (ids, template) in [
                (called.blind, t.group_blind),
                (called.hidden, t.group_hidden),
            ] {
                if !ids.is_empty() {
                    let said = fill(template, &[("names", &names(&ids))]);
                    lines.extend(wrapped(&said, width, app.theme.strong));
                }
            }
        }
        None => {
            let said = fill(
                TuiGroup::of(app.lang).no_view_of_yours,
                &[("subject", &printable(&shown.asked.invitation.subject))],
            );
            lines.extend(wrapped(&said, width, app.theme.muted));
        }
    }
    let divided = shown.view().divided();
    if !divided.is_empty() {
        let said = fill(t.group_divided, &[("names", &names(&divided))]);
        lines.extend(wrapped(&said, width, app.theme.strong));
    }
    // What the table's columns say, under what they showed.
    let legend = if against.is_some() {
        TuiGroup::of(app.lang).legend_with_you
    } else {
        TuiGroup::of(app.lang).legend
    };
    lines.extend(wrapped(legend, width, app.theme.muted));
    lines
}

/// Each time the group was asked (when more than once): the date, the median and spread of
/// the overall score, or that it is withheld; how many answered. The one shown is marked.
pub(super) fn over_time(app: &App, shown: &Shown, width: u16) -> Vec<Line<'static>> {
    if shown.times.len() < 2 {
        return vec![];
    }
    let (t, g) = (InviteText::of(app.lang), TuiGroup::of(app.lang));
    let mut lines = vec![Line::raw(""), Line::styled(g.over_time, app.theme.title)];
    for (i, (asked, view)) in shown.times.iter().enumerate() {
        let count = match asked.invitation.who {
            crate::invitation::record::Who::Group { count, .. } => count as usize,
            crate::invitation::record::Who::Person(_) => 1,
        };
        let answered = fill(t.group_count, &[("n", &view.answers), ("count", &count)]);
        let score = match view.overall {
            Some(s) => format!(
                "{} {} ({})",
                t.col_median,
                display(Some(s.median)),
                s.range_text()
            ),
            None => fill(t.trend_withheld, &[("minimum", &view.minimum)]),
        };
        let mark = if i == shown.at { "▸" } else { " " };
        let text = format!("{mark} {}  {score} · {answered}", shown.asked_on(i));
        let style = if i == shown.at {
            app.theme.strong
        } else {
            ratatui::style::Style::new()
        };
        // Cut, not wrapped: the mark column stays lined up.
        lines.push(Line::styled(truncate(&text, width as usize), style));
    }
    lines
}

/// Each statement as the group read it, and how many gave each answer.
pub(super) fn statements(app: &App, shown: &Shown, width: u16) -> Vec<Line<'static>> {
    let t = InviteText::of(app.lang);
    let i = &shown.asked.invitation;
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(t.group_statements, width, app.theme.title));
    for (n, (item, counts, dont_know)) in shown.view().statements.iter().enumerate() {
        let text = shown
            .named
            .item(item)
            .or_else(|| shown.scored.item(item))
            .map_or(item.clone(), |x| {
                crate::assessment::fill_for(
                    &x.text,
                    &i.subject,
                    i.respondent(),
                    Some(&i.invited_by),
                )
            });
        lines.extend(wrapped(
            &format!("{}. {}", n + 1, printable(&text)),
            width,
            ratatui::style::Style::new(),
        ));
        let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
        let said = format!(
            "{} · {}",
            counts.join(" · "),
            fill(t.group_dont_know, &[("n", dont_know)])
        );
        // Under the statement, indented: wrapped lines keep no leading space of their own.
        for line in wrap(&said, width.saturating_sub(3) as usize) {
            lines.push(Line::styled(format!("   {line}"), app.theme.muted));
        }
    }
    lines
}

/// The notes, sorted: their order says nothing of who wrote them. Hidden with `h`.
pub(super) fn notes(app: &App, shown: &Shown, width: u16) -> Vec<Line<'static>> {
    let notes = &shown.view().notes;
    if notes.is_empty() {
        return vec![];
    }
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(
        InviteText::of(app.lang).group_notes,
        width,
        app.theme.title,
    ));
    if app.hide_notes {
        lines.extend(wrapped(
            TuiGroup::of(app.lang).notes_hidden,
            width,
            app.theme.muted,
        ));
        return lines;
    }
    for note in notes {
        for (k, line) in wrap(&printable_text(note), width.saturating_sub(2) as usize)
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 { "– " } else { "  " };
            lines.push(Line::raw(format!("{lead}{line}")));
        }
    }
    lines
}

/// `text` wrapped to `width`, each line in `style`.
pub(super) fn wrapped(text: &str, width: u16, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(text, width as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}
