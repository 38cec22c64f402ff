//! `confiance clients`: a coach's clients, each with its subjects, assessments and last date.
//! With `--client`, only that one: a session with one client never shows the others' names.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::table::{Align, printable};
use super::{Ui, space};
use crate::store::{Client, Store};
use crate::subjects::by_subject;
use crate::time::Timestamp;

/// List your clients: their subjects, assessments and last date
#[derive(Debug, Args)]
#[command(
    after_help = "A client's space is made by working in it: `confiance --client NAME assess SUBJECT` (or `confiance --client NAME` for the screens).\n\nExamples:\n  confiance clients\n  confiance clients --format json"
)]
pub(crate) struct ClientsArgs {
    #[arg(long, value_enum, default_value_t = ClientsFormat::Text)]
    pub(crate) format: ClientsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ClientsFormat {
    Text,
    Json,
}

struct Summary {
    client: Client,
    subjects: usize,
    assessments: usize,
    last: Option<Timestamp>,
}

pub(super) fn run(
    args: &ClientsArgs,
    personal: &Store,
    only: Option<&str>,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let clients = match only {
        Some(wanted) => vec![space::client(personal, wanted, false, ui)?],
        None => {
            let (clients, problems) = personal.clients();
            for problem in &problems {
                ui.warn(problem);
            }
            clients
        }
    };
    let summaries: Vec<Summary> = clients
        .into_iter()
        .map(|client| {
            let store = personal.client_space(client);
            let loaded = store.load();
            let subjects = by_subject(&loaded.assessments).len();
            Summary {
                subjects,
                assessments: loaded.assessments.len(),
                last: loaded.assessments.iter().map(|s| s.assessment.when()).max(),
                client: store.client().expect("a client's space").clone(),
            }
        })
        .collect();
    match args.format {
        ClientsFormat::Json => {
            let list: Vec<_> = summaries
                .iter()
                .map(|s| {
                    json!({
                        "client": s.client.name,
                        "subjects": s.subjects,
                        "assessments": s.assessments,
                        "last": s.last.map(|l| l.to_string()),
                    })
                })
                .collect();
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        ClientsFormat::Text if summaries.is_empty() => ui.say(ui.coach().no_clients),
        ClientsFormat::Text => {
            let rows: Vec<Vec<String>> = summaries
                .iter()
                .map(|s| {
                    vec![
                        printable(&s.client.name),
                        s.subjects.to_string(),
                        s.assessments.to_string(),
                        s.last.map_or("–".into(), |l| l.date()),
                    ]
                })
                .collect();
            let (t, c) = (ui.text(), ui.coach());
            let header = [
                c.head_client,
                c.head_subjects,
                t.head_assessments,
                t.head_last,
            ];
            let align = [Align::Left, Align::Right, Align::Right, Align::Left];
            out.write_all(ui.table(&header, &align, &rows).as_bytes())?;
        }
    }
    Ok(0)
}
