//! Checking an assessment against its questionnaire: known items, values in range, no duplicates.

use std::collections::HashSet;

use super::codec::Spans;
use super::{Assessment, Response};
use crate::located::Diagnostic;
use crate::questionnaire::Questionnaire;

/// Every problem of `a` against `q`. `text` and `spans` locate them in the file it came from
/// (pass an empty text and default spans for an assessment built in memory).
pub fn validate(a: &Assessment, q: &Questionnaire, text: &str, spans: &Spans) -> Vec<Diagnostic> {
    let mut problems = vec![];
    let locate = |list: &Vec<std::ops::Range<usize>>, i: usize| list.get(i).cloned();
    if a.questionnaire != q.id {
        problems.push(Diagnostic::new(format!(
            "the assessment is for questionnaire `{}`, not `{}`",
            a.questionnaire, q.id
        )));
    }
    if a.questionnaire_version != q.version {
        problems.push(Diagnostic::new(format!(
            "questionnaire `{}` version {} is not known (this version knows version {})",
            a.questionnaire, a.questionnaire_version, q.version
        )));
    }
    let mut seen = HashSet::new();
    for (i, answer) in a.answers.iter().enumerate() {
        if q.item(&answer.item).is_none() {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.items, i),
                format!("unknown item `{}` in questionnaire `{}`", answer.item, q.id),
            ));
            continue;
        }
        if !seen.insert(answer.item.as_str()) {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.items, i),
                format!("item `{}` is answered twice", answer.item),
            ));
        }
        if let Response::Value(v) = answer.response
            && !q.scale.contains(v)
        {
            problems.push(Diagnostic::at(
                text,
                locate(&spans.answers, i),
                format!(
                    "value {v} for `{}` is outside the scale {} to {}",
                    answer.item, q.scale.min, q.scale.max
                ),
            ));
        }
    }
    problems
}
