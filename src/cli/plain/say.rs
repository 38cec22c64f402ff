//! What the plain line mode writes: the scale once, each question on a few lines, the review
//! as a numbered list, and the results as words. Plain lines only: no escape codes, no drawing.

use std::io::Write;

use super::{Asking, marker};
use crate::assessment::Response;
use crate::flow::Flow;
use crate::i18n::{PlainText, fill};
use crate::printable::printable;
use crate::questionnaire::{Group, Scale};
use crate::score::display;
use crate::summary::Summary;

/// A questionnaire text as this draft's respondent reads it: the subject's name for the
/// owner, the owner's for the other side (the one wording every mode uses).
fn worded(flow: &Flow, text: &str, ask: &Asking) -> String {
    printable(&flow.draft.fill(text, ask.owner))
}

/// Said once, before the first question shown: the questionnaire's introduction and the
/// scale every question is answered on.
pub(super) fn intro(flow: &Flow, ask: &Asking, err: &mut dyn Write) -> std::io::Result<()> {
    let q = &flow.questionnaire;
    if !q.intro.trim().is_empty() {
        writeln!(err, "\n{}", worded(flow, &q.intro, ask))?;
    }
    writeln!(err)?;
    scale(&q.scale, ask.t, ask.words.dont_know, err)
}

/// "Question k of n · dimension (virtue)", the statement, what is recorded, the prompt line
/// and the prompt marker. The scale is not repeated: [`intro`] and `?` say it.
pub(super) fn question(
    flow: &Flow,
    i: usize,
    ask: &Asking,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    let (t, words) = (ask.t, ask.words);
    let q = &flow.questionnaire;
    let item = flow.item(i);
    writeln!(err)?;
    let (n, total) = (i + 1, flow.total());
    let heading = match q.dimension(&item.dimension) {
        Some(d) => {
            let group = match d.group {
                Group::Virtue => words.virtue,
                Group::Pillar => words.pillar,
            };
            fill(
                t.question_of,
                &[
                    ("n", &n),
                    ("total", &total),
                    ("dimension", &d.name),
                    ("group", &group),
                ],
            )
        }
        // An outcome statement belongs to no dimension: its heading says what it is.
        None => fill(
            t.question_outcome,
            &[
                ("n", &n),
                ("total", &total),
                ("title", &words.outcomes_title),
            ],
        ),
    };
    writeln!(err, "{heading}")?;
    writeln!(err, "{}", worded(flow, &item.text, ask))?;
    match flow.response_at(i) {
        Some(Response::Value(v)) => {
            let answer = with_label(v, &q.scale);
            writeln!(err, "{}", fill(t.answer_now, &[("answer", &answer)]))?
        }
        Some(Response::Skipped) => writeln!(
            err,
            "{}",
            fill(t.answer_now, &[("answer", &words.dont_know)])
        )?,
        _ => {}
    }
    if let Some(note) = flow.note_at(i) {
        writeln!(err, "{}", fill(t.note_now, &[("note", &printable(note))]))?;
    }
    let range = [
        ("min", &q.scale.min as &dyn std::fmt::Display),
        ("max", &q.scale.max),
    ];
    let prompt = if ask.keys_told.replace(true) {
        t.prompt_short
    } else {
        t.prompt
    };
    writeln!(err, "{}", fill(prompt, &range))?;
    marker(ask, err)
}

/// "The scale:", then each labelled point on its own line (a scale labelled at its ends only
/// on one line), then `s` and "Don't know / doesn't apply", the answer that is no score.
pub(super) fn scale(
    scale: &Scale,
    t: &PlainText,
    dont_know: &str,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(err, "{}", t.scale_title)?;
    let points = (scale.max - scale.min + 1) as usize;
    if scale.labels.len() == points {
        for p in scale.points() {
            writeln!(
                err,
                "  {p}  {}",
                printable(scale.label(p).unwrap_or_default())
            )?;
        }
    } else {
        let low = printable(scale.label(scale.min).unwrap_or_default());
        let high = printable(scale.label(scale.max).unwrap_or_default());
        writeln!(err, "  {} {low} … {} {high}", scale.min, scale.max)?;
    }
    writeln!(err, "  s  {dont_know}")
}

/// "4 (Agree)": a number is said with its label, when the scale names that point.
fn with_label(value: i64, scale: &Scale) -> String {
    match scale.label(value) {
        Some(label) if !label.is_empty() => format!("{value} ({})", printable(label)),
        _ => value.to_string(),
    }
}

/// "Review": every question numbered with its answer, then the prompt line and marker.
pub(super) fn review(flow: &Flow, ask: &Asking, err: &mut dyn Write) -> std::io::Result<()> {
    let t = ask.t;
    writeln!(err, "\n{}", t.review)?;
    for i in 0..flow.total() {
        let text = worded(flow, &flow.item(i).text, ask);
        let answer = match flow.response_at(i) {
            Some(Response::Value(v)) => with_label(v, &flow.questionnaire.scale),
            _ => ask.words.dont_know.to_string(),
        };
        let line = fill(t.review_answer, &[("text", &text), ("answer", &answer)]);
        writeln!(err, "{:>3}. {line}", i + 1)?;
    }
    writeln!(
        err,
        "{}",
        fill(t.review_prompt, &[("total", &flow.total())])
    )?;
    marker(ask, err)
}

/// The two weakest dimensions with what they mean and what to try; a dimension without
/// advice shows its name and score only.
pub(super) fn where_to_start(report: &Summary, t: &PlainText) -> String {
    let weakest = report.scores.weakest();
    if weakest.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", t.where_to_start);
    for d in weakest.iter().take(2) {
        let Some(dim) = report.questionnaire.dimension(&d.id) else {
            continue;
        };
        let score = fill(t.cell, &[("name", &dim.name), ("value", &display(d.score))]);
        out.push_str(&format!("  {score}\n"));
        if dim.advice.is_empty() {
            continue;
        }
        if !dim.about.trim().is_empty() {
            out.push_str(&format!("    {}\n", report.fill(&dim.about)));
        }
        for advice in dim.advice.iter().take(2) {
            // No dash for a screen reader to name: each piece of advice is a sentence.
            out.push_str(&format!("    {}\n", report.fill(advice)));
        }
    }
    out
}
