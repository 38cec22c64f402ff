//! What the plain line mode writes: a question with its numbered scale, the review as a
//! numbered list, and the results as words. Plain lines only: no escape codes, no drawing.

use std::io::Write;

use crate::assessment::Response;
use crate::flow::Flow;
use crate::i18n::{Common, PlainText, fill};
use crate::printable::printable;
use crate::questionnaire::{Group, Scale, fill_subject};
use crate::score::display;
use crate::summary::Summary;

/// "Question k of n · dimension (virtue)", the statement, the scale, what is recorded, and
/// the prompt line; the questionnaire's introduction first when `intro`.
pub(super) fn question(
    flow: &Flow,
    i: usize,
    intro: bool,
    t: &PlainText,
    words: &Common,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    let q = &flow.questionnaire;
    let item = flow.item(i);
    let subject = printable(&flow.draft.subject);
    let (name, group) = q
        .dimension(&item.dimension)
        .map_or((item.dimension.as_str(), ""), |d| {
            let group = match d.group {
                Group::Virtue => words.virtue,
                Group::Pillar => words.pillar,
            };
            (d.name.as_str(), group)
        });
    writeln!(err)?;
    if intro && !q.intro.trim().is_empty() {
        writeln!(err, "{}\n", printable(&fill_subject(&q.intro, &subject)))?;
    }
    let heading = fill(
        t.question_of,
        &[
            ("n", &(i + 1)),
            ("total", &flow.total()),
            ("dimension", &name),
            ("group", &group),
        ],
    );
    writeln!(err, "{heading}")?;
    writeln!(err, "{}", printable(&fill_subject(&item.text, &subject)))?;
    scale(&q.scale, err)?;
    match flow.response_at(i) {
        Some(Response::Value(v)) => writeln!(err, "{}", fill(t.answer_now, &[("answer", &v)]))?,
        Some(Response::Skipped) => {
            writeln!(err, "{}", fill(t.answer_now, &[("answer", &t.skipped)]))?
        }
        _ => {}
    }
    if let Some(note) = flow.note_at(i) {
        writeln!(err, "{}", fill(t.note_now, &[("note", &printable(note))]))?;
    }
    let range = [
        ("min", &q.scale.min as &dyn std::fmt::Display),
        ("max", &q.scale.max),
    ];
    writeln!(err, "{}", fill(t.prompt, &range))?;
    err.flush()
}

/// Each labelled point on its own line; a scale labelled at its ends only on one line.
fn scale(scale: &Scale, err: &mut dyn Write) -> std::io::Result<()> {
    let points = (scale.max - scale.min + 1) as usize;
    if scale.labels.len() == points {
        for p in scale.points() {
            writeln!(
                err,
                "  {p}  {}",
                printable(scale.label(p).unwrap_or_default())
            )?;
        }
        return Ok(());
    }
    let low = printable(scale.label(scale.min).unwrap_or_default());
    let high = printable(scale.label(scale.max).unwrap_or_default());
    writeln!(err, "  {} {low} … {} {high}", scale.min, scale.max)
}

/// "Review": every question numbered with its answer, then the prompt line.
pub(super) fn review(flow: &Flow, t: &PlainText, err: &mut dyn Write) -> std::io::Result<()> {
    let subject = printable(&flow.draft.subject);
    writeln!(err, "\n{}", t.review)?;
    for i in 0..flow.total() {
        let text = printable(&fill_subject(&flow.item(i).text, &subject));
        let answer = match flow.response_at(i) {
            Some(Response::Value(v)) => v.to_string(),
            _ => t.skipped.to_string(),
        };
        writeln!(err, "{:>3}. {text} — {answer}", i + 1)?;
    }
    writeln!(
        err,
        "{}",
        fill(t.review_prompt, &[("total", &flow.total())])
    )?;
    err.flush()
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
        out.push_str(&format!("  {} {}\n", dim.name, display(d.score)));
        if dim.advice.is_empty() {
            continue;
        }
        if !dim.about.trim().is_empty() {
            out.push_str(&format!("    {}\n", report.fill(&dim.about)));
        }
        for advice in dim.advice.iter().take(2) {
            out.push_str(&format!("    - {}\n", report.fill(advice)));
        }
    }
    out
}
