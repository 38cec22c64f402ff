//! `confiance list`: the subjects, most recent first, with the owner's latest score and
//! whether a check-in is due.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::loaded::Loaded;
use super::table::{Align, printable};
use super::{Space, Ui};
use crate::assessment::DEFAULT_RESPONDENT;
use crate::due::{CheckIn, cadence_of, check_in};
use crate::i18n::fill;
use crate::score::{display, score};
use crate::subjects::Subject;
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

/// One row: a subject as seen through the filter, and its check-in (always the owner's).
struct Row<'a> {
    subject: Subject<'a>,
    check_in: CheckIn<'a>,
}

pub(super) fn run(
    args: &ListArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let loaded = Loaded::of(store, ui);
    let (settings, problems) = store.subject_settings();
    for problem in &problems {
        ui.warn(problem);
    }
    let owner = space.owner_name();
    let rows: Vec<Row> = loaded
        .subjects()
        .into_iter()
        .filter_map(|all| {
            let cadence = cadence_of(all.name, &settings, space.config.cadence_weeks);
            let check_in = check_in(&all, cadence);
            let subject = match &args.respondent {
                Some(r) => all.of_respondent(r, owner)?,
                None => all,
            };
            Some(Row { subject, check_in })
        })
        .collect();
    let now = space.now;
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = rows.iter().map(|r| row_json(r, now)).collect();
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        ListFormat::Text if rows.is_empty() => {
            ui.say(ui.text().list_empty);
        }
        ListFormat::Text => {
            let lines: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let s = &r.subject;
                    vec![
                        printable(s.name),
                        s.assessments.len().to_string(),
                        s.last().date(),
                        overall_text(s, ui),
                        due_text(&r.check_in, now, ui),
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

fn row_json(r: &Row, now: Timestamp) -> serde_json::Value {
    let s = &r.subject;
    let latest = s.owners_latest();
    json!({
        "subject": s.name,
        "assessments": s.assessments.len(),
        "last": s.last().to_string(),
        "overall": score(&latest.questionnaire, &latest.assessment.answers).overall,
        "overall_respondent": latest.assessment.respondent,
        "respondents": s.respondents(),
        "due": r.check_in.is_due(now),
        "due_on": r.check_in.due_on.map(|d| d.to_string()),
    })
}

/// The owner's latest overall score, or another respondent's saying whose.
fn overall_text(s: &Subject, ui: &Ui) -> String {
    let latest = s.owners_latest();
    let overall = display(score(&latest.questionnaire, &latest.assessment.answers).overall);
    if latest.assessment.respondent == DEFAULT_RESPONDENT {
        overall
    } else {
        fill(
            ui.coach().overall_of,
            &[
                ("score", &overall),
                ("who", &ui.respondent(&latest.assessment.respondent)),
            ],
        )
    }
}

/// "due, 12 days late", "in 9 days", or "–" when check-ins are off.
pub(super) fn due_text(check_in: &CheckIn, now: Timestamp, ui: &Ui) -> String {
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
