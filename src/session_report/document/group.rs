//! The report's section on a group's view: only aggregated, only from the minimum number of
//! answers, the main view set against the group's median under the one rule of what counts.

use super::{Block, table};
use crate::i18n::{ReportText, fill};
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
        .map(|(id, a)| {
            let mut row = vec![name(id)];
            row.extend(crate::invitation::group::against_cells(a.as_ref()));
            row
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
    let called = crate::invitation::group::called_out(&group.against);
    let names = |ids: &[&str]| ids.iter().map(|id| name(id)).collect::<Vec<_>>().join(", ");
    for (ids, template) in [
        (called.blind, text.group_blind),
        (called.hidden, text.group_hidden),
        (view.divided(), text.group_divided),
    ] {
        if !ids.is_empty() {
            out.push(Block::Paragraph(fill(template, &[("names", &names(&ids))])));
        }
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
