//! `confiance list`: the subjects, most recent first, with the owner's latest score and
//! whether a check-in is due.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::table::{Align, printable};
use super::{Space, Ui};
use crate::assessment::DEFAULT_RESPONDENT;
use crate::due::{DueOn, cadence_of, due_on};
use crate::i18n::fill;
use crate::score::display;
use crate::subjects::roster::{Roster, Row};
use crate::time::Timestamp;

/// List the subjects, most recent first
#[derive(Debug, Args)]
#[command(
    after_help = "The score is the owner's latest (yours; a client's in their space), else it says whose. DUE says when the next check-in falls (see `confiance cadence`).\n\nExamples:\n  confiance list\n  confiance list --respondent 'Team Atlas'\n  confiance list --format json"
)]
pub(crate) struct ListArgs {
    /// Only assessments from this respondent (whose view it is)
    #[arg(long, short)]
    pub respondent: Option<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub(crate) format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}

pub(super) fn run(
    args: &ListArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let owner = space.owner_name();
    let mut roster = Roster::new(args.respondent.as_deref().map(|r| (r, owner)));
    // Each assessment as the few things a row says of it: from the summary index where its
    // file has not changed, a batch at a time, never all at once.
    store.briefs(&mut |briefs, problems| {
        problems.iter().for_each(|p| ui.warn(p));
        briefs.iter().for_each(|b| roster.add(b));
    });
    let (settings, problems) = store.subject_settings();
    for problem in &problems {
        ui.warn(problem);
    }
    let due = |row: &Row| {
        let cadence = cadence_of(&row.name, &settings, space.config.cadence_weeks);
        DueOn(due_on(row.check_in_from, cadence))
    };
    let rows = roster.rows();
    let now = space.now;
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = rows.iter().map(|r| row_json(r, due(r), now)).collect();
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        ListFormat::Text if rows.is_empty() => {
            ui.say(ui.text().list_empty);
        }
        ListFormat::Text => {
            let lines: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        printable(&r.name),
                        r.count.to_string(),
                        r.last.date(),
                        overall_text(r, ui),
                        due_text(due(r), now, ui),
                    ]
                })
                .collect();
            let t = ui.text();
            let header = [
                t.head_subject,
                t.head_assessments,
                t.head_last,
                t.head_overall,
                ui.coach().head_due,
            ];
            let align = [
                Align::Left,
                Align::Right,
                Align::Left,
                Align::Right,
                Align::Left,
            ];
            out.write_all(ui.table(&header, &align, &lines).as_bytes())?;
        }
    }
    Ok(0)
}

fn row_json(r: &Row, due: DueOn, now: Timestamp) -> serde_json::Value {
    json!({
        "subject": r.name,
        "assessments": r.count,
        "last": r.last.to_string(),
        "overall": r.overall,
        "overall_respondent": r.overall_respondent,
        "respondents": r.respondents,
        "due": due.is_due(now),
        "due_on": due.0.map(|d| d.to_string()),
    })
}

/// The owner's latest overall score, or another respondent's saying whose.
fn overall_text(r: &Row, ui: &Ui) -> String {
    let overall = display(r.overall);
    if r.overall_respondent == DEFAULT_RESPONDENT {
        overall
    } else {
        fill(
            ui.coach().overall_of,
            &[
                ("score", &overall),
                ("who", &ui.respondent(&r.overall_respondent)),
            ],
        )
    }
}

/// "due, 12 days late", "in 9 days", or "–" when check-ins are off.
pub(super) fn due_text(check_in: DueOn, now: Timestamp, ui: &Ui) -> String {
    let c = ui.coach();
    if let Some(late) = check_in.days_late(now) {
        return match late {
            0 => c.due_today.to_string(),
            n => ui.count(n as usize, c.due_late_one, c.due_late_many),
        };
    }
    match check_in.days_left(now) {
        Some(n) => ui.count(n as usize, c.due_in_one, c.due_in_many),
        None => "–".into(),
    }
}
