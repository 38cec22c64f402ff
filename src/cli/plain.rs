//! The plain line mode: the same assessment flow as the full screen, asked one line at a time
//! for screen readers, pipes and simple terminals. Output is only appended (no escape codes):
//! questions and prompts on stderr, the results on stdout.

mod assess;
mod follow_up;
pub(super) mod line;
mod say;

pub(super) use assess::assess;

use line::{Line, read_line};

use std::io::{BufRead, Write};

use crate::flow::{Flow, Outcome, Position, Step};
use crate::i18n::{PlainText, fill};
use crate::store::Store;

/// Whether the plain mode is in force: `--plain`, `ACCESSIBLE=1`, `TERM=dumb`, or stdin or
/// stdout not a terminal.
pub(super) fn wanted(flag: bool, env: &dyn Fn(&str) -> Option<String>, terminals: bool) -> bool {
    asked(flag, env) || !terminals
}

/// The plain mode asked for, whatever the terminal: `--plain`, `ACCESSIBLE=1` or `TERM=dumb`.
/// `show`, `trend` and `compare` then leave their drawn charts out.
pub(super) fn asked(flag: bool, env: &dyn Fn(&str) -> Option<String>) -> bool {
    let accessible = env("ACCESSIBLE").is_some_and(|v| {
        let v = v.trim().to_ascii_lowercase();
        !v.is_empty() && v != "0" && v != "false" && v != "no" && v != "off"
    });
    flag || accessible || env("TERM").is_some_and(|t| t == "dumb")
}

/// How a run of the plain mode ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// Saved as an assessment.
    Done,
    /// `q`: the draft saved, on purpose.
    Stopped,
    /// The input ended before the assessment did.
    Cut,
}

/// What a run of the plain mode asks with: the store the draft is saved in, the words, the
/// command that resumes the draft, and the owner's name that the other side reads.
pub(super) struct Asking<'a> {
    pub(super) store: &'a Store,
    pub(super) t: &'static PlainText,
    pub(super) words: &'static crate::i18n::Common,
    pub(super) lang: crate::i18n::Lang,
    pub(super) resume: &'a str,
    pub(super) owner: Option<&'a str>,
    /// Nothing echoes what is typed (a pipe, a file): each prompt is ended for the reader.
    pub(super) unechoed: bool,
    /// Every key has been said once: later questions say only the scale and `?` (a screen
    /// reader would read the whole list 24 times).
    pub(super) keys_told: std::cell::Cell<bool>,
}

/// The prompt marker: where the answer goes, on the line of the prompt.
pub(super) const MARKER: &str = "> ";

/// Writes the prompt marker. Typed input ends its line in a terminal; read from a pipe,
/// nothing does, so the marker's line is ended here.
pub(super) fn marker(ask: &Asking, err: &mut dyn Write) -> std::io::Result<()> {
    if ask.unechoed {
        writeln!(err, "{MARKER}")?;
    } else {
        write!(err, "{MARKER}")?;
    }
    err.flush()
}

