//! Checking an assessment against its questionnaire: known items, values in range, no duplicates.

use std::collections::HashSet;

use super::codec::Spans;
use super::{Assessment, Response};
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};
use crate::questionnaire::Questionnaire;

/// Every problem of `a` against `q`. `text` and `spans` locate them in the file it came from
/// (pass an empty text and default spans for an assessment built in memory).
pub(crate) fn validate(
    a: &Assessment,
    q: &Questionnaire,
    text: &str,
    spans: &Spans,
) -> Vec<Diagnostic> {
    let mut problems = vec![];
    let locate = |list: &Vec<std::ops::Range<usize>>, i: usize| list.get(i).cloned();
    // A nameless subject or respondent would be a blank row nobody can pick or forget.
    for (what, name) in [("subject", &a.subject), ("respondent", &a.respondent)] {
        if crate::names::identity(name).is_empty() {
            problems.push(Diagnostic::at(
                text,
                Some(0..0),
                fill(DiagContent::now().empty_name, &[("key", &what)]),
            ));
        }
        // Limited as notes are: a name millions of characters long makes every table as wide.
        if let Some(n) = crate::names::too_long(name) {
            problems.push(Diagnostic::at(
                text,
                Some(0..0),
                fill(
                    DiagContent::now().long_name,
                    &[
                        ("key", &what as &dyn std::fmt::Display),
                        ("max", &crate::names::MAX_NAME_CHARS),
                        ("n", &n),
                    ],
                ),
            ));
        }
    }
    if a.questionnaire != q.id {
        problems.push(Diagnostic::at(
            text,
            spans.questionnaire.clone(),
            fill(DiagContent::now().other_questionnaire, &[("id", &q.id)]),
        ));
    } else if a.questionnaire_version != q.version {
        problems.push(Diagnostic::new(fill(
            DiagContent::now().unknown_version,
            &[("id", &q.id), ("versions", &q.version)],
        )));
    }
    let mut seen = HashSet::new();
    for (i, answer) in a.answers.iter().enumerate() {
        if q.item(&answer.item).is_none() {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.items, i),
                // The id is the file's text, not the questionnaire's: say which answer instead.
                fill(
                    DiagContent::now().unknown_item,
                    &[("n", &(i + 1)), ("id", &q.id)],
                ),
            ));
            continue;
        }
        if !seen.insert(answer.item.as_str()) {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.items, i),
                fill(DiagContent::now().answered_twice, &[("item", &answer.item)]),
            ));
        }
        if let Response::Value(v) = answer.response
            && !q.scale.contains(v)
        {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.answers, i),
                fill(
                    DiagContent::now().outside_scale,
                    &[
                        ("value", &v),
                        ("item", &answer.item),
                        ("min", &q.scale.min),
                        ("max", &q.scale.max),
                    ],
                ),
            ));
        }
    }
    problems
}
