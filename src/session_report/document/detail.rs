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
    // The other side answered about the owner ("Marie and I…"): its answers are never shown
    // under the owner's wording alone, as if it had judged itself.
    if statements
        .iter()
        .any(|st| !other_wordings(s, &views, &st.item.text).is_empty())
    {
        out.push(Block::Paragraph(text.each_side.into()));
    }
    let rows = statements
        .iter()
        .map(|st| {
            let mut statement = s.main.fill(&st.item.text);
            if st.item.outcome {
                statement = format!("{statement} {}", text.not_scored);
            } else if st.item.reverse {
                statement = format!("{statement} {}", text.reversed);
            }
            for worded in other_wordings(s, &views, &st.item.text) {
                statement = format!("{statement}\n{worded}");
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
        let main_wording = s.main.fill(&st.item.text);
        for (view, note) in views.iter().zip(&st.notes) {
            if let Some(note) = note {
                // Another view's note says how that view read the statement.
                let wording = view.fill(&st.item.text);
                let mut by = note_by(view, s);
                if wording != main_wording {
                    by = fill(text.note_on, &[("by", &by), ("text", &wording)]);
                }
                out.push(Block::Written {
                    by,
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

/// How the other views read a statement, where they read it differently from the main view:
/// "Team Atlas read: “Marie and I…”", the views that read the same words named together.
fn other_wordings(s: &Session, views: &[&Summary], text: &str) -> Vec<String> {
    let main = s.main.fill(text);
    let mut read: Vec<(String, Vec<String>)> = vec![];
    for view in views.iter().skip(1) {
        let wording = view.fill(text);
        if wording == main {
            continue;
        }
        match read.iter_mut().find(|(w, _)| *w == wording) {
            Some((_, who)) => who.push(s.who(view)),
            None => read.push((wording, vec![s.who(view)])),
        }
    }
    read.into_iter()
        .map(|(wording, who)| worded_for(s, &who, &wording))
        .collect()
}

fn worded_for(s: &Session, who: &[String], wording: &str) -> String {
    let text = ReportText::of(s.lang);
    let (template, names) = match who {
        [one] => (text.worded_for, one.clone()),
        [first @ .., last] => (
            text.worded_for_many,
            format!("{}{}{last}", first.join(", "), text.and),
        ),
        [] => (text.worded_for, String::new()),
    };
    fill(template, &[("who", &names), ("text", &wording)])
}

/// Whose view a note belongs to. In your own space your note is "Your note"; in a client's
/// space a note on the client's own view is named after the client ("Note de Marie"), like
/// every other view's: who typed it (the coach, the client) is not known, whose view it is is.
/// Another view's note names it, elided as French wants ("Note d’Inès", "Note de Paul"); the
/// other side named after the subject may be a team that needs an article ("l’Équipe
/// Atlas"), so its name takes no preposition ("Note (Équipe Atlas)"), as does a name that
/// no rule elides for sure ("Hugo", "Hélène").
fn note_by(view: &Summary, s: &Session) -> String {
    use crate::questionnaire::elision::{Before, before};
    let text = ReportText::of(s.lang);
    let respondent = &view.assessment.respondent;
    let owner = crate::session_report::session::is_owner(respondent);
    if owner && s.client.is_none() {
        return text.note_by_you.into();
    }
    let who = s.who(view);
    let template = if !owner && crate::names::same(respondent, s.subject) {
        text.note_of
    } else {
        match before(&who) {
            Before::Vowel => text.note_by_elided,
            Before::Consonant => text.note_by,
            Before::Unknown => text.note_of,
        }
    };
    fill(template, &[("who", &who)])
}
