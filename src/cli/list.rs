//! `confiance list`: the subjects, most recent first.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::Ui;
use super::table::{Align, printable, render};
use crate::score::display;
use crate::store::Store;
use crate::subjects::by_subject;

/// List the subjects, most recent first
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  confiance list\n  confiance list --format json")]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

pub fn run(args: &ListArgs, store: &Store, out: &mut dyn Write, ui: &mut Ui) -> anyhow::Result<u8> {
    let loaded = store.load();
    for problem in &loaded.problems {
        ui.warn(problem);
    }
    let subjects = by_subject(&loaded.assessments);
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = subjects
                .iter()
                .map(|s| {
                    json!({
                        "subject": s.name,
                        "assessments": s.assessments.len(),
                        "last": s.last().to_string(),
                        "overall": s.last_overall(),
                    })
                })
                .collect();
            out.write_all(crate::printable::json_text(&list)?.as_bytes())?;
        }
        ListFormat::Text if subjects.is_empty() => {
            ui.say(ui.text().list_empty);
        }
        ListFormat::Text => {
            let rows: Vec<Vec<String>> = subjects
                .iter()
                .map(|s| {
                    vec![
                        printable(s.name),
                        s.assessments.len().to_string(),
                        s.last().date(),
                        display(s.last_overall()),
                    ]
                })
                .collect();
            let t = ui.text();
            let header = [
                t.head_subject,
                t.head_assessments,
                t.head_last,
                t.head_overall,
            ];
            let align = [Align::Left, Align::Right, Align::Left, Align::Right];
            out.write_all(render(&header, &align, &rows).as_bytes())?;
        }
    }
    Ok(0)
}
