//! `confiance due`: the subjects whose check-in is due, and how late, in your space and every
//! client's (or one client's with `--client`). Exit 0 when something is due, 1 when nothing is,
//! so that `confiance due && notify-send …` works; quiet, for a shell's start-up file.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::table::{Align, printable};
use super::{Settings, Ui, space};
use crate::due::{cadence_of, check_in};
use crate::store::Store;
use crate::subjects::by_subject;
use crate::time::Timestamp;

/// List the check-ins that are due, and how late (exit 0 when one is, 1 when none is)
#[derive(Debug, Args)]
#[command(
    after_help = "A subject is due when the owner's latest assessment of it is older than its cadence: `confiance cadence SUBJECT WEEKS`, else `cadence_weeks` in the config file, else 6 weeks. Also lists the open invitations that end within 3 days. Looks at your space and every client's; when nothing is due it prints nothing, except one line on a terminal's stderr.\n\nExamples:\n  confiance due\n  confiance due && notify-send 'confiance: a check-in is due'\n  confiance --client Marie due --format json"
)]
pub(crate) struct DueArgs {
    #[arg(long, value_enum, default_value_t = DueFormat::Text)]
    pub(crate) format: DueFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DueFormat {
    Text,
    Json,
}

/// One subject due.
struct Row {
    client: Option<String>,
    subject: String,
    last: Timestamp,
    due_on: Timestamp,
    days_late: i64,
    cadence_weeks: u32,
}

pub(super) fn run(
    args: &DueArgs,
    personal: &Store,
    only: Option<&str>,
    settings: &Settings,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let spaces: Vec<Store> = match only {
        Some(wanted) => vec![personal.client_space(space::client(personal, wanted, false, ui)?)],
        None => {
            let mut spaces = vec![];
            for client in personal.clients().0 {
                spaces.push(personal.client_space(client));
            }
            spaces
        }
    };
    let all = all_spaces(personal, &spaces, only);
    let now = settings.now;
    let mut rows = vec![];
    for store in all {
        let loaded = store.load();
        let cadences = store.subject_settings().0;
        for subject in by_subject(&loaded.assessments) {
            let cadence = cadence_of(subject.name, &cadences, settings.config.cadence_weeks);
            let check = check_in(&subject, cadence);
            if let (Some(days_late), Some(due_on)) = (check.days_late(now), check.due_on) {
                rows.push(Row {
                    client: store.client().map(|c| c.name.clone()),
                    subject: subject.name.to_string(),
                    last: check.last.assessment.when(),
                    due_on,
                    days_late,
                    cadence_weeks: cadence.weeks(),
                });
            }
        }
    }
    // The longest wait first.
    rows.sort_by_key(|r| std::cmp::Reverse(r.days_late));
    let expiring = expiring_invitations(&all_spaces(personal, &spaces, only), now);
    match args.format {
        DueFormat::Json => {
            let mut list: Vec<_> = rows
                .iter()
                .map(|r| {
                    json!({
                        "kind": "check_in",
                        "client": r.client,
                        "subject": r.subject,
                        "last": r.last.to_string(),
                        "cadence_weeks": r.cadence_weeks,
                        "due": r.due_on.to_string(),
                        "days_late": r.days_late,
                    })
                })
                .collect();
            list.extend(expiring.iter().map(|(client, i)| {
                json!({
                    "kind": "invitation",
                    "client": client,
                    "subject": i.subject,
                    "invitation": i.id,
                    "respondent": i.respondent(),
                    "expires": i.expires.to_string(),
                })
            }));
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        // Typed by hand, silence would read as a hang or a failure; a start-up file sends
        // stderr away (README) and cron has no terminal, so both stay quiet.
        DueFormat::Text if rows.is_empty() && expiring.is_empty() => {
            if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                ui.say(ui.coach().nothing_due);
            }
        }
        DueFormat::Text => {
            if !rows.is_empty() {
                out.write_all(text(&rows, only.is_none(), ui).as_bytes())?;
            }
            let t = crate::i18n::InviteText::of(ui.lang);
            for (client, i) in &expiring {
                let mut line = crate::i18n::fill(
                    t.due_expiring,
                    &[
                        ("who", &printable(i.respondent())),
                        ("subject", &printable(&i.subject)),
                        ("date", &i.expires.date_words(ui.lang)),
                        ("id", &i.id),
                    ],
                );
                if let Some(client) = client {
                    line = format!("{}: {line}", printable(client));
                }
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(if rows.is_empty() && expiring.is_empty() {
        1
    } else {
        0
    })
}

/// How close to its end an open invitation is listed by `due`.
const EXPIRING_DAYS: i64 = 3;

/// The spaces `due` looks at: yours first (unless one client's was asked for), then each
/// client's.
fn all_spaces<'a>(personal: &'a Store, spaces: &'a [Store], only: Option<&str>) -> Vec<&'a Store> {
    let mut all: Vec<&Store> = spaces.iter().collect();
    if only.is_none() {
        all.insert(0, personal);
    }
    all
}

/// The open invitations of `spaces` that end within [`EXPIRING_DAYS`], soonest first, each
/// with its client's name.
fn expiring_invitations(
    spaces: &[&Store],
    now: Timestamp,
) -> Vec<(Option<String>, crate::invitation::record::Invitation)> {
    let mut found = vec![];
    for store in spaces {
        for i in store.invitations().0 {
            let left = i.expires.unix_seconds() - now.unix_seconds();
            if i.state(now) == crate::invitation::record::State::Open
                && left <= EXPIRING_DAYS * 86_400
            {
                found.push((store.client().map(|c| c.name.clone()), i));
            }
        }
    }
    found.sort_by_key(|(_, i)| i.expires);
    found
}

fn text(rows: &[Row], with_client: bool, ui: &Ui) -> String {
    let (t, c) = (ui.text(), ui.coach());
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut line = vec![];
            if with_client {
                line.push(r.client.as_deref().map_or(c.your_space.into(), printable));
            }
            line.push(printable(&r.subject));
            line.push(r.last.date());
            line.push(match r.days_late {
                0 => c.due_today.to_string(),
                n => ui.count(n as usize, c.late_one, c.late_many),
            });
            line
        })
        .collect();
    let mut header = vec![];
    if with_client {
        header.push(c.head_client);
    }
    header.extend([t.head_subject, t.head_last, c.head_late]);
    ui.table(&header, &vec![Align::Left; header.len()], &lines)
}
