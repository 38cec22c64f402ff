//! `confiance export`: assessments as tidy CSV or as JSON, to stdout or a private file.

use std::io::Write;

use anyhow::Context;

use super::args::{ExportArgs, ExportFormat};
use super::{Ui, invalid};
use crate::report::Report;
use crate::store::{Store, Stored, write_atomic};

pub fn run(
    args: &ExportArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    if let Some(path) = &args.output
        && path.exists()
        && !args.force
    {
        return Err(invalid(format!(
            "{} already exists: choose another name, or add --force to replace it",
            path.display()
        )));
    }
    let loaded = store.load();
    for problem in &loaded.problems {
        ui.warn(problem);
    }
    let selected: Vec<&Stored> = loaded
        .assessments
        .iter()
        .filter(|s| {
            args.subject
                .as_ref()
                .is_none_or(|wanted| &s.assessment.subject == wanted)
        })
        .collect();
    if let Some(subject) = &args.subject
        && selected.is_empty()
    {
        return Err(invalid(format!(
            "no assessment of \"{}\"",
            super::table::printable(subject)
        )));
    }
    let body = match args.format {
        ExportFormat::Csv => csv(&selected),
        ExportFormat::Json => json(&selected)?,
    };
    match &args.output {
        Some(path) => {
            write_atomic(path, body.as_bytes(), true)
                .with_context(|| format!("cannot write {}", path.display()))?;
            ui.say(&format!(
                "Exported {} assessments to {}",
                selected.len(),
                path.display()
            ));
        }
        None => out.write_all(body.as_bytes())?,
    }
    Ok(0)
}

/// Tidy CSV: one row per assessment and dimension; an empty score means "no answer".
pub fn csv(selected: &[&Stored]) -> String {
    let mut out = String::from("id,subject,respondent,completed,questionnaire,dimension,score\n");
    for stored in selected {
        let report = Report::of(stored);
        let a = &stored.assessment;
        let completed = a.completed.map(|c| c.to_string()).unwrap_or_default();
        for d in &report.scores.dimensions {
            let score = d.score.map(|s| s.to_string()).unwrap_or_default();
            let fields = [
                &a.id,
                &a.subject,
                &a.respondent,
                &completed,
                &a.questionnaire,
                &d.id,
                &score,
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&line.join(","));
            out.push('\n');
        }
    }
    out
}

/// Quotes a field when needed (RFC 4180), and defuses text that a spreadsheet would run as a
/// formula (a subject named `=HYPERLINK(…)`).
fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

fn json(selected: &[&Stored]) -> anyhow::Result<String> {
    let list: Vec<_> = selected
        .iter()
        .map(|s| Report::of(s).to_export_json())
        .collect();
    Ok(serde_json::to_string_pretty(&list)? + "\n")
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Alice"), "Alice");
        assert_eq!(csv_field("Smith, J."), "\"Smith, J.\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-12.5"), "-12.5");
    }
}
