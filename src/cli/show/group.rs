//! `confiance show SUBJECT --group LABEL`: a group's view, only ever aggregated, and only once
//! enough answers have come in (below that, every number is withheld).

use std::io::Write;

use serde_json::json;

use super::super::table::Align;
use super::super::{Space, Ui, invalid};
use super::ShowFormat;
use crate::i18n::{InviteText, fill};
use crate::invitation::group::{self, GroupView, Spread};
use crate::invitation::record::{Invitation, Who};
use crate::printable::printable;
use crate::score::display;

pub(super) fn run(
    subject: &str,
    label: &str,
    format: ShowFormat,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let (invitation, q, view) = group_view(subject, label, space, ui)?;
    match format {
        ShowFormat::Json => {
            let json = as_json(&invitation, &view);
            out.write_all(crate::printable::json_text(&json)?.as_bytes())?;
        }
        ShowFormat::Text | ShowFormat::Markdown => {
            out.write_all(text(&invitation, &q, &view, ui).as_bytes())?;
        }
    }
    Ok(0)
}

/// The latest invitation of group `label` about `subject` with enough answers (else the
/// latest), its questionnaire, and the group's view as the config file's `group_minimum`
/// allows it to be shown.
pub(crate) fn group_view(
    subject: &str,
    label: &str,
    space: &Space,
    ui: &mut Ui,
) -> anyhow::Result<(
    Invitation,
    std::sync::Arc<crate::questionnaire::Questionnaire>,
    GroupView,
)> {
    let t = InviteText::of(ui.lang);
    let store = space.store;
    let asked = asked(store, subject, label);
    if asked.is_empty() {
        return Err(invalid(fill(
            t.no_group,
            &[
                ("label", &printable(label)),
                ("subject", &printable(subject)),
            ],
        )));
    }
    let minimum = space
        .config
        .group_minimum
        .map_or(group::MINIMUM, |n| n as usize);
    let mut views = vec![];
    for invitation in asked {
        let q = invitation.questionnaire(store.catalog()).ok_or_else(|| {
            invalid(fill(
                ui.text().no_questionnaire,
                &[("id", &printable(&invitation.questionnaire))],
            ))
        })?;
        let (answers, problems) = store.group_answers(&invitation.id);
        problems.iter().for_each(|p| ui.warn(p));
        let view = group::view(&q, &answers, minimum);
        views.push((invitation, q, view));
    }
    // The latest time with enough answers: a new invitation still collecting them does not
    // hide the view there is; it is said.
    let withheld: Vec<bool> = views.iter().map(|(_, _, v)| v.withheld).collect();
    let first = group::shown_first(&withheld);
    if let Some((later, _, view)) = views.last().filter(|_| first + 1 < views.len()) {
        ui.say(&fill(
            t.group_later_collecting,
            &[
                ("date", &later.created.date()),
                ("n", &view.answers),
                ("shown", &views[first].0.created.date()),
            ],
        ));
    }
    let (invitation, q, view) = views.swap_remove(first);
    Ok((invitation, q, view))
}

/// Each time group `label` was asked about `subject`, oldest first.
pub(crate) fn asked(store: &crate::store::Store, subject: &str, label: &str) -> Vec<Invitation> {
    store
        .invitations()
        .0
        .into_iter()
        .filter(|i| {
            matches!(&i.who, Who::Group { label: l, .. } if crate::names::same(l, label))
                && crate::names::same(&i.subject, subject)
        })
        .collect()
}

