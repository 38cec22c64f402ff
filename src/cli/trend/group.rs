//! `confiance trend SUBJECT --group LABEL`: a group's view over time, one point per time it
//! was asked (each of its invitations): the median of its answers and their spread, withheld
//! where too few answered.

use std::io::Write;

use serde_json::json;

use super::super::table::Align;
use super::super::{Space, Ui, invalid};
use super::TrendFormat;
use crate::i18n::{InviteText, fill};
use crate::invitation::group::{self, GroupView};
use crate::invitation::record::Invitation;
use crate::printable::printable;
use crate::score::display;

pub(super) fn run(
    subject: &str,
    label: &str,
    format: TrendFormat,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let store = space.store;
    let minimum = space
        .config
        .group_minimum
        .map_or(group::MINIMUM, |n| n as usize);
    let asked = super::super::show::group::asked(store, subject, label);
    if asked.is_empty() {
        return Err(invalid(fill(
            t.no_group,
            &[
                ("label", &printable(label)),
                ("subject", &printable(subject)),
            ],
        )));
    }
    // Each time the group was asked, with its view (an invitation whose questionnaire is no
    // longer known is left out, as an assessment would be).
    let points: Vec<(Invitation, GroupView)> = asked
        .into_iter()
        .filter_map(|i| {
            let q = i.questionnaire(store.catalog())?;
            let (answers, problems) = store.group_answers(&i.id);
            problems.iter().for_each(|p| ui.warn(p));
            let view = group::view(&q, &answers, minimum);
            Some((i, view))
        })
        .collect();
    if format == TrendFormat::Json {
        let list: Vec<_> = points
            .iter()
            .map(|(i, v)| {
                json!({
                    "invitation": i.id,
                    "asked": i.created.to_string(),
                    "questionnaire_version": i.questionnaire_version,
                    "answers": v.answers,
                    "withheld": v.withheld,
                    "overall": v.overall.map(|s| json!({"median": s.median, "low": s.low, "high": s.high})),
                    "dimensions": v.dimensions.iter().filter_map(|d| d.spread.map(|s| json!({
                        "id": d.id, "median": s.median, "low": s.low, "high": s.high, "answered": s.answered,
                    }))).collect::<Vec<_>>(),
                })
            })
            .collect();
        let json = json!({"subject": subject, "group": label, "minimum": minimum, "points": list});
        out.write_all(crate::printable::json_text(&json)?.as_bytes())?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|(i, v)| {
            let (median, spread) = match v.overall {
                Some(s) => (display(Some(s.median)), s.range_text()),
                None => (
                    "–".into(),
                    fill(t.trend_withheld, &[("minimum", &v.minimum)]),
                ),
            };
            vec![i.created.date(), v.answers.to_string(), median, spread]
        })
        .collect();
    writeln!(
        out,
        "{}\n",
        fill(
            t.trend_group_title,
            &[
                ("group", &printable(label)),
                ("subject", &printable(subject))
            ]
        )
    )?;
    let header = [t.col_asked, t.col_answered, t.col_median, t.col_spread];
    let align = [Align::Left, Align::Right, Align::Right, Align::Left];
    write!(out, "{}", ui.table(&header, &align, &rows))?;
    Ok(0)
}
