//! `confiance drafts`: the unfinished assessments of the space, and whether a window has one
//! open.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::Ui;
use super::table::{Align, printable};
use crate::store::Store;

/// List the unfinished assessments (drafts)
#[derive(Debug, Args)]
#[command(
    after_help = "A draft holds answers and notes. Resume one with `confiance assess SUBJECT`. In your own space, the drafts in clients' spaces are counted (see them with --client NAME); on the home screen, `d` discards one (never while another window has it open).\n\nExamples:\n  confiance drafts\n  confiance drafts --format json"
)]
pub(crate) struct DraftsArgs {
    #[arg(long, value_enum, default_value_t = DraftsFormat::Text)]
    pub(crate) format: DraftsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DraftsFormat {
    Text,
    Json,
}

pub(super) fn run(
    args: &DraftsArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let drafts = store.drafts();
    for problem in &drafts.problems {
        ui.warn(problem);
    }
    let rows: Vec<_> = drafts
        .assessments
        .iter()
        .rev()
        .map(|s| {
            let a = &s.assessment;
            let answered = a.answered();
            let open = store.draft_is_open(&a.id).unwrap_or(false);
            (s, answered, open)
        })
        .collect();
    match args.format {
        DraftsFormat::Json => {
            let list: Vec<_> = rows
                .iter()
                .map(|(s, answered, open)| {
                    let a = &s.assessment;
                    json!({
                        "id": a.id,
                        "subject": a.subject,
                        "respondent": a.respondent,
                        "started": a.started.to_string(),
                        "answered": answered,
                        "items": s.questionnaire.items.len(),
                        "notes": a.answers.iter().filter(|x| x.note.is_some()).count(),
                        "open": open,
                    })
                })
                .collect();
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        DraftsFormat::Text if rows.is_empty() => {
            let c = ui.coach();
            let line = match clients_drafts(store) {
                0 => c.no_drafts.to_string(),
                n => ui.count(n, c.no_own_drafts_one, c.no_own_drafts_many),
            };
            ui.say(&line);
        }
        DraftsFormat::Text => {
            let (t, c) = (ui.text(), ui.coach());
            let lines: Vec<Vec<String>> = rows
                .iter()
                .map(|(s, answered, open)| {
                    let a = &s.assessment;
                    vec![
                        printable(&a.subject),
                        ui.respondent(&a.respondent).into_owned(),
                        a.started.date_time(),
                        answered_of(*answered, s.questionnaire.items.len(), ui),
                        if *open {
                            c.open_elsewhere.into()
                        } else {
                            String::new()
                        },
                        printable(&a.id),
                    ]
                })
                .collect();
            let header = [
                t.head_subject,
                t.head_respondent,
                c.head_started,
                c.head_answered,
                c.head_open,
                t.head_id,
            ];
            let align = [
                Align::Left,
                Align::Left,
                Align::Left,
                Align::Right,
                Align::Left,
                Align::Left,
            ];
            out.write_all(ui.table(&header, &align, &lines).as_bytes())?;
            let n = clients_drafts(store);
            if n > 0 {
                let c = ui.coach();
                let line = ui.count(n, c.client_drafts_one, c.client_drafts_many);
                ui.say(&line);
            }
        }
    }
    Ok(0)
}

/// In the personal space, how many drafts wait in clients' spaces (a count only: no client's
/// name or subject shows outside their space), so a coach does not conclude there are none.
fn clients_drafts(store: &Store) -> usize {
    if store.client().is_some() {
        return 0;
    }
    let clients = store.clients().0.into_iter();
    clients
        .map(|client| store.client_space(client).drafts().assessments.len())
        .sum()
}

/// "2/24" in a table; "2 of 24" in the plain mode, where a slash is read aloud.
fn answered_of(answered: usize, total: usize, ui: &Ui) -> String {
    if ui.no_drawing {
        let t = crate::i18n::PlainText::of(ui.lang);
        crate::i18n::fill(t.of_total, &[("n", &answered), ("total", &total)])
    } else {
        format!("{answered}/{total}")
    }
}
