//! The report's section on a group's view: only aggregated, only from the minimum number of
//! answers, the main view set against the group's median under the one rule of what counts.

use super::{Block, table};
use crate::i18n::{ReportText, fill};
use crate::score::display;
use crate::session_report::session::Session;

pub(super) fn section(s: &Session, out: &mut Vec<Block>) {
    let Some(group) = &s.group else {
        return;
    };
    let text = ReportText::of(s.lang);
    let q = s.main.questionnaire;
    let view = &group.view;
    out.push(Block::Heading(fill(
        text.group_title,
        &[("group", &group.label), ("n", &view.answers)],
    )));
    out.push(Block::Paragraph(text.group_about.into()));
    if view.withheld {
        out.push(Block::Paragraph(fill(
            text.group_withheld,
            &[("minimum", &view.minimum), ("n", &view.answers)],
        )));
        return;
    }
    let name = |id: &str| q.dimension(id).map_or(id.to_string(), |d| d.name.clone());
    let rows = group
        .against
        .iter()
        .map(|(id, a)| match a {
            Some(a) => vec![
                name(id),
                display(Some(a.yours)),
                display(Some(a.group.median)),
                format!(
                    "{}–{}",
                    display(Some(a.group.low)),
                    display(Some(a.group.high))
                ),
                if a.gap.meaningful {
                    format!("{:+}", a.gap.points)
                } else {
                    "≈".into()
                },
            ],
            None => vec![
                name(id),
                "–".into(),
                "–".into(),
                String::new(),
                String::new(),
            ],
        })
        .collect();
    out.push(table(
        [
            text.dimension,
            &heading_case(&s.who(&s.main)),
            text.group_median,
            text.group_spread,
            text.group_gap,
        ],
        rows,
        &[false, true, true, true, true],
        true,
    ));
    let listed = |wanted: fn(f64) -> bool| -> Vec<String> {
        group
            .against
            .iter()
            .filter(|(_, a)| a.is_some_and(|a| a.gap.meaningful && wanted(a.gap.points)))
            .map(|(id, _)| name(id))
            .collect()
    };
    for (names, template) in [
        (listed(|p| p > 0.0), text.group_blind),
        (listed(|p| p < 0.0), text.group_hidden),
    ] {
        if !names.is_empty() {
            out.push(Block::Paragraph(fill(
                template,
                &[("names", &names.join(", "))],
            )));
        }
    }
    let divided: Vec<String> = view
        .dimensions
        .iter()
        .filter(|d| d.spread.is_some_and(|x| x.divided()))
        .map(|d| name(&d.id))
        .collect();
    if !divided.is_empty() {
        out.push(Block::Paragraph(fill(
            text.group_divided,
            &[("names", &divided.join(", "))],
        )));
    }
}

/// A column heading from a name as a sentence says it ("you" → "You").
fn heading_case(who: &str) -> String {
    let mut chars = who.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
