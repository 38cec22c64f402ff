//! How the plain mode's menu asks: a line said, the prompt marker, the line typed; a subject
//! or a draft picked from a numbered list.

use std::io::{IsTerminal, Write};

use crate::cli::loaded::Loaded;
use crate::cli::{Space, Ui, plain};
use crate::i18n::{PlainText, fill};
use crate::printable::printable;

/// The subjects assessed, numbered, the most recent first; the one picked.
pub(super) fn pick_subject(space: &Space, ui: &mut Ui) -> Option<String> {
    let t = PlainText::of(ui.lang);
    let loaded = Loaded::of(space.store, ui);
    let names: Vec<String> = loaded
        .subjects()
        .iter()
        .map(|s| s.name.to_string())
        .collect();
    if names.is_empty() {
        tell(ui, t.no_subjects);
        return None;
    }
    let lines: Vec<String> = names.iter().map(|n| printable(n)).collect();
    let n = pick(&lines, t.pick_subject, ui)?;
    Some(names[n].clone())
}

/// The drafts of this space, numbered, the most recent first; the subject and respondent of
/// the one picked (`assess` resumes it).
pub(super) fn pick_draft(space: &Space, ui: &mut Ui) -> Option<(String, String)> {
    let t = PlainText::of(ui.lang);
    let drafts = space.store.drafts();
    for problem in &drafts.problems {
        ui.warn(problem);
    }
    let found: Vec<_> = drafts.assessments.iter().rev().collect();
    if found.is_empty() {
        tell(ui, t.no_drafts);
        return None;
    }
    let lines: Vec<String> = found
        .iter()
        .map(|s| {
            let a = &s.assessment;
            fill(
                t.draft_line,
                &[
                    ("subject", &printable(&a.subject)),
                    ("respondent", &ui.respondent(&a.respondent)),
                    ("n", &a.answered()),
                    ("total", &s.questionnaire.items.len()),
                    ("started", &a.started.date_words(ui.lang)),
                ],
            )
        })
        .collect();
    let n = pick(&lines, t.pick_draft, ui)?;
    let a = &found[n].assessment;
    Some((a.subject.clone(), a.respondent.clone()))
}

/// Which assessments to compare: none named (your view and theirs, the default), or, when
/// asked for and you have answered twice, your last two (then and now); `None` to go back.
pub(super) fn pick_comparison(space: &Space, subject: &str, ui: &mut Ui) -> Option<Vec<String>> {
    let t = PlainText::of(ui.lang);
    let loaded = Loaded::of(space.store, ui);
    let Ok(found) = loaded.subject(subject, ui) else {
        return Some(vec![]);
    };
    let mine: Vec<&str> = found
        .assessments
        .iter()
        .filter(|s| crate::names::is_owner(&s.assessment.respondent))
        .map(|s| s.assessment.id.as_str())
        .collect();
    if mine.len() < 2 || found.respondents().len() < 2 {
        return Some(vec![]);
    }
    let lines = [t.compare_sides.to_string(), t.compare_then_now.to_string()];
    match pick(&lines, t.pick_comparison, ui)? {
        0 => Some(vec![]),
        _ => Some(
            mine[mine.len() - 2..]
                .iter()
                .map(|id| id.to_string())
                .collect(),
        ),
    }
}

/// Asks for one of `lines` by number until one is typed; `None` on an empty line or the end.
fn pick(lines: &[String], question: &str, ui: &mut Ui) -> Option<usize> {
    let t = PlainText::of(ui.lang);
    let mut said = format!("{question}\n");
    for (n, line) in lines.iter().enumerate() {
        said.push_str(&format!("  {}. {line}\n", n + 1));
    }
    tell(ui, said.trim_end());
    loop {
        let line = ask(ui).filter(|l| !l.is_empty())?;
        match line.parse::<usize>() {
            Ok(n) if (1..=lines.len()).contains(&n) => return Some(n - 1),
            _ => tell(ui, &fill(t.menu_invalid, &[("total", &lines.len())])),
        }
    }
}

/// Says a line on stderr, where the plain mode asks its questions. A stderr that cannot be
/// written to loses the words, never the run.
pub(super) fn tell(ui: &mut Ui, text: &str) {
    let _ = writeln!(ui.err, "{}", crate::printable::printable_text(text));
}

/// The prompt marker, then the next line typed, trimmed; `None` at the end of the input.
pub(super) fn ask(ui: &mut Ui) -> Option<String> {
    // Nothing echoes a pipe: the marker's line is ended for whoever reads it.
    if std::io::stdin().is_terminal() {
        let _ = write!(ui.err, "{}", plain::MARKER);
    } else {
        let _ = writeln!(ui.err, "{}", plain::MARKER);
    }
    let _ = ui.err.flush();
    let line = plain::line::next(&mut std::io::stdin().lock()).ok()??;
    Some(line.trim().to_string())
}
