//! `show`'s notes and intentions: the notes written on questions (each under its question, as
//! its respondent read it), the note on the whole session, last time's intention and whether
//! it was followed, and the intention for next time. Notes can be left out (`--no-notes`).

use crate::assessment::Followed;
use crate::cli::Ui;
use crate::i18n::fill;
use crate::printable::printable;
use crate::summary::Summary;

/// A person's text, line by line, made safe to print.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(printable).collect()
}

/// "yes", "partly", "no", or "not said".
fn followed(f: Option<Followed>, ui: &Ui) -> &'static str {
    let c = ui.coach();
    match f {
        Some(Followed::Yes) => c.followed_yes,
        Some(Followed::Partly) => c.followed_partly,
        Some(Followed::No) => c.followed_no,
        None => c.followed_unsaid,
    }
}

/// The notes (when `with_notes`) and the intentions, as plain text; empty when there are none.
pub(super) fn text(report: &Summary, with_notes: bool, ui: &Ui) -> String {
    let c = ui.coach();
    let a = report.assessment;
    let mut out = String::new();
    let notes = report.notes();
    if with_notes && (!notes.is_empty() || a.note.is_some()) {
        out.push_str(&format!("\n{}\n", c.notes_title));
        // Read aloud, a bullet is noise, and a note needs saying it is one.
        let spoken = ui.no_drawing.then(|| crate::i18n::PlainText::of(ui.lang));
        let mut item = |title: &str, note: &str| {
            match spoken {
                Some(_) => out.push_str(&format!("  {}\n", printable(title))),
                None => out.push_str(&format!("  • {}\n", printable(title))),
            }
            for line in lines(note) {
                match spoken {
                    Some(t) => {
                        out.push_str(&format!("    {}\n", fill(t.note_said, &[("note", &line)])))
                    }
                    None => out.push_str(&format!("    {line}\n")),
                }
            }
        };
        for n in &notes {
            item(&n.question, n.note);
        }
        if let Some(note) = &a.note {
            item(c.session_note, note);
        }
    }
    if let Some(previous) = &a.previous_intention {
        out.push('\n');
        out.push_str(&fill(
            c.previous_intention,
            &[("text", &lines(&previous.text).join(" "))],
        ));
        out.push('\n');
        let answer = followed(previous.followed, ui);
        out.push_str(&format!("  {}\n", fill(c.followed, &[("answer", &answer)])));
    }
    if let Some(intention) = &a.intention {
        if a.previous_intention.is_none() {
            out.push('\n');
        }
        out.push_str(&fill(c.intention, &[("text", &lines(intention).join(" "))]));
        out.push('\n');
    }
    out
}

/// The same in Markdown, after `show --format markdown`'s table.
pub(super) fn markdown(report: &Summary, with_notes: bool, ui: &Ui) -> String {
    let c = ui.coach();
    let a = report.assessment;
    let mut out = String::new();
    let notes = report.notes();
    if with_notes && (!notes.is_empty() || a.note.is_some()) {
        out.push_str(&format!("\n## {}\n\n", c.notes_title));
        let mut item = |title: &str, note: &str| {
            out.push_str(&format!("- **{}**  \n", printable(title)));
            out.push_str(&format!("  {}\n", lines(note).join("  \n  ")));
        };
        for n in &notes {
            item(&n.question, n.note);
        }
        if let Some(note) = &a.note {
            item(c.session_note, note);
        }
    }
    if let Some(previous) = &a.previous_intention {
        let label = fill(c.previous_intention, &[("text", &"")]);
        let answer = fill(c.followed, &[("answer", &followed(previous.followed, ui))]);
        out.push_str(&format!(
            "\n**{}** {} ({})\n",
            label.trim_end(),
            lines(&previous.text).join(" "),
            answer.to_lowercase()
        ));
    }
    if let Some(intention) = &a.intention {
        let label = fill(c.intention, &[("text", &"")]);
        out.push_str(&format!(
            "\n**{}** {}\n",
            label.trim_end(),
            lines(intention).join(" ")
        ));
    }
    out
}