fn as_json(invitation: &Invitation, view: &GroupView) -> serde_json::Value {
    let spread = |s: &Option<Spread>| {
        s.map(|s| {
            json!({"median": s.median, "low": s.low, "high": s.high, "answered": s.answered, "divided": s.divided()})
        })
    };
    let dimensions: Vec<_> = if view.withheld {
        vec![]
    } else {
        view.dimensions
            .iter()
            .map(|d| {
                let s = d.spread;
                json!({
                    "id": d.id,
                    "median": s.map(|s| s.median),
                    "low": s.map(|s| s.low),
                    "high": s.map(|s| s.high),
                    "answered": s.map_or(0, |s| s.answered),
                    "divided": s.is_some_and(|s| s.divided()),
                })
            })
            .collect()
    };
    json!({
        "subject": invitation.subject,
        "group": invitation.respondent(),
        "invitation": invitation.id,
        "questionnaire": invitation.questionnaire,
        "questionnaire_version": invitation.questionnaire_version,
        "answers": view.answers,
        "minimum": view.minimum,
        "withheld": view.withheld,
        "overall": spread(&view.overall),
        "dimensions": dimensions,
        "statements": view.statements.iter().map(|(item, counts, dont_know)| json!({
            "item": item, "counts": counts, "dont_know": dont_know,
        })).collect::<Vec<_>>(),
        "notes": view.notes,
    })
}

fn text(
    invitation: &Invitation,
    q: &crate::questionnaire::Questionnaire,
    view: &GroupView,
    ui: &Ui,
) -> String {
    let t = InviteText::of(ui.lang);
    let asked = match invitation.who {
        Who::Group { count, .. } => count as usize,
        Who::Person(_) => 1,
    };
    let mut out = format!(
        "{}\n\n",
        fill(
            t.group_heading,
            &[
                ("subject", &printable(&invitation.subject)),
                ("group", &printable(invitation.respondent())),
                ("n", &view.answers),
                ("count", &asked),
            ],
        )
    );
    if view.withheld {
        out.push_str(&fill(
            t.group_withheld,
            &[("minimum", &view.minimum), ("n", &view.answers)],
        ));
        out.push('\n');
        return out;
    }
    let cell = |s: &Option<Spread>, f: fn(&Spread) -> f64| {
        s.as_ref().map_or("–".into(), |s| display(Some(f(s))))
    };
    let mut rows: Vec<Vec<String>> = view
        .dimensions
        .iter()
        .map(|d| {
            let name = q.dimension(&d.id).map_or(d.id.clone(), |x| x.name.clone());
            vec![
                printable(&name),
                cell(&d.spread, |s| s.median),
                cell(&d.spread, |s| s.low),
                cell(&d.spread, |s| s.high),
                d.spread.map_or(0, |s| s.answered).to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        ui.common().overall.to_string(),
        cell(&view.overall, |s| s.median),
        cell(&view.overall, |s| s.low),
        cell(&view.overall, |s| s.high),
        view.overall.map_or(0, |s| s.answered).to_string(),
    ]);
    let header = [
        t.col_dimension,
        t.col_median,
        t.col_low,
        t.col_high,
        t.col_answered,
    ];
    let align = [
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Right,
    ];
    out.push_str(&ui.table(&header, &align, &rows));
    let divided: Vec<String> = view
        .divided()
        .into_iter()
        .filter_map(|id| q.dimension(id).map(|x| printable(&x.name)))
        .collect();
    if !divided.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            fill(t.group_divided, &[("names", &divided.join(", "))])
        ));
    }
    out.push_str(&format!("\n{}\n", t.group_statements));
    for (i, (item, counts, dont_know)) in view.statements.iter().enumerate() {
        let text = q.item(item).map_or(item.clone(), |x| {
            crate::assessment::fill_for(
                &x.text,
                &invitation.subject,
                invitation.respondent(),
                Some(&invitation.invited_by),
            )
        });
        let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
        out.push_str(&format!(
            "{:>3}. {}\n     {} · {}\n",
            i + 1,
            printable(&text),
            counts.join(" · "),
            fill(t.group_dont_know, &[("n", dont_know)])
        ));
    }
    if !view.notes.is_empty() {
        out.push_str(&format!("\n{}\n", t.group_notes));
        for note in &view.notes {
            out.push_str(&format!("  - {}\n", crate::printable::printable_text(note)));
        }
    }
    out
}
