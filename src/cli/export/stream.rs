//! Writing an export as the store is read, an assessment at a time: CSV rows or the elements of
//! a JSON array, to the terminal or a pipe as they come, or into a file's body (never larger
//! than the tool writes), so that no export holds every assessment at once.

use std::io::Write;

use crate::files::MAX_WRITE_BYTES;
use crate::printable::{json_escaped, printable};
use crate::store::Stored;
use crate::summary::Summary;

use super::csv_field;

/// Where the export goes.
pub(super) enum Sink<'a> {
    /// Standard output; on a terminal each line is made printable (a name holding terminal
    /// escapes must not act on the terminal it is shown on).
    Out {
        out: std::io::BufWriter<&'a mut dyn Write>,
        terminal: bool,
    },
    /// A file's body, written whole once complete.
    Body(String),
}

impl Sink<'_> {
    fn put(&mut self, text: &str) -> anyhow::Result<()> {
        match self {
            Sink::Out {
                out,
                terminal: true,
            } => {
                // Each line neutralised; the line breaks themselves stay.
                for part in text.split_inclusive('\n') {
                    match part.strip_suffix('\n') {
                        Some(part) => writeln!(out, "{}", printable(part))?,
                        None => out.write_all(printable(part).as_bytes())?,
                    }
                }
            }
            Sink::Out { out, .. } => out.write_all(text.as_bytes())?,
            Sink::Body(body) => {
                // Stopped as soon as it is too large to write, never first held whole.
                if body.len() + text.len() > MAX_WRITE_BYTES {
                    return Err(crate::files::FileError::TooLargeToWrite {
                        size: body.len() + text.len(),
                        max: MAX_WRITE_BYTES,
                    }
                    .into());
                }
                body.push_str(text);
            }
        }
        Ok(())
    }

    /// The body, for a file; flushes standard output.
    pub(super) fn finish(self) -> anyhow::Result<Option<String>> {
        match self {
            Sink::Out { mut out, .. } => {
                out.flush()?;
                Ok(None)
            }
            Sink::Body(body) => Ok(Some(body)),
        }
    }
}

/// The format's writer: what comes before the first assessment, each one, what ends it.
pub(super) enum Writer<'a> {
    Csv { sink: Sink<'a>, started: bool },
    Json { sink: Sink<'a>, elements: usize },
}

const CSV_HEADER: &str = "id,subject,respondent,completed,questionnaire,dimension,score\n";

impl<'a> Writer<'a> {
    pub(super) fn csv(sink: Sink<'a>) -> Self {
        Writer::Csv {
            sink,
            started: false,
        }
    }

    pub(super) fn json(sink: Sink<'a>) -> Self {
        Writer::Json { sink, elements: 0 }
    }

    /// One assessment: its rows (one per dimension), or its element.
    pub(super) fn assessment(&mut self, stored: &Stored) -> anyhow::Result<()> {
        match self {
            Writer::Csv { sink, started } => {
                if !*started {
                    sink.put(CSV_HEADER)?;
                    *started = true;
                }
                sink.put(&csv_rows(stored))
            }
            Writer::Json { .. } => self.element(&Summary::of(stored).to_export_json()),
        }
    }

    /// One element of the JSON array (the backup's marked ones too); nothing in a CSV.
    pub(super) fn element(&mut self, value: &serde_json::Value) -> anyhow::Result<()> {
        let Writer::Json { sink, elements } = self else {
            return Ok(());
        };
        // As `serde_json::to_string_pretty` lays out the whole array: each element on its own
        // lines, indented two spaces, after a comma.
        let pretty = serde_json::to_string_pretty(value)?;
        let mut text = String::with_capacity(pretty.len() + 64);
        text.push_str(if *elements == 0 { "[\n" } else { ",\n" });
        for (i, line) in pretty.lines().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str("  ");
            text.push_str(line);
        }
        *elements += 1;
        sink.put(&json_escaped(&text))
    }

    /// Ends the export: the CSV's header when no row came, the JSON array's end.
    pub(super) fn finish(self) -> anyhow::Result<Option<String>> {
        match self {
            Writer::Csv {
                mut sink,
                started: false,
            } => {
                sink.put(CSV_HEADER)?;
                sink.finish()
            }
            Writer::Csv { sink, .. } => sink.finish(),
            Writer::Json { mut sink, elements } => {
                sink.put(if elements == 0 { "[]\n" } else { "\n]\n" })?;
                sink.finish()
            }
        }
    }
}

/// Tidy CSV rows of one assessment: one per dimension; an empty score means "no answer".
pub(super) fn csv_rows(stored: &Stored) -> String {
    use std::fmt::Write as _;
    let report = Summary::of(stored);
    let a = &stored.assessment;
    let completed = a.completed.map(|c| c.to_string()).unwrap_or_default();
    // The fields that are the same on every row of this assessment, quoted once.
    let mut head = String::new();
    for f in [
        &a.id,
        &a.subject,
        &a.respondent,
        &completed,
        &a.questionnaire,
    ] {
        head.push_str(&csv_field(f));
        head.push(',');
    }
    let mut rows = String::new();
    for d in &report.scores.dimensions {
        rows.push_str(&head);
        rows.push_str(&csv_field(&d.id));
        rows.push(',');
        if let Some(score) = d.score {
            let _ = write!(rows, "{score}");
        }
        rows.push('\n');
    }
    rows
}
