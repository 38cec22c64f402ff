//! `confiance compare SUBJECT --group LABEL`: your latest view set against a group's median,
//! dimension by dimension: blind spots (you see more trust than the group), hidden strengths
//! (the group sees more), under the one rule of what counts as a difference.

use std::io::Write;

use serde_json::json;

use super::super::loaded::Loaded;
use super::super::table::Align;
use super::super::{Space, Ui, invalid};
use super::CompareFormat;
use crate::i18n::{InviteText, fill};
use crate::invitation::group;
use crate::printable::printable;
use crate::summary::Summary;

pub(super) fn run(
    subject: &str,
    label: &str,
    format: CompareFormat,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let (invitation, q, view) = super::super::show::group_view(subject, label, space, ui)?;
    // Too few answers: said first, whatever else is missing.
    if view.withheld && format != CompareFormat::Json {
        let said = fill(
            t.group_withheld,
            &[("minimum", &view.minimum), ("n", &view.answers)],
        );
        writeln!(out, "{said}")?;
        return Ok(0);
    }
    let no_view = || {
        invalid(fill(
            t.group_no_view_of_yours,
            &[("subject", &printable(subject))],
        ))
    };
    let loaded = Loaded::of(space.store, ui);
    let found = loaded.subject(subject, ui).map_err(|_| no_view())?;
    let mine = found
        .assessments
        .iter()
        .rev()
        .find(|s| {
            crate::names::is_owner(&s.assessment.respondent) && s.assessment.questionnaire == q.id
        })
        .ok_or_else(no_view)?;
    let report = Summary::of(mine).with_owner(space.owner_name());
    let rows = group::against(&q, &report.scores, &view);
    let who = printable(invitation.respondent());
    if format == CompareFormat::Json {
        let gaps: Vec<_> = rows
            .iter()
            .filter_map(|(id, a)| {
                a.map(|a| {
                    json!({
                        "dimension": id, "yours": a.yours, "median": a.group.median,
                        "low": a.group.low, "high": a.group.high, "gap": a.gap.points,
                        "meaningful": a.gap.meaningful, "divided": a.group.divided(),
                    })
                })
            })
            .collect();
        let json = json!({
            "subject": invitation.subject, "group": invitation.respondent(),
            "yours": mine.assessment.id, "answers": view.answers, "minimum": view.minimum,
            "withheld": view.withheld, "gaps": gaps,
        });
        out.write_all(crate::printable::json_text(&json)?.as_bytes())?;
        return Ok(0);
    }
    if view.withheld {
        let said = fill(
            t.group_withheld,
            &[("minimum", &view.minimum), ("n", &view.answers)],
        );
        writeln!(out, "{said}")?;
        return Ok(0);
    }
    let name = |id: &str| {
        q.dimension(id)
            .map_or(id.to_string(), |d| printable(&d.name))
    };
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|(id, a)| {
            let mut row = vec![name(id)];
            row.extend(group::against_cells(a.as_ref()));
            row
        })
        .collect();
    writeln!(
        out,
        "{}\n",
        fill(
            t.group_against,
            &[
                ("group", &who),
                ("n", &view.answers),
                ("date", &mine.assessment.when().date())
            ]
        )
    )?;
    let header = [
        t.col_dimension,
        t.col_you,
        t.col_median,
        t.col_spread,
        t.col_gap,
    ];
    let align = [
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Right,
    ];
    write!(out, "{}", ui.table(&header, &align, &table))?;
    let called = group::called_out(&rows);
    let names = |ids: &[&str]| ids.iter().map(|id| name(id)).collect::<Vec<_>>().join(", ");
    writeln!(out)?;
    if called.blind.is_empty() && called.hidden.is_empty() {
        writeln!(out, "{}", t.group_no_gap)?;
    }
    for (ids, template) in [
        (called.blind, t.group_blind),
        (called.hidden, t.group_hidden),
        (view.divided(), t.group_divided),
    ] {
        if !ids.is_empty() {
            writeln!(out, "{}", fill(template, &[("names", &names(&ids))]))?;
        }
    }
    Ok(0)
}
