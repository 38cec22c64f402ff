//! The "new assessment" form: the subject, whose view (the owner's or the other side's, then
//! who answers), the owner's name when it is needed and unknown, the questionnaire when there
//! are several, and the known names to choose from.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget, Widget};
use unicode_width::UnicodeWidthStr;

use super::below;
use super::text::truncate;
use crate::i18n::fill;
use crate::tui::app::App;
use crate::tui::field::TextArea;
use crate::tui::form::{Field, Form, FormError, View};

pub(super) fn render(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let t = app.text();
    let width = area.width as usize;
    Line::styled(t.form_title, theme.title).render(area, buf);
    // The labels' column fits the longest label on screen, and at least 12 columns.
    let label_width = form
        .fields()
        .iter()
        .map(|f| match f {
            Field::Subject => t.form_subject,
            Field::View => t.form_view,
            Field::Respondent => t.form_respondent,
            Field::Owner => t.form_owner,
            Field::Remember => "",
            Field::Questionnaire => t.form_questionnaire,
            Field::Side => t.form_side,
        })
        .map(|l| l.width())
        .max()
        .unwrap_or(10)
        .max(10)
        + 2;
    let label = |text: &str| Span::styled(format!("{text:<label_width$}"), theme.muted);
    let room = width.saturating_sub(label_width + 2);
    let text_field = |text: &TextArea, active: bool| -> Vec<Span<'static>> {
        let shown = truncate(text.text(), room.saturating_sub(1));
        // A name filled in for the person is drawn as selected: typing replaces it.
        let style = match (active, text.is_fresh()) {
            (true, true) => theme.selected,
            (true, false) => theme.strong,
            (false, _) => theme.strong,
        };
        let cursor = if active { "▏" } else { " " };
        vec![Span::styled(shown, style), Span::styled(cursor, theme.key)]
    };
    let choice = |options: &[String], chosen: usize, active: bool| -> Vec<Span<'static>> {
        let mut spans = vec![];
        for (i, option) in options.iter().enumerate() {
            let style = match (i == chosen, active) {
                (true, true) => theme.selected,
                (true, false) => theme.strong.patch(Style::new().underlined()),
                _ => theme.muted,
            };
            let mark = if i == chosen { "● " } else { "○ " };
            spans.push(Span::styled(format!("{mark}{option}"), style));
            spans.push(Span::raw("   "));
        }
        spans
    };
    let mut y = 2;
    let row = |spans: Vec<Span<'static>>, y: &mut u16, buf: &mut Buffer| {
        Line::from(spans).render(below(area, *y), buf);
        *y += 1;
    };
    // On a short screen the hints give way, so that every field stays on it; a longer hint
    // takes two rows at most.
    let roomy = area.height >= 16;
    let hint = |text: &str, y: &mut u16, buf: &mut Buffer| {
        if roomy {
            row(
                vec![Span::styled(truncate(text, width), theme.muted)],
                y,
                buf,
            );
        }
    };
    let long_hint = |text: &str, y: &mut u16, buf: &mut Buffer| {
        if !roomy {
            return;
        }
        let mut lines = super::text::wrap(text, width);
        if lines.len() > 2 {
            lines[1] = truncate(&lines[1..].join(" "), width);
            lines.truncate(2);
        }
        for line in lines {
            row(vec![Span::styled(line, theme.muted)], y, buf);
        }
    };
    let active = |field: Field| form.field == field;

    hint(t.form_subject_hint, &mut y, buf);
    let mut subject = vec![label(t.form_subject)];
    subject.extend(text_field(&form.subject, active(Field::Subject)));
    row(subject, &mut y, buf);
    y += 1;
    hint(t.form_view_hint, &mut y, buf);
    let mut view = vec![label(t.form_view)];
    let options = [form.yours.clone(), t.form_other_side.to_string()];
    let chosen = usize::from(form.view == View::Other);
    view.extend(choice(&options, chosen, active(Field::View)));
    row(view, &mut y, buf);
    if form.view == View::Other {
        let mut respondent = vec![label(t.form_respondent)];
        respondent.extend(text_field(&form.respondent, active(Field::Respondent)));
        row(respondent, &mut y, buf);
    }
    if form.fields().contains(&Field::Owner) {
        y += 1;
        hint(t.form_owner_hint, &mut y, buf);
        let mut owner = vec![label(t.form_owner)];
        owner.extend(text_field(&form.owner_name, active(Field::Owner)));
        row(owner, &mut y, buf);
        let mark = if form.remember { "[x]" } else { "[ ]" };
        let style = if active(Field::Remember) {
            theme.selected
        } else {
            theme.strong
        };
        let text = format!("{mark} {}", t.form_remember);
        row(
            vec![label(""), Span::styled(truncate(&text, room), style)],
            &mut y,
            buf,
        );
    }
    if let Some((_, title)) = form.questionnaires.get(form.questionnaire)
        && form.questionnaires.len() > 1
    {
        // One title at a time, ←→ for the others: titles are long.
        y += 1;
        let style = if active(Field::Questionnaire) {
            theme.selected
        } else {
            theme.strong
        };
        let place = format!(
            " ({}/{})",
            form.questionnaire + 1,
            form.questionnaires.len()
        );
        let title = truncate(title, room.saturating_sub(place.width() + 4));
        row(
            vec![
                label(t.form_questionnaire),
                Span::styled(format!("◂ {title} ▸"), style),
                Span::styled(place, theme.muted),
            ],
            &mut y,
            buf,
        );
    }
    if let Some((_, name)) = form.chosen_sides().get(form.side) {
        y += 1;
        long_hint(t.form_side_hint, &mut y, buf);
        let style = if active(Field::Side) {
            theme.selected
        } else {
            theme.strong
        };
        let place = format!(" ({}/{})", form.side + 1, form.chosen_sides().len());
        let name = truncate(
            &crate::printable::printable(name),
            room.saturating_sub(place.width() + 4),
        );
        row(
            vec![
                label(t.form_side),
                Span::styled(format!("◂ {name} ▸"), style),
                Span::styled(place, theme.muted),
            ],
            &mut y,
            buf,
        );
        long_hint(t.form_side_subject_hint, &mut y, buf);
    }
    y += 1;
    if let Some(error) = &form.error {
        let text = match error {
            FormError::NoSubject => t.form_no_subject.to_string(),
            FormError::NoOwner => t.form_no_owner.to_string(),
            FormError::Collides(names) => {
                let names: Vec<String> = names
                    .iter()
                    .map(|n| crate::printable::printable(n))
                    .collect();
                fill(t.form_collides, &[("names", &names.join(", "))])
            }
        };
        Line::styled(truncate(&text, width), theme.error).render(below(area, y), buf);
        y += 2;
    }
    suggestions(app, form, below(area, y), buf);
}

/// The known names of the field being typed, under a title.
fn suggestions(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let (theme, t) = (&app.theme, app.text());
    let suggestions = form.suggestions();
    if suggestions.is_empty() || area.height < 2 {
        return;
    }
    let title = match form.field {
        Field::Subject => t.form_known,
        _ => t.form_known_respondents,
    };
    Line::styled(title, theme.muted).render(area, buf);
    let width = area.width as usize;
    let items: Vec<ListItem> = suggestions
        .iter()
        .map(|name| ListItem::new(truncate(&format!("  {name}"), width)))
        .collect();
    let mut state = ListState::default().with_selected(form.selected);
    StatefulWidget::render(
        List::new(items).highlight_style(theme.selected),
        below(area, 1),
        buf,
        &mut state,
    );
}
