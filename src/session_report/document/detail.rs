//! The report's detail sections: every statement with each view's answer, and the notes as
//! they were written (left out entirely when the person asks for no notes).

use super::{Block, Options, answer_text};
use crate::i18n::{ReportText, fill};
use crate::session_report::session::Session;
use crate::summary::Summary;

pub(super) fn statements(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let text = ReportText::of(s.lang);
    let views = s.views();
    let statements = s.statements();
    out.push(Block::Heading(text.items_title.into()));
    let mut header = vec![text.statement.to_string()];
    header.extend(views.iter().map(|r| s.who(r)));
    let rows = statements
        .iter()
        .map(|st| {
            let mut statement = s.main.fill(&st.item.text);
            if st.item.reverse {
                statement = format!("{statement} {}", text.reversed);
            }
            let mut row = vec![statement];
            row.extend(st.answers.iter().map(|a| answer_text(s, *a)));
            row
        })
        .collect();
    out.push(Block::Table {
        numeric: vec![false; header.len()],
        header,
        rows,
    });

    if !options.notes || !s.has_notes() {
        return;
    }
    out.push(Block::Heading(text.notes_title.into()));
    for st in statements
        .iter()
        .filter(|st| st.notes.iter().any(Option::is_some))
    {
        out.push(Block::Subheading(s.main.fill(&st.item.text)));
        for (view, note) in views.iter().zip(&st.notes) {
            if let Some(note) = note {
                out.push(Block::Written {
                    by: note_by(view, s),
                    text: note.to_string(),
                });
            }
        }
    }
    let session_notes: Vec<_> = views
        .iter()
        .filter_map(|r| Some((note_by(r, s), r.assessment.note.as_deref()?)))
        .collect();
    if !session_notes.is_empty() {
        out.push(Block::Subheading(text.session_note.into()));
        for (by, note) in session_notes {
            out.push(Block::Written {
                by,
                text: note.to_string(),
            });
        }
    }
}

/// Whose note it is: "Your note" for the owner's, "Note by Alice" for another view's.
fn note_by(view: &Summary, s: &Session) -> String {
    let text = ReportText::of(s.lang);
    if crate::session_report::session::is_owner(&view.assessment.respondent) {
        text.note_by_you.into()
    } else {
        fill(text.note_by, &[("who", &s.who(view))])
    }
}