/// Asks every question of `flow` on `err`, reading answers from `input`, saving the draft
/// after every change and filing the assessment at the end.
pub(super) fn drive(
    flow: &mut Flow,
    ask: &Asking,
    input: &mut dyn BufRead,
    err: &mut dyn Write,
) -> std::io::Result<End> {
    let (store, t) = (ask.store, ask.t);
    let scale = flow.questionnaire.scale.clone();
    let range = [
        ("min", &scale.min as &dyn std::fmt::Display),
        ("max", &scale.max),
    ];
    let mut shown = None;
    loop {
        if shown != Some(flow.at) {
            match flow.at {
                Position::Question(i) => {
                    // The scale is said once, with the introduction: then each question is
                    // its place, its statement and the prompt (`?` says the scale again).
                    if shown.is_none() {
                        say::intro(flow, ask, err)?;
                    }
                    say::question(flow, i, ask, err)?
                }
                Position::Review => say::review(flow, ask, err)?,
            }
            shown = Some(flow.at);
        }
        let line = match line::next(input) {
            Ok(Some(line)) => line,
            Ok(None) => return stop(flow, ask, err, End::Cut),
            // The input broke: what was answered is still kept, and how to resume said.
            Err(e) => {
                stop(flow, ask, err, End::Cut)?;
                return Err(e);
            }
        };
        let outcome = match (flow.at, read_line(&line)) {
            (_, Line::Quit) => return stop(flow, ask, err, End::Stopped),
            (Position::Review, Line::Empty) => flow.step(Step::Finish),
            (Position::Review, Line::Number(n)) if n >= 1 && n as usize <= flow.total() => {
                let delta = n as isize - 1 - flow.review_selected as isize;
                flow.step(Step::Select(delta));
                flow.step(Step::Edit)
            }
            (Position::Review, Line::Back) => flow.step(Step::Back),
            (Position::Review, Line::Number(n)) => {
                let args = [
                    ("n", &n as &dyn std::fmt::Display),
                    ("total", &flow.total()),
                ];
                writeln!(err, "{}", fill(t.review_no_such, &args))?;
                marker(ask, err)?;
                continue;
            }
            (Position::Review, _) => {
                writeln!(
                    err,
                    "{}",
                    fill(t.review_invalid, &[("total", &flow.total())])
                )?;
                marker(ask, err)?;
                continue;
            }
            (Position::Question(_), Line::Number(v)) if scale.contains(v) => {
                flow.step(Step::Answer(v))
            }
            (Position::Question(_), Line::Number(v)) => {
                let mut args = range.to_vec();
                args.push(("value", &v));
                writeln!(err, "{}", fill(t.out_of_scale, &args))?;
                marker(ask, err)?;
                continue;
            }
            (Position::Question(_), Line::Skip) => flow.step(Step::Skip),
            (Position::Question(0), Line::Back) => {
                writeln!(err, "{}", t.first)?;
                marker(ask, err)?;
                continue;
            }
            (Position::Question(_), Line::Back) => flow.step(Step::Back),
            (Position::Question(_), Line::Note("")) => {
                writeln!(err, "{}", t.note_needs_text)?;
                marker(ask, err)?;
                continue;
            }
            (Position::Question(_), Line::Note(text)) => {
                let outcome = flow.step(Step::Note(Some(text.to_string())));
                writeln!(err, "{}", t.note_kept)?;
                marker(ask, err)?;
                outcome
            }
            (Position::Question(i), Line::Help) => {
                // The help, the scale, then the question still open, asked again.
                writeln!(err, "{}", fill(t.help, &range))?;
                say::scale(&scale, t, ask.words.dont_know, err)?;
                say::question(flow, i, ask, err)?;
                continue;
            }
            // An empty line never answers; on a question already settled it keeps the answer.
            (Position::Question(i), Line::Empty)
                if flow
                    .answer_at(i)
                    .is_some_and(crate::assessment::Answer::is_settled) =>
            {
                flow.step(Step::Forward)
            }
            (Position::Question(_), Line::Empty) => {
                writeln!(err, "{}", fill(t.empty, &range))?;
                marker(ask, err)?;
                continue;
            }
            (Position::Question(_), Line::Unknown) => {
                writeln!(err, "{}", fill(t.invalid, &range))?;
                marker(ask, err)?;
                continue;
            }
        };
        match outcome {
            Outcome::SaveDraft => save_draft(flow, store, t, err)?,
            Outcome::Complete => return Ok(End::Done),
            Outcome::Nothing | Outcome::NoChoice | Outcome::NotOnScale => {}
        }
    }
}

fn save_draft(
    flow: &Flow,
    store: &Store,
    t: &PlainText,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    if let Err(e) = store.save_draft(&flow.draft) {
        writeln!(err, "{}", fill(t.draft_failed, &[("reason", &e)]))?;
    }
    Ok(())
}

/// Saves the draft (when anything was answered) and says how to resume it, in the words the
/// full screen leaves in the shell.
fn stop(flow: &Flow, ask: &Asking, err: &mut dyn Write, end: End) -> std::io::Result<End> {
    writeln!(err)?;
    if flow.draft.answers.is_empty() {
        writeln!(err, "{}", ask.t.nothing_saved)?;
        return Ok(end);
    }
    save_draft(flow, ask.store, ask.t, err)?;
    let status = crate::i18n::TuiStatus::of(ask.lang);
    // Answered as `drafts` and the resume line count it: a skipped statement is not answered.
    let settled = flow.draft.answered();
    let template = ask.lang.plural(
        settled as u64,
        status.farewell_draft_one,
        status.farewell_draft_many,
    );
    let line = fill(
        template,
        &[
            ("n", &settled),
            ("total", &flow.total()),
            ("command", &ask.resume),
        ],
    );
    writeln!(err, "{line}")?;
    Ok(end)
}
