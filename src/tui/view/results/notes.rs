//! The results' notes and intentions: the note on the session, each question's note under its
//! question (as the respondent read it), and the respondent's intentions over time with what
//! became of them. `h` hides every note's text (not the intentions).

use ratatui::text::Line;

use super::super::text::wrap;
use crate::intentions::intentions;
use crate::subjects::Subject;
use crate::summary::Summary;
use crate::tui::app::App;

/// The notes of the assessment: none when it has none.
pub(super) fn notes<'a>(app: &App, report: &Summary, width: usize) -> Vec<Line<'a>> {
    let (theme, t) = (&app.theme, app.text());
    let question_notes = report.notes();
    let session = report.assessment.note.as_deref();
    if question_notes.is_empty() && session.is_none() {
        return vec![];
    }
    let title = if app.hide_notes {
        t.notes_title_hidden
    } else {
        t.notes_title
    };
    let mut lines = vec![Line::raw("")];
    lines.extend(
        wrap(title, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.title)),
    );
    let text = |note: &str| {
        if app.hide_notes {
            t.note_hidden.to_string()
        } else {
            note.to_string()
        }
    };
    if let Some(note) = session {
        let said = format!("{} {}", t.session_note_mark, text(note));
        lines.extend(wrap(&said, width).into_iter().map(Line::raw));
    }
    for note in question_notes {
        let number = report
            .questionnaire
            .item_index(note.item)
            .map_or(String::new(), |i| format!("{}. ", i + 1));
        let question = format!("{number}{}", note.question);
        lines.extend(
            wrap(&question, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.muted)),
        );
        let said: Vec<String> = wrap(&text(note.note), width.saturating_sub(4))
            .into_iter()
            .enumerate()
            .map(|(i, l)| format!("{}{l}", if i == 0 { "  ✎ " } else { "    " }))
            .collect();
        lines.extend(said.into_iter().map(Line::raw));
    }
    lines
}

/// This assessment's intention for next time, then every intention of its respondent about
/// the subject, oldest first, with whether it was followed.
pub(super) fn intentions_lines<'a>(
    app: &App,
    subject: &Subject,
    report: &Summary,
    width: usize,
) -> Vec<Line<'a>> {
    let (theme, t) = (&app.theme, app.text());
    let a = report.assessment;
    let mut lines = vec![Line::raw(""), Line::styled(t.intentions_title, theme.title)];
    let next = match a.intention.as_deref() {
        Some(text) => crate::i18n::fill(t.intention_next, &[("text", &text)]),
        None => crate::i18n::fill(t.intention_none, &[("key", &"i")]),
    };
    lines.extend(
        wrap(&next, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.strong)),
    );
    for intention in intentions(subject, &a.respondent) {
        // This assessment's own is said above, until the next one asks about it.
        if intention.set_in.is_some_and(|s| s.assessment.id == a.id) {
            continue;
        }
        let when = intention
            .set_in
            .or(intention.reviewed_in)
            .map_or(String::new(), |s| s.assessment.when().date());
        let said = format!("{when}  {} ({})", intention.text, app.followed(&intention));
        lines.extend(wrap(&said, width).into_iter().map(Line::raw));
    }
    lines
}
